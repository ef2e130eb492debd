import type { SubscriptionResumed } from '../src/core/admin-ports.js';
import type { CommandDefinition, CommandContext } from '../src/core/command.js';
import type { Language } from '../src/core/config-types.js';
import type { Subscription, SubscriptionPause } from '../src/core/delivery-ports.js';
import type { Message } from '../src/core/message.js';
import { adminFailureReply, adminReply } from './admin-reply.js';
import { OTHER_CHANNEL_OPTION, resolveTarget, type TargetChannel } from './alert-channel.js';
import { errorReply } from './dispatch-reply.js';
import { pauseReasonIn } from './pause-reason.js';
import { locatedLine } from './subscription-elsewhere.js';

/** The groups' French names, as a French reader types them. */
const GROUP_FR = { alert: 'alerte', digest: 'resume' } as const;

const WORDS = {
  en: {
    paused: (pause: SubscriptionPause, when: string) => `paused since ${when}: ${pause.reason}`,
    resumeHint: (kind: Subscription['kind'], id: number, option?: string) =>
      option === undefined
        ? `once the bot can post here again, /sahel ${kind} resume ${id}`
        : `once the bot can post there again, /sahel ${kind} resume ${id} channel:${option}`,
    resumed: (s: Subscription, channel?: string) =>
      `${s.kind === 'alert' ? 'Alert' : 'Digest'} #${s.id} resumed: the next new stories are posted ${channel === undefined ? 'here' : `in ${channel}`} again.`,
    notFoundIn: (kind: Subscription['kind'], id: number, channel: string, option: string) =>
      kind === 'alert'
        ? `no alert ${id} in ${channel} — /sahel alert list channel:${option} shows them`
        : `no digest ${id} in ${channel} — /sahel digest unsubscribe channel:${option} lists them`,
    running: (s: Subscription) =>
      `${s.kind === 'alert' ? 'Alert' : 'Digest'} #${s.id} was not paused; nothing changed.`,
    description: (kind: Subscription['kind']) =>
      kind === 'alert'
        ? "Resume an alert of this channel (or channel:'s) paused when the bot lost the channel"
        : "Resume a digest of this channel (or channel:'s) paused when the bot lost the channel",
    idHelp: (kind: Subscription['kind']) =>
      kind === 'alert' ? 'Alert id (see /sahel alert list)' : 'Digest id',
  },
  fr: {
    paused: (pause: SubscriptionPause, when: string) => `en pause depuis ${when} : ${pause.reason}`,
    resumeHint: (kind: Subscription['kind'], id: number, option?: string) =>
      option === undefined
        ? `quand le bot pourra de nouveau publier ici, /sahel ${GROUP_FR[kind]} reprendre ${id}`
        : `quand le bot pourra de nouveau y publier, /sahel ${GROUP_FR[kind]} reprendre ${id} salon:${option}`,
    resumed: (s: Subscription, channel?: string) =>
      `${s.kind === 'alert' ? 'Alerte' : 'Digest'} n° ${s.id} ${s.kind === 'alert' ? 'reprise' : 'repris'} : les prochains récits sont de nouveau publiés ${channel === undefined ? 'ici' : `dans ${channel}`}.`,
    notFoundIn: (kind: Subscription['kind'], id: number, channel: string, option: string) =>
      kind === 'alert'
        ? `pas d'alerte ${id} dans ${channel} — /sahel alerte liste salon:${option} les montre`
        : `pas de digest ${id} dans ${channel} — /sahel resume desabonner salon:${option} les liste`,
    running: (s: Subscription) =>
      `${s.kind === 'alert' ? "L'alerte" : 'Le digest'} n° ${s.id} n'était pas en pause ; rien n'a changé.`,
    description: (kind: Subscription['kind']) =>
      kind === 'alert'
        ? 'Reprendre une alerte de ce canal (ou de salon:) mise en pause quand le bot a perdu le canal'
        : 'Reprendre un digest de ce canal (ou de salon:) mis en pause quand le bot a perdu le canal',
    idHelp: (kind: Subscription['kind']) =>
      kind === 'alert' ? "Numéro de l'alerte (voir /sahel alerte liste)" : 'Numéro du digest',
  },
} as const satisfies Record<Language, unknown>;

/**
 * `paused since 2026-12-06 12:00 UTC: <platform's reason> — once the bot can post here again,
 * /sahel alert resume 3`, for answers that show a paused subscription; null while it runs.
 * `option` is what the answer typed after `channel:` when it shows another channel's
 * subscriptions (`#sahel-alerts`): the hint then names it, so that it works when pasted.
 */
export function pausedNote(s: Subscription, locale: Language, option?: string): string | null {
  if (s.paused === null) return null;
  const words = WORDS[locale];
  const when = `${new Date(s.paused.at).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const pause = { ...s.paused, reason: pauseReasonIn(s.paused.reason, locale) };
  return `${words.paused(pause, when)} — ${words.resumeHint(s.kind, s.id, option)}`;
}

function resumedReply(
  result: SubscriptionResumed,
  target: TargetChannel,
  locale: Language,
): Message {
  const words = WORDS[locale];
  const channel = target.chosen ? target.label : undefined;
  return adminReply([
    result.wasPaused
      ? words.resumed(result.subscription, channel)
      : words.running(result.subscription),
  ]);
}

function resumeCommand(kind: Subscription['kind']): CommandDefinition {
  return {
    name: 'resume',
    nameFr: 'reprendre',
    group: kind,
    groupFr: GROUP_FR[kind],
    scope: 'sahel',
    admin: true,
    description: { en: WORDS.en.description(kind), fr: WORDS.fr.description(kind) },
    mainOption: 'id',
    options: [
      {
        name: 'id',
        type: 'integer',
        required: true,
        min: 1,
        complete: 'subscription',
        description: { en: WORDS.en.idHelp(kind), fr: WORDS.fr.idHelp(kind) },
      },
      OTHER_CHANNEL_OPTION,
    ],
    examples: [`${kind} resume 3`, `${kind} resume 3 channel:#sahel-${kind}s`],
    async handle(args, context: CommandContext) {
      const id = typeof args['id'] === 'number' ? args['id'] : 0;
      const channel = await resolveTarget(args, context);
      if ('refusal' in channel) return errorReply(channel.refusal);
      const { target } = channel;
      const result = context.ports.admin.resumeSubscription(target.where, kind, id);
      if (result.ok) return resumedReply(result.value, target, context.locale);
      if (result.error.code === 'not-found') {
        // An id of another channel of this server names that channel and the command to use.
        const located = await locatedLine(context, kind, id, target, `${kind} resume`);
        if (located !== null) return errorReply(located);
        if (target.chosen)
          return errorReply(
            WORDS[context.locale].notFoundIn(kind, id, target.label, target.option),
          );
      }
      return adminFailureReply(result.error, context.locale);
    },
  };
}

/**
 * `/sahel alert resume <id> [channel:#channel]`: an alert of this channel, or of the one
 * `channel:` names, paused because the bot lost the channel, runs again.
 */
export const alertResumeCommand: CommandDefinition = resumeCommand('alert');

/** `/sahel digest resume <id> [channel:#channel]`: the same for a digest. */
export const digestResumeCommand: CommandDefinition = resumeCommand('digest');
