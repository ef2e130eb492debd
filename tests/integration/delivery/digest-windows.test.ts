import { describe, expect, it } from 'vitest';
import { createHarness, item, T0 } from './pipeline-harness.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;

/** Headlines with only the place in common, so each item starts its own story. */
const letters = (n: number, salt: number): string =>
  Array.from(String(n * 7 + salt), (d) => 'bcdfghjklm'[Number(d)] ?? 'z').join('');
const headline = (n: number): string =>
  `Zor${letters(n, 1)}a quin${letters(n, 2)}o mor${letters(n, 3)}e tal${letters(n, 4)}u in Mali`;

describe('digest windows', () => {
  it('never skip or repeat a story across consecutive runs', async () => {
    const h = createHarness();
    const sub = h.subscribe({
      platform: 'console',
      channel: 'digest',
      kind: 'digest',
      cron: '0 * * * *',
      timezone: 'Africa/Bamako',
    });
    const created: string[] = [];
    let n = 0;
    for (let step = 0; step < 40; step += 1) {
      h.advance((7 + ((step * 13) % 23)) * MINUTE);
      const batch = Array.from({ length: step % 3 }, () => {
        n += 1;
        // Every fifth item was seen by the poller earlier than it is processed: a late commit.
        const at = n % 5 === 0 ? h.clock.now() - 50 * MINUTE : h.clock.now();
        return item({ id: `i${n}`, title: headline(n), feedId: `feed-${n}`, at });
      });
      const report = await h.process(batch);
      created.push(...batch.map((i) => h.stories.storyOfItem(i.id) ?? 'missing'));
      expect(report.items).toBe(batch.length);
      h.runDigests();
    }
    h.advance(HOUR);
    h.runDigests();

    const shown = h.digests.flatMap((d) => d.stories.map((s) => s.id));
    expect(new Set(created).size).toBeGreaterThan(20);
    expect(shown).toHaveLength(new Set(shown).size);
    expect(new Set(shown)).toEqual(new Set(created));
    const windows = h.digests.map((d) => d.window);
    windows.slice(1).forEach((w, i) => expect(w.from).toBe(windows[i]?.to));
    expect(h.subscriptions.lastDigest(sub.id)?.to).toBe(h.clock.now());
  });

  it('runs only when the cron time has come in the subscription timezone', () => {
    const h = createHarness({ digestSettings: { empty: 'notice' } });
    // 08:00 in Niamey (UTC+1) is 07:00 UTC; the subscription is created at 06:00 UTC.
    const sub = h.subscribe({
      platform: 'console',
      channel: 'd',
      kind: 'digest',
      cron: '0 8 * * *',
      timezone: 'Africa/Niamey',
    });
    h.set(Date.parse('2026-11-20T06:59:00Z'));
    expect(h.runDigests()).toEqual([]);
    h.set(Date.parse('2026-11-20T07:00:30Z'));
    expect(h.runDigests().map((r) => r.subscriptionId)).toEqual([sub.id]);
    h.set(Date.parse('2026-11-20T12:00:00Z'));
    expect(h.runDigests()).toEqual([]);
    h.set(Date.parse('2026-11-21T07:00:00Z'));
    expect(h.runDigests()).toHaveLength(1);
  });

  it('queues the digest with a key naming the subscription and the window end', async () => {
    const h = createHarness();
    const sub = h.subscribe({
      platform: 'console',
      channel: 'd',
      kind: 'digest',
      cron: '0 * * * *',
      timezone: 'UTC',
    });
    await h.process([item({ id: 'a', title: headline(1), at: T0 + MINUTE })]);
    h.set(T0 + HOUR);
    const [run] = h.runDigests();
    expect(run?.window).toMatchObject({
      from: T0 + HOUR - 86_400_000,
      to: T0 + HOUR,
      fromSeq: 0,
      toSeq: 1,
    });
    expect(h.outbox.list()).toMatchObject([
      {
        kind: 'digest',
        channel: 'd',
        idempotencyKey: `digest:${sub.id}:${T0 + HOUR}`,
        message: { fallback: 'digest st-a' },
      },
    ]);
  });

  it('records an empty window without a message when empty digests are skipped', () => {
    const h = createHarness({ digestSettings: { empty: 'skip' } });
    const sub = h.subscribe({
      platform: 'console',
      channel: 'd',
      kind: 'digest',
      cron: '0 * * * *',
      timezone: 'UTC',
    });
    h.set(T0 + HOUR);
    expect(h.runDigests()).toMatchObject([{ stories: 0, window: { outboxId: null } }]);
    expect(h.outbox.list()).toEqual([]);
    expect(h.subscriptions.lastDigest(sub.id)?.to).toBe(T0 + HOUR);
  });
});
