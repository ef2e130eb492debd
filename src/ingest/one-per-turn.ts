/**
 * Runs queued jobs one per turn of the event loop, in order. Results from a worker pool arrive
 * in bursts (every parsed feed that finished while the main thread was busy); matching a burst
 * of 30 feeds in one go held the event loop for 150–200 ms. One feed per turn lets timers and
 * I/O (a command's answer) in between, at the price of a `setImmediate` per job.
 */
export interface OnePerTurn {
  run<T>(job: () => T): Promise<T>;
}

export function createOnePerTurn(): OnePerTurn {
  const queue: (() => void)[] = [];
  let scheduled = false;

  const next = (): void => {
    const job = queue.shift();
    if (queue.length > 0) setImmediate(next);
    else scheduled = false;
    job?.();
  };

  return {
    run(job) {
      return new Promise((resolve, reject) => {
        queue.push(() => {
          try {
            resolve(job());
          } catch (error) {
            reject(error);
          }
        });
        if (!scheduled) {
          scheduled = true;
          setImmediate(next);
        }
      });
    },
  };
}
