import { describe, expect, it } from 'vitest';
import type { Logger } from '../../../src/core/ports.js';
import { silentLogger } from '../../../src/core/ports.js';
import { createHarness, item, T0 } from './pipeline-harness.js';

const KIDAL_1 = {
  id: 'i1',
  title: 'JNIM claims attack near Kidal, killing 12 soldiers',
  feedId: 'rfi-en',
};
const KIDAL_2 = {
  id: 'i2',
  title: 'JNIM claims attack near Kidal that killed 12 soldiers',
  feedId: 'afp-en',
  at: T0 + 60_000,
};
const NIAMEY = {
  id: 'i3',
  title: 'Niger junta meets ECOWAS envoys in Niamey over border reopening',
  feedId: 'rfi-en',
};

const fallbacks = (h: ReturnType<typeof createHarness>) =>
  h.outbox.list().map((r) => `${r.kind} ${r.channel} ${r.message.fallback}`);

describe('alerts', () => {
  it('queues one alert per matching subscription, keyed by subscription and story', async () => {
    const h = createHarness();
    const kidal = h.subscribe({
      platform: 'console',
      channel: 'north',
      kind: 'alert',
      query: 'Kidal AND (attack OR drone)',
    });
    h.subscribe({ platform: 'console', channel: 'niger', kind: 'alert', query: 'entity:niger' });
    const report = await h.process([item(KIDAL_1), item(NIAMEY)]);
    expect(report).toMatchObject({ items: 2, newStories: 2, alerts: 2 });
    expect(fallbacks(h)).toEqual(['alert north alert st-i1', 'alert niger alert st-i3']);
    expect(h.outbox.list()[0]?.idempotencyKey).toBe(`alert:${kidal.id}:st-i1`);
  });

  it('does not alert a story twice to one channel, even from two matching subscriptions', async () => {
    const h = createHarness();
    h.subscribe({ platform: 'console', channel: 'north', kind: 'alert', query: 'Kidal' });
    h.subscribe({ platform: 'console', channel: 'north', kind: 'alert', query: 'JNIM' });
    await h.process([item(KIDAL_1)]);
    await h.process([item(KIDAL_2)]);
    expect(h.outbox.list().filter((r) => r.kind === 'alert')).toHaveLength(1);
  });

  it('rewrites a still-pending alert with a later source instead of queueing another message', async () => {
    const h = createHarness();
    h.subscribe({ platform: 'console', channel: 'north', kind: 'alert', query: 'Kidal' });
    await h.process([item(KIDAL_1), item(KIDAL_2)]);
    expect(fallbacks(h)).toEqual(['alert north update st-i1 2']);
  });

  it('queues an edit of a posted alert when a later source reports the same story', async () => {
    const h = createHarness();
    h.subscribe({ platform: 'console', channel: 'north', kind: 'alert', query: 'Kidal' });
    await h.process([item(KIDAL_1)]);
    const alert = h.outbox.claimNext(h.clock.now(), 'w', 1_000, ['console']);
    h.outbox.markSent(alert?.id ?? 0, 'w', 'remote-1', h.clock.now());
    const report = await h.process([item(KIDAL_2)]);
    expect(report).toMatchObject({ joined: 1, alerts: 0, updates: 1 });
    expect(h.outbox.list({ status: 'pending' })).toMatchObject([
      {
        kind: 'update',
        editOf: alert?.id,
        idempotencyKey: `update:${alert?.id}:2`,
        message: { fallback: 'update st-i1 2' },
      },
    ]);
  });

  it('folds a third source into the update still waiting to be sent', async () => {
    const h = createHarness();
    h.subscribe({ platform: 'console', channel: 'north', kind: 'alert', query: 'Kidal' });
    await h.process([item(KIDAL_1)]);
    const alert = h.outbox.claimNext(h.clock.now(), 'w', 1_000, ['console']);
    h.outbox.markSent(alert?.id ?? 0, 'w', 'remote-1', h.clock.now());
    await h.process([item(KIDAL_2)]);
    const third = {
      ...KIDAL_2,
      id: 'i4',
      feedId: 'lemonde',
      title: 'JNIM says it attacked soldiers near Kidal, 12 killed',
    };
    const report = await h.process([item(third)]);
    expect(report).toMatchObject({ joined: 1, updates: 1 });
    expect(h.outbox.list({ status: 'pending' }).map((r) => r.message.fallback)).toEqual([
      'update st-i1 3',
    ]);
  });

  it('never alerts on backfill items, but files them into stories for digests', async () => {
    const h = createHarness();
    h.subscribe({ platform: 'console', channel: 'north', kind: 'alert', query: 'Kidal' });
    const report = await h.process([item({ ...KIDAL_1, backfill: true })]);
    expect(report).toMatchObject({ items: 1, newStories: 1, alerts: 0 });
    expect(h.stories.storyOfItem('i1')).toBe('st-i1');
  });

  it('queues nothing new when the same items are processed again', async () => {
    const h = createHarness();
    h.subscribe({ platform: 'console', channel: 'north', kind: 'alert', query: 'Kidal' });
    await h.process([item(KIDAL_1), item(KIDAL_2)]);
    const again = await h.process([item(KIDAL_1), item(KIDAL_2)]);
    expect(again).toEqual({ items: 0, newStories: 0, joined: 0, alerts: 0, updates: 0 });
    expect(h.outbox.list()).toHaveLength(1);
  });

  it('skips a subscription whose query does not parse, says why, and still serves the others', async () => {
    const warnings: unknown[] = [];
    const logger: Logger = {
      ...silentLogger,
      warn: (msg, meta) => void warnings.push({ msg, ...meta }),
    };
    const h = createHarness({ logger });
    const broken = h.subscribe({
      platform: 'console',
      channel: 'a',
      kind: 'alert',
      query: 'Kidal AND (attack',
    });
    h.subscribe({ platform: 'console', channel: 'b', kind: 'alert', query: 'Kidal' });
    await h.process([item(KIDAL_1)]);
    expect(fallbacks(h)).toEqual(['alert b alert st-i1']);
    expect(warnings).toEqual([
      expect.objectContaining({
        subscription: broken.id,
        channel: 'console:a',
        reason: expect.stringMatching(/parenthesis.*column/),
      }),
    ]);
  });

  it('makes no story and no alert of an item that matches only an event tag', async () => {
    const h = createHarness();
    h.subscribe({ platform: 'console', channel: 'all', kind: 'alert', query: 'attack' });
    const report = await h.process([
      item({ id: 'x', title: 'Gunmen attack a village market in Somalia' }),
    ]);
    expect(report.items).toBe(0);
    expect(h.stories.storyOfItem('x')).toBeNull();
    expect(h.outbox.list()).toEqual([]);
  });

  it('does not queue alerts for a platform that is not running', async () => {
    const h = createHarness({ platforms: ['console'] });
    h.subscribe({ platform: 'slack', channel: 'C1', kind: 'alert', query: 'Kidal' });
    await h.process([item(KIDAL_1)]);
    expect(h.outbox.list()).toEqual([]);
  });
});
