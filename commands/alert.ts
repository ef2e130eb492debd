import type { AlertAdded } from '../src/core/admin-ports.js';
import type { CommandContext, CommandDefinition } from '../src/core/command.js';
import type { Language } from '../src/core/config-types.js';
import type { AlertSubscription } from '../src/core/delivery-ports.js';
import type { Block, ListEntry, Message } from '../src/core/message.js';
import { adminFailureReply, adminReply } from './admin-reply.js';
import {
  ALERT_ID_OPTION,
  CHANNEL_OPTION,
  OTHER_CHANNEL_OPTION,
  resolveTarget,
  type TargetChannel,
} from './alert-channel.js';
import {
  ALERT_TIMEZONE_OPTION,
  limitsLine,
  MAX_OPTION,
  parseLimitArgs,
  QUIET_OPTION,
} from './alert-limits.js';
import { errorReply } from './dispatch-reply.js';
import { locatedLine } from './subscription-elsewhere.js';

const WORDS = {
  en: {
    added: (id: number, query: string) => `Alert #${id} added: ${query}`,
    addedIn: (id: number, query: string, channel: string) =>
      `Alert #${id} added in ${channel}: ${query}`,
    existing: (id: number, query: string) => `This channel already has alert #${id}: ${query}`,
    existingIn: (id: number, query: string, channel: string) =>
      `${channel} already has alert #${id}: ${query}`,
    matched: (n: number, days: number) =>
      n === 0
        ? `It would not have matched any story of the last ${days} days.`
        : `In the last ${days} days it would have matched ${n} ${n === 1 ? 'story' : 'stories'}${n > 1 ? ', for example:' : ':'}`,
    removed: (s: AlertSubscription) => `Alert #${s.id} removed: ${s.query}`,
    removedFrom: (s: AlertSubscription, channel: string) =>
      `Alert #${s.id} removed from ${channel}: ${s.query}`,
    notFoundIn: (id: number, channel: string, option: string) =>
      `no alert ${id} in ${channel} — /sahel alert list channel:${option} shows them`,
    pings: (role: string) => `Each alert pings role ${role}.`,
    pingDiscordOnly: 'ping: names a Discord role, so it works only on Discord',
    badPing: (value: string) =>
      `ping: "${value}" is not a role — pick one in the ping option, or give <@&id> or the role id`,
  },
  fr: {
    added: (id: number, query: string) => `Alerte n° ${id} ajoutée : ${query}`,
    addedIn: (id: number, query: string, channel: string) =>
      `Alerte n° ${id} ajoutée dans ${channel} : ${query}`,
    existing: (id: number, query: string) => `Ce canal a déjà l'alerte n° ${id} : ${query}`,
    existingIn: (id: number, query: string, channel: string) =>
      `${channel} a déjà l'alerte n° ${id} : ${query}`,
    matched: (n: number, days: number) =>
      n === 0
        ? `Elle n'aurait trouvé aucun récit des ${days} derniers jours.`
        : `Ces ${days} derniers jours, elle aurait trouvé ${n} ${n === 1 ? 'récit' : 'récits'}${n > 1 ? ', par exemple :' : ' :'}`,
    removed: (s: AlertSubscription) => `Alerte n° ${s.id} retirée : ${s.query}`,
    removedFrom: (s: AlertSubscription, channel: string) =>
      `Alerte n° ${s.id} retirée de ${channel} : ${s.query}`,
    notFoundIn: (id: number, channel: string, option: string) =>
      `pas d'alerte ${id} dans ${channel} — /sahel alerte liste salon:${option} les montre`,
    pings: (role: string) => `Chaque alerte mentionne le rôle ${role}.`,
    pingDiscordOnly: 'ping: désigne un rôle Discord, il ne marche donc que sur Discord',
    badPing: (value: string) =>
      `ping: « ${value} » n'est pas un rôle — choisissez-en un dans l'option ping, ou donnez <@&id> ou l'id du rôle`,
  },
} as const satisfies Record<Language, unknown>;

function addedReply(result: AlertAdded, target: TargetChannel, context: CommandContext): Message {
  const words = WORDS[context.locale];
  const { subscription: s, preview } = result;
  const heading = target.chosen
    ? result.created
      ? words.addedIn(s.id, s.query, target.label)
      : words.existingIn(s.id, s.query, target.label)
    : result.created
      ? words.added(s.id, s.query)
      : words.existing(s.id, s.query);
  const matched = words.matched(preview.matched, preview.days);
  const limits = limitsLine(s, context);
  const summary = [s.pingRole === null ? null : words.pings(s.pingRole), limits, matched]
    .filter((line) => line !== null)
    .join(' ');
  const entries: ListEntry[] = preview.examples.map((e) => ({
    text: e.title,
    ...(e.url === null ? {} : { url: e.url }),
    ...(e.outlet === '' ? {} : { detail: e.outlet }),
  }));
  const blocks: Block[] = [
    { type: 'heading', text: heading },
    { type: 'text', text: summary },
    ...(entries.length === 0 ? [] : [{ type: 'list' as const, entries }]),
  ];
  const lines = entries.map((e) => `- ${e.text}${e.detail === undefined ? '' : ` (${e.detail})`}`);
  return { blocks, fallback: [heading, summary, ...lines].join('\n'), ephemeral: true };
}

/** A Discord role id (snowflake), the only thing `ping:` accepts, bare or as `<@&id>`. */
const ROLE = /^(?:<@&(\d{17,20})>|(\d{17,20}))$/;

/**
 * The role `ping:` names, or a one-line refusal: roles are Discord's, so Slack and the console
 * refuse the option outright; on Discord the option is a role picker, and the text forms
 * `<@&id>` and `id` are accepted as well.
 */
export function parsePing(
  value: string,
  platform: CommandContext['platform'],
  locale: Language,
): { readonly role: string } | { readonly refusal: string } {
  const words = WORDS[locale];
  if (platform !== 'discord') return { refusal: words.pingDiscordOnly };
  const match = ROLE.exec(value.trim());
  const role = match?.[1] ?? match?.[2];
  return role === undefined ? { refusal: words.badPing(value) } : { role };
}

/**
 * `/sahel alert add <query> [ping:@role] [quiet:22:00-07:00] [max:6/h] [timezone:Africa/Niamey]
 * [channel:#channel]`: a
 * keyword alert for this channel, or for the one `channel:` names (a Discord forum gets one post
 * per story), with a preview of what it catches; an admin may name one role each alert pings
 * (Discord only), quiet hours (in `timezone:`, default: settings) and a cap (see `alert set`).
 */
export const alertAddCommand: CommandDefinition = {
  name: 'add',
  nameFr: 'ajouter',
  group: 'alert',
  groupFr: 'alerte',
  scope: 'sahel',
  admin: true,
  slow: true,
  description: {
    en: 'Post matching stories here (or in channel:) as they appear',
    fr: 'Publier ici (ou dans salon:) les récits qui correspondent, dès leur parution',
  },
  mainOption: 'query',
  options: [
    {
      name: 'query',
      nameFr: 'requete',
      type: 'string',
      required: true,
      description: {
        en: 'Words, "phrases", AND/OR/NOT, entity:jnim, country:mali, lang:fr, kind:analysis',
        fr: 'Mots, « expressions », AND/OR/NOT, entity:jnim, country:mali, lang:fr, kind:analysis',
      },
    },
    {
      name: 'ping',
      type: 'string',
      required: false,
      description: {
        en: 'Discord only: a role each alert pings (nobody else is ever pinged)',
        fr: 'Discord seulement : un rôle que chaque alerte mentionne (personne d’autre)',
      },
    },
    QUIET_OPTION,
    MAX_OPTION,
    ALERT_TIMEZONE_OPTION,
    CHANNEL_OPTION,
  ],
  examples: [
    'alert add Kidal AND (attack OR drone)',
    'alert add Kidal quiet:22:00-07:00 max:6/h',
    'alert add Kidal quiet:22:00-07:00 timezone:Europe/Paris',
    'alert add "Africa Corps" -Libya',
    'alert add query:Kidal ping:<@&123456789012345678>',
    'alert add query:Kidal channel:#sahel-alerts',
  ],
  async handle(args, context) {
    const query = typeof args['query'] === 'string' ? args['query'] : '';
    const pingText = typeof args['ping'] === 'string' ? args['ping'] : '';
    const ping =
      pingText.trim() === '' ? undefined : parsePing(pingText, context.platform, context.locale);
    if (ping !== undefined && 'refusal' in ping) return errorReply(ping.refusal);
    const limits = parseLimitArgs(args, context.locale);
    if ('refusal' in limits) return errorReply(limits.refusal);
    const channel = await resolveTarget(args, context);
    if ('refusal' in channel) return errorReply(channel.refusal);
    const { target } = channel;
    const result = await context.ports.admin.addAlert(
      target.where,
      query,
      undefined,
      ping,
      limits.change,
    );
    return result.ok
      ? addedReply(result.value, target, context)
      : adminFailureReply(result.error, context.locale);
  },
};

/**
 * `/sahel alert remove <id> [channel:#channel]`: removes a chat alert of this channel, or of
 * the one `channel:` names; an alert of another channel of this server is refused with the
 * channel and the command that removes it.
 */
export const alertRemoveCommand: CommandDefinition = {
  name: 'remove',
  nameFr: 'retirer',
  group: 'alert',
  groupFr: 'alerte',
  scope: 'sahel',
  admin: true,
  description: {
    en: "Remove one of this channel's alerts (or channel:'s)",
    fr: 'Retirer une alerte de ce canal (ou de salon:)',
  },
  mainOption: 'id',
  options: [ALERT_ID_OPTION, OTHER_CHANNEL_OPTION],
  examples: ['alert remove 3', 'alert remove 3 channel:#sahel-alerts'],
  async handle(args, context) {
    const id = typeof args['id'] === 'number' ? args['id'] : 0;
    const channel = await resolveTarget(args, context);
    if ('refusal' in channel) return errorReply(channel.refusal);
    const { target } = channel;
    const result = context.ports.admin.removeAlert(target.where, id);
    const words = WORDS[context.locale];
    if (result.ok)
      return adminReply([
        target.chosen ? words.removedFrom(result.value, target.label) : words.removed(result.value),
      ]);
    if (result.error.code === 'not-found') {
      const located = await locatedLine(context, 'alert', id, target, 'alert remove');
      if (located !== null) return errorReply(located);
      if (target.chosen) return errorReply(words.notFoundIn(id, target.label, target.option));
    }
    return adminFailureReply(result.error, context.locale);
  },
};
