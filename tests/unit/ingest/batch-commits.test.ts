import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ItemStore, PollCommit, PollCommitResult } from '../../../src/core/store-ports.js';
import { createCommitBatcher } from '../../../src/ingest/batch-commits.js';
import { item } from '../store/helpers.js';

/** An item store that records the polls of each transaction. */
function recordingStore(failFeed?: string): { store: ItemStore; transactions: string[][] } {
  const transactions: string[][] = [];
  const result = (c: PollCommit): PollCommitResult => {
    if (c.feedId === failFeed) throw new Error(`cannot store ${c.feedId}`);
    return { newItems: [], backfilled: [], known: c.items.length };
  };
  const store = {
    commitPoll: (c: PollCommit) => {
      const r = result(c);
      transactions.push([c.feedId]);
      return r;
    },
    commitPolls: (cs: readonly PollCommit[]) => {
      const rs = cs.map(result);
      transactions.push(cs.map((c) => c.feedId));
      return rs;
    },
  } as unknown as ItemStore;
  return { store, transactions };
}

const poll = (feedId: string, items: number): PollCommit => ({
  feedId,
  items: Array.from({ length: items }, (_, i) => ({ item: item(feedId, `${feedId}-${i}`), matches: [] })),
  seed: null,
  state: {},
  now: 0,
});

afterEach(() => vi.useRealTimers());

describe('createCommitBatcher', () => {
  it('waits for company up to maxWaitMs, then writes what came in one transaction', async () => {
    vi.useFakeTimers();
    const { store, transactions } = recordingStore();
    const batcher = createCommitBatcher(store, { maxItems: 100, maxWaitMs: 20 });
    const first = batcher.commit(poll('a', 10));
    await vi.advanceTimersByTimeAsync(15);
    const second = batcher.commit(poll('b', 10));
    expect(transactions).toEqual([]);
    await vi.advanceTimersByTimeAsync(5);
    await Promise.all([first, second]);
    expect(transactions).toEqual([['a', 'b']]);
  });

  it('writes a full batch at once, at most maxItems items per transaction', async () => {
    vi.useFakeTimers();
    const { store, transactions } = recordingStore();
    const batcher = createCommitBatcher(store, { maxItems: 100, maxWaitMs: 1000 });
    const done = ['a', 'b', 'c', 'd', 'e'].map((id) => batcher.commit(poll(id, 40)));
    await vi.advanceTimersByTimeAsync(1);
    // Two full batches go without waiting; the 40 items left wait for company.
    expect(transactions).toEqual([['a', 'b'], ['c', 'd']]);
    await vi.advanceTimersByTimeAsync(1000);
    await Promise.all(done);
    expect(transactions).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('gives a poll larger than maxItems a transaction of its own', async () => {
    const { store, transactions } = recordingStore();
    const batcher = createCommitBatcher(store, { maxItems: 10, maxWaitMs: 5 });
    await Promise.all([batcher.commit(poll('big', 50)), batcher.commit(poll('small', 1))]);
    expect(transactions).toEqual([['big'], ['small']]);
  });

  it('retries a failed batch poll by poll, so only the bad poll fails', async () => {
    const { store, transactions } = recordingStore('bad');
    const batcher = createCommitBatcher(store, { maxItems: 100, maxWaitMs: 5 });
    const results = await Promise.allSettled([
      batcher.commit(poll('a', 1)),
      batcher.commit(poll('bad', 1)),
      batcher.commit(poll('c', 1)),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(transactions).toEqual([['a'], ['c']]);
  });
});
