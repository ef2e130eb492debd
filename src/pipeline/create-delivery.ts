import type Database from 'better-sqlite3';
import type { Config, Platform, SubscriptionSeed } from '../core/config-types.js';
import type {
  OutboxStore,
  SeedReport,
  StoryStore,
  SubscriptionStore,
} from '../core/delivery-ports.js';
import { describeError } from '../core/errors.js';
import type { ChatPlatform, Clock, Logger, Scheduler, Summarizer } from '../core/ports.js';
import type { FeedStateStore, ItemStore, StoredItem } from '../core/store-ports.js';
import {
  createOutboxWorker,
  type DrainReport,
  type OutboxWorker,
  type OutboxWorkerDeps,
} from '../deliver/outbox-worker.js';
import { releaseHeldAlerts, type ReleaseDeps } from '../deliver/held-alerts.js';
import { buildHeldAlerts } from '../digest/build-held-alerts.js';
import { createSqliteArcStore } from '../store/sqlite-arc-store.js';
import { createSqliteHeldAlertStore } from '../store/sqlite-held-alert-store.js';
import { createSqliteOutboxStore } from '../store/sqlite-outbox-store.js';
import { createSqliteStoryStore, createSqliteTransaction } from '../store/sqlite-story-store.js';
import { createSqliteSubscriptionStore } from '../store/sqlite-subscription-store.js';
import { frenchArcTitler } from '../stories/arc-title-fr.js';
import type { StorySignature } from '../stories/cluster-stories.js';
import { createExtractiveSummarizer } from '../stories/summarize-extractive.js';
import { createCronCalendar } from '../scheduler.js';
import { createMessageBuilders, type MessageBuilders } from './message-builders.js';
import {
  processBacklog,
  processNewItems,
  type ProcessDeps,
  type ProcessReport,
} from './process-new-items.js';
import { runDueDigests, type DigestDeps, type DigestRun } from './run-due-digests.js';

export interface DeliveryOptions {
  /** The database the item store uses: stories and outbox rows commit in it too. */
  readonly db: Database.Database;
  readonly config: Config;
  readonly items: Pick<ItemStore, 'listSince' | 'get'>;
  readonly feeds: Pick<FeedStateStore, 'get'>;
  /** The platforms this process delivers to; rows for others wait for a process that has them. */
  readonly platforms: readonly ChatPlatform[];
  readonly clock: Clock;
  readonly logger: Logger;
  readonly scheduler: Scheduler;
  readonly summarizer?: Summarizer;
  readonly messages?: MessageBuilders;
  readonly worker?: Pick<OutboxWorkerDeps, 'retry' | 'leaseMs' | 'idleMs' | 'sleep'>;
}

/** Stories, subscriptions and the outbox, and the operations `once` and `run` call. */
export interface Delivery {
  readonly stories: StoryStore<StorySignature>;
  readonly subscriptions: SubscriptionStore;
  readonly outbox: OutboxStore;
  readonly worker: OutboxWorker;
  /** Merges the configured subscriptions (plus `extra`) into the database. */
  seed(extra?: readonly SubscriptionSeed[]): SeedReport;
  /** New items of a poll → stories → queued alerts and updates. */
  process(items: readonly StoredItem[]): Promise<ProcessReport>;
  /**
   * Processes items in the background, in the order given, and wakes the outbox worker after
   * each batch; a failed batch is logged and left for the next start-up's `catchUp`.
   */
  enqueue(items: readonly StoredItem[]): void;
  /** Resolves when every enqueued batch has been processed. */
  settled(): Promise<void>;
  /** Items a crash left outside any story (run at start-up). */
  catchUp(): Promise<ProcessReport>;
  runDueDigests(): DigestRun[];
  /**
   * Queues one catch-up post per alert subscription whose held alerts may go now (its quiet
   * hours over, its cap not reached); returns how many.
   */
  releaseHeldAlerts(): number;
  /**
   * Deletes stories, finished outbox rows, digest windows and released held alerts older than
   * the retention period.
   */
  prune(): {
    readonly stories: number;
    readonly outbox: number;
    readonly windows: number;
    readonly held: number;
  };
  /** Releases the held alerts that may go now, then sends every due outbox row. */
  deliver(options?: { readonly waitForRetriesMs?: number }): Promise<DrainReport>;
  /**
   * `run`: digests and held alerts checked every minute, pruning daily, the outbox drained in
   * the background.
   */
  start(): void;
  stop(): Promise<void>;
}

/** Wires the SQLite stores, the pipeline and the outbox worker over one database. */
export function createDelivery(options: DeliveryOptions): Delivery {
  const { db, config, clock, scheduler } = options;
  const logger = options.logger;
  const stories = createSqliteStoryStore<StorySignature>(db);
  const subscriptions = createSqliteSubscriptionStore({ db, clock });
  const outbox = createSqliteOutboxStore(db);
  const arcs = createSqliteArcStore(db, { frenchTitle: frenchArcTitler(config.watchlist) });
  const platforms = new Set<Platform>(options.platforms.map((p) => p.name));
  const holding = { held: createSqliteHeldAlertStore(db), timezone: config.settings.timezone };
  const common = {
    config,
    stories,
    subscriptions,
    outbox,
    arcs,
    transaction: createSqliteTransaction(db),
    // Alerts read their story's arc, and digests their stories' arcs, in the same database.
    messages: options.messages ?? createMessageBuilders(config, { arcs, stories }),
    clock,
    logger,
    platforms,
  };
  const processDeps: ProcessDeps = {
    ...common,
    summarizer: options.summarizer ?? createExtractiveSummarizer(),
    feedInfo: (feedId) => options.feeds.get(feedId),
    holding,
  };
  const releaseDeps: ReleaseDeps = {
    ...common,
    ...holding,
    defaultLocale: config.settings.locale,
    build: buildHeldAlerts,
  };
  const release = (): number => releaseHeldAlerts(releaseDeps, clock.now());
  const digestDeps: DigestDeps = { ...common, calendar: createCronCalendar() };
  const worker = createOutboxWorker({
    outbox,
    platforms: options.platforms,
    clock,
    logger,
    ...options.worker,
  });
  let tasks: { stop(): void }[] = [];
  let queue: Promise<unknown> = Promise.resolve();
  const prune = (): ReturnType<Delivery['prune']> => {
    const before = clock.now() - config.settings.retentionDays * 86_400_000;
    return {
      stories: stories.prune(before),
      outbox: outbox.prune(before),
      windows: subscriptions.pruneDigests(before),
      held: holding.held.prune(before),
    };
  };

  return {
    stories,
    subscriptions,
    outbox,
    worker,
    seed: (extra = []) => subscriptions.seed([...config.subscriptions, ...extra]),
    process: (items) => processNewItems(processDeps, items),
    enqueue(items) {
      if (items.length === 0) return;
      queue = queue
        .then(() =>
          guarded(logger, 'process new items', () =>
            // The hook runs inside the poll's transaction: keep only what it committed.
            processNewItems(
              processDeps,
              items.filter((item) => options.items.get(item.id) !== null),
            ),
          ),
        )
        .then(() => worker.kick());
    },
    settled: () => queue.then(() => undefined),
    catchUp: () => processBacklog(processDeps, options.items),
    runDueDigests: () => runDueDigests(digestDeps),
    releaseHeldAlerts: release,
    prune,
    deliver(drainOptions) {
      guardedSync(logger, 'release held alerts', release);
      return worker.drain(drainOptions);
    },
    start() {
      if (tasks.length > 0) return;
      tasks = [
        scheduler.schedule('digests', '* * * * *', 'UTC', async () => {
          const digests = runDueDigests(digestDeps).length;
          const released = guardedSync(logger, 'release held alerts', release) ?? 0;
          if (digests + released > 0) worker.kick();
        }),
        scheduler.schedule('delivery-retention', '47 3 * * *', 'UTC', async () => {
          logger.info('delivery retention pruned', { ...prune() });
        }),
      ];
      worker.start();
    },
    async stop() {
      for (const task of tasks) task.stop();
      tasks = [];
      await queue;
      await worker.stop();
    },
  };
}

/** `guarded` for a synchronous step. */
function guardedSync<T>(logger: Logger, step: string, run: () => T): T | null {
  try {
    return run();
  } catch (error) {
    logger.error('delivery step failed', { step, error: describeError(error) });
    return null;
  }
}

/**
 * Logs and swallows a failure of a background step, so one bad batch never stops the worker;
 * the items stay outside any story and the next start-up's `catchUp` retries them.
 */
export async function guarded<T>(
  logger: Logger,
  step: string,
  run: () => Promise<T>,
): Promise<T | null> {
  try {
    return await run();
  } catch (error) {
    logger.error('delivery step failed', { step, error: describeError(error) });
    return null;
  }
}
