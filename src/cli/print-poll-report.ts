import type { PollCycleReport } from '../ingest/poll-cycle.js';
import type { StoredItem } from '../core/store-ports.js';
import type { Language } from '../core/config-types.js';

/** Feed id → display name, for printing. */
export type FeedNames = ReadonlyMap<string, string>;

/** One line per new item: `[outlet] title — url  (entities)`, control characters removed. */
export function formatNewItem(item: StoredItem, feedNames: FeedNames): string {
  const outlet = feedNames.get(item.feedId) ?? item.feedId;
  const entities = [...new Set(item.matches.map((m) => m.entity))];
  const link = item.url === null ? '' : ` — ${item.url}`;
  const tags = entities.length === 0 ? '' : `  (${entities.join(', ')})`;
  return clean(`[${outlet}] ${item.title}${link}${tags}`);
}

/** The words of a cycle summary in each language the demo may run in. */
const SUMMARY = {
  en: {
    newItems: (n: number) => `${n} new ${n === 1 ? 'item' : 'items'}`,
    seeded: (n: number) => `${n} seeded`,
    notModified: (n: number) => `${n} not modified`,
    failed: (n: number) => `${n} failed`,
    polled: (feeds: number, seconds: number, parts: string) =>
      `polled ${feeds} ${feeds === 1 ? 'feed' : 'feeds'} in ${seconds.toFixed(1)} s: ${parts}`,
  },
  fr: {
    newItems: (n: number) => `${n} ${n <= 1 ? 'nouvel article' : 'nouveaux articles'}`,
    seeded: (n: number) => `${n} ${n <= 1 ? 'amorcé' : 'amorcés'}`,
    notModified: (n: number) => `${n} ${n <= 1 ? 'inchangé' : 'inchangés'}`,
    failed: (n: number) => `${n} en échec`,
    polled: (feeds: number, seconds: number, parts: string) =>
      `${feeds} flux ${feeds <= 1 ? 'relevé' : 'relevés'} en ${seconds.toFixed(1).replace('.', ',')} s : ${parts}`,
  },
} as const satisfies Record<Language, unknown>;

/**
 * `polled 12 feeds in 1.3 s: 3 new items, 2 seeded, 5 not modified, 1 failed`, or its French
 * form (`12 flux relevés en 1,3 s : 3 nouveaux articles, …`) for the demo run in French.
 */
export function formatCycleSummary(report: PollCycleReport, locale: Language = 'en'): string {
  const words = SUMMARY[locale];
  const count = (status: string): number => report.feeds.filter((f) => f.status === status).length;
  const parts = [
    words.newItems(report.newItems.length),
    ...(
      [
        [words.seeded, count('seeded')],
        [words.notModified, count('not-modified') + count('unchanged')],
        [words.failed, count('failed') + count('fault')],
      ] as const
    )
      .filter(([, n]) => n > 0)
      .map(([say, n]) => say(n)),
  ];
  const seconds = (report.finishedAt - report.startedAt) / 1000;
  return words.polled(report.feeds.length, seconds, parts.join(', '));
}

/**
 * What `seeded` means, once, when a cycle seeded feeds: a feed's first poll only records what it
 * already holds, so a first `once` or the first cycles of `run` print no items. Null otherwise.
 */
export function formatSeedNote(report: PollCycleReport): string | null {
  const seeded = report.feeds.filter((f) => f.status === 'seeded').length;
  if (seeded === 0) return null;
  return `(seeded: a feed's first poll only records the items it already holds, so nothing old is alerted; new items print from the next poll on)`;
}

/** One line per failed feed: `feed rfi-en (URL): HTTP: HTTP 500 …` plus `, disabled` when it was. */
export function formatFailures(report: PollCycleReport): string[] {
  return report.feeds
    .filter((f) => f.failure !== undefined)
    .map((f) => {
      const disabled = f.disabled ? ` (${f.disabled.reason})` : '';
      return clean(`feed ${f.feedId} (${f.url}): ${f.failure?.message ?? 'failed'}${disabled}`);
    });
}

/** The report as JSON for `--format json`: the feeds' outcomes and the new items. */
export function toJsonReport(report: PollCycleReport): unknown {
  return {
    startedAt: new Date(report.startedAt).toISOString(),
    durationMs: report.finishedAt - report.startedAt,
    feeds: report.feeds,
    newItems: report.newItems.map((item) => ({
      id: item.id,
      feedId: item.feedId,
      url: item.url,
      title: item.title,
      summary: item.summary,
      lang: item.lang,
      publishedAt: new Date(item.publishedAt).toISOString(),
      entities: [...new Set(item.matches.map((m) => m.entity))],
    })),
    backfilled: report.backfilled.length,
  };
}

// Feed text must not move the cursor or clear the terminal.
// eslint-disable-next-line no-control-regex
const clean = (text: string): string => text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
