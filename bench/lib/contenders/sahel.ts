/**
 * sahel-digest's own pipeline on the farm: the real fetcher, reading on a worker-thread pool,
 * matching with the full default watchlist and a SQLite file, exactly as the app runs them.
 * The harness bundles this file like the program (scripts/build.mjs) and runs it with the node flags
 * of `npm start`, so it measures the program as it runs.
 * Every feed is marked as seeded so each of the 50,000 items goes the whole way (match + store).
 * Usage: sahel.ts PORT [PARSE_WORKERS]   (0 workers = parse on the main thread)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../../src/config/load-config.js';
import type { FeedFailure, NormalisedItem } from '../../../src/core/item.js';
import { silentLogger } from '../../../src/core/ports.js';
import type { Result } from '../../../src/core/result.js';
import { createFetcher } from '../../../src/ingest/fetch-feed.js';
import {
  createPollCycle,
  type ReadFeedInput,
  type ReadItems,
  withMatching,
} from '../../../src/ingest/poll-cycle.js';
import { createWorkerPool } from '../../../src/ingest/worker-pool.js';
import { parseWorkerUrl } from '../../../src/parse-worker-url.js';
import { readFeed } from '../../../src/ingest/read-feed.js';
import { compileWatchlist } from '../../../src/match/compile-watchlist.js';
import { matchItem } from '../../../src/match/match-item.js';
import { projectPath } from '../../../src/cli/project-path.js';
import { createSqliteStore } from '../../../src/store/create-sqlite-store.js';
import { farmUrls, peakRssMb, report, timed } from '../contender.js';

const port = Number(process.argv[2]);
const workers =
  process.argv[3] === undefined ? Math.max(1, availableParallelism() - 1) : Number(process.argv[3]);
const config = loadConfig(projectPath('config/'));
if (!config.ok) throw new Error('the default config does not load');

const dir = mkdtempSync(join(tmpdir(), 'sahel-bench-'));
const store = createSqliteStore({ path: join(dir, 'bench.db'), backgroundCheckpoints: true });
store.feeds.sync(
  farmUrls(port).map((url, f) => ({
    id: `f${f}`,
    url,
    name: `Outlet ${f}`,
    language: 'en',
    tier: 2,
    intervalMs: 600_000,
  })),
  () => 0,
);
for (const feed of store.feeds.list()) store.feeds.update(feed.id, { seededAt: 1 });

const fetcher = createFetcher({
  userAgent: 'sahel-digest-bench',
  timeoutMs: 15_000,
  maxBytes: 5_000_000,
  maxRedirects: 5,
  // Every farm feed is on one host; a real deployment spreads them over many.
  concurrency: 16,
  perHostConcurrency: 16,
  guardAddresses: false,
});

const pool =
  workers > 0
    ? createWorkerPool<ReadFeedInput, Result<NormalisedItem[], FeedFailure>>({
        moduleUrl: parseWorkerUrl(),
        exportName: 'readFeed',
        size: workers,
        moveBuffers: true,
      })
    : null;
const watchlist = compileWatchlist(config.value.watchlist);
const read: ReadItems = withMatching(pool ? (input) => pool.run(input) : readFeed, (item) => matchItem(watchlist, item));

const cycle = createPollCycle({
  feeds: store.feeds,
  items: store.items,
  fetcher,
  read,
  settings: { ...config.value.settings.polling, disableAfterFailures: 10 },
  clock: { now: () => Date.now() },
  logger: silentLogger,
});

// Start-up work (loading the reader into the workers) is not part of a cycle.
await read({
  body: Buffer.from('<rss version="2.0"><channel><title>w</title></channel></rss>'),
  contentType: null,
  url: 'http://w/',
  feedId: 'warm-up',
  now: 0,
});

const rssBeforeMb = Math.round(process.memoryUsage().rss / 1e6);
const peaks: Record<string, number> = {};
const sampler = setInterval(() => {
  for (const [k, v] of Object.entries(process.memoryUsage())) peaks[k] = Math.max(peaks[k] ?? 0, Math.round(v / 1e6));
}, 100);
const cold = await timed(() => cycle.run({ all: true }));
clearInterval(sampler);
const warm = await timed(() => cycle.run({ all: true }));
const failures = cold.value?.feeds.filter((f) => f.failure !== undefined).length ?? -1;
report({
  name: `sahel-digest (${workers} parse ${workers === 1 ? 'worker' : 'workers'})`,
  coldMs: cold.ms,
  warmMs: warm.ms,
  coldCpuMs: cold.cpuMs,
  coldLoopMaxMs: cold.loopMaxMs,
  peakRssMb: peakRssMb(),
  items: cold.value?.newItemCount ?? 0,
  warmParses: warm.value?.parses ?? -1,
  notes: {
    stored: store.items.count(),
    failures,
    warmNotModified: warm.value?.feeds.filter((f) => f.status === 'not-modified').length ?? 0,
    matchedItems: store.db
      .prepare("SELECT COUNT(*) FROM items WHERE matches <> '[]'")
      .pluck()
      .get() as number,
    mainHeapMb: Math.round(process.memoryUsage().heapUsed / 1e6),
    coldThreadCpuMs: cold.threadCpuMs,
    rssBeforeMb,
    peaks,
    rssAfterMb: Math.round(process.memoryUsage().rss / 1e6),
  },
});
fetcher.close();
await pool?.close();
store.close();
rmSync(dir, { recursive: true, force: true });
