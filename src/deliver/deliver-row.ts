import type { OutboxRow, OutboxStore } from '../core/delivery-ports.js';
import type { Platform } from '../core/config-types.js';
import type {
  ChatPlatform,
  Clock,
  DeliveryFailure,
  Logger,
  ThreadContext,
} from '../core/ports.js';
import { describeError } from '../core/errors.js';
import type { Result } from '../core/result.js';
import { computeBackoff, type RetryPolicy } from './backoff.js';

/** What sending one row needs; `self` names the worker that claims rows. */
export interface RowContext {
  readonly outbox: OutboxStore;
  readonly platforms: ReadonlyMap<Platform, ChatPlatform>;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly policy: RetryPolicy;
  readonly random: () => number;
  readonly self: string;
}

export type Outcome = 'sent' | 'retried' | 'failed';

export interface RecoveryReport {
  readonly resumed: number;
  readonly unknown: number;
}

/**
 * Takes over `sending` rows whose worker is gone (dead process on this host, or lease over):
 * back to `pending` on an idempotent platform (and for edits), else `unknown` for an operator.
 */
export function recoverSending(
  context: RowContext,
  alive: (owner: string, self: string) => boolean,
): RecoveryReport {
  const { outbox, clock, logger, self } = context;
  let resumed = 0;
  let unknown = 0;
  const now = clock.now();
  for (const row of outbox.listSending()) {
    const platform = context.platforms.get(row.platform);
    if (!platform || row.claimedBy === self) continue;
    const expired = row.leaseUntil !== null && row.leaseUntil <= now;
    if (!expired && row.claimedBy !== null && alive(row.claimedBy, self)) continue;
    if (platform.idempotentSends || row.kind === 'update') {
      if (outbox.recover(row.id, 'pending', null, now)) resumed += 1;
    } else {
      const reason = `interrupted while sending to ${row.platform}, which cannot tell whether it was posted: check channel ${row.channel}`;
      if (outbox.recover(row.id, 'unknown', reason, now)) unknown += 1;
    }
    logger.warn('outbox row taken over after a crash', {
      id: row.id,
      platform: row.platform,
      resumed: platform.idempotentSends,
    });
  }
  return { resumed, unknown };
}

/** Sends (or, for `update` rows, edits) one row; `wait` while the alert to edit is unsent. */
async function attempt(
  outbox: OutboxStore,
  row: OutboxRow,
  platform: ChatPlatform,
): Promise<Result<{ readonly remoteId: string }, DeliveryFailure> | 'wait'> {
  try {
    if (row.kind !== 'update') {
      const thread = threadOf(outbox, row);
      return await platform.send({
        channel: row.channel,
        message: row.message,
        idempotencyKey: row.idempotencyKey,
        ...(thread ? { thread } : {}),
      });
    }
    const original = row.editOf === null ? null : outbox.get(row.editOf);
    if (!platform.canEdit)
      return failure('CANNOT_EDIT', `${platform.name} cannot edit messages`, false);
    if (original?.status === 'pending' || original?.status === 'sending') return 'wait';
    if (!original || original.remoteId === null) {
      return failure(
        'NOT_POSTED',
        `the alert it updates was not posted (${original?.status ?? 'missing'})`,
        false,
      );
    }
    // The parts the latest edit recorded; a retried row may have posted parts it did not record.
    const target = outbox.editTarget(row.id);
    const complete = (target?.complete ?? false) && row.attempts === 1;
    return await platform.edit(row.channel, target?.remoteId ?? original.remoteId, row.message, {
      complete,
      key: original.idempotencyKey,
    });
  } catch (error) {
    return failure('THROWN', describeError(error), true);
  }
}

/** Where an arc's earlier posts in the row's channel are, for platforms that thread them. */
function threadOf(outbox: OutboxStore, row: OutboxRow): ThreadContext | null {
  const arc = row.message.arc;
  if (row.kind !== 'alert' || arc === undefined) return null;
  const posts = outbox.arcPosts(row.platform, row.channel, arc.id);
  return {
    arcId: arc.id,
    title: arc.title,
    root: posts[0]?.remoteId ?? null,
    previous: posts.at(-1)?.remoteId ?? null,
  };
}

/**
 * Sends one claimed row and records the outcome: `sent` with the remote id, `pending` again
 * after a backoff for a retryable failure with attempts left, else `failed` with the reason.
 */
export async function deliverRow(context: RowContext, row: OutboxRow): Promise<Outcome> {
  const { outbox, clock, logger, policy, random, self } = context;
  const platform = context.platforms.get(row.platform);
  const result = platform
    ? await attempt(outbox, row, platform)
    : failure('NO_PLATFORM', `platform ${row.platform} is not configured`, false);
  const now = clock.now();
  if (result === 'wait') {
    outbox.reschedule(row.id, self, now + policy.baseMs, 'waiting for the alert it updates', now);
    return 'retried';
  }
  if (result.ok) {
    if (!outbox.markSent(row.id, self, result.value.remoteId, now)) {
      logger.warn('outbox row was taken over before its send was recorded', { id: row.id });
    }
    logger.debug('outbox row sent', {
      id: row.id,
      platform: row.platform,
      remoteId: result.value.remoteId,
    });
    return 'sent';
  }
  const reason = `${result.error.code}: ${result.error.message}`;
  if (result.error.retryable && row.attempts < policy.maxAttempts) {
    const delay = computeBackoff(row.attempts, policy, random, result.error.retryAfterMs);
    outbox.reschedule(row.id, self, now + delay, reason, now);
    logger.warn('outbox send failed, will retry', {
      id: row.id,
      attempt: row.attempts,
      delayMs: delay,
      reason,
    });
    return 'retried';
  }
  const final = result.error.retryable
    ? `${reason} (gave up after ${row.attempts} attempts)`
    : reason;
  outbox.markFailed(row.id, self, final, now);
  logger.error('outbox send failed', { id: row.id, platform: row.platform, reason: final });
  return 'failed';
}

function failure(
  code: string,
  message: string,
  retryable: boolean,
): Result<never, DeliveryFailure> {
  return { ok: false, error: { code, message, retryable } };
}
