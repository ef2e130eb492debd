import { describe, expect, it } from 'vitest';
import type { NewOutboxRow, OutboxStore } from '../../../src/core/delivery-ports.js';
import type { Message } from '../../../src/core/message.js';
import { silentLogger } from '../../../src/core/ports.js';
import { computeBackoff } from '../../../src/deliver/backoff.js';
import { createOutboxWorker, type OutboxWorkerDeps } from '../../../src/deliver/outbox-worker.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { createSqliteOutboxStore } from '../../../src/store/sqlite-outbox-store.js';
import { createFakePlatform, type FakePlatform } from '../../fakes/fake-platform.js';

const message = (text: string): Message => ({ blocks: [{ type: 'text', text }], fallback: text });
const row = (key: string, extra: Partial<NewOutboxRow> = {}): NewOutboxRow => ({
  platform: 'discord',
  channel: 'c1',
  kind: 'alert',
  subscriptionId: 1,
  storyId: 's1',
  message: message(key),
  idempotencyKey: key,
  ...extra,
});

function setup(
  platform: FakePlatform = createFakePlatform(),
  extra: Partial<OutboxWorkerDeps> = {},
) {
  const db = openDatabase({ path: ':memory:' });
  const outbox = createSqliteOutboxStore(db);
  let now = 1_000_000;
  const clock = { now: () => now };
  const worker = createOutboxWorker({
    outbox,
    platforms: [platform],
    clock,
    logger: silentLogger,
    retry: { maxAttempts: 4, baseMs: 1_000, maxMs: 60_000 },
    random: () => 0.5,
    sleep: async (ms) => {
      now += ms;
    },
    workerId: 'test-host:1:self',
    isWorkerAlive: (owner) => owner === 'test-host:1:self' || owner.endsWith(':alive'),
    ...extra,
  });
  return { outbox, worker, platform, clock, advance: (ms: number) => (now += ms) };
}

/** Puts a row in `sending` as if a worker named `owner` had claimed it and then stopped. */
function strand(
  outbox: OutboxStore,
  key: string,
  owner: string,
  now: number,
  leaseMs = 60_000,
): number {
  outbox.enqueue(row(key), now);
  const claimed = outbox.claimNext(now, owner, leaseMs, ['discord']);
  if (!claimed) throw new Error('nothing to claim');
  return claimed.id;
}

describe('outbox worker', () => {
  it('sends pending rows in order and records the platform message id', async () => {
    const { outbox, worker, platform, clock } = setup();
    outbox.enqueue(row('a'), clock.now());
    outbox.enqueue(row('b'), clock.now());
    expect(await worker.drain()).toEqual({ sent: 2, retried: 0, failed: 0 });
    expect(platform.posts().map((p) => p.idempotencyKey)).toEqual(['a', 'b']);
    expect(outbox.findByKey('b')).toMatchObject({ status: 'sent', remoteId: 'm2', attempts: 1 });
  });

  it('retries a send that throws, after a backoff, and then records it', async () => {
    const { outbox, worker, platform, clock } = setup();
    platform.script({ kind: 'throw', error: new Error('socket hang up') });
    outbox.enqueue(row('a'), clock.now());
    const start = clock.now();
    expect(await worker.drain()).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect(outbox.findByKey('a')).toMatchObject({
      status: 'pending',
      lastError: 'THROWN: socket hang up',
    });
    expect(outbox.findByKey('a')?.nextAttemptAt).toBe(start + 750);
    expect(await worker.drain({ waitForRetriesMs: 10_000 })).toEqual({
      sent: 1,
      retried: 0,
      failed: 0,
    });
    expect(outbox.findByKey('a')).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
    expect(platform.posts()).toHaveLength(1);
  });

  it('gives up on a retryable failure after the last attempt and says why', async () => {
    const { outbox, worker, platform, clock } = setup();
    const outage = { code: 'HTTP_503', message: 'service unavailable', retryable: true };
    platform.script(
      ...Array.from({ length: 4 }, () => ({ kind: 'fail' as const, failure: outage })),
    );
    outbox.enqueue(row('a'), clock.now());
    const report = await worker.drain({ waitForRetriesMs: 3_600_000 });
    expect(report).toEqual({ sent: 0, retried: 3, failed: 1 });
    expect(outbox.findByKey('a')).toMatchObject({
      status: 'failed',
      attempts: 4,
      lastError: 'HTTP_503: service unavailable (gave up after 4 attempts)',
    });
  });

  it('marks a non-retryable failure failed at once with its reason', async () => {
    const { outbox, worker, platform, clock } = setup();
    platform.script({
      kind: 'fail',
      failure: { code: 'MISSING_ACCESS', message: 'no access to channel c1', retryable: false },
    });
    outbox.enqueue(row('a'), clock.now());
    expect(await worker.drain({ waitForRetriesMs: 60_000 })).toEqual({
      sent: 0,
      retried: 0,
      failed: 1,
    });
    expect(outbox.findByKey('a')).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: 'MISSING_ACCESS: no access to channel c1',
    });
    expect(platform.calls).toHaveLength(1);
  });

  it('waits at least as long as the platform asks before retrying', async () => {
    const { outbox, worker, platform, clock } = setup();
    platform.script({
      kind: 'fail',
      failure: { code: 'RATE_LIMITED', message: '429', retryable: true, retryAfterMs: 30_000 },
    });
    outbox.enqueue(row('a'), clock.now());
    const start = clock.now();
    await worker.drain();
    expect(outbox.findByKey('a')?.nextAttemptAt).toBe(start + 30_000);
  });

  it('resends a row interrupted mid-send with the same key on an idempotent platform, without a second post', async () => {
    const { outbox, worker, platform, clock } = setup();
    const id = strand(outbox, 'a', 'test-host:99:dead', clock.now());
    await platform.send({ channel: 'c1', message: message('a'), idempotencyKey: 'a' });
    expect(worker.recover()).toEqual({ resumed: 1, unknown: 0 });
    expect(await worker.drain()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(platform.posts()).toHaveLength(1);
    expect(outbox.get(id)).toMatchObject({ status: 'sent', remoteId: 'm1' });
  });

  it('marks a row interrupted mid-send as unknown on a platform without idempotent sends', async () => {
    const slack = createFakePlatform({ name: 'discord', idempotentSends: false });
    const { outbox, worker, clock } = setup(slack);
    const id = strand(outbox, 'a', 'test-host:99:dead', clock.now());
    expect(worker.recover()).toEqual({ resumed: 0, unknown: 1 });
    await worker.drain();
    expect(slack.calls).toHaveLength(0);
    expect(outbox.get(id)?.status).toBe('unknown');
    expect(outbox.get(id)?.lastError).toMatch(
      /cannot tell whether it was posted: check channel c1/,
    );
  });

  it('leaves a row being sent by another live worker alone until its lease ends', async () => {
    const { outbox, worker, platform, clock, advance } = setup();
    const id = strand(outbox, 'a', 'other-host:7:alive', clock.now(), 60_000);
    expect(worker.recover()).toEqual({ resumed: 0, unknown: 0 });
    await worker.drain();
    expect(outbox.get(id)?.status).toBe('sending');
    advance(60_000);
    expect(worker.recover()).toEqual({ resumed: 1, unknown: 0 });
    await worker.drain();
    expect(platform.posts()).toHaveLength(1);
  });

  it('edits the posted alert for an update row, after the alert itself is sent', async () => {
    const { outbox, worker, platform, clock } = setup();
    const alert = outbox.enqueue(row('alert'), clock.now());
    outbox.enqueue(
      row('update', { kind: 'update', editOf: alert.id, message: message('also reported by RFI') }),
      clock.now(),
    );
    expect(await worker.drain()).toEqual({ sent: 2, retried: 0, failed: 0 });
    expect(platform.edits).toEqual([
      { channel: 'c1', remoteId: 'm1', message: message('also reported by RFI') },
    ]);
  });

  it('fails an update whose alert was never posted', async () => {
    const { outbox, worker, platform, clock } = setup();
    platform.script({
      kind: 'fail',
      failure: { code: 'UNKNOWN_CHANNEL', message: 'gone', retryable: false },
    });
    const alert = outbox.enqueue(row('alert'), clock.now());
    outbox.enqueue(row('update', { kind: 'update', editOf: alert.id }), clock.now());
    expect(await worker.drain()).toEqual({ sent: 0, retried: 0, failed: 2 });
    expect(outbox.findByKey('update')?.lastError).toBe(
      'NOT_POSTED: the alert it updates was not posted (failed)',
    );
  });

  it('leaves rows of platforms it does not serve untouched', async () => {
    const { outbox, worker, clock } = setup();
    outbox.enqueue(row('s', { platform: 'slack' }), clock.now());
    expect(await worker.drain()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(outbox.findByKey('s')?.status).toBe('pending');
  });

  it('sends each row once when two drains run at the same time', async () => {
    const { outbox, worker, platform, clock } = setup();
    for (const key of ['a', 'b', 'c']) outbox.enqueue(row(key), clock.now());
    await Promise.all([worker.drain(), worker.drain()]);
    expect(platform.calls.map((c) => c.idempotencyKey)).toEqual(['a', 'b', 'c']);
  });
});

describe('computeBackoff', () => {
  const policy = { maxAttempts: 6, baseMs: 1_000, maxMs: 8_000 };

  it('doubles per attempt, caps, and keeps half of the delay fixed', () => {
    expect([1, 2, 3, 4, 5].map((n) => computeBackoff(n, policy, () => 0))).toEqual([
      500, 1_000, 2_000, 4_000, 4_000,
    ]);
    expect([1, 2, 3, 4, 5].map((n) => computeBackoff(n, policy, () => 1))).toEqual([
      1_000, 2_000, 4_000, 8_000, 8_000,
    ]);
  });

  it('never waits less than the platform asked', () => {
    expect(computeBackoff(1, policy, () => 0, 12_000)).toBe(12_000);
  });
});
