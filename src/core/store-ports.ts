import type { FeedLanguage } from './config-types.js';
import type { FeedFailureCode, FetchValidators, NormalisedItem } from './item.js';
import type { EntityMatch } from './match-types.js';

/**
 * The ingest-side store ports. SQLite implements them in `src/store/`; Postgres may later.
 * Every method is synchronous on purpose: SQLite calls are, and a poll's writes must happen in
 * one transaction without another task interleaving.
 */

/** A feed as the configuration (or a `--feed URL`) declares it. */
export interface FeedRegistration {
  readonly id: string;
  readonly url: string;
  readonly name: string;
  readonly language: FeedLanguage;
  readonly tier: 1 | 2 | 3;
  readonly intervalMs: number;
}

/** Why a feed was switched off; `code` is a `FeedFailureCode` or `MANUAL`. */
export interface FeedDisabled {
  readonly code: FeedFailureCode | 'MANUAL';
  /** One line a person understands, e.g. `disabled after 5 consecutive failures: HTTP 500`. */
  readonly reason: string;
  readonly at: number;
}

/** A feed's registration plus what the poller remembers about it between polls. */
export interface FeedState extends FeedRegistration {
  /** False once the feed left the configuration; its state is kept in case it returns. */
  readonly active: boolean;
  readonly validators: FetchValidators;
  /** Epoch ms of the next poll; 0 means "as soon as possible". */
  readonly nextPollAt: number;
  readonly lastPolledAt: number | null;
  readonly lastSuccessAt: number | null;
  /** Consecutive failures; 0 after a success. */
  readonly failures: number;
  readonly lastError: { readonly code: FeedFailureCode; readonly message: string } | null;
  readonly disabled: FeedDisabled | null;
  /** When the first successful poll seeded the seen-set; null for a feed never read. */
  readonly seededAt: number | null;
}

/** What a poll changes in a feed's state; absent fields are left as they are. */
export interface FeedStateUpdate {
  readonly validators?: FetchValidators;
  readonly nextPollAt?: number;
  readonly lastPolledAt?: number;
  readonly lastSuccessAt?: number;
  readonly failures?: number;
  readonly lastError?: { readonly code: FeedFailureCode; readonly message: string } | null;
  readonly disabled?: FeedDisabled | null;
  readonly seededAt?: number;
}

export interface FeedSyncReport {
  readonly added: readonly string[];
  readonly updated: readonly string[];
  readonly deactivated: readonly string[];
}

export interface FeedStateStore {
  /**
   * Makes the feeds table match `feeds`: new ones are added (due at `nextPollAt(feed)`), changed
   * ones updated, missing ones marked inactive, except feeds added from chat (origin `chat`),
   * which the config does not list. Poll state is always kept.
   */
  sync(
    feeds: readonly FeedRegistration[],
    nextPollAt: (feed: FeedRegistration) => number,
  ): FeedSyncReport;
  /** Adds or updates one feed without touching the others (for `once --feed URL`). */
  upsert(feed: FeedRegistration, nextPollAt: number): FeedState;
  list(): readonly FeedState[];
  get(feedId: string): FeedState | null;
  findByUrl(url: string): FeedState | null;
  /** Active, enabled feeds whose `nextPollAt` is at or before `now`, earliest first. */
  due(now: number): readonly FeedState[];
  update(feedId: string, update: FeedStateUpdate): void;
}

/** An item as stored, with the matches found when it arrived. */
export interface StoredItem extends NormalisedItem {
  /** True for items kept from a new feed's first poll: digests may use them, alerts never. */
  readonly backfill: boolean;
  readonly matches: readonly EntityMatch[];
}

/** One item of a poll, with its matches, ready for `commitPoll`. */
export interface IncomingItem {
  readonly item: NormalisedItem;
  readonly matches: readonly EntityMatch[];
}

export interface PollCommit {
  readonly feedId: string;
  /** Items in feed order; only the ones not seen before are stored. */
  readonly items: readonly IncomingItem[];
  /**
   * First poll of a feed: every item enters the seen-set, but only the `backfill` newest new
   * ones are stored (flagged `backfill`) and none is returned as new.
   */
  readonly seed: { readonly backfill: number } | null;
  /** The feed state written in the same transaction. */
  readonly state: FeedStateUpdate;
  readonly now: number;
}

export interface PollCommitResult {
  /** Items stored now that no feed had delivered before (empty when seeding). */
  readonly newItems: readonly StoredItem[];
  /** Items stored as backfill of a first poll. */
  readonly backfilled: readonly StoredItem[];
  /** Items already seen in this feed, or already stored from another feed (same id or URL). */
  readonly known: number;
}

export interface SearchOptions {
  readonly limit: number;
  /** Only items first seen at or after this time (epoch ms). */
  readonly since?: number;
}

export interface PruneReport {
  readonly items: number;
  readonly seenKeys: number;
}

export interface ItemStore {
  /**
   * Stores a poll's new items, their matches, the seen keys and the feed's new state in one
   * transaction, so a crash leaves either all of it or none. `within` runs inside that
   * transaction with the new items (an outbox can enqueue there and stay exactly-once).
   */
  commitPoll(commit: PollCommit, within?: (result: PollCommitResult) => void): PollCommitResult;
  /**
   * Several polls in one transaction (fewer commits, far less write amplification); each keeps
   * its own result. If anything throws, none of them is stored.
   */
  commitPolls(
    commits: readonly PollCommit[],
    within?: (commit: PollCommit, result: PollCommitResult) => void,
  ): PollCommitResult[];
  get(itemId: string): StoredItem | null;
  /** Items first seen in `[from, to)`, newest first. */
  listSince(
    from: number,
    options?: { readonly to?: number; readonly limit?: number },
  ): readonly StoredItem[];
  /**
   * Full-text search over title and summary, best match first. `query` is plain words (every
   * word must occur, prefix-matched) or `"a phrase"`; operators are not interpreted.
   */
  search(query: string, options: SearchOptions): readonly StoredItem[];
  /**
   * Deletes items first seen before `before`, and seen keys not met since then (a key still
   * in its feed stays, so a long-lived item never comes back as new).
   */
  prune(before: number): PruneReport;
  count(): number;
}
