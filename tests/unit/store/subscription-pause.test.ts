import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/open-database.js';
import { createSqliteSubscriptionStore } from '../../../src/store/sqlite-subscription-store.js';

const clock = { now: () => 5_000 };
const REASON = 'Discord answered 403 Missing Access for channel 1';
const alert = { platform: 'discord', channel: '1', kind: 'alert', query: 'Kidal' } as const;
const digest = {
  platform: 'discord',
  channel: '1',
  kind: 'digest',
  cron: '0 8 * * *',
  timezone: 'Africa/Bamako',
} as const;
const elsewhere = { platform: 'discord', channel: '2', kind: 'alert', query: 'Gao' } as const;

let dir: string | undefined;
afterEach(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('pausing subscriptions of a lost channel', () => {
  it('pauses every subscription of the channel with the reason and time, and no other', () => {
    const subs = createSqliteSubscriptionStore({ db: openDatabase({ path: ':memory:' }), clock });
    const a = subs.add(alert, 'chat');
    const d = subs.add(digest, 'config');
    const other = subs.add(elsewhere, 'chat');
    expect(a.paused).toBeNull();

    const paused = subs.pause('discord', '1', REASON, 7_000);
    expect(paused.map((s) => s.id)).toEqual([a.id, d.id]);
    expect(subs.get(a.id)?.paused).toEqual({ reason: REASON, at: 7_000 });
    expect(subs.get(d.id)?.paused).toEqual({ reason: REASON, at: 7_000 });
    expect(subs.get(other.id)?.paused).toBeNull();
  });

  it('keeps the first reason and time when the channel fails again, and returns nothing new', () => {
    const subs = createSqliteSubscriptionStore({ db: openDatabase({ path: ':memory:' }), clock });
    const a = subs.add(alert, 'chat');
    subs.pause('discord', '1', REASON, 7_000);
    expect(subs.pause('discord', '1', 'a later reason', 9_000)).toEqual([]);
    expect(subs.get(a.id)?.paused).toEqual({ reason: REASON, at: 7_000 });
  });

  it('resumes one subscription by id, or every one of a channel', () => {
    const subs = createSqliteSubscriptionStore({ db: openDatabase({ path: ':memory:' }), clock });
    const a = subs.add(alert, 'chat');
    const d = subs.add(digest, 'chat');
    subs.pause('discord', '1', REASON, 7_000);

    expect(subs.resume(a.id).map((s) => [s.id, s.paused])).toEqual([[a.id, null]]);
    expect(subs.get(a.id)?.paused).toBeNull();
    expect(subs.get(d.id)?.paused).not.toBeNull();
    expect(subs.resume(a.id)).toEqual([]);

    subs.pause('discord', '1', REASON, 8_000);
    expect(subs.resume({ platform: 'discord', channel: '1' }).map((s) => s.id)).toEqual([
      a.id,
      d.id,
    ]);
    expect(subs.list().every((s) => s.paused === null)).toBe(true);
  });

  it('keeps a config subscription paused when the config is seeded again, still updating it', () => {
    const subs = createSqliteSubscriptionStore({ db: openDatabase({ path: ':memory:' }), clock });
    subs.seed([digest]);
    subs.pause('discord', '1', REASON, 7_000);
    expect(subs.seed([{ ...digest, locale: 'fr', size: 4 }])).toEqual({
      added: 0,
      kept: 1,
      removed: 0,
    });
    expect(subs.list()[0]).toMatchObject({
      locale: 'fr',
      size: 4,
      paused: { reason: REASON, at: 7_000 },
    });
  });

  it('keeps the pause across a restart', () => {
    dir = mkdtempSync(join(tmpdir(), 'sahel-pause-'));
    const path = join(dir, 'bot.db');
    const first = openDatabase({ path });
    const a = createSqliteSubscriptionStore({ db: first, clock }).add(alert, 'config');
    createSqliteSubscriptionStore({ db: first, clock }).pause('discord', '1', REASON, 7_000);
    first.close();

    const again = openDatabase({ path });
    const subs = createSqliteSubscriptionStore({ db: again, clock });
    subs.seed([alert]);
    expect(subs.get(a.id)?.paused).toEqual({ reason: REASON, at: 7_000 });
    again.close();
  });
});
