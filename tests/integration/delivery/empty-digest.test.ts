import { describe, expect, it } from 'vitest';
import { createMessageBuilders } from '../../../src/pipeline/message-builders.js';
import { config, createHarness, T0 } from './pipeline-harness.js';

const HOUR = 3_600_000;

/** The real digest builders, over a store with no arcs. */
const builders = createMessageBuilders(config, {
  arcs: { getArc: () => null },
  stories: { get: () => null },
});

function hourlyDigest(options: Parameters<typeof createHarness>[0], empty?: 'notice' | 'skip') {
  const h = createHarness({ builders, ...options });
  const sub = h.subscribe({
    platform: 'console',
    channel: 'digest',
    kind: 'digest',
    cron: '0 * * * *',
    timezone: 'UTC',
    ...(empty === undefined ? {} : { empty }),
  });
  h.set(T0 + HOUR);
  return { h, sub };
}

describe('a scheduled digest with nothing new', () => {
  it('posts nothing with the shipped settings, and the next window starts where it ended', () => {
    expect(config.settings.digest.empty).toBe('skip');
    const { h, sub } = hourlyDigest({});
    expect(h.runDigests()).toMatchObject([{ stories: 0, window: { outboxId: null } }]);
    expect(h.outbox.list()).toEqual([]);
    expect(h.subscriptions.lastDigest(sub.id)?.to).toBe(T0 + HOUR);
  });

  it('posts one muted line when settings.yaml says notice', () => {
    const { h } = hourlyDigest({ digestSettings: { empty: 'notice' } });
    h.runDigests();
    const [row, ...more] = h.outbox.list();
    expect(more).toEqual([]);
    expect(row?.message.fallback).toMatch(/^Sahel digest — .*\nNo new stories: /);
  });

  it('follows the subscription where it says otherwise than settings.yaml', () => {
    const noted = hourlyDigest({}, 'notice');
    noted.h.runDigests();
    expect(noted.h.outbox.list().map((r) => r.message.fallback)).toEqual([
      expect.stringMatching(/\nNo new stories: /),
    ]);
    const skipped = hourlyDigest({ digestSettings: { empty: 'notice' } }, 'skip');
    expect(skipped.h.runDigests()).toMatchObject([{ stories: 0, window: { outboxId: null } }]);
    expect(skipped.h.outbox.list()).toEqual([]);
  });

  it('keeps the subscription rule in the store, refreshed when subscriptions.yaml changes it', () => {
    const { h, sub } = hourlyDigest({}, 'notice');
    expect(h.subscriptions.get(sub.id)).toMatchObject({ empty: 'notice' });
    const seed = {
      platform: 'console',
      channel: 'digest',
      kind: 'digest',
      cron: '0 * * * *',
      timezone: 'UTC',
    } as const;
    h.subscriptions.seed([{ ...seed, empty: 'skip' }]);
    expect(h.subscriptions.get(sub.id)).toMatchObject({ empty: 'skip' });
    h.subscriptions.seed([seed]);
    expect(h.subscriptions.get(sub.id)).not.toHaveProperty('empty');
  });
});
