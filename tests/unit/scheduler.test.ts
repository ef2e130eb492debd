import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../../src/core/ports.js';
import { silentLogger } from '../../src/core/ports.js';
import { createCronScheduler } from '../../src/scheduler.js';

afterEach(() => vi.useRealTimers());

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('createCronScheduler', () => {
  it('refuses an invalid cron expression with a reason naming the schedule', () => {
    const scheduler = createCronScheduler(silentLogger);
    expect(() => scheduler.schedule('poll', 'every minute', 'UTC', async () => undefined)).toThrow(
      'schedule poll: invalid cron expression "every minute"',
    );
  });

  it('reports the next run and null once stopped', () => {
    vi.useFakeTimers({ now: Date.UTC(2025, 10, 3, 8, 0, 30) });
    const scheduler = createCronScheduler(silentLogger);
    const task = scheduler.schedule('digest', '0 8 * * *', 'Africa/Bamako', async () => undefined);
    expect(task.nextRun()).toBe(Date.UTC(2025, 10, 4, 8, 0, 0));
    task.stop();
    expect(task.nextRun()).toBeNull();
    scheduler.stopAll();
  });

  it('never starts a run while the previous one is still busy, and logs a failing run', async () => {
    const errors: unknown[] = [];
    const logger: Logger = { ...silentLogger, error: (_msg, meta) => void errors.push(meta), child: () => logger };
    const scheduler = createCronScheduler(logger);
    let running = 0;
    let maxRunning = 0;
    let runs = 0;
    scheduler.schedule('poll', '* * * * * *', 'UTC', async () => {
      running += 1;
      runs += 1;
      maxRunning = Math.max(maxRunning, running);
      await sleep(2500);
      running -= 1;
      throw new Error('feed store unavailable');
    });
    await sleep(4200);
    scheduler.stopAll();
    expect(runs).toBeGreaterThanOrEqual(1);
    expect(runs).toBeLessThanOrEqual(2);
    expect(maxRunning).toBe(1);
    await sleep(1000);
    expect(errors).toContainEqual({ task: 'poll', error: 'feed store unavailable' });
  }, 10_000);
});
