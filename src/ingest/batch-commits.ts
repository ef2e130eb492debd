import type { ItemStore, PollCommit, PollCommitResult } from '../core/store-ports.js';

export interface CommitBatcher {
  /** Queues a poll's commit; resolves once it is in the database. */
  commit(commit: PollCommit): Promise<PollCommitResult>;
}

export interface CommitBatcherOptions {
  /** Most items in one transaction (a batch always takes at least one poll). */
  readonly maxItems: number;
  /**
   * Longest a queued poll waits for others to share its transaction, ms. A batch is written as
   * soon as it holds `maxItems` items, else when the first poll queued has waited this long.
   */
  readonly maxWaitMs: number;
  readonly within?: (commit: PollCommit, result: PollCommitResult) => void;
}

interface Entry {
  readonly commit: PollCommit;
  resolve(result: PollCommitResult): void;
  reject(error: unknown): void;
}

/**
 * Groups the commits of polls that finish close together into one transaction. Each transaction
 * pays a fixed price (its FTS segment, its WAL commit record, the index pages it rewrites), so
 * a cold cycle writes about 20 feeds per transaction instead of one or two. One batch is written
 * per macrotask, so the event loop gets a turn between batches. When a batch fails, its polls
 * are retried one by one so one bad poll cannot sink the others.
 */
export function createCommitBatcher(items: ItemStore, options: CommitBatcherOptions): CommitBatcher {
  const queue: Entry[] = [];
  let queuedItems = 0;
  let timer: NodeJS.Timeout | null = null;
  let immediate: NodeJS.Immediate | null = null;

  const takeBatch = (): Entry[] => {
    let size = 0;
    let count = 0;
    while (count < queue.length) {
      const next = queue[count]?.commit.items.length ?? 0;
      if (count > 0 && size + next > options.maxItems) break;
      size += next;
      count += 1;
    }
    queuedItems -= size;
    return queue.splice(0, count);
  };

  const commitOne = (entry: Entry): void => {
    try {
      const within = options.within;
      entry.resolve(
        items.commitPoll(entry.commit, within ? (r) => within(entry.commit, r) : undefined),
      );
    } catch (error) {
      entry.reject(error);
    }
  };

  const write = (batch: readonly Entry[]): void => {
    if (batch.length === 1 && batch[0]) {
      commitOne(batch[0]);
      return;
    }
    try {
      const results = items.commitPolls(
        batch.map((e) => e.commit),
        options.within,
      );
      batch.forEach((entry, i) => entry.resolve(results[i] as PollCommitResult));
    } catch {
      batch.forEach(commitOne);
    }
  };

  const flush = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    immediate = null;
    if (queue.length > 0) write(takeBatch());
    schedule();
  };

  /** A full batch goes at the next turn of the loop; a partial one waits for company. */
  const schedule = (): void => {
    if (queue.length === 0 || immediate) return;
    if (queuedItems >= options.maxItems) {
      if (timer) clearTimeout(timer);
      timer = null;
      immediate = setImmediate(flush);
    } else {
      timer ??= setTimeout(flush, options.maxWaitMs);
    }
  };

  return {
    commit(commit) {
      return new Promise<PollCommitResult>((resolve, reject) => {
        queue.push({ commit, resolve, reject });
        queuedItems += commit.items.length;
        schedule();
      });
    },
  };
}
