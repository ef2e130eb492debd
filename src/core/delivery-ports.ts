import type { AlertCap, QuietHours } from './alert-limits.js';
import type { Language, Platform, SubscriptionSeed } from './config-types.js';
import type { Message } from './message.js';
import type { Story } from './story.js';

/**
 * The delivery-side store ports: stories, subscriptions and the outbox. SQLite implements them
 * in `src/store/`. Every method is synchronous (SQLite calls are), so a caller can group several
 * of them in one `RunInTransaction` and a decision to send is stored with the row that sends it.
 */

/** Runs `fn` in one database transaction: all of its writes are kept, or none. */
export type RunInTransaction = <T>(fn: () => T) => T;

// ---------------------------------------------------------------------------------------------
// Stories

/**
 * A stored story. `seq` increases with every new story, in commit order: digest windows use it
 * so that a story committed while a digest was being built still lands in the next window.
 * `signature` is the clustering signature, kept as JSON and given back as stored.
 */
export interface StoredStory<S = unknown> {
  readonly story: Story;
  readonly signature: S;
  readonly seq: number;
}

export interface StoryStore<S = unknown> {
  /** Stores a new story with its sources; returns it with its `seq`. */
  insert(story: Story, signature: S): StoredStory<S>;
  /** Replaces a story's fields and signature; sources not yet stored are added. */
  update(story: Story, signature: S): void;
  get(storyId: string): StoredStory<S> | null;
  /** The story an item belongs to, or null. */
  storyOfItem(itemId: string): string | null;
  /** Stories last seen at or after `since`, for clustering new items into. */
  recent(since: number): readonly StoredStory<S>[];
  /** Stories first seen in `(from, to]` (epoch ms), oldest first. */
  listSeenBetween(from: number, to: number): readonly StoredStory<S>[];
  /** Stories with `afterSeq < seq ≤ uptoSeq`, oldest first. */
  listBySeq(afterSeq: number, uptoSeq: number): readonly StoredStory<S>[];
  /** The highest `seq` so far, 0 when there is no story. */
  maxSeq(): number;
  /** Deletes stories last seen before `before`, with their sources; returns how many. */
  prune(before: number): number;
}

// ---------------------------------------------------------------------------------------------
// Subscriptions

/** Where a subscription came from: `config/subscriptions.yaml`, or a chat command. */
export type SubscriptionOrigin = 'config' | 'chat';

interface SubscriptionBase {
  readonly id: number;
  readonly platform: Platform;
  readonly channel: string;
  /** The channel's locale when the subscription sets none; null: the settings' default. */
  readonly locale: Language | null;
  readonly origin: SubscriptionOrigin;
  readonly createdAt: number;
  /**
   * Set while the subscription is paused because the platform said the bot lost its channel:
   * the platform's reason and when (epoch ms). A paused subscription gets no alerts or digests
   * until an admin resumes it; null while it runs.
   */
  readonly paused: SubscriptionPause | null;
}

/** Why and since when a subscription is paused. */
export interface SubscriptionPause {
  readonly reason: string;
  readonly at: number;
}

export type Subscription =
  | (SubscriptionBase & {
      readonly kind: 'alert';
      readonly query: string;
      /** A role an admin chose to ping with each alert (Discord role id), or null. */
      readonly pingRole: string | null;
      /** Hours (in `timezone`) its alerts are held for one catch-up post; absent: none. */
      readonly quiet?: QuietHours;
      /** At most this many alert posts per hour or day, the rest rolled up; absent: none. */
      readonly cap?: AlertCap;
      /** The IANA zone its quiet hours are read in; absent: settings.yaml's timezone. */
      readonly timezone?: string;
    })
  | (SubscriptionBase & {
      readonly kind: 'digest';
      readonly cron: string;
      readonly timezone: string;
      /** The channel's digest size when the subscription sets none; null: the settings' default. */
      readonly size: number | null;
      /** What an empty window posts; absent: the settings' `digest.empty`. */
      readonly empty?: 'notice' | 'skip';
    });

export type AlertSubscription = Extract<Subscription, { kind: 'alert' }>;
export type DigestSubscription = Extract<Subscription, { kind: 'digest' }>;

/**
 * One digest run of a subscription. Windows chain: a run's `from`/`fromSeq` are the previous
 * run's `to`/`toSeq`, so consecutive digests neither skip nor repeat a story.
 */
export interface DigestWindow {
  readonly subscriptionId: number;
  /** Epoch ms, exclusive. */
  readonly from: number;
  /** Epoch ms, inclusive; also the idempotency key's time (`digest:<sub>:<to>`). */
  readonly to: number;
  /** Story `seq`, exclusive. */
  readonly fromSeq: number;
  /** Story `seq`, inclusive. */
  readonly toSeq: number;
  /** The outbox row that carries it; null when the window was empty and skipped. */
  readonly outboxId: number | null;
}

export interface SeedReport {
  readonly added: number;
  readonly kept: number;
  /** Config subscriptions no longer in the file. Chat subscriptions are never removed here. */
  readonly removed: number;
}

export interface SubscriptionStore {
  /** Adds a subscription, or returns the identical one that already exists. */
  add(seed: SubscriptionSeed, origin: SubscriptionOrigin): Subscription;
  /** Merges `config/subscriptions.yaml` into the table: adds new, removes config ones gone. */
  seed(seeds: readonly SubscriptionSeed[]): SeedReport;
  remove(id: number): boolean;
  get(id: number): Subscription | null;
  list(filter?: {
    readonly kind?: Subscription['kind'];
    readonly platform?: Platform;
    readonly channel?: string;
  }): readonly Subscription[];
  /**
   * Pauses every running subscription of a channel with the reason; returns the ones it paused
   * (already paused ones keep their first reason and time and are not returned).
   */
  pause(platform: Platform, channel: string, reason: string, at: number): readonly Subscription[];
  /**
   * Resumes one subscription (by id) or every subscription of a channel; returns the ones that
   * were paused and now run again.
   */
  resume(
    target: number | { readonly platform: Platform; readonly channel: string },
  ): readonly Subscription[];
  /** The latest digest window of a subscription, or null before its first digest. */
  lastDigest(subscriptionId: number): DigestWindow | null;
  recordDigest(window: DigestWindow): void;
  /** Deletes digest windows that ended before `before`, always keeping each latest one. */
  pruneDigests(before: number): number;
}

// ---------------------------------------------------------------------------------------------
// Held alerts

/** An alert a subscription held back in its quiet hours (`quiet`) or over its cap (`cap`). */
export interface HeldAlert {
  readonly id: number;
  readonly subscriptionId: number;
  readonly platform: Platform;
  readonly channel: string;
  readonly storyId: string;
  readonly reason: 'quiet' | 'cap';
  readonly heldAt: number;
  /** The quiet hours it was held under (kept as they were then); absent when held by the cap. */
  readonly quiet?: QuietHours;
  /**
   * The alert's own time zone those hours were read in then; absent when they were read in
   * settings.yaml's zone, or when held by the cap.
   */
  readonly timezone?: string;
}

/**
 * Alerts held back by quiet hours or a cap until one catch-up post releases them. Each held
 * alert is released exactly once, in the transaction that queues its catch-up post.
 */
export interface HeldAlertStore {
  /** Holds a story for a subscription; false when that subscription already holds it. */
  hold(alert: Omit<HeldAlert, 'id'>): boolean;
  /** Whether a story is held in a channel now (`held`), was released there (`released`), or neither. */
  heldIn(platform: Platform, channel: string, storyId: string): 'held' | 'released' | null;
  /** The alerts a subscription holds now, oldest first. */
  pending(subscriptionId: number): readonly HeldAlert[];
  /** Subscriptions holding alerts now, with how many each. */
  countPending(): ReadonlyMap<number, number>;
  /** A subscription's posts queued after `since`: its alerts and its catch-up posts. */
  postsSince(subscriptionId: number, since: number): number;
  /** Marks held alerts released by outbox row `outboxId` (null: nothing was posted for them). */
  release(ids: readonly number[], outboxId: number | null, now: number): void;
  /** Deletes alerts released before `before`; returns how many. */
  prune(before: number): number;
}

// ---------------------------------------------------------------------------------------------
// Outbox

/**
 * - `pending`: waiting for its first or next attempt (`nextAttemptAt`);
 * - `sending`: claimed by a worker; a crash leaves it here until recovery;
 * - `sent`: the platform accepted it (`remoteId`);
 * - `failed`: not retryable, or out of attempts (`lastError` says why);
 * - `unknown`: a send was interrupted on a platform without idempotent sends, so it may or may
 *   not have been posted; left for an operator rather than risking a double post.
 */
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'unknown';

/** `update` edits an earlier alert (`editOf`) when later sources report the same story. */
export type OutboxKind = 'alert' | 'digest' | 'update' | 'notice';

export interface NewOutboxRow {
  readonly platform: Platform;
  readonly channel: string;
  readonly kind: OutboxKind;
  readonly subscriptionId: number | null;
  readonly storyId: string | null;
  readonly message: Message;
  /** Unique: enqueueing the same key twice keeps the first row. */
  readonly idempotencyKey: string;
  /** For `update` rows: the id of the row whose posted message is edited. */
  readonly editOf?: number;
  /** The arc of the story, when it has one (alerts and updates). */
  readonly arcId?: string | null;
}

export interface OutboxRow {
  readonly id: number;
  readonly platform: Platform;
  readonly channel: string;
  readonly kind: OutboxKind;
  readonly subscriptionId: number | null;
  readonly storyId: string | null;
  readonly message: Message;
  readonly idempotencyKey: string;
  readonly editOf: number | null;
  readonly arcId: string | null;
  readonly status: OutboxStatus;
  readonly attempts: number;
  readonly nextAttemptAt: number;
  readonly remoteId: string | null;
  readonly lastError: string | null;
  /** The worker that claimed the row while `sending`, e.g. `host:pid:nonce`. */
  readonly claimedBy: string | null;
  /** While `sending`: the time after which another worker may take the row over. */
  readonly leaseUntil: number | null;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** What an update row edits: see `OutboxStore.editTarget`. */
export interface EditTarget {
  readonly remoteId: string;
  readonly complete: boolean;
}

export interface OutboxStore {
  /** Inserts a row unless its idempotency key exists; says which row holds the key. */
  enqueue(row: NewOutboxRow, now: number): { readonly id: number; readonly inserted: boolean };
  get(id: number): OutboxRow | null;
  findByKey(idempotencyKey: string): OutboxRow | null;
  /** The alert (kind `alert`) of a story already queued or posted to a channel, if any. */
  findAlert(platform: Platform, channel: string, storyId: string): OutboxRow | null;
  /** A still-`pending` update row editing row `editOf`, if any (to fold later sources into). */
  findPendingEdit(editOf: number): OutboxRow | null;
  /** The `sent` alerts (kind `alert`) of an arc in one channel, oldest first. */
  arcPosts(platform: Platform, channel: string, arcId: string): readonly OutboxRow[];
  /** The newest alert (kind `alert`, any status) of an arc in one channel, if any. */
  latestArcAlert(platform: Platform, channel: string, arcId: string): OutboxRow | null;
  /** The alerts (kind `alert`, any status) of an arc in one channel queued since `since`. */
  arcAlertsSince(
    platform: Platform,
    channel: string,
    arcId: string,
    since: number,
  ): readonly OutboxRow[];
  /** Every alert (kind `alert`) of a story, in any channel, oldest first. */
  alertsOfStory(storyId: string): readonly OutboxRow[];
  /**
   * Records that a story tells again the development alert `alertId` posted: its reports are
   * shown on that alert instead of alerting on their own. Recording it twice changes nothing.
   */
  addRetelling(alertId: number, storyId: string, now: number): void;
  /** The stories recorded as telling again what alert `alertId` posted, oldest first. */
  retellingsOf(alertId: number): readonly string[];
  /** The alerts whose development a story was recorded as telling again, oldest first. */
  alertsRetoldBy(storyId: string): readonly OutboxRow[];
  /** Replaces the message of a row still `pending`; false when it has left that state. */
  replacePendingMessage(id: number, message: Message, now: number): boolean;
  /**
   * Atomically takes the oldest due `pending` row (`nextAttemptAt ≤ now`) of the given
   * platforms: it becomes `sending`, owned by `owner` until `now + leaseMs`, attempts + 1.
   */
  claimNext(
    now: number,
    owner: string,
    leaseMs: number,
    platforms: readonly Platform[],
  ): OutboxRow | null;
  /**
   * `sending` → `sent`; false when the row is no longer this owner's. For an update row the
   * remote id (every part the post has after the edit) is also kept on the row it edits, in the
   * same statement, as `editTarget` gives it to the next edit.
   */
  markSent(id: number, owner: string, remoteId: string, now: number): boolean;
  /**
   * Where update row `id` edits: the remote id the latest recorded edit of its post returned
   * (else the post's own), and `complete` when that id is known to name every part the post
   * has: no other edit of the post was left unfinished or failed after it was recorded, and
   * none was recorded before these ids were kept. Null when the row edits no posted row.
   */
  editTarget(id: number): EditTarget | null;
  /** `sending` → `pending` at `nextAttemptAt`, keeping the reason. */
  reschedule(
    id: number,
    owner: string,
    nextAttemptAt: number,
    reason: string,
    now: number,
  ): boolean;
  /** `sending` → `failed` with a one-line reason. */
  markFailed(id: number, owner: string, reason: string, now: number): boolean;
  /** Rows in `sending` (for crash recovery). */
  listSending(): readonly OutboxRow[];
  /** A `sending` row taken over by recovery: back to `pending`, or to `unknown` with a reason. */
  recover(id: number, to: 'pending' | 'unknown', reason: string | null, now: number): boolean;
  /** The earliest `nextAttemptAt` of pending rows of these platforms, or null when none. */
  nextDueAt(platforms: readonly Platform[]): number | null;
  list(filter?: { readonly status?: OutboxStatus; readonly limit?: number }): readonly OutboxRow[];
  counts(): Readonly<Record<OutboxStatus, number>>;
  /** Deletes `sent`, `failed` and `unknown` rows last changed before `before`; returns how many. */
  prune(before: number): number;
}
