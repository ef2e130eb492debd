import { describe, expect, it } from 'vitest';
import { createOnePerTurn } from '../../../src/ingest/one-per-turn.js';

describe('createOnePerTurn', () => {
  it('runs a burst of jobs in order, letting due timers run between them', async () => {
    const turns = createOnePerTurn();
    const events: string[] = [];
    const busy = (ms: number) => {
      const until = Date.now() + ms;
      while (Date.now() < until) {
        // a job that holds the thread, like matching a feed
      }
    };
    const jobs = [1, 2, 3].map((n) =>
      turns.run(() => {
        // The first job arms a timer, due by the time it ends (it holds the thread for 5 ms).
        if (n === 1) setTimeout(() => events.push('timer'), 0);
        busy(5);
        events.push(`job ${n}`);
        return n;
      }),
    );
    await expect(Promise.all(jobs)).resolves.toEqual([1, 2, 3]);
    // Run back to back, all three would finish before the timer; one per turn lets it in.
    expect(events).toEqual(['job 1', 'timer', 'job 2', 'job 3']);
  });

  it('rejects only the job that throws', async () => {
    const turns = createOnePerTurn();
    const results = await Promise.allSettled([
      turns.run(() => 'a'),
      turns.run(() => {
        throw new Error('bad feed');
      }),
      turns.run(() => 'c'),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});
