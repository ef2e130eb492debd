import { afterEach, describe, expect, it } from 'vitest';
import type { Scheduler } from '../../../src/core/ports.js';
import { silentLogger } from '../../../src/core/ports.js';
import type { StoredItem } from '../../../src/core/store-ports.js';
import type { SubscriptionSeed } from '../../../src/core/config-types.js';
import { createDelivery, type Delivery } from '../../../src/pipeline/create-delivery.js';
import { createConsolePlatform } from '../../../src/platforms/console/console-platform.js';
import type { AlertLimitsChange } from '../../../src/core/alert-limits.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { createSqliteSubscriptionStore } from '../../../src/store/sqlite-subscription-store.js';
import { config, item } from './pipeline-harness.js';

const KIDAL = { id: 'k1', title: 'JNIM claims attack near Kidal, killing 12 soldiers' };
const GAO = { id: 'g1', title: 'Drone strike hits a market near Gao in northern Mali' };
const MENAKA = { id: 'm1', title: 'Army convoy ambushed near Menaka in eastern Mali' };
const QUERY = 'Kidal OR Gao OR Menaka';

const idle: Scheduler = {
  schedule: () => ({ stop: () => undefined, nextRun: () => null }),
  stopAll: () => undefined,
};

const running: Delivery[] = [];
afterEach(async () => {
  for (const delivery of running.splice(0)) await delivery.stop();
});

/** A delivery to the console platform over an in-memory store, on a clock the test sets. */
function setup(startIso: string, alert: Partial<Extract<SubscriptionSeed, { kind: 'alert' }>>) {
  let now = Date.parse(startIso);
  const printed: string[] = [];
  const stored = new Map<string, StoredItem>();
  const db = openDatabase({ path: ':memory:' });
  const delivery = createDelivery({
    db,
    config: { ...config, subscriptions: [] },
    items: { listSince: () => [], get: (id) => stored.get(id) ?? null },
    feeds: { get: () => null },
    platforms: [createConsolePlatform({ out: { write: (chunk: string) => printed.push(chunk) } })],
    clock: { now: () => now },
    logger: silentLogger,
    scheduler: idle,
  });
  running.push(delivery);
  delivery.seed([{ platform: 'console', channel: 'ops', kind: 'alert', query: QUERY, ...alert }]);
  return {
    delivery,
    /** A poll committing these items at the current time, then the outbox drained. */
    async poll(...specs: { id: string; title: string; feedId?: string }[]) {
      const items = specs.map((spec) => item({ ...spec, at: now }));
      for (const i of items) stored.set(i.id, i);
      await delivery.process(items);
      await delivery.deliver();
    },
    output: () => printed.join(''),
    set: (iso: string) => void (now = Date.parse(iso)),
    /** What an admin's `alert set` changes on the seeded alert (subscription 1). */
    setAlert: (limits: AlertLimitsChange) =>
      createSqliteSubscriptionStore({ db, clock: { now: () => now } }).setAlertLimits(1, limits),
  };
}

const occurrences = (text: string, part: string): number => text.split(part).length - 1;

describe('alert quiet hours and caps, through the console platform', () => {
  it('hold alerts during quiet hours and post them once, in one catch-up post, when they end', async () => {
    // settings.yaml's timezone is Africa/Bamako (UTC all year).
    const t = setup('2026-12-06T23:10:00Z', { quiet: { from: 22 * 60, to: 7 * 60 } });
    await t.poll(KIDAL);
    t.set('2026-12-07T02:30:00Z');
    await t.poll(GAO);
    expect(t.output()).toBe('');

    t.set('2026-12-07T06:59:00Z');
    await t.delivery.deliver();
    expect(t.output()).toBe('');

    t.set('2026-12-07T07:01:00Z');
    await t.delivery.deliver();
    await t.delivery.deliver();
    const out = t.output();
    expect(occurrences(out, 'While quiet (22:00–07:00): 2 alerts')).toBe(1);
    expect(out).toContain(KIDAL.title);
    expect(out).toContain('https://news.example/k1');
    expect(out).toContain(GAO.title);
    expect(occurrences(out, '#ops (')).toBe(1);

    // Out of quiet hours, the next story is an ordinary alert; a held one is never told again.
    await t.poll(MENAKA, { id: 'k2', title: 'JNIM claims attack near Kidal, 12 soldiers killed' });
    const after = t.output().slice(out.length);
    expect(after).toContain(MENAKA.title);
    expect(after).not.toContain('While quiet');
    expect(after).not.toContain('near Kidal');
  });

  it('read the same quiet hours on the alert zone: held in Paris, posted in Niamey, at one instant', async () => {
    // 20:30 UTC in July: 22:30 in Paris (summer time), 21:30 in Niamey.
    const hours = { quiet: { from: 22 * 60, to: 7 * 60 } };
    const paris = setup('2026-07-06T20:30:00Z', { ...hours, timezone: 'Europe/Paris' });
    const niamey = setup('2026-07-06T20:30:00Z', { ...hours, timezone: 'Africa/Niamey' });
    await paris.poll(KIDAL);
    await niamey.poll(KIDAL);
    expect(paris.output()).toBe('');
    expect(niamey.output()).toContain(KIDAL.title);

    // 05:30 UTC is 07:30 in Paris: its quiet hours are over, the catch-up names its zone.
    paris.set('2026-07-07T05:30:00Z');
    await paris.delivery.deliver();
    await paris.delivery.deliver();
    expect(occurrences(paris.output(), 'While quiet (22:00–07:00 Europe/Paris): 1 alert')).toBe(1);
    expect(paris.output()).toContain(KIDAL.title);
  });

  it('name the zone an alert was held in, though an admin cleared it overnight', async () => {
    const paris = setup('2026-07-06T20:30:00Z', {
      quiet: { from: 22 * 60, to: 7 * 60 },
      timezone: 'Europe/Paris',
    });
    await paris.poll(KIDAL);
    paris.setAlert({ timezone: null });
    // 07:30 UTC: out of the quiet hours in settings.yaml's Africa/Bamako, now the alert's zone.
    paris.set('2026-07-07T07:30:00Z');
    await paris.delivery.deliver();
    await paris.delivery.deliver();
    expect(occurrences(paris.output(), 'While quiet (22:00–07:00 Europe/Paris): 1 alert')).toBe(1);
  });

  it('post up to the cap, then roll the rest up into one post when the hour allows again', async () => {
    const t = setup('2026-12-07T10:00:00Z', { cap: { max: 1, per: 'hour' } });
    await t.poll(KIDAL);
    expect(t.output()).toContain(KIDAL.title);
    const first = t.output();

    t.set('2026-12-07T10:10:00Z');
    await t.poll(GAO);
    t.set('2026-12-07T10:20:00Z');
    await t.poll(MENAKA);
    t.set('2026-12-07T10:59:00Z');
    await t.delivery.deliver();
    expect(t.output()).toBe(first);

    t.set('2026-12-07T11:00:01Z');
    await t.delivery.deliver();
    await t.delivery.deliver();
    const rollUp = t.output().slice(first.length);
    expect(occurrences(rollUp, '2 more alerts (cap 1/h)')).toBe(1);
    expect(rollUp).toContain(GAO.title);
    expect(rollUp).toContain(MENAKA.title);
    expect(occurrences(rollUp, '#ops (')).toBe(1);
  });

  it('count alert posts only: an update of a posted alert stays an edit and takes no place under the cap', async () => {
    const t = setup('2026-12-07T10:00:00Z', { cap: { max: 2, per: 'hour' } });
    await t.poll(KIDAL);
    t.set('2026-12-07T10:05:00Z');
    await t.poll({
      id: 'k2',
      title: 'JNIM claims attack near Kidal, 12 soldiers killed',
      feedId: 'afp-en',
    });
    expect(occurrences(t.output(), '(update of console-1)')).toBe(1);
    t.set('2026-12-07T10:10:00Z');
    await t.poll(GAO);
    expect(t.output()).toContain(GAO.title);
    t.set('2026-12-07T10:15:00Z');
    await t.poll(MENAKA);
    expect(t.output()).not.toContain(MENAKA.title);
    t.set('2026-12-07T11:00:01Z');
    await t.delivery.deliver();
    expect(occurrences(t.output(), '1 more alert (cap 2/h)')).toBe(1);
    expect(t.output()).toContain(MENAKA.title);
  });
});
