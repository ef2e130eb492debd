import type { DigestNowReport } from '../src/core/admin-ports.js';
import type { CommandDefinition } from '../src/core/command.js';
import type { Language, Platform } from '../src/core/config-types.js';
import { adminFailureReply, adminReply, here } from './admin-reply.js';

const WORDS = {
  en: {
    heading: 'Digest queued',
    body: (r: DigestNowReport) =>
      r.stories === 0
        ? 'No story in the last 24 hours: the digest posted here says so.'
        : `${r.shown === r.stories ? (r.stories === 1 ? 'The only story' : `All ${r.stories} stories`) : `The top ${r.shown} of ${r.stories} stories`} of the last 24 hours will be posted here in a moment.`,
    note: (r: DigestNowReport, platform: Platform) =>
      platform === 'console'
        ? `On the console it prints in the terminal running sahel-digest run, or at the next sahel-digest once (outbox row ${r.outboxId}); scheduled digests are not affected.`
        : `It goes through the outbox like every post (row ${r.outboxId}); scheduled digests are not affected.`,
  },
  fr: {
    heading: 'Digest en route',
    body: (r: DigestNowReport) =>
      r.stories === 0
        ? 'Aucun récit ces dernières 24 heures : le digest publié ici le dira.'
        : `${r.shown === r.stories ? (r.stories === 1 ? 'Le seul récit' : `Les ${r.stories} récits`) : `Les ${r.shown} principaux récits sur ${r.stories}`} des dernières 24 heures ${r.shown === 1 ? 'sera publié' : 'seront publiés'} ici dans un instant.`,
    note: (r: DigestNowReport, platform: Platform) =>
      platform === 'console'
        ? `Sur la console, il s'affiche dans le terminal où tourne sahel-digest run, ou au prochain sahel-digest once (ligne ${r.outboxId} de la file d'envoi) ; les digests programmés ne changent pas.`
        : `Il passe par la file d'envoi comme toute publication (ligne ${r.outboxId}) ; les digests programmés ne changent pas.`,
  },
} as const satisfies Record<Language, unknown>;

/**
 * `/sahel digest now`: this channel's digest of the last 24 hours, posted at once. It arrives
 * as a normal delivery (an outbox row with its own idempotency key), in the channel's digest
 * settings, and leaves the scheduled digests' window chain alone.
 */
export const digestNowCommand: CommandDefinition = {
  name: 'now',
  nameFr: 'maintenant',
  group: 'digest',
  groupFr: 'resume',
  scope: 'sahel',
  admin: true,
  slow: true,
  description: {
    en: "Post this channel's digest of the last 24 hours now",
    fr: 'Publier maintenant le digest des dernières 24 heures dans ce canal',
  },
  options: [],
  examples: ['digest now'],
  handle(_args, context) {
    const result = context.ports.admin.digestNow(here(context), context.locale);
    if (!result.ok) return adminFailureReply(result.error, context.locale);
    const words = WORDS[context.locale];
    return adminReply(
      [words.body(result.value), words.note(result.value, context.platform)],
      words.heading,
    );
  },
};
