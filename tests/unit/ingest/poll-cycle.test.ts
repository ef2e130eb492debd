import { afterEach, describe, expect, it } from 'vitest';
import type { FetchOutcome } from '../../../src/core/item.js';
import { silentLogger } from '../../../src/core/ports.js';
import { ok } from '../../../src/core/result.js';
import type { FeedRegistration } from '../../../src/core/store-ports.js';
import { createPollCycle, type PollCycleDeps } from '../../../src/ingest/poll-cycle.js';
import { createSqliteStore, type SqliteStore } from '../../../src/store/create-sqlite-store.js';

let store: SqliteStore | undefined;
afterEach(() => store?.close());

const feed = (id: string, host: string): FeedRegistration => ({
  id,
  url: `http://${host}/${id}.xml`,
  name: id,
  language: 'en',
  tier: 2,
  intervalMs: 600_000,
});

const fetched = (url: string): FetchOutcome => ({
  kind: 'fetched',
  body: Buffer.from('<rss/>'),
  contentType: 'application/rss+xml',
  finalUrl: url,
  validators: { etag: null, lastModified: null, bodyHash: null },
  maxAgeMs: null,
});

/** A cycle whose fetches wait for `release(host)`; `inFlight` counts feeds from fetch start to read end. */
function setUp(feeds: FeedRegistration[], limits: Pick<PollCycleDeps, 'maxFeedsInFlight' | 'maxFeedsInFlightPerHost'>) {
  store = createSqliteStore({ path: ':memory:' });
  store.feeds.sync(feeds, () => 0);
  const waiting = new Map<string, (() => void)[]>();
  const counts = { inFlight: 0, max: 0, done: [] as string[] };
  const blocked = new Set<string>();
  const cycle = createPollCycle({
    feeds: store.feeds,
    items: store.items,
    fetcher: {
      async fetch(url) {
        counts.inFlight += 1;
        counts.max = Math.max(counts.max, counts.inFlight);
        const host = new URL(url).host;
        if (blocked.has(host)) await new Promise<void>((resolve) => waiting.set(host, [...(waiting.get(host) ?? []), resolve]));
        await new Promise((resolve) => setImmediate(resolve));
        return fetched(url);
      },
    },
    read: async (input) => {
      counts.inFlight -= 1;
      counts.done.push(input.feedId);
      return ok([]);
    },
    settings: { disableAfterFailures: 5, maxBackoffMs: 3_600_000, backfill: 0 },
    clock: { now: () => 1_000 },
    logger: silentLogger,
    ...limits,
  });
  const release = (host: string): void => {
    blocked.delete(host);
    for (const resolve of waiting.get(host) ?? []) resolve();
    waiting.delete(host);
  };
  return { cycle, counts, block: (host: string) => blocked.add(host), release };
}

describe('poll cycle flow control', () => {
  it('holds at most maxFeedsInFlight feeds between the start of their fetch and the end of their read', async () => {
    const feeds = Array.from({ length: 40 }, (_, i) => feed(`f${i}`, 'one.example'));
    const { cycle, counts } = setUp(feeds, { maxFeedsInFlight: 5 });
    const report = await cycle.run({ all: true });
    expect(report?.feeds).toHaveLength(40);
    expect(counts.done).toHaveLength(40);
    expect(counts.max).toBe(5);
  });

  it('lets feeds on other hosts pass feeds queued behind a busy host', async () => {
    const slow = Array.from({ length: 6 }, (_, i) => feed(`a-slow${i}`, 'slow.example'));
    const quick = [feed('b-quick0', 'quick.example'), feed('b-quick1', 'quick.example')];
    const { cycle, counts, block, release } = setUp([...slow, ...quick], { maxFeedsInFlight: 3, maxFeedsInFlightPerHost: 2 });
    block('slow.example');
    const running = cycle.run({ all: true });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(counts.done.sort()).toEqual(['b-quick0', 'b-quick1']);
    release('slow.example');
    const report = await running;
    expect(report?.feeds).toHaveLength(8);
    expect(counts.done).toHaveLength(8);
  });
});
