/** How often and how patiently a failed send is retried. */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  /** Delay before the second attempt; doubles with each further one. */
  readonly baseMs: number;
  /** Ceiling of the delay before jitter. */
  readonly maxMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 6, baseMs: 2_000, maxMs: 5 * 60_000 };

/**
 * The wait before the next attempt after `attempt` attempts have failed: exponential, capped,
 * with "equal jitter" (half fixed, half random) so that rows failing together do not retry in
 * lock-step; never shorter than the platform's own `retryAfterMs`.
 */
export function computeBackoff(
  attempt: number,
  policy: RetryPolicy,
  random: () => number,
  retryAfterMs?: number,
): number {
  const exponential = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.round(exponential / 2 + (random() * exponential) / 2);
  return Math.max(jittered, retryAfterMs ?? 0);
}
