import type { ItemStore, PollCommit, PollCommitResult } from '../core/store-ports.js';

export interface CommitBatcher {
  /** Queues a poll's commit; resolves once it is in the database. */
  commit(commit: PollCommit): Promise<PollCommitResult>;
}

interface Entry {
  readonly commit: PollCommit;
  resolve(result: PollCommitResult): void;
  reject(error: unknown): void;
}

/**
 * Groups the commits of polls that finish close together into one transaction: a commit per
 * feed rewrites the same index pages a thousand times a cycle. A batch holds at most
 * `maxItems` items (at least one poll), so one flush never holds the event loop for long.
 * When a batch fails, its polls are retried one by one so one bad poll cannot sink the others.
 */
export function createCommitBatcher(
  items: ItemStore,
  options: {
    readonly maxItems: number;
    readonly within?: (commit: PollCommit, result: PollCommitResult) => void;
  },
): CommitBatcher {
  const queue: Entry[] = [];
  let scheduled = false;

  const takeBatch = (): Entry[] => {
    let size = 0;
    let count = 0;
    while (
      count < queue.length &&
      (count === 0 || size + (queue[count]?.commit.items.length ?? 0) <= options.maxItems)
    ) {
      size += queue[count]?.commit.items.length ?? 0;
      count += 1;
    }
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

  const flush = (): void => {
    scheduled = false;
    const batch = takeBatch();
    if (batch.length === 1 && batch[0]) commitOne(batch[0]);
    else if (batch.length > 1) {
      try {
        const results = items.commitPolls(
          batch.map((e) => e.commit),
          options.within,
        );
        batch.forEach((entry, i) => entry.resolve(results[i] as PollCommitResult));
      } catch {
        batch.forEach(commitOne);
      }
    }
    schedule();
  };

  const schedule = (): void => {
    if (scheduled || queue.length === 0) return;
    scheduled = true;
    setImmediate(flush);
  };

  return {
    commit(commit) {
      return new Promise<PollCommitResult>((resolve, reject) => {
        queue.push({ commit, resolve, reject });
        schedule();
      });
    },
  };
}
