import { describe, expect, it } from 'vitest';
import type { FeedFailure } from '../../../src/core/item.js';
import {
  firstPollAt,
  nextSlot,
  planAfterFailure,
  planAfterSuccess,
  slotOffset,
} from '../../../src/ingest/plan-polls.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const settings = { disableAfterFailures: 5, maxBackoffMs: 24 * HOUR };
const http500: FeedFailure = { code: 'HTTP', message: 'HTTP 500 from 127.0.0.1', status: 500 };

describe('slotOffset', () => {
  it('spreads 1,000 feeds over the interval', () => {
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 1000; i += 1) {
      const offset = slotOffset(`https://outlet${i}.example/feed.xml`, 10 * MIN);
      buckets[Math.floor(offset / MIN)]! += 1;
    }
    expect(Math.min(...buckets)).toBeGreaterThan(60);
    expect(Math.max(...buckets)).toBeLessThan(140);
  });

  it('is stable for a URL and stays inside the interval', () => {
    const a = slotOffset('https://www.rfi.fr/en/africa/rss', 10 * MIN);
    expect(slotOffset('https://www.rfi.fr/en/africa/rss', 10 * MIN)).toBe(a);
    expect(a).toBeGreaterThanOrEqual(0);
    expect(a).toBeLessThan(10 * MIN);
  });
});

describe('nextSlot', () => {
  it('returns the first slot time at or after the given time', () => {
    const url = 'https://feeds.example/a';
    const offset = slotOffset(url, 10 * MIN);
    expect(nextSlot(url, 10 * MIN, 0)).toBe(offset);
    expect(nextSlot(url, 10 * MIN, offset)).toBe(offset);
    expect(nextSlot(url, 10 * MIN, offset + 1)).toBe(offset + 10 * MIN);
    expect(firstPollAt({ url, intervalMs: 10 * MIN }, 100 * MIN + offset)).toBe(100 * MIN + offset);
  });
});

describe('planAfterSuccess', () => {
  const feed = { url: 'https://feeds.example/b', intervalMs: 10 * MIN, failures: 3 };

  it('resets failures and polls again on the next slot', () => {
    const now = 1_000 * MIN;
    const plan = planAfterSuccess(feed, null, now);
    expect(plan).toMatchObject({ failures: 0, lastError: null, lastSuccessAt: now });
    expect(plan.nextPollAt).toBeGreaterThan(now);
    expect(plan.nextPollAt).toBeLessThanOrEqual(now + 10 * MIN);
    expect(plan.nextPollAt % (10 * MIN)).toBe(slotOffset(feed.url, 10 * MIN));
  });

  it('waits while Cache-Control max-age says the feed is fresh', () => {
    expect(planAfterSuccess(feed, 2 * HOUR, 0).nextPollAt).toBe(2 * HOUR);
    expect(planAfterSuccess(feed, 1000, 0).nextPollAt).toBe(nextSlot(feed.url, 10 * MIN, 1));
  });
});

describe('planAfterFailure', () => {
  const feed = (failures: number) => ({ url: 'https://feeds.example/c', intervalMs: 10 * MIN, failures });

  it('backs off exponentially from the interval up to the maximum', () => {
    const delays = [0, 1, 2, 3, 10].map((f) => planAfterFailure(feed(f), http500, { ...settings, disableAfterFailures: 0 }, 0).nextPollAt);
    expect(delays).toEqual([10 * MIN, 20 * MIN, 40 * MIN, 80 * MIN, 24 * HOUR]);
  });

  it('waits at least as long as Retry-After asks', () => {
    const rateLimited: FeedFailure = { code: 'RATE_LIMITED', message: 'HTTP 429', retryAfterMs: 3 * HOUR };
    const plan = planAfterFailure(feed(0), rateLimited, settings, 5);
    expect(plan.nextPollAt).toBe(5 + 3 * HOUR);
    expect(plan.lastError).toEqual({ code: 'RATE_LIMITED', message: 'HTTP 429' });
  });

  it('does not let a huge Retry-After push the feed past the maximum backoff', () => {
    const rateLimited: FeedFailure = { code: 'RATE_LIMITED', message: 'HTTP 429', retryAfterMs: 30 * 24 * HOUR };
    expect(planAfterFailure(feed(0), rateLimited, settings, 0).nextPollAt).toBe(24 * HOUR);
  });

  it('disables the feed with the failure code and a reason after N consecutive failures', () => {
    expect(planAfterFailure(feed(3), http500, settings, 7).disabled).toBeNull();
    const plan = planAfterFailure(feed(4), http500, settings, 7);
    expect(plan.failures).toBe(5);
    expect(plan.disabled).toEqual({
      code: 'HTTP',
      reason: 'disabled after 5 consecutive failures: HTTP 500 from 127.0.0.1',
      at: 7,
    });
  });
});
