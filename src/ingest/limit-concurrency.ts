/** Runs tasks with at most `global` at once overall and `perKey` at once for one key (a host). */
export interface Limiter {
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
  /** Tasks running now; for tests and metrics. */
  active(): number;
}

interface Waiting {
  readonly key: string;
  readonly start: () => void;
}

/**
 * A FIFO queue with a global and a per-key limit. A task waiting on a busy host does not block
 * tasks for other hosts behind it.
 */
export function createLimiter(limits: { readonly global: number; readonly perKey: number }): Limiter {
  const global = Math.max(1, limits.global);
  const perKey = Math.max(1, limits.perKey);
  const perKeyActive = new Map<string, number>();
  const queue: Waiting[] = [];
  let running = 0;

  const canStart = (key: string): boolean => running < global && (perKeyActive.get(key) ?? 0) < perKey;

  const acquire = (key: string): void => {
    running += 1;
    perKeyActive.set(key, (perKeyActive.get(key) ?? 0) + 1);
  };

  const release = (key: string): void => {
    running -= 1;
    const left = (perKeyActive.get(key) ?? 1) - 1;
    if (left === 0) perKeyActive.delete(key);
    else perKeyActive.set(key, left);
    for (let i = 0; i < queue.length && running < global; i += 1) {
      const next = queue[i];
      if (next !== undefined && canStart(next.key)) {
        queue.splice(i, 1);
        i -= 1;
        acquire(next.key);
        next.start();
      }
    }
  };

  return {
    run<T>(key: string, task: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const start = (): void => {
          Promise.resolve()
            .then(task)
            .then(
              (value) => {
                release(key);
                resolve(value);
              },
              (error: unknown) => {
                release(key);
                reject(error);
              },
            );
        };
        if (canStart(key)) {
          acquire(key);
          start();
        } else {
          queue.push({ key, start });
        }
      });
    },
    active: () => running,
  };
}
