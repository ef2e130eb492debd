import type { FeedFailure } from '../core/item.js';
import type { FeedDisabled, FeedStateUpdate } from '../core/store-ports.js';

/** The polling settings the planner reads (a subset of `SettingsConfig.polling`). */
export interface PollPlanSettings {
  readonly disableAfterFailures: number;
  readonly maxBackoffMs: number;
}

/** What the planner needs to know about a feed. */
export interface PlannedFeed {
  readonly url: string;
  readonly intervalMs: number;
  /** Consecutive failures before this poll. */
  readonly failures: number;
}

/**
 * A stable offset in `[0, intervalMs)` from the FNV-1a hash of the URL, so feeds sharing an
 * interval are spread over it instead of all firing on the same tick, and a restart keeps each
 * feed on its slot.
 */
export function slotOffset(url: string, intervalMs: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < url.length; i += 1) {
    hash ^= url.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return intervalMs > 0 ? hash % intervalMs : 0;
}

/** The first time at or after `after` that falls on the feed's slot (`offset + k × interval`). */
export function nextSlot(url: string, intervalMs: number, after: number): number {
  if (intervalMs <= 0) return after;
  const offset = slotOffset(url, intervalMs);
  const k = Math.ceil((after - offset) / intervalMs);
  return offset + k * intervalMs;
}

/** When a newly added feed is first polled: its next slot, so start-up load is spread too. */
export function firstPollAt(feed: Pick<PlannedFeed, 'url' | 'intervalMs'>, now: number): number {
  return nextSlot(feed.url, feed.intervalMs, now);
}

/**
 * The state after a successful poll (fetched, 304 or unchanged body): failures reset, next poll
 * on the feed's next slot, but not before a `Cache-Control` max-age says the feed can change.
 */
export function planAfterSuccess(
  feed: PlannedFeed,
  maxAgeMs: number | null,
  now: number,
): Required<Pick<FeedStateUpdate, 'nextPollAt' | 'failures' | 'lastError' | 'lastPolledAt' | 'lastSuccessAt'>> {
  const slot = nextSlot(feed.url, feed.intervalMs, now + 1);
  const fresh = maxAgeMs !== null && maxAgeMs > 0 ? now + maxAgeMs : 0;
  return {
    nextPollAt: Math.max(slot, fresh),
    failures: 0,
    lastError: null,
    lastPolledAt: now,
    lastSuccessAt: now,
  };
}

/**
 * The state after a failed poll. The delay doubles from the feed's interval with each
 * consecutive failure, up to `maxBackoffMs`; a server's Retry-After is honoured when longer
 * (capped the same way). After `disableAfterFailures` consecutive failures the feed is disabled
 * with the failure's code and a one-line reason.
 */
export function planAfterFailure(
  feed: PlannedFeed,
  failure: FeedFailure,
  settings: PollPlanSettings,
  now: number,
): Required<Pick<FeedStateUpdate, 'nextPollAt' | 'failures' | 'lastError' | 'lastPolledAt'>> & {
  readonly disabled: FeedDisabled | null;
} {
  const failures = feed.failures + 1;
  const backoff = Math.min(feed.intervalMs * 2 ** (failures - 1), settings.maxBackoffMs);
  const delay = Math.min(Math.max(backoff, failure.retryAfterMs ?? 0), Math.max(settings.maxBackoffMs, feed.intervalMs));
  const disabled =
    settings.disableAfterFailures > 0 && failures >= settings.disableAfterFailures
      ? {
          code: failure.code,
          reason: `disabled after ${failures} consecutive failures: ${failure.message}`,
          at: now,
        }
      : null;
  return {
    nextPollAt: now + delay,
    failures,
    lastError: { code: failure.code, message: failure.message },
    lastPolledAt: now,
    disabled,
  };
}
