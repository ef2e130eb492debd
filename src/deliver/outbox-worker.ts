import type { OutboxStore } from '../core/delivery-ports.js';
import type { Platform } from '../core/config-types.js';
import type { ChatPlatform, Clock, Logger } from '../core/ports.js';
import { describeError } from '../core/errors.js';
import { defaultRetryPolicy, type RetryPolicy } from './backoff.js';
import { deliverRow, recoverSending, type RecoveryReport, type RowContext } from './deliver-row.js';

export type { RecoveryReport } from './deliver-row.js';
import { createWorkerId, isWorkerAlive } from './worker-identity.js';

/**
 * The outbox worker: claims due `pending` rows, sends them through their platform, records the
 * platform's message id, retries retryable failures with exponential backoff and jitter, and
 * marks the others `failed` with a one-line reason.
 *
 * Crash recovery. A row is `sending` from its claim until the result is recorded, so a crash
 * in between leaves it there. When its worker is gone (a dead process on this host, or an
 * expired lease), recovery decides:
 * - on a platform with idempotent sends (Discord: nonce + enforce_nonce), and for edits, which
 *   are idempotent anyway, the row goes back to `pending` and is sent again with the same
 *   idempotency key: the platform returns the message it already posted instead of a second one;
 * - on a platform without them (Slack's chat.postMessage has no idempotency key), the row becomes
 *   `unknown`: it may or may not have been posted, and an operator looking at the channel can
 *   tell; a lost message is recoverable by hand, a double post in a busy channel is not undone.
 */
export interface OutboxWorker {
  /** Takes over `sending` rows whose worker is gone; see the crash-recovery rules above. */
  recover(): RecoveryReport;
  /**
   * Sends every due row. With `waitForRetriesMs`, also waits for retries falling due within
   * that many milliseconds (for `once`, which exits afterwards).
   */
  drain(options?: { readonly waitForRetriesMs?: number }): Promise<DrainReport>;
  /** Keeps draining in the background until `stop`; `kick` wakes it for new rows. */
  start(): void;
  kick(): void;
  stop(): Promise<void>;
}

export interface DrainReport {
  readonly sent: number;
  readonly retried: number;
  readonly failed: number;
}

export interface OutboxWorkerDeps {
  readonly outbox: OutboxStore;
  readonly platforms: readonly ChatPlatform[];
  readonly clock: Clock;
  readonly logger: Logger;
  readonly retry?: RetryPolicy;
  /** How long a claim protects a row from other workers; longer than any send. Default 2 min. */
  readonly leaseMs?: number;
  /** Longest idle wait of the background loop between checks. Default 5 s. */
  readonly idleMs?: number;
  /** This worker's name; default `host:pid:nonce`. */
  readonly workerId?: string;
  readonly isWorkerAlive?: (owner: string, self: string) => boolean;
  readonly random?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Creates the outbox worker for the given platforms (rows of other platforms are left alone). */
export function createOutboxWorker(deps: OutboxWorkerDeps): OutboxWorker {
  const { outbox, clock, logger } = deps;
  const policy = deps.retry ?? defaultRetryPolicy;
  const leaseMs = deps.leaseMs ?? 120_000;
  const self = deps.workerId ?? createWorkerId();
  const alive = deps.isWorkerAlive ?? isWorkerAlive;
  const random = deps.random ?? Math.random;
  const sleep =
    deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const byName = new Map<Platform, ChatPlatform>(deps.platforms.map((p) => [p.name, p]));
  const names = [...byName.keys()];
  let queue: Promise<unknown> = Promise.resolve();

  const context: RowContext = { outbox, platforms: byName, clock, logger, policy, random, self };
  const recover = (): RecoveryReport => recoverSending(context, alive);

  async function drainOnce(waitForRetriesMs: number): Promise<DrainReport> {
    const counts = { sent: 0, retried: 0, failed: 0 };
    recover();
    const deadline = clock.now() + waitForRetriesMs;
    for (;;) {
      const row = outbox.claimNext(clock.now(), self, leaseMs, names);
      if (row) {
        counts[await deliverRow(context, row)] += 1;
        continue;
      }
      const next = outbox.nextDueAt(names);
      if (next === null || next > deadline) return counts;
      await sleep(Math.max(0, next - clock.now()));
    }
  }

  /** Drains never overlap: a call made while one runs starts when it ends. */
  function drain(options: { readonly waitForRetriesMs?: number } = {}): Promise<DrainReport> {
    const run = queue.then(() => drainOnce(options.waitForRetriesMs ?? 0));
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    recover,
    drain,
    ...createLoop({ drain, outbox, names, clock, logger, idleMs: deps.idleMs ?? 5_000 }),
  };
}

interface LoopDeps {
  readonly drain: () => Promise<DrainReport>;
  readonly outbox: OutboxStore;
  readonly names: readonly Platform[];
  readonly clock: Clock;
  readonly logger: Logger;
  readonly idleMs: number;
}

/** The background loop of `run`: drain, then sleep until the next due row, a kick, or idleMs. */
function createLoop(deps: LoopDeps): Pick<OutboxWorker, 'start' | 'kick' | 'stop'> {
  let running: Promise<void> | null = null;
  let stopped = false;
  let wake: (() => void) | null = null;
  let timer: NodeJS.Timeout | null = null;

  const kick = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    wake?.();
    wake = null;
  };

  async function loop(): Promise<void> {
    while (!stopped) {
      try {
        await deps.drain();
      } catch (error) {
        deps.logger.error('outbox drain failed', { error: describeError(error) });
      }
      if (stopped) break;
      const next = deps.outbox.nextDueAt(deps.names);
      const wait =
        next === null ? deps.idleMs : Math.min(deps.idleMs, Math.max(0, next - deps.clock.now()));
      await new Promise<void>((resolve) => {
        wake = resolve;
        timer = setTimeout(kick, wait);
      });
    }
  }

  return {
    start() {
      if (running) return;
      stopped = false;
      running = loop();
    },
    kick,
    async stop() {
      stopped = true;
      kick();
      await running;
      running = null;
    },
  };
}
