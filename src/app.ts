import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { formatConfigIssue, loadConfig } from './config/load-config.js';
import type { Config, Env } from './core/config-types.js';
import { describeError } from './core/errors.js';
import type { FeedFailure, NormalisedItem } from './core/item.js';
import type { Clock, Logger, Scheduler } from './core/ports.js';
import { systemClock } from './core/ports.js';
import { err, ok, type Result } from './core/result.js';
import type { FeedRegistration, PruneReport } from './core/store-ports.js';
import { createFetcher, DEFAULT_USER_AGENT, type Fetcher } from './ingest/fetch-feed.js';
import { firstPollAt } from './ingest/plan-polls.js';
import {
  createPollCycle,
  type PollCycle,
  type PollCycleDeps,
  type PollCycleOptions,
  type PollCycleReport,
  type ReadFeedInput,
  type ReadItems,
  withMatching,
} from './ingest/poll-cycle.js';
import { createWorkerPool, type WorkerPool } from './ingest/worker-pool.js';
import { createPinoLogger } from './logger.js';
import { createCronScheduler } from './scheduler.js';
import { createRoutedFetcher } from './ingest/create-routed-fetcher.js';
import { createSqliteAdminStore } from './store/sqlite-admin-store.js';
import { createSqliteStore, type SqliteStore } from './store/create-sqlite-store.js';
import { compileWatchlist } from './match/compile-watchlist.js';
import { matchItem } from './match/match-item.js';
import { parseWorkerUrl } from './parse-worker-url.js';

export interface AppOptions {
  readonly configDir: string;
  /** An already loaded configuration (the CLI reports config issues itself); else read from `configDir`. */
  readonly config?: Config;
  /** Defaults to `env.databasePath`. */
  readonly dbPath?: string;
  readonly env: Env;
  readonly logger?: Logger;
  readonly clock?: Clock;
  /** Worker threads that parse and match feeds; default: one per core but one, at least one. */
  readonly parseWorkers?: number;
  /**
   * False for one-off command runs (`say`, `chat`): no background checkpoint thread, and the
   * parse workers start only if a poll ever runs. Default true.
   */
  readonly workers?: boolean;
}

/** Called after every poll cycle with its report (alerts, digests and printers hook in here). */
export type CycleListener = (report: PollCycleReport) => void | Promise<void>;

/** The wired application: what `once`, `run` and the platforms use. */
export interface App {
  readonly config: Config;
  readonly env: Env;
  readonly store: SqliteStore;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly scheduler: Scheduler;
  /**
   * Runs one poll cycle and then every cycle listener (each in its own catch-all). Resolves to
   * null when a cycle is already running.
   */
  pollOnce(options?: PollCycleOptions): Promise<PollCycleReport | null>;
  /** Feed ids for URLs: a configured feed when one has the URL, else an ad-hoc feed is added. */
  feedIdsForUrls(urls: readonly string[]): string[];
  /** Registers a listener run after each cycle (the extension point for alerts and digests). */
  onCycle(listener: CycleListener): void;
  /** Registers work that must commit in the same transaction as a feed's new items. */
  onCommit(hook: NonNullable<PollCycleDeps['withinCommit']>): void;
  /** Schedules the poll tick and the daily retention job. */
  start(): void;
  /** Deletes items older than `settings.retentionDays`. */
  prune(): PruneReport;
  close(): Promise<void>;
}

/**
 * The composition root: loads the configuration, opens the store, syncs the configured feeds,
 * and wires fetcher, the parse worker pool, the matcher and the poll cycle. A bad configuration is
 * an expected failure: every issue comes back as one `file:line:col path: message` line.
 */
export function createApp(options: AppOptions): Result<App, readonly string[]> {
  const loaded = options.config ? ok(options.config) : loadConfig(options.configDir);
  if (!loaded.ok) return err(loaded.error.map(formatConfigIssue));
  const config = loaded.value;
  const logger =
    options.logger ?? createPinoLogger(options.env.logLevel, { format: options.env.logFormat });
  const clock = options.clock ?? systemClock;
  const store = createSqliteStore({
    path: options.dbPath ?? options.env.databasePath,
    backgroundCheckpoints: options.workers !== false && {
      onFailure: (error) =>
        logger.warn('background checkpoints stopped; the writer checkpoints itself', {
          error: describeError(error),
        }),
    },
  });
  syncFeeds(store, config, clock, logger);
  const fetcher = createConfiguredFetcher(config, options.env, store);
  const workers = options.parseWorkers ?? Math.max(1, availableParallelism() - 1);
  const parser =
    options.workers === false
      ? createLazyParserPool(config, workers)
      : createParserPool(config, workers);
  const commitHooks: NonNullable<PollCycleDeps['withinCommit']>[] = [];
  const cycle = createPollCycle({
    feeds: store.feeds,
    items: store.items,
    fetcher,
    read: parser.read,
    settings: config.settings.polling,
    clock,
    logger: logger.child({ part: 'poll' }),
    withinCommit: (feed, result) => commitHooks.forEach((hook) => hook(feed, result)),
    maxFeedsInFlightPerHost: config.settings.polling.perHostConcurrency,
  });
  return ok(
    assemble({
      config,
      env: options.env,
      store,
      logger,
      clock,
      cycle,
      fetcher,
      parser,
      commitHooks,
    }),
  );
}

interface Parts {
  readonly config: Config;
  readonly env: Env;
  readonly store: SqliteStore;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly cycle: PollCycle;
  readonly fetcher: Fetcher;
  readonly parser: {
    read: ReadItems;
    pool: WorkerPool<ReadFeedInput, Result<NormalisedItem[], FeedFailure>>;
  };
  readonly commitHooks: NonNullable<PollCycleDeps['withinCommit']>[];
}

function assemble(parts: Parts): App {
  const { config, store, logger, clock, cycle } = parts;
  const scheduler = createCronScheduler(logger.child({ part: 'scheduler' }));
  const listeners: CycleListener[] = [];
  const prune = (): PruneReport =>
    store.items.prune(clock.now() - config.settings.retentionDays * 86_400_000);
  let inFlight: Promise<unknown> = Promise.resolve();
  return {
    config,
    env: parts.env,
    store,
    logger,
    clock,
    scheduler,
    async pollOnce(options) {
      const running = cycle.run(options);
      inFlight = Promise.all([inFlight, running.catch(() => undefined)]);
      const report = await running;
      if (report === null) return null;
      for (const listener of listeners) {
        try {
          await listener(report);
        } catch (error) {
          logger.error('cycle listener failed', { error: describeError(error) });
        }
      }
      return report;
    },
    feedIdsForUrls: (urls) => urls.map((url) => feedIdForUrl(store, config, clock, url)),
    onCycle: (listener) => void listeners.push(listener),
    onCommit: (hook) => void parts.commitHooks.push(hook),
    start() {
      const { timezone } = config.settings;
      scheduler.schedule('poll', config.settings.polling.tick, timezone, async () => {
        const report = await this.pollOnce();
        if (report === null) logger.warn('poll tick skipped: the previous cycle is still running');
      });
      scheduler.schedule('retention', '17 3 * * *', timezone, async () => {
        logger.info('retention pruned', { ...prune() });
      });
    },
    prune,
    /** Stops the schedules, lets a running cycle finish its commits, then closes everything. */
    async close() {
      scheduler.stopAll();
      await inFlight;
      parts.fetcher.close();
      await parts.parser.pool.close();
      store.close();
    },
  };
}

function toRegistration(feed: Config['feeds'][number]): FeedRegistration {
  return {
    id: feed.id,
    url: feed.url,
    name: feed.name,
    language: feed.language,
    tier: feed.tier,
    intervalMs: feed.intervalMs,
  };
}

function syncFeeds(store: SqliteStore, config: Config, clock: Clock, logger: Logger): void {
  const now = clock.now();
  const report = store.feeds.sync(config.feeds.map(toRegistration), (feed) =>
    firstPollAt(feed, now),
  );
  if (report.added.length + report.updated.length + report.deactivated.length > 0) {
    logger.info('feeds synced', {
      added: report.added.length,
      updated: report.updated.length,
      deactivated: report.deactivated.length,
    });
  }
}

/**
 * Config feeds come from the operator, so the SSRF guard is off for them; feeds added from chat
 * go through it at every poll (unless ALLOW_PRIVATE_FEEDS).
 */
function createConfiguredFetcher(config: Config, env: Env, store: SqliteStore): Fetcher {
  const p = config.settings.polling;
  const options = {
    userAgent: DEFAULT_USER_AGENT,
    timeoutMs: p.timeoutMs,
    maxBytes: p.maxBytes,
    maxRedirects: p.maxRedirects,
    concurrency: p.concurrency,
    perHostConcurrency: p.perHostConcurrency,
  };
  const admin = createSqliteAdminStore(store.db);
  return createRoutedFetcher({
    trusted: createFetcher({ ...options, guardAddresses: false }),
    guarded: createFetcher({ ...options, guardAddresses: !env.allowPrivateFeeds }),
    isGuarded: (url) => admin.isChatFeedUrl(url),
  });
}

/** Parsing runs on worker threads; matching against the compiled watchlist on this one. */
function createParserPool(config: Config, size: number): Parts['parser'] {
  const pool = createWorkerPool<ReadFeedInput, Result<NormalisedItem[], FeedFailure>>({
    moduleUrl: parseWorkerUrl(),
    exportName: 'readFeed',
    size,
    moveBuffers: true,
  });
  const watchlist = compileWatchlist(config.watchlist);
  return { pool, read: withMatching((input) => pool.run(input), (item) => matchItem(watchlist, item)) };
}

/** A parser pool whose workers (and compiled watchlist) are made on the first feed read. */
function createLazyParserPool(config: Config, size: number): Parts['parser'] {
  let made: Parts['parser'] | undefined;
  const get = (): Parts['parser'] => (made ??= createParserPool(config, size));
  return {
    read: (input) => get().read(input),
    pool: {
      run: (input) => get().pool.run(input),
      pending: () => made?.pool.pending() ?? 0,
      close: () => made?.pool.close() ?? Promise.resolve(),
    },
  };
}

function feedIdForUrl(store: SqliteStore, config: Config, clock: Clock, url: string): string {
  const known = store.feeds.findByUrl(url);
  if (known) return known.id;
  const id = `url-${createHash('sha256').update(url).digest('hex').slice(0, 12)}`;
  const name = URL.canParse(url) ? new URL(url).host : url;
  const feed: FeedRegistration = {
    id,
    url,
    name,
    language: 'mixed',
    tier: 3,
    intervalMs: config.settings.polling.defaultIntervalMs,
  };
  store.feeds.upsert(feed, clock.now());
  return id;
}
