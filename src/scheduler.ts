import cron, { type ScheduledTask as CronTask } from 'node-cron';
import { AppError, ErrorCode, describeError } from './core/errors.js';
import type { CronCalendar, Logger, ScheduledTask, Scheduler } from './core/ports.js';

/**
 * The node-cron implementation of the `Scheduler` port. This file is the only one that loads
 * node-cron: the scheduler, the cron calendar and cron validation all use its one parser.
 * Each task runs inside a catch-all that logs, and never overlaps its previous run: node-cron's
 * `noOverlap` skips a tick while the last run is still busy.
 */
export function createCronScheduler(logger: Logger): Scheduler {
  const tasks = new Map<string, CronTask>();

  return {
    schedule(name, expression, timezone, task): ScheduledTask {
      if (!cron.validate(expression)) {
        throw new AppError(
          ErrorCode.ConfigInvalid,
          `schedule ${name}: invalid cron expression "${expression}"`,
        );
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

/** Checks a cron expression with node-cron's own parser; `reason` says what is wrong. */
export function checkCronExpression(
  expression: string,
): { valid: true } | { valid: false; reason?: string } {
  const result = cron.validateDetailed(expression);
  if (result.valid) return { valid: true };
  const reason = result.errors[0]?.message;
  return reason === undefined ? { valid: false } : { valid: false, reason };
}

const MINUTE = 60_000;
const DEFAULT_HORIZON = 32 * 24 * 60 * MINUTE;

/**
 * A `CronCalendar` that asks node-cron itself whether each minute matches, so "due" here means
 * exactly what the scheduler fires on (ranges, steps, names, `L`, `#`, timezones and DST).
 * Answers are cached per (expression, timezone, after): a scheduler tick asks the same question
 * every minute until the time comes.
 */
export function createCronCalendar(): CronCalendar {
  const cache = new Map<string, number | null>();
  return {
    nextAfter(expression, timezone, after, horizonMs = DEFAULT_HORIZON) {
      const key = `${expression}\u0000${timezone}\u0000${after}\u0000${horizonMs}`;
      if (cache.has(key)) return cache.get(key) ?? null;
      const found = scan(expression, timezone, after, horizonMs);
      if (cache.size > 1_000) cache.clear();
      cache.set(key, found);
      return found;
    },
  };
}

function scan(
  expression: string,
  timezone: string,
  after: number,
  horizonMs: number,
): number | null {
  const task = cron.createTask(expression, () => undefined, { timezone });
  try {
    const second = cron.parse(expression).second[0] ?? 0;
    let t = Math.floor(after / MINUTE) * MINUTE + second * 1000;
    if (t <= after) t += MINUTE;
    for (const end = after + horizonMs; t <= end; t += MINUTE) {
      if (task.match(new Date(t))) return t;
    }
    return null;
  } finally {
    void task.destroy();
  }
}
