import { describe, expect, it } from 'vitest';
import { createLimiter } from '../../../src/ingest/limit-concurrency.js';

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('createLimiter', () => {
  it('runs at most perKey tasks of one key and global tasks overall', async () => {
    const limiter = createLimiter({ global: 3, perKey: 2 });
    const gates: (() => void)[] = [];
    const running = new Map<string, number>();
    const peaks = new Map<string, number>();
    let peakAll = 0;
    const task = (key: string) =>
      limiter.run(key, async () => {
        running.set(key, (running.get(key) ?? 0) + 1);
        peaks.set(key, Math.max(peaks.get(key) ?? 0, running.get(key) ?? 0));
        peakAll = Math.max(peakAll, limiter.active());
        await new Promise<void>((resolve) => gates.push(resolve));
        running.set(key, (running.get(key) ?? 1) - 1);
        return key;
      });
    const all = Promise.all(['a', 'a', 'a', 'a', 'b', 'b', 'c'].map(task));
    for (let i = 0; i < 20; i += 1) {
      await tick();
      gates.shift()?.();
    }
    expect(await all).toEqual(['a', 'a', 'a', 'a', 'b', 'b', 'c']);
    expect(peaks.get('a')).toBe(2);
    expect(peakAll).toBe(3);
  });

  it('lets a task for an idle host pass tasks waiting on a busy one', async () => {
    const limiter = createLimiter({ global: 4, perKey: 1 });
    const order: string[] = [];
    let release: () => void = () => undefined;
    const blocker = limiter.run('busy', () => new Promise<void>((resolve) => (release = resolve)));
    const waiting = limiter.run('busy', async () => void order.push('busy-2'));
    const other = limiter.run('idle', async () => void order.push('idle'));
    await other;
    expect(order).toEqual(['idle']);
    release();
    await Promise.all([blocker, waiting]);
    expect(order).toEqual(['idle', 'busy-2']);
  });

  it('frees the slot when a task fails', async () => {
    const limiter = createLimiter({ global: 1, perKey: 1 });
    await expect(limiter.run('a', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limiter.run('a', async () => 'next')).toBe('next');
    expect(limiter.active()).toBe(0);
  });
});
