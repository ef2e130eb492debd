import cron from 'node-cron';

/** Finds the times a cron expression names, in an IANA timezone. */
export interface CronCalendar {
  /**
   * The first time after `after` (epoch ms, exclusive) that `expression` names in `timezone`,
   * looking at most `horizonMs` ahead; null when there is none in that span.
   */
  nextAfter(expression: string, timezone: string, after: number, horizonMs?: number): number | null;
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
