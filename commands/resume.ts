import type { SubscriptionResumed } from '../src/core/admin-ports.js';
import type { CommandDefinition, CommandContext } from '../src/core/command.js';
import type { Language } from '../src/core/config-types.js';
import type { Subscription, SubscriptionPause } from '../src/core/delivery-ports.js';
import type { Message } from '../src/core/message.js';
import { adminFailureReply, adminReply, here } from './admin-reply.js';

const WORDS = {
  en: {
    paused: (pause: SubscriptionPause, when: string) => `paused since ${when}: ${pause.reason}`,
    resumeHint: (kind: Subscription['kind'], id: number) =>
      `once the bot can post here again, /sahel ${kind} resume ${id}`,
    resumed: (s: Subscription) =>
      `${s.kind === 'alert' ? 'Alert' : 'Digest'} #${s.id} resumed: the next new stories are posted here again.`,
    running: (s: Subscription) =>
      `${s.kind === 'alert' ? 'Alert' : 'Digest'} #${s.id} was not paused; nothing changed.`,
    description: (kind: Subscription['kind']) =>
      kind === 'alert'
        ? 'Resume an alert of this channel paused when the bot lost the channel'
        : 'Resume a digest of this channel paused when the bot lost the channel',
    idHelp: (kind: Subscription['kind']) =>
      kind === 'alert' ? 'Alert id (see /sahel alert list)' : 'Digest id',
  },
  fr: {
    paused: (pause: SubscriptionPause, when: string) => `en pause depuis ${when} : ${pause.reason}`,
    resumeHint: (kind: Subscription['kind'], id: number) =>
      `quand le bot pourra de nouveau publier ici, /sahel ${kind} resume ${id}`,
    resumed: (s: Subscription) =>
      `${s.kind === 'alert' ? 'Alerte' : 'Digest'} n° ${s.id} reprise : les prochains récits sont de nouveau publiés ici.`,
    running: (s: Subscription) =>
      `${s.kind === 'alert' ? "L'alerte" : 'Le digest'} n° ${s.id} n'était pas en pause ; rien n'a changé.`,
    description: (kind: Subscription['kind']) =>
      kind === 'alert'
        ? 'Reprendre une alerte de ce canal mise en pause quand le bot a perdu le canal'
        : 'Reprendre un digest de ce canal mis en pause quand le bot a perdu le canal',
    idHelp: (kind: Subscription['kind']) =>
      kind === 'alert' ? "Numéro de l'alerte (voir /sahel alert list)" : 'Numéro du digest',
  },
} as const satisfies Record<Language, unknown>;

/**
 * `paused since 2026-12-06 12:00 UTC: <platform's reason> — once the bot can post here again,
 * /sahel alert resume 3`, for answers that show a paused subscription; null while it runs.
 */
export function pausedNote(s: Subscription, locale: Language): string | null {
  if (s.paused === null) return null;
  const words = WORDS[locale];
  const when = `${new Date(s.paused.at).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return `${words.paused(s.paused, when)} — ${words.resumeHint(s.kind, s.id)}`;
}

function resumedReply(result: SubscriptionResumed, locale: Language): Message {
  const words = WORDS[locale];
  return adminReply([
    result.wasPaused ? words.resumed(result.subscription) : words.running(result.subscription),
  ]);
}

function resumeCommand(kind: Subscription['kind']): CommandDefinition {
  return {
    name: 'resume',
    nameFr: 'reprendre',
    group: kind,
    groupFr: kind === 'alert' ? 'alerte' : 'resume',
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
    ],
    examples: [`${kind} resume 3`],
    handle(args, context: CommandContext) {
      const id = typeof args['id'] === 'number' ? args['id'] : 0;
      const result = context.ports.admin.resumeSubscription(here(context), kind, id);
      return result.ok
        ? resumedReply(result.value, context.locale)
        : adminFailureReply(result.error, context.locale);
    },
  };
}

/** `/sahel alert resume <id>`: an alert paused because the bot lost the channel runs again. */
export const alertResumeCommand: CommandDefinition = resumeCommand('alert');

/** `/sahel digest resume <id>`: a digest paused because the bot lost the channel runs again. */
export const digestResumeCommand: CommandDefinition = resumeCommand('digest');
