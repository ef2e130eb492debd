import type { Message } from './message.js';
import type { Platform } from './config-types.js';
import type { Result } from './result.js';

/** Time is injected so tests and benchmarks control it. */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** Structured logging: constant messages, variables in `meta`, never a secret. */
export interface Logger {
  debug(msg: string, meta?: Record<string, unknown>): void;
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
  error(msg: string, meta?: Record<string, unknown>): void;
  child(bindings: Record<string, unknown>): Logger;
}

export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => silentLogger,
};

export interface ScheduledTask {
  stop(): void;
  /** The next due time (epoch ms), or null when stopped. */
  nextRun(): number | null;
}

/** Cron scheduling; node-cron lives behind this in one file. */
export interface Scheduler {
  /** Runs `task` at each time `cron` names in `timezone`; a run never overlaps the previous one. */
  schedule(name: string, cron: string, timezone: string, task: () => Promise<void>): ScheduledTask;
  stopAll(): void;
}

/** Finds the times a cron expression names, in an IANA timezone (digest schedules). */
export interface CronCalendar {
  /**
   * The first time after `after` (epoch ms, exclusive) that `expression` names in `timezone`,
   * looking at most `horizonMs` ahead; null when there is none in that span.
   */
  nextAfter(expression: string, timezone: string, after: number, horizonMs?: number): number | null;
}

/** A failed delivery: `retryable` false means retrying cannot help (403, unknown channel). */
export interface DeliveryFailure {
  readonly code: string;
  readonly message: string;
  readonly retryable: boolean;
  readonly retryAfterMs?: number;
}

export interface SendRequest {
  readonly channel: string;
  readonly message: Message;
  /** Stable per outbox row; platforms that support idempotent sends pass it on (Discord nonce). */
  readonly idempotencyKey: string;
  /**
   * Set when the message belongs to an arc (`message.arc`): the remote ids of the arc's posts
   * already made in this channel, so a platform can thread the new development under them.
   */
  readonly thread?: ThreadContext;
}

export interface ThreadContext {
  readonly arcId: string;
  readonly title: string;
  /** Remote id of the arc's first post in this channel (thread root), or null when none yet. */
  readonly root: string | null;
  /** Remote id of the arc's latest post in this channel (to reply to), or null when none. */
  readonly previous: string | null;
}

/**
 * A chat platform's delivery side. Adapters (console, Discord, Slack) implement it; the outbox
 * worker is its only caller.
 */
export interface ChatPlatform {
  readonly name: Platform;
  /** True when a retried send with the same idempotency key cannot post twice. */
  readonly idempotentSends: boolean;
  /** True when `edit` is supported (story updates edit the original alert). */
  readonly canEdit: boolean;
  send(request: SendRequest): Promise<Result<{ readonly remoteId: string }, DeliveryFailure>>;
  /**
   * Edits the post `remoteId` names to show `message`; the answer's remote id names every part
   * the post has after the edit. `complete` says `remoteId` already names every part (no part
   * an earlier edit posted is missing from it), so the platform need not look for more.
   */
  edit(
    channel: string,
    remoteId: string,
    message: Message,
    options?: EditOptions,
  ): Promise<Result<{ readonly remoteId: string }, DeliveryFailure>>;
}

/** How much an edit may trust the remote id it is given (see `ChatPlatform.edit`). */
export interface EditOptions {
  readonly complete?: boolean;
  /**
   * The idempotency key the edited post was sent with, for platforms that mark its parts with
   * it (Slack's message metadata) and so need not read a part back to learn it.
   */
  readonly key?: string;
}

/** Turns an item's text into a short summary; extractive by default, a model later. */
export interface Summarizer {
  summarize(input: SummaryInput): Promise<string>;
}

export interface SummaryInput {
  readonly title: string;
  readonly text: string;
  readonly lang: 'en' | 'fr' | 'und';
  /** Words that should raise a sentence's score (watchlist hits). */
  readonly keywords: readonly string[];
  readonly maxLength: number;
}
