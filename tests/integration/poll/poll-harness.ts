import type { FeedFailure, NormalisedItem } from '../../../src/core/item.js';
import type { MatchResult } from '../../../src/core/match-types.js';
import { silentLogger } from '../../../src/core/ports.js';
import type { Result } from '../../../src/core/result.js';
import type { FeedRegistration, ItemStore } from '../../../src/core/store-ports.js';
import { createFetcher, type Fetcher } from '../../../src/ingest/fetch-feed.js';
import {
  createPollCycle,
  withMatching,
  type PollCycle,
  type ReadFeedInput,
} from '../../../src/ingest/poll-cycle.js';
import { readFeed } from '../../../src/ingest/read-feed.js';
import { createSqliteStore, type SqliteStore } from '../../../src/store/create-sqlite-store.js';

export interface RssEntry {
  readonly guid: string;
  readonly title: string;
  readonly link?: string;
  readonly description?: string;
  readonly pubDate?: string;
}

/** A small RSS 2.0 document. */
export function rss(entries: readonly RssEntry[], title = 'Test outlet'): string {
  const items = entries
    .map(
      (e) =>
        `<item><guid isPermaLink="false">${e.guid}</guid><title>${e.title}</title>` +
        `${e.link === undefined ? '' : `<link>${e.link}</link>`}` +
        `<description>${e.description ?? `About ${e.title}`}</description>` +
        `<pubDate>${e.pubDate ?? 'Mon, 03 Nov 2025 08:00:00 GMT'}</pubDate></item>`,
    )
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${title}</title>` +
    `<link>https://outlet.example/</link><description>t</description>${items}</channel></rss>`
  );
}

export const entries = (prefix: string, n: number): RssEntry[] =>
  Array.from({ length: n }, (_, i) => ({
    guid: `${prefix}-${i}`,
    title: `${prefix} story ${i}`,
    link: `https://outlet.example/${prefix}/${i}`,
  }));

export interface Harness {
  readonly store: SqliteStore;
  readonly cycle: PollCycle;
  readonly clock: { t: number; now(): number };
  readonly fetcher: Fetcher;
  readonly reads: number[];
  close(): void;
}

const noMatch: MatchResult = { entities: [], matches: [], vetoed: [], scores: {} };

/** A poll cycle over a fresh store, a real fetcher and the real feed reader, with a settable clock. */
export function createHarness(
  feeds: readonly FeedRegistration[],
  options: {
    dbPath?: string;
    disableAfterFailures?: number;
    backfill?: number;
    /** Wraps the item store the cycle writes to (the restart test watches commits). */
    wrapItems?: (items: ItemStore) => ItemStore;
  } = {},
): Harness {
  const store = createSqliteStore({ path: options.dbPath ?? ':memory:' });
  const clock = { t: Date.UTC(2025, 10, 3, 9, 0, 0), now: () => clock.t };
  store.feeds.sync(feeds, () => 0);
  const fetcher = createFetcher({
    userAgent: 'sahel-digest-test',
    timeoutMs: 5000,
    maxBytes: 5_000_000,
    maxRedirects: 5,
    concurrency: 8,
    perHostConcurrency: 8,
    guardAddresses: false,
  });
  const reads: number[] = [];
  const cycle = createPollCycle({
    feeds: store.feeds,
    items: options.wrapItems ? options.wrapItems(store.items) : store.items,
    fetcher,
    read: withMatching(
      (input: ReadFeedInput): Promise<Result<NormalisedItem[], FeedFailure>> => {
        reads.push(clock.t);
        return readFeed(input);
      },
      (item) => {
        const at = item.title.search(/kidal/i);
        if (at < 0) return noMatch;
        return {
          ...noMatch,
          entities: ['kidal'],
          matches: [{ entity: 'kidal', alias: 'Kidal', field: 'title', start: at, end: at + 5 }],
        };
      },
    ),
    settings: {
      disableAfterFailures: options.disableAfterFailures ?? 5,
      maxBackoffMs: 24 * 3_600_000,
      backfill: options.backfill ?? 0,
    },
    clock,
    logger: silentLogger,
  });
  return {
    store,
    cycle,
    clock,
    fetcher,
    reads,
    close: () => {
      fetcher.close();
      store.close();
    },
  };
}

/** A feed registration pointing at a test server URL. */
export function feedAt(id: string, url: string, intervalMs = 60_000): FeedRegistration {
  return { id, url, name: `Outlet ${id}`, language: 'en', tier: 2, intervalMs };
}
