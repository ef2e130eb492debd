import cron, { type ScheduledTask as CronTask } from 'node-cron';
import { AppError, ErrorCode, describeError } from './core/errors.js';
import type { Logger, ScheduledTask, Scheduler } from './core/ports.js';

/**
 * The node-cron implementation of the `Scheduler` port (the only file importing node-cron).
 * Each task runs inside a catch-all that logs, and never overlaps its previous run: node-cron's
 * `noOverlap` skips a tick while the last run is still busy.
 */
export function createCronScheduler(logger: Logger): Scheduler {
  const tasks = new Map<string, CronTask>();

  return {
    schedule(name, expression, timezone, task): ScheduledTask {
      if (!cron.validate(expression)) {
        throw new AppError(ErrorCode.ConfigInvalid, `schedule ${name}: invalid cron expression "${expression}"`);
      }
      tasks.get(name)?.destroy();
      const guarded = async (): Promise<void> => {
        try {
          await task();
        } catch (error) {
          logger.error('scheduled task failed', { task: name, error: describeError(error) });
        }
      };
      const handle = cron.schedule(expression, guarded, { name, timezone, noOverlap: true });
      tasks.set(name, handle);
      let stopped = false;
      return {
        stop() {
          stopped = true;
          void handle.destroy();
          if (tasks.get(name) === handle) tasks.delete(name);
        },
        nextRun() {
          if (stopped) return null;
          return handle.getNextRuns(1)[0]?.getTime() ?? null;
        },
      };
    },
    stopAll() {
      for (const handle of tasks.values()) void handle.destroy();
      tasks.clear();
    },
  };
}
