import { describe, expect, it } from 'vitest';
import type { Subscription } from '../../../src/core/delivery-ports.js';
import type { Logger } from '../../../src/core/ports.js';
import { silentLogger } from '../../../src/core/ports.js';
import { pauseLostChannel } from '../../../src/pipeline/pause-lost-channel.js';
import { createSqliteAdminStore } from '../../../src/store/sqlite-admin-store.js';
import { createHarness, item, T0 } from './pipeline-harness.js';

const HOUR = 3_600_000;
const REASON = 'Discord answered 403 Missing Access for channel north';
const KIDAL = { id: 'i1', title: 'JNIM claims attack near Kidal, killing 12 soldiers' };
const GAO = { id: 'i2', title: 'Drone strike hits a market near Gao in northern Mali' };
const MENAKA = { id: 'i3', title: 'Army convoy ambushed near Menaka in eastern Mali' };

const queued = (h: ReturnType<typeof createHarness>, channel: string) =>
  h.outbox
    .list()
    .filter((r) => r.channel === channel)
    .map((r) => `${r.kind} ${r.message.fallback}`);

function recordingLogger(): { logger: Logger; errors: string[] } {
  const errors: string[] = [];
  const logger: Logger = {
    ...silentLogger,
    error: (msg, meta) => void errors.push(`${msg} ${JSON.stringify(meta)}`),
    child: () => logger,
  };
  return { logger, errors };
}

function lostDeps(h: ReturnType<typeof createHarness>, logger: Logger = silentLogger) {
  return {
    subscriptions: h.subscriptions,
    outbox: h.outbox,
    admin: createSqliteAdminStore(h.db),
    clock: h.clock,
    logger,
    defaultLocale: 'en' as const,
  };
}

const notice = (paused: readonly Subscription[]) => ({
  blocks: [],
  fallback: `lost; paused ${paused.map((s) => s.id).join(',')}`,
});

describe('paused subscriptions', () => {
  it('get no alerts while paused, and a resumed one gets the next new story', async () => {
    const h = createHarness();
    const sub = h.subscribe({
      platform: 'discord',
      channel: 'north',
      kind: 'alert',
      query: 'Kidal OR Gao',
    });
    h.subscriptions.pause('discord', 'north', REASON, T0);

    await h.process([item(KIDAL)]);
    expect(queued(h, 'north')).toEqual([]);

    h.subscriptions.resume(sub.id);
    h.advance(HOUR);
    await h.process([item({ ...GAO, at: T0 + HOUR })]);
    expect(queued(h, 'north')).toEqual(['alert alert st-i2']);
  });

  it('get no edit of an alert posted before the pause when a later source reports its story', async () => {
    const h = createHarness();
    h.subscribe({ platform: 'discord', channel: 'north', kind: 'alert', query: 'Kidal' });
    await h.process([item(KIDAL)]);
    const alert = h.outbox.claimNext(h.clock.now(), 'w', 1_000, ['discord']);
    h.outbox.markSent(alert?.id ?? 0, 'w', 'remote-1', h.clock.now());
    h.subscriptions.pause('discord', 'north', REASON, h.clock.now());
    const report = await h.process([
      item({
        id: 'i4',
        title: 'JNIM claims attack near Kidal that killed 12 soldiers',
        feedId: 'afp-en',
        at: T0 + 60_000,
      }),
    ]);
    expect(report).toMatchObject({ joined: 1, alerts: 0, updates: 0 });
    expect(h.outbox.list({ status: 'pending' })).toEqual([]);
  });

  it('get no digest while paused; the window is kept, so the first digest after the resume holds the stories of the pause', async () => {
    const h = createHarness();
    const sub = h.subscribe({
      platform: 'discord',
      channel: 'north',
      kind: 'digest',
      cron: '0 * * * *',
      timezone: 'UTC',
    });
    h.advance(HOUR);
    await h.process([item({ ...KIDAL, at: h.clock.now() })]);
    expect(h.runDigests()).toHaveLength(1);
    const before = h.subscriptions.lastDigest(sub.id);

    h.subscriptions.pause('discord', 'north', REASON, h.clock.now());
    h.advance(HOUR);
    await h.process([item({ ...GAO, at: h.clock.now() })]);
    h.advance(HOUR);
    expect(h.runDigests()).toEqual([]);
    expect(h.subscriptions.lastDigest(sub.id)).toEqual(before);

    h.subscriptions.resume(sub.id);
    await h.process([item({ ...MENAKA, at: h.clock.now() })]);
    expect(h.runDigests()).toHaveLength(1);
    expect(h.digests.at(-1)?.stories.map((s) => s.id)).toEqual(['st-i2', 'st-i3']);
  });
});

describe('pauseLostChannel', () => {
  it('pauses the channel and queues one notice for the admin channel, naming what it paused', () => {
    const h = createHarness();
    const sub = h.subscribe({
      platform: 'discord',
      channel: 'north',
      kind: 'alert',
      query: 'Kidal OR Gao',
    });
    createSqliteAdminStore(h.db).setAdminChannel('discord', 'admins', T0);
    const lost = { platform: 'discord', channel: 'north', reason: REASON } as const;

    const first = pauseLostChannel(lostDeps(h), lost, notice);
    h.advance(1_000);
    const second = pauseLostChannel(lostDeps(h), lost, notice);

    expect(first).toMatchObject({ paused: [{ id: sub.id }], noticed: true });
    expect(second).toEqual({ paused: [], noticed: false });
    expect(h.subscriptions.get(sub.id)?.paused).toEqual({ reason: REASON, at: T0 });
    expect(queued(h, 'admins')).toEqual([`notice lost; paused ${sub.id}`]);
  });

  it('logs the loss with what it paused when no admin channel is set, queueing nothing', () => {
    const h = createHarness();
    const sub = h.subscribe({
      platform: 'discord',
      channel: 'north',
      kind: 'alert',
      query: 'Kidal OR Gao',
    });
    const { logger, errors } = recordingLogger();
    const report = pauseLostChannel(
      lostDeps(h, logger),
      { platform: 'discord', channel: 'north', reason: REASON },
      notice,
    );
    expect(report.noticed).toBe(false);
    expect(h.subscriptions.get(sub.id)?.paused?.reason).toBe(REASON);
    expect(h.outbox.list()).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('discord channel lost');
    expect(errors[0]).toContain(REASON);
    expect(errors[0]).toContain(`"paused":[${sub.id}]`);
  });
});
