import type { FeedStatus } from '../src/core/admin-ports.js';
import type { CommandDefinition } from '../src/core/command.js';
import type { Language } from '../src/core/config-types.js';
import type { ListEntry } from '../src/core/message.js';
import { adminReply, formatInZone } from './admin-reply.js';
import { feedTrouble, nextTryWords } from './feed-health.js';
import { feedPage } from './feeds-page.js';
import { pageOption } from './paging.js';

const WORDS = {
  en: {
    heading: 'Feed status',
    none: 'No feed is polled.',
    ok: 'ok',
    new: 'new',
    failing: (n: number) => `${n} ${n === 1 ? 'failure' : 'failures'}`,
    disabled: 'disabled',
    lastSuccess: (when: string) => `last success ${when}`,
    never: 'never read yet',
    next: (when: string) => `next poll ${when}`,
    soon: 'next poll at the next cycle',
  },
  fr: {
    heading: 'État des flux',
    none: "Aucun flux n'est suivi.",
    ok: 'ok',
    new: 'nouveau',
    failing: (n: number) => `${n} ${n === 1 ? 'échec' : 'échecs'}`,
    disabled: 'désactivé',
    lastSuccess: (when: string) => `dernier succès ${when}`,
    never: 'jamais lu',
    next: (when: string) => `prochain relevé ${when}`,
    soon: 'relevé au prochain cycle',
  },
} as const satisfies Record<Language, unknown>;

/** Failing and disabled feeds first (what an admin looks for), then by id. */
function byConcern(a: FeedStatus, b: FeedStatus): number {
  const rank = (f: FeedStatus): number => (f.disabled ? 0 : f.failures > 0 ? 1 : 2);
  return rank(a) - rank(b) || a.id.localeCompare(b.id);
}

function toEntry(feed: FeedStatus, locale: Language, now: number): ListEntry {
  const words = WORDS[locale];
  const when = (at: number): string => formatInZone(at, 'UTC', locale);
  const state = feed.disabled
    ? words.disabled
    : feed.failures > 0
      ? words.failing(feed.failures)
      : feed.lastSuccessAt === null
        ? words.new
        : words.ok;
  const trouble = feedTrouble(feed, locale, now);
  const next =
    feed.nextPollAt === null
      ? undefined
      : trouble !== null
        ? nextTryWords(feed.nextPollAt, now, locale, when(feed.nextPollAt))
        : feed.nextPollAt <= now
          ? words.soon
          : words.next(when(feed.nextPollAt));
  const parts = [
    trouble,
    feed.lastSuccessAt === null ? words.never : words.lastSuccess(when(feed.lastSuccessAt)),
    next,
  ].filter((p): p is string => p !== undefined && p !== null && p !== '');
  return { label: state, text: `${feed.id} — ${feed.name}`, detail: parts.join(' · ') };
}

/** `/sahel feeds status`: each feed's last success, failures, reason and next poll, paged. */
export const feedsStatusCommand: CommandDefinition = {
  name: 'status',
  nameFr: 'etat',
  group: 'feeds',
  groupFr: 'flux',
  scope: 'sahel',
  admin: true,
  description: {
    en: 'Health of each feed: last success, failures, reason, next poll',
    fr: 'Santé de chaque flux : dernier succès, échecs, raison, prochain relevé',
  },
  options: [pageOption],
  examples: ['feeds status', 'feeds status page:2'],
  handle(args, context) {
    const words = WORDS[context.locale];
    const feeds = [...context.ports.admin.feedStatus()].sort(byConcern);
    if (feeds.length === 0) return adminReply([words.none]);
    const now = context.clock.now();
    const entries = feeds.map((f) => toEntry(f, context.locale, now));
    return feedPage(context, feedsStatusCommand, args, words.heading, entries);
  },
};
