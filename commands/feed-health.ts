import type { FeedStatus } from '../src/core/admin-ports.js';
import type { Language } from '../src/core/config-types.js';
import { elapsedWords, feedFailureReason } from '../src/core/feed-failure-words.js';

const WORDS = {
  en: {
    failingFor: (reason: string, elapsed: string) => `${reason}, failing for ${elapsed}`,
    nextTry: (when: string) => `next try ${when}`,
    soon: 'next try at the next cycle',
  },
  fr: {
    failingFor: (reason: string, elapsed: string) => `${reason} depuis ${elapsed}`,
    nextTry: (when: string) => `prochain essai ${when}`,
    soon: 'nouvel essai au prochain cycle',
  },
} as const satisfies Record<Language, unknown>;

/**
 * Why a failing or disabled feed fails, for a reader: the human reason and since when it has
 * not been read (`le site répond 404 : adresse introuvable depuis 3 jours`; without `now`,
 * the reason alone); null for a healthy feed. The fetcher's raw reason stays in the log and the store.
 */
export function feedTrouble(
  feed: FeedStatus,
  locale: Language,
  now: number | undefined,
): string | null {
  if (feed.reason === null || (!feed.disabled && feed.failures === 0)) return null;
  const reason = feedFailureReason(feed.reason, locale);
  if (feed.lastSuccessAt === null || now === undefined) return reason;
  return WORDS[locale].failingFor(reason, elapsedWords(feed.lastSuccessAt, now, locale));
}

/** `next try 7 Dec 2026, 14:00 UTC` for a failing feed (the backoff, or the server's Retry-After). */
export function nextTryWords(at: number, now: number, locale: Language, when: string): string {
  return at <= now ? WORDS[locale].soon : WORDS[locale].nextTry(when);
}
