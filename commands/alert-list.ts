import type { CommandContext, CommandDefinition } from '../src/core/command.js';
import type { Language } from '../src/core/config-types.js';
import type { AlertSubscription } from '../src/core/delivery-ports.js';
import type { ListEntry, Message } from '../src/core/message.js';
import { adminReply } from './admin-reply.js';
import { OTHER_CHANNEL_OPTION, resolveTarget, type TargetChannel } from './alert-channel.js';
import { limitNotes } from './alert-limits.js';
import { errorReply } from './dispatch-reply.js';
import { pausedNote } from './resume.js';
import { elsewhereLine } from './subscription-elsewhere.js';

const WORDS = {
  en: {
    listHeading: 'Alerts in this channel',
    listHeadingIn: (channel: string) => `Alerts in ${channel}`,
    none: 'No alert in this channel — /sahel alert add <query> adds one.',
    noneIn: (channel: string, option: string) =>
      `No alert in ${channel} — /sahel alert add <query> channel:${option} adds one.`,
    chat: 'added from chat',
    fromFile: (file: string) => `from ${file}`,
    pingsShort: (role: string) => `pings role ${role}`,
  },
  fr: {
    listHeading: 'Alertes de ce canal',
    listHeadingIn: (channel: string) => `Alertes de ${channel}`,
    none: 'Aucune alerte dans ce canal — /sahel alerte ajouter <requête> en ajoute une.',
    noneIn: (channel: string, option: string) =>
      `Aucune alerte dans ${channel} — /sahel alerte ajouter <requête> salon:${option} en ajoute une.`,
    chat: 'ajoutée depuis le chat',
    fromFile: (file: string) => `vient de ${file}`,
    pingsShort: (role: string) => `mentionne le rôle ${role}`,
  },
} as const satisfies Record<Language, unknown>;

/**
 * `/sahel alert list [channel:#channel]`: the alerts of this channel, or of the one `channel:`
 * names, with ids, where each comes from, its quiet hours, cap and how many it holds now; a
 * paused one says why, since when, and how to resume it. A channel without alerts points to the channels of this server that have some.
 */
export const alertListCommand: CommandDefinition = {
  name: 'list',
  nameFr: 'liste',
  group: 'alert',
  groupFr: 'alerte',
  scope: 'sahel',
  admin: true,
  description: {
    en: "This channel's alerts (or channel:'s)",
    fr: 'Les alertes de ce canal (ou de salon:)',
  },
  options: [OTHER_CHANNEL_OPTION],
  examples: ['alert list', 'alert list channel:#sahel-alerts'],
  async handle(args, context) {
    const channel = await resolveTarget(args, context);
    if ('refusal' in channel) return errorReply(channel.refusal);
    return listAlerts(channel.target, context);
  },
};

async function listAlerts(target: TargetChannel, context: CommandContext): Promise<Message> {
  const words = WORDS[context.locale];
  const alerts = context.ports.admin.subscriptions
    .list({ kind: 'alert', platform: target.where.platform, channel: target.where.channel })
    .filter((s): s is AlertSubscription => s.kind === 'alert');
  if (alerts.length === 0) {
    if (target.chosen) return adminReply([words.noneIn(target.label, target.option)]);
    return adminReply([(await elsewhereLine(context, 'alert', 'alert list')) ?? words.none]);
  }
  const file = context.ports.admin.configFile('subscriptions');
  const held = context.ports.admin.heldAlerts();
  const entries: ListEntry[] = alerts.map((s) => {
    const origin = s.origin === 'config' ? words.fromFile(file) : words.chat;
    const notes = [
      origin,
      s.pingRole === null ? null : words.pingsShort(s.pingRole),
      ...limitNotes(s, held.get(s.id) ?? 0, context),
      pausedNote(s, context.locale, target.chosen ? target.option : undefined),
    ].filter((n) => n !== null);
    return { label: `#${s.id}`, text: s.query, detail: notes.join(context.locale === 'fr' ? ' ; ' : '; ') };
  });
  const lines = entries.map((e) => `${e.label} ${e.text} (${e.detail})`);
  const heading = target.chosen ? words.listHeadingIn(target.label) : words.listHeading;
  return {
    blocks: [
      { type: 'heading', text: heading },
      { type: 'list', entries },
    ],
    fallback: [heading, ...lines].join('\n'),
    ephemeral: true,
  };
}
