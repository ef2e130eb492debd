import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutboxStore } from '../../../src/core/delivery-ports.js';
import { releaseHeldAlerts } from '../../../src/deliver/held-alerts.js';
import { openHeldAlertStores } from '../deliver/held-alert-stores.js';
import { kidalAttackAt } from '../digest/make-story.js';

const HOUR = 3_600_000;
/** 07:30 in Bamako, after quiet hours of 22:00-07:00. */
const MORNING = Date.parse('2026-12-07T07:30:00Z');
const NIGHT = Date.parse('2026-12-07T01:00:00Z');

/** A story first seen in the night, as the held alerts tell it. */
const story = (id: string) => kidalAttackAt(id, NIGHT);

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The stores over a database file, as a process opening it would see them. */
function open(path: string, now = MORNING) {
  return openHeldAlertStores(path, now);
}

function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sahel-held-'));
  dirs.push(dir);
  return join(dir, 'bot.db');
}

/** A quiet alert of #ops holding stories a and b since the night. */
function seedHeld(path: string) {
  const s = open(path, NIGHT);
  const sub = s.subscriptions.add(
    {
      platform: 'console',
      channel: 'ops',
      kind: 'alert',
      query: 'Kidal',
      quiet: { from: 22 * 60, to: 7 * 60 },
    },
    'chat',
  );
  for (const id of ['a', 'b']) {
    s.stories.insert(story(id), null);
    const hold = { platform: 'console', channel: 'ops', storyId: id, heldAt: NIGHT } as const;
    expect(s.held.hold({ ...hold, subscriptionId: sub.id, reason: 'quiet' })).toBe(true);
    expect(s.held.hold({ ...hold, subscriptionId: sub.id, reason: 'quiet' })).toBe(false);
  }
  s.db.close();
  return sub;
}

describe('held alerts in SQLite', () => {
  it('keep what a subscription holds across a restart, and say where a story is held', () => {
    const path = tempDb();
    const sub = seedHeld(path);
    const s = open(path);
    expect(s.held.countPending()).toEqual(new Map([[sub.id, 2]]));
    expect(s.held.heldIn('console', 'ops', 'a')).toBe('held');
    expect(s.held.heldIn('console', 'other', 'a')).toBeNull();
    expect(s.subscriptions.get(sub.id)).toMatchObject({ quiet: { from: 1320, to: 420 } });
  });

  it('release a batch once: a crash inside the release leaves it held, a second release posts nothing more', () => {
    const path = tempDb();
    const sub = seedHeld(path);

    // The process dies between queuing the catch-up post and marking the alerts released.
    const crashing = open(path);
    const dying: OutboxStore = {
      ...crashing.outbox,
      enqueue(row, now) {
        crashing.outbox.enqueue(row, now);
        throw new Error('killed mid-release');
      },
    };
    expect(() => releaseHeldAlerts(crashing.deps({ outbox: dying }), MORNING)).toThrow();
    crashing.db.close();

    const restarted = open(path);
    expect(restarted.outbox.list()).toHaveLength(0);
    expect(restarted.held.countPending().get(sub.id)).toBe(2);
    expect(releaseHeldAlerts(restarted.deps(), MORNING)).toBe(1);
    restarted.db.close();

    // Dies after the release committed: the post waits in the outbox, nothing is released twice.
    const again = open(path, MORNING + 60_000);
    expect(releaseHeldAlerts(again.deps(), MORNING + 60_000)).toBe(0);
    const rows = again.outbox.list();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'notice', subscriptionId: sub.id, status: 'pending' });
    expect(rows[0]?.message.fallback).toContain('While quiet (22:00–07:00): 2 alerts');
    expect(again.held.countPending().size).toBe(0);
    expect(again.held.heldIn('console', 'ops', 'a')).toBe('released');
    // The catch-up post counts as one post towards a cap.
    expect(again.held.postsSince(sub.id, MORNING - HOUR)).toBe(1);
  });

  it('hold nothing back before quiet hours end, and leave out a story alerted in the channel meanwhile', () => {
    const path = tempDb();
    const sub = seedHeld(path);
    const s = open(path);
    expect(releaseHeldAlerts(s.deps(), Date.parse('2026-12-07T06:59:00Z'))).toBe(0);
    s.outbox.enqueue(
      {
        platform: 'console',
        channel: 'ops',
        kind: 'alert',
        subscriptionId: null,
        storyId: 'a',
        message: { blocks: [], fallback: 'alert a' },
        idempotencyKey: 'alert:9:a',
      },
      NIGHT,
    );
    expect(releaseHeldAlerts(s.deps(), MORNING)).toBe(1);
    const post = s.outbox.findByKey(`held:${sub.id}:1`);
    expect(post?.message.fallback).toContain('While quiet (22:00–07:00): 1 alert\n');
    expect(post?.message.fallback).toContain('Story b');
    expect(post?.message.fallback).not.toContain('Story a');
  });

  it('are pruned once released, and dropped with their subscription', () => {
    const path = tempDb();
    seedHeld(path);
    const s = open(path);
    releaseHeldAlerts(s.deps(), MORNING);
    expect(s.held.prune(MORNING)).toBe(0);
    expect(s.held.prune(MORNING + 1)).toBe(2);

    const other = tempDb();
    const sub = seedHeld(other);
    const t = open(other);
    expect(t.subscriptions.remove(sub.id)).toBe(true);
    expect(t.held.countPending().size).toBe(0);
  });

  describe('an alert subscription from subscriptions.yaml', () => {
    it('takes its quiet hours and cap from the file at every seed, and drops them when the file does', () => {
      const s = open(':memory:');
      const seed = { platform: 'console', channel: 'ops', kind: 'alert', query: 'Kidal' } as const;
      s.subscriptions.seed([
        { ...seed, quiet: { from: 60, to: 120 }, cap: { max: 3, per: 'day' } },
      ]);
      const [alert] = s.subscriptions.list({ kind: 'alert' });
      expect(alert).toMatchObject({ quiet: { from: 60, to: 120 }, cap: { max: 3, per: 'day' } });
      s.subscriptions.seed([{ ...seed, cap: { max: 5, per: 'hour' } }]);
      const [again] = s.subscriptions.list({ kind: 'alert' });
      expect(again?.id).toBe(alert?.id);
      expect(again).not.toHaveProperty('quiet');
      expect(again).toMatchObject({ cap: { max: 5, per: 'hour' } });
    });
  });
});
