import { afterEach, describe, expect, it } from 'vitest';
import type { Scheduler } from '../../../src/core/ports.js';
import { silentLogger } from '../../../src/core/ports.js';
import type { StoredItem } from '../../../src/core/store-ports.js';
import { createDelivery, type Delivery } from '../../../src/pipeline/create-delivery.js';
import { createConsolePlatform } from '../../../src/platforms/console/console-platform.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { config, item } from './pipeline-harness.js';

interface Scheduled {
  readonly name: string;
  readonly cron: string;
  readonly task: () => Promise<void>;
}

/** A scheduler whose tasks the test fires by hand. */
function createManualScheduler(): Scheduler & { fire(name: string): Promise<void> } {
  const tasks: Scheduled[] = [];
  return {
    schedule(name, cron, _timezone, task) {
      tasks.push({ name, cron, task });
      return { stop: () => undefined, nextRun: () => null };
    },
    stopAll: () => undefined,
    async fire(name) {
      const found = tasks.find((t) => t.name === name);
      if (!found) throw new Error(`no task ${name}`);
      await found.task();
    },
  };
}

/** Resolves once `check` holds, polling the background worker's output. */
async function eventually(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((r) => setTimeout(r, 10));
}

const running: Delivery[] = [];
afterEach(async () => {
  for (const delivery of running.splice(0)) await delivery.stop();
});

function setup(startIso: string) {
  let now = Date.parse(startIso);
  const printed: string[] = [];
  const stored = new Map<string, StoredItem>();
  const scheduler = createManualScheduler();
  const delivery = createDelivery({
    db: openDatabase({ path: ':memory:' }),
    config,
    items: { listSince: () => [], get: (id) => stored.get(id) ?? null },
    feeds: { get: () => null },
    platforms: [createConsolePlatform({ out: { write: (chunk: string) => printed.push(chunk) } })],
    clock: { now: () => now },
    logger: silentLogger,
    scheduler,
  });
  running.push(delivery);
  return {
    delivery,
    /** What the poll's commit hook does: the items are stored, then handed over. */
    commit: (items: readonly StoredItem[], committed = true) => {
      if (committed) for (const i of items) stored.set(i.id, i);
      delivery.enqueue(items);
    },
    scheduler,
    output: () => printed.join(''),
    set: (iso: string) => void (now = Date.parse(iso)),
  };
}

const KIDAL = { id: 'k1', title: 'JNIM claims attack near Kidal, killing 12 soldiers' };

describe('delivery in the long-running worker', () => {
  it('prints the console digest when its cron time comes, and not before', async () => {
    const { delivery, scheduler, output, set } = setup('2026-11-20T06:00:00Z');
    delivery.seed([
      {
        platform: 'console',
        channel: 'console',
        kind: 'digest',
        cron: '0 8 * * *',
        timezone: 'Africa/Bamako',
      },
    ]);
    await delivery.process([item({ ...KIDAL, at: Date.parse('2026-11-20T06:00:00Z') })]);
    delivery.start();
    set('2026-11-20T07:59:00Z');
    await scheduler.fire('digests');
    set('2026-11-20T08:00:05Z');
    await scheduler.fire('digests');
    await eventually(() => delivery.outbox.counts().sent === 1);
    expect(output().match(/── #console/g)).toHaveLength(1);
    expect(output()).toContain('JNIM claims attack near Kidal');
  });

  it('prints an alert soon after a poll hands over its new items', async () => {
    const { delivery, output, commit } = setup('2026-11-20T06:00:00Z');
    delivery.seed([{ platform: 'console', channel: 'alerts', kind: 'alert', query: 'Kidal' }]);
    delivery.start();
    commit([item({ ...KIDAL, at: Date.parse('2026-11-20T06:00:00Z') })]);
    await delivery.settled();
    await eventually(() => delivery.outbox.counts().sent === 1);
    expect(output()).toContain('── #alerts (console-1)');
    expect(delivery.outbox.counts()).toMatchObject({ sent: 1, pending: 0 });
  });

  it('files nothing from a poll whose transaction did not commit', async () => {
    const { delivery, commit } = setup('2026-11-20T06:00:00Z');
    delivery.seed([{ platform: 'console', channel: 'alerts', kind: 'alert', query: 'Kidal' }]);
    commit([item({ ...KIDAL, at: Date.parse('2026-11-20T06:00:00Z') })], false);
    await delivery.settled();
    expect(delivery.stories.storyOfItem(KIDAL.id)).toBeNull();
    expect(delivery.outbox.list()).toEqual([]);
  });
});
