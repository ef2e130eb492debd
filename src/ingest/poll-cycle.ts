import type { Clock, Logger } from '../core/ports.js';
import { describeError } from '../core/errors.js';
import type { FeedFailure, FetchOutcome, FetchValidators, NormalisedItem } from '../core/item.js';
import type { MatchResult } from '../core/match-types.js';
import { ok, type Result } from '../core/result.js';
import type {
  FeedDisabled,
  FeedState,
  FeedStateStore,
  IncomingItem,
  ItemStore,
  PollCommit,
  PollCommitResult,
  StoredItem,
} from '../core/store-ports.js';
import { createCommitBatcher, type CommitBatcher } from './batch-commits.js';
import { createLimiter } from './limit-concurrency.js';
import { createOnePerTurn } from './one-per-turn.js';
import { planAfterFailure, planAfterSuccess, type PollPlanSettings } from './plan-polls.js';
import type { ReadFeedInput } from './read-feed.js';

export type { ReadFeedInput } from './read-feed.js';

/** Decode, parse and normalise one fetched body (`readFeed`). */
export type ReadFeed = (input: ReadFeedInput) => Promise<Result<NormalisedItem[], FeedFailure>>;

/**
 * Read one fetched body and match its items: in-process (`withMatching`) or on a worker pool,
 * so parsing and matching can leave the main thread. The body is handed over: the cycle never
 * reads it again, so a pool may move it to its worker instead of copying it.
 */
export type ReadItems = (
  input: ReadFeedInput,
) => Promise<Result<readonly IncomingItem[], FeedFailure>>;

/**
 * Composes a feed reader and a matcher into a `ReadItems`: the matching runs in the calling
 * thread, one feed per turn of its event loop (see `createOnePerTurn`).
 */
export function withMatching(
  readFeed: ReadFeed,
  match: (item: NormalisedItem) => MatchResult,
): ReadItems {
  const turns = createOnePerTurn();
  return async (input) => {
    const read = await readFeed(input);
    if (!read.ok) return read;
    return ok(await turns.run(() => read.value.map((item) => ({ item, matches: match(item).matches }))));
  };
}

export interface PollCycleDeps {
  readonly feeds: FeedStateStore;
  readonly items: ItemStore;
  readonly fetcher: {
    fetch(url: string, validators: FetchValidators | null): Promise<FetchOutcome>;
  };
  readonly read: ReadItems;
  readonly settings: PollPlanSettings & { readonly backfill: number };
  readonly clock: Clock;
  readonly logger: Logger;
  /**
   * Runs inside each feed's store transaction with what it stored; whatever it writes commits
   * (or rolls back) together with the items, so work queued here happens exactly once.
   */
  readonly withinCommit?: (feed: FeedState, result: PollCommitResult) => void;
  /** Most items written in one transaction when several feeds finish together (default 1,000). */
  readonly maxItemsPerCommit?: number;
  /** Longest a finished poll waits for others to share its transaction, ms (default 20). */
  readonly maxCommitWaitMs?: number;
  /**
   * Most feeds between the start of their fetch and the end of their read (default 32). Fetching
   * is faster than parsing: without this bound a cold cycle holds every fetched body at once.
   */
  readonly maxFeedsInFlight?: number;
  /**
   * Of those, most for one host (default: all of them). Set it to the fetcher's per-host limit so
   * feeds queued behind a busy host never take the places of feeds on other hosts.
   */
  readonly maxFeedsInFlightPerHost?: number;
}

export interface PollCycleOptions {
  /** Poll exactly these feeds now, even when not due or disabled (`once --feed`). */
  readonly feedIds?: readonly string[];
  /** Poll every active, enabled feed now, due or not (`once`). */
  readonly all?: boolean;
}

export const FeedPollStatus = {
  NewItems: 'new-items',
  NoNewItems: 'no-new-items',
  Seeded: 'seeded',
  NotModified: 'not-modified',
  Unchanged: 'unchanged',
  Failed: 'failed',
  Fault: 'fault',
} as const;
export type FeedPollStatus = (typeof FeedPollStatus)[keyof typeof FeedPollStatus];

export interface FeedPollResult {
  readonly feedId: string;
  readonly url: string;
  readonly status: FeedPollStatus;
  readonly newItems: number;
  /** Set for `failed` (the feed's failure) and `fault` (a bug or store fault, code INTERNAL). */
  readonly failure?: { readonly code: string; readonly message: string };
  /** Set when this failure disabled the feed. */
  readonly disabled?: FeedDisabled;
}

export interface PollCycleReport {
  readonly startedAt: number;
  readonly finishedAt: number;
  readonly feeds: readonly FeedPollResult[];
  /**
   * Items no feed had delivered before, in completion order. The cycle keeps only their ids;
   * the items are read back from the store on first access, which must come before the store is
   * closed (a cold cycle of 50,000 items would otherwise hold them all in the heap). Work that
   * needs every item as it commits uses `withinCommit`.
   */
  readonly newItems: readonly StoredItem[];
  /** Items kept from first polls for digests; alerts never fire on them. Read back like `newItems`. */
  readonly backfilled: readonly StoredItem[];
  readonly newItemCount: number;
  readonly backfilledCount: number;
  /** Bodies handed to `read` (a warm cycle of unchanged feeds parses none). */
  readonly parses: number;
}

export interface PollCycle {
  /** Runs one cycle; resolves to null when a cycle is already running (cycles never overlap). */
  run(options?: PollCycleOptions): Promise<PollCycleReport | null>;
}

/**
 * One poll cycle: pick the feeds (due, all, or named), then per feed fetch → read → match →
 * store, all feeds concurrently (the fetcher limits connections). One feed's failure or fault
 * is recorded in the report and never stops the others. A feed's first successful poll only
 * seeds its seen-set (plus `backfill` items for digests).
 */
export function createPollCycle(deps: PollCycleDeps): PollCycle {
  let running = false;
  return {
    async run(options = {}) {
      if (running) return null;
      running = true;
      try {
        return await runCycle(deps, options);
      } finally {
        running = false;
      }
    },
  };
}

async function runCycle(deps: PollCycleDeps, options: PollCycleOptions): Promise<PollCycleReport> {
  const startedAt = deps.clock.now();
  const selected = selectFeeds(deps.feeds, options, startedAt);
  const byId = new Map(selected.map((f) => [f.id, f]));
  const within = deps.withinCommit;
  const batcher = createCommitBatcher(deps.items, {
    maxItems: deps.maxItemsPerCommit ?? 1000,
    maxWaitMs: deps.maxCommitWaitMs ?? 20,
    ...(within
      ? {
          within: (commit: PollCommit, r: PollCommitResult) =>
            within(byId.get(commit.feedId) as FeedState, r),
        }
      : {}),
  });
  const sink: Sink = { newIds: [], backfilledIds: [], counter: { parses: 0 }, batcher };
  const inFlight = Math.max(1, deps.maxFeedsInFlight ?? 32);
  const gate = createLimiter({ global: inFlight, perKey: deps.maxFeedsInFlightPerHost ?? inFlight });
  const feeds = await Promise.all(
    selected.map(async (feed) => {
      try {
        const host = hostOf(feed.url);
        return await pollFeed(deps, feed, sink, (step) => gate.run(host, step));
      } catch (error) {
        deps.logger.error('feed poll fault', {
          feedId: feed.id,
          url: feed.url,
          error: describeError(error),
        });
        return fault(feed, error);
      }
    }),
  );
  const report = {
    startedAt,
    finishedAt: deps.clock.now(),
    feeds,
    newItemCount: sink.newIds.length,
    backfilledCount: sink.backfilledIds.length,
    parses: sink.counter.parses,
  };
  return Object.defineProperties(report, {
    newItems: readBackLazily(deps.items, sink.newIds),
    backfilled: readBackLazily(deps.items, sink.backfilledIds),
  }) as typeof report & Pick<PollCycleReport, 'newItems' | 'backfilled'>;
}

/** A getter that reads the items with these ids from the store, once, on first access. */
function readBackLazily(items: ItemStore, ids: readonly string[]): PropertyDescriptor {
  let loaded: readonly StoredItem[] | undefined;
  return {
    enumerable: true,
    get: () => (loaded ??= ids.map((id) => items.get(id)).filter((i): i is StoredItem => i !== null)),
  };
}

const hostOf = (url: string): string => (URL.canParse(url) ? new URL(url).host : '');

function selectFeeds(store: FeedStateStore, options: PollCycleOptions, now: number): FeedState[] {
  if (options.feedIds) {
    return options.feedIds.map((id) => store.get(id)).filter((f): f is FeedState => f !== null);
  }
  if (options.all === true) return store.list().filter((f) => f.active && f.disabled === null);
  return [...store.due(now)];
}

interface Sink {
  readonly newIds: string[];
  readonly backfilledIds: string[];
  readonly counter: { parses: number };
  readonly batcher: CommitBatcher;
}

const hasValidators = (v: FetchValidators): boolean =>
  v.etag !== null || v.lastModified !== null || v.bodyHash !== null;

/** Runs a step while holding the feed's place among those in flight. */
type Gated = <T>(step: () => Promise<T>) => Promise<T>;

/**
 * Fetch and read hold one of the places in flight (they hold the body and the parsed items);
 * the commit waits for its batch outside them, so feeds waiting to be written never stop others
 * from being fetched.
 */
async function pollFeed(
  deps: PollCycleDeps,
  feed: FeedState,
  sink: Sink,
  gated: Gated,
): Promise<FeedPollResult> {
  const step = await gated(async () => {
    const outcome = await deps.fetcher.fetch(
      feed.url,
      hasValidators(feed.validators) ? feed.validators : null,
    );
    if (outcome.kind !== 'fetched') return { outcome, read: null } as const;
    sink.counter.parses += 1;
    const read = await deps.read({
      body: outcome.body,
      contentType: outcome.contentType,
      url: outcome.finalUrl,
      feedId: feed.id,
      now: deps.clock.now(),
    });
    return { outcome, read } as const;
  });
  if (step.read !== null) {
    return step.read.ok
      ? commitItems(deps, feed, step.read.value, step.outcome, sink)
      : recordFailure(deps, feed, step.read.error);
  }
  const { outcome } = step;
  if (outcome.kind === 'failed') return recordFailure(deps, feed, outcome.failure);
  const now = deps.clock.now();
  const validators = outcome.kind === 'unchanged' ? { validators: outcome.validators } : {};
  // Through the batcher: a warm cycle's thousand state updates share a few transactions.
  await sink.batcher.commit({
    feedId: feed.id,
    items: [],
    seed: null,
    state: { ...planAfterSuccess(feed, outcome.maxAgeMs, now), ...validators, ...reenable(feed) },
    now,
  });
  const status =
    outcome.kind === 'unchanged' ? FeedPollStatus.Unchanged : FeedPollStatus.NotModified;
  return { feedId: feed.id, url: feed.url, status, newItems: 0 };
}

async function commitItems(
  deps: PollCycleDeps,
  feed: FeedState,
  items: readonly IncomingItem[],
  outcome: Extract<FetchOutcome, { kind: 'fetched' }>,
  sink: Sink,
): Promise<FeedPollResult> {
  const now = deps.clock.now();
  const seeding = feed.seededAt === null;
  const result = await sink.batcher.commit({
    feedId: feed.id,
    items,
    seed: seeding ? { backfill: deps.settings.backfill } : null,
    state: {
      ...planAfterSuccess(feed, outcome.maxAgeMs, now),
      validators: outcome.validators,
      ...(seeding ? { seededAt: now } : {}),
      ...reenable(feed),
    },
    now,
  });
  for (const item of result.newItems) sink.newIds.push(item.id);
  for (const item of result.backfilled) sink.backfilledIds.push(item.id);
  const status = seeding
    ? FeedPollStatus.Seeded
    : result.newItems.length > 0
      ? FeedPollStatus.NewItems
      : FeedPollStatus.NoNewItems;
  return { feedId: feed.id, url: feed.url, status, newItems: result.newItems.length };
}

/** A feed polled by name while disabled is switched back on by a successful poll. */
function reenable(feed: FeedState): { disabled?: null } {
  return feed.disabled === null ? {} : { disabled: null };
}

function recordFailure(deps: PollCycleDeps, feed: FeedState, failure: FeedFailure): FeedPollResult {
  const now = deps.clock.now();
  const plan = planAfterFailure(feed, failure, deps.settings, now);
  const { disabled, ...rest } = plan;
  deps.feeds.update(feed.id, disabled ? plan : rest);
  const meta = {
    feedId: feed.id,
    url: feed.url,
    code: failure.code,
    reason: failure.message,
    failures: plan.failures,
  };
  if (disabled) deps.logger.warn('feed disabled', { ...meta, disabled: disabled.reason });
  else deps.logger.info('feed poll failed', meta);
  const base = { feedId: feed.id, url: feed.url, status: FeedPollStatus.Failed, newItems: 0 };
  const failureInfo = { code: failure.code, message: failure.message };
  return disabled ? { ...base, failure: failureInfo, disabled } : { ...base, failure: failureInfo };
}

function fault(feed: FeedState, error: unknown): FeedPollResult {
  return {
    feedId: feed.id,
    url: feed.url,
    status: FeedPollStatus.Fault,
    newItems: 0,
    failure: { code: 'INTERNAL', message: describeError(error) },
  };
}
