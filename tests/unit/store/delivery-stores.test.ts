import { describe, expect, it } from 'vitest';
import type { Message } from '../../../src/core/message.js';
import type { Story } from '../../../src/core/story.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { createSqliteOutboxStore } from '../../../src/store/sqlite-outbox-store.js';
import {
  createSqliteStoryStore,
  createSqliteTransaction,
} from '../../../src/store/sqlite-story-store.js';
import { createSqliteSubscriptionStore } from '../../../src/store/sqlite-subscription-store.js';

const source = (itemId: string, outlet: string) => ({
  itemId,
  feedId: outlet.toLowerCase(),
  outlet,
  url: `https://${outlet.toLowerCase()}.example/${itemId}`,
  title: `Title ${itemId}`,
  lang: 'en' as const,
  tier: 1 as const,
  publishedAt: 1_000,
});

const story = (id: string, firstSeenAt: number, sources = [source(`${id}-1`, 'RFI')]): Story => ({
  id,
  firstSeenAt,
  lastSeenAt: firstSeenAt,
  leadItemId: sources[0]?.itemId ?? '',
  title: `Story ${id}`,
  url: null,
  summary: 'Summary.',
  lang: 'en',
  tags: ['attack'],
  entities: ['kidal', 'mali'],
  countries: ['mali'],
  sources,
});

const message: Message = { blocks: [], fallback: 'hello' };

describe('SQLite story store', () => {
  it('keeps a story with its sources and signature, and adds later sources in order', () => {
    const stories = createSqliteStoryStore<{ shingles: number[] }>(
      openDatabase({ path: ':memory:' }),
    );
    const stored = stories.insert(story('s1', 100), { shingles: [1, 2] });
    expect(stored.seq).toBe(1);
    stories.update(
      {
        ...story('s1', 100),
        lastSeenAt: 200,
        sources: [source('s1-1', 'RFI'), source('s1-2', 'AFP')],
      },
      { shingles: [3] },
    );
    const loaded = stories.get('s1');
    expect(loaded?.signature).toEqual({ shingles: [3] });
    expect(loaded?.story.lastSeenAt).toBe(200);
    expect(loaded?.story.sources.map((s) => s.outlet)).toEqual(['RFI', 'AFP']);
    expect(stories.storyOfItem('s1-2')).toBe('s1');
    expect(stories.storyOfItem('nope')).toBeNull();
  });

  it('keeps the per-language summaries of a story told in English and French', () => {
    const stories = createSqliteStoryStore(openDatabase({ path: ':memory:' }));
    stories.insert(story('s1', 100), null);
    expect(stories.get('s1')?.story.summaries).toBeUndefined();
    const summaries = { en: 'An army convoy was attacked.', fr: 'Un convoi a été attaqué.' };
    stories.update({ ...story('s1', 100), summaries }, null);
    expect(stories.get('s1')?.story.summaries).toEqual(summaries);
  });

  it('lists stories by first-seen time and by sequence, excluding the lower bound', () => {
    const stories = createSqliteStoryStore(openDatabase({ path: ':memory:' }));
    for (const [id, at] of [
      ['a', 100],
      ['b', 200],
      ['c', 300],
    ] as const)
      stories.insert(story(id, at), null);
    expect(stories.listSeenBetween(100, 300).map((s) => s.story.id)).toEqual(['b', 'c']);
    expect(stories.listBySeq(1, 2).map((s) => s.story.id)).toEqual(['b']);
    expect(stories.maxSeq()).toBe(3);
    expect(stories.recent(250).map((s) => s.story.id)).toEqual(['c']);
  });

  it('prunes stories last seen before the cut-off, with their sources', () => {
    const stories = createSqliteStoryStore(openDatabase({ path: ':memory:' }));
    stories.insert(story('old', 100), null);
    stories.insert(story('new', 300), null);
    expect(stories.prune(200)).toBe(1);
    expect(stories.get('old')).toBeNull();
    expect(stories.storyOfItem('old-1')).toBeNull();
    expect(stories.get('new')).not.toBeNull();
  });

  it('rolls back every write of a failed transaction', () => {
    const db = openDatabase({ path: ':memory:' });
    const stories = createSqliteStoryStore(db);
    const outbox = createSqliteOutboxStore(db);
    const transaction = createSqliteTransaction(db);
    expect(() =>
      transaction(() => {
        stories.insert(story('a', 1), null);
        outbox.enqueue(
          {
            platform: 'console',
            channel: 'c',
            kind: 'alert',
            subscriptionId: null,
            storyId: 'a',
            message,
            idempotencyKey: 'k',
          },
          1,
        );
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(stories.get('a')).toBeNull();
    expect(outbox.findByKey('k')).toBeNull();
  });
});

describe('SQLite subscription store', () => {
  const clock = { now: () => 5_000 };

  it('returns the existing subscription when the same one is added again', () => {
    const subs = createSqliteSubscriptionStore({ db: openDatabase({ path: ':memory:' }), clock });
    const first = subs.add(
      { platform: 'discord', channel: '1', kind: 'alert', query: 'Kidal OR Gao' },
      'chat',
    );
    const again = subs.add(
      { platform: 'discord', channel: '1', kind: 'alert', query: 'Kidal OR Gao' },
      'chat',
    );
    expect(again.id).toBe(first.id);
    expect(subs.list()).toHaveLength(1);
    expect(first).toMatchObject({
      kind: 'alert',
      query: 'Kidal OR Gao',
      locale: null,
      origin: 'chat',
      createdAt: 5_000,
    });
  });

  it('merges config seeds: adds new ones, updates locale, removes dropped ones, keeps chat ones', () => {
    const subs = createSqliteSubscriptionStore({ db: openDatabase({ path: ':memory:' }), clock });
    subs.add({ platform: 'slack', channel: 'C1', kind: 'alert', query: 'JNIM' }, 'chat');
    const digest = {
      platform: 'slack',
      channel: 'C1',
      kind: 'digest',
      cron: '0 8 * * *',
      timezone: 'Africa/Bamako',
    } as const;
    const alert = { platform: 'discord', channel: '9', kind: 'alert', query: 'Wagner' } as const;
    expect(subs.seed([digest, alert])).toEqual({ added: 2, kept: 0, removed: 0 });
    expect(subs.seed([{ ...digest, locale: 'fr', size: 5 }])).toEqual({
      added: 0,
      kept: 1,
      removed: 1,
    });
    expect(subs.list().map((s) => [s.kind, s.origin, s.locale])).toEqual([
      ['alert', 'chat', null],
      ['digest', 'config', 'fr'],
    ]);
    expect(subs.list({ kind: 'digest' })[0]).toMatchObject({
      cron: '0 8 * * *',
      timezone: 'Africa/Bamako',
      size: 5,
    });
  });

  it('remembers the latest digest window of a subscription', () => {
    const subs = createSqliteSubscriptionStore({ db: openDatabase({ path: ':memory:' }), clock });
    const sub = subs.add(
      { platform: 'console', channel: 'out', kind: 'digest', cron: '0 8 * * *', timezone: 'UTC' },
      'config',
    );
    expect(subs.lastDigest(sub.id)).toBeNull();
    subs.recordDigest({
      subscriptionId: sub.id,
      from: 0,
      to: 10,
      fromSeq: 0,
      toSeq: 3,
      outboxId: null,
    });
    subs.recordDigest({
      subscriptionId: sub.id,
      from: 10,
      to: 20,
      fromSeq: 3,
      toSeq: 7,
      outboxId: 1,
    });
    expect(subs.lastDigest(sub.id)).toEqual({
      subscriptionId: sub.id,
      from: 10,
      to: 20,
      fromSeq: 3,
      toSeq: 7,
      outboxId: 1,
    });
  });

  it('prunes old digest windows but keeps the latest one of each subscription', () => {
    const subs = createSqliteSubscriptionStore({ db: openDatabase({ path: ':memory:' }), clock });
    const sub = subs.add(
      { platform: 'console', channel: 'out', kind: 'digest', cron: '0 8 * * *', timezone: 'UTC' },
      'config',
    );
    subs.recordDigest({
      subscriptionId: sub.id,
      from: 0,
      to: 10,
      fromSeq: 0,
      toSeq: 3,
      outboxId: null,
    });
    subs.recordDigest({
      subscriptionId: sub.id,
      from: 10,
      to: 20,
      fromSeq: 3,
      toSeq: 7,
      outboxId: null,
    });
    expect(subs.pruneDigests(1_000)).toBe(1);
    expect(subs.lastDigest(sub.id)?.to).toBe(20);
  });
});

describe('SQLite outbox store', () => {
  const row = {
    platform: 'discord',
    channel: 'c',
    kind: 'alert',
    subscriptionId: 1,
    storyId: 's',
    message,
    idempotencyKey: 'alert:1:s',
  } as const;

  it('keeps the first row when the same idempotency key is enqueued twice', () => {
    const outbox = createSqliteOutboxStore(openDatabase({ path: ':memory:' }));
    const first = outbox.enqueue(row, 1);
    const second = outbox.enqueue({ ...row, message: { blocks: [], fallback: 'other' } }, 2);
    expect(second).toEqual({ id: first.id, inserted: false });
    expect(outbox.get(first.id)?.message.fallback).toBe('hello');
    expect(outbox.findAlert('discord', 'c', 's')?.id).toBe(first.id);
  });

  it('claims only due rows of the asked platforms, and a claimed row only once', () => {
    const outbox = createSqliteOutboxStore(openDatabase({ path: ':memory:' }));
    outbox.enqueue(row, 100);
    outbox.enqueue({ ...row, platform: 'slack', idempotencyKey: 'x' }, 100);
    expect(outbox.claimNext(99, 'w', 1_000, ['discord'])).toBeNull();
    const claimed = outbox.claimNext(100, 'w', 1_000, ['discord']);
    expect(claimed).toMatchObject({
      status: 'sending',
      attempts: 1,
      claimedBy: 'w',
      leaseUntil: 1_100,
    });
    expect(outbox.claimNext(100, 'w2', 1_000, ['discord'])).toBeNull();
    expect(outbox.markSent(claimed?.id ?? 0, 'w2', 'r', 101)).toBe(false);
    expect(outbox.markSent(claimed?.id ?? 0, 'w', 'r', 101)).toBe(true);
    expect(outbox.counts()).toEqual({ pending: 1, sending: 0, sent: 1, failed: 0, unknown: 0 });
  });

  it('prunes finished rows older than the cut-off, edits before the alerts they edit', () => {
    const outbox = createSqliteOutboxStore(openDatabase({ path: ':memory:' }));
    const alert = outbox.enqueue(row, 1);
    outbox.claimNext(1, 'w', 10, ['discord']);
    outbox.markSent(alert.id, 'w', 'r1', 2);
    const edit = outbox.enqueue(
      { ...row, kind: 'update', idempotencyKey: 'u', editOf: alert.id },
      3,
    );
    outbox.claimNext(3, 'w', 10, ['discord']);
    outbox.markSent(edit.id, 'w', 'r1', 4);
    outbox.enqueue({ ...row, idempotencyKey: 'waiting' }, 5);
    expect(outbox.prune(100)).toBe(2);
    expect(outbox.list().map((r) => r.idempotencyKey)).toEqual(['waiting']);
  });

  it('keeps the stories that retell an alert until retention deletes the alert', () => {
    const outbox = createSqliteOutboxStore(openDatabase({ path: ':memory:' }));
    const alert = outbox.enqueue(row, 1);
    const other = outbox.enqueue({ ...row, storyId: 't', idempotencyKey: 'alert:1:t' }, 1);
    outbox.addRetelling(alert.id, 'r2', 3);
    outbox.addRetelling(alert.id, 'r1', 2);
    outbox.addRetelling(alert.id, 'r1', 4);
    outbox.addRetelling(other.id, 'r1', 5);
    expect(outbox.retellingsOf(alert.id)).toEqual(['r1', 'r2']);
    expect(outbox.alertsRetoldBy('r1').map((r) => r.id)).toEqual([alert.id, other.id]);
    outbox.claimNext(6, 'w', 10, ['discord']);
    outbox.markSent(alert.id, 'w', 'r', 7);
    expect(outbox.prune(100)).toBe(1);
    expect(outbox.alertsRetoldBy('r1').map((r) => r.id)).toEqual([other.id]);
    expect(outbox.retellingsOf(alert.id)).toEqual([]);
  });

  it('replaces the message of a pending row but not of a sent one', () => {
    const outbox = createSqliteOutboxStore(openDatabase({ path: ':memory:' }));
    const { id } = outbox.enqueue(row, 1);
    expect(outbox.replacePendingMessage(id, { blocks: [], fallback: 'v2' }, 2)).toBe(true);
    outbox.claimNext(2, 'w', 10, ['discord']);
    expect(outbox.replacePendingMessage(id, { blocks: [], fallback: 'v3' }, 3)).toBe(false);
    expect(outbox.get(id)?.message.fallback).toBe('v2');
  });
});
