import type { Config, Platform } from '../core/config-types.js';
import type {
  DigestSubscription,
  DigestWindow,
  OutboxStore,
  RunInTransaction,
  StoredStory,
  StoryStore,
  SubscriptionStore,
} from '../core/delivery-ports.js';
import { describeError } from '../core/errors.js';
import type { Clock, Logger } from '../core/ports.js';
import type { CronCalendar } from '../core/ports.js';
import type { MessageBuilders } from './message-builders.js';

export interface DigestDeps {
  readonly config: Pick<Config, 'settings'>;
  readonly stories: StoryStore;
  readonly subscriptions: SubscriptionStore;
  readonly outbox: OutboxStore;
  readonly transaction: RunInTransaction;
  readonly calendar: CronCalendar;
  readonly messages: MessageBuilders;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Only subscriptions on these platforms get digests. */
  readonly platforms: ReadonlySet<Platform>;
}

export interface DigestRun {
  readonly subscriptionId: number;
  readonly window: DigestWindow;
  readonly stories: number;
}

const DAY = 86_400_000;

/**
 * Builds the digest of every digest subscription whose cron time has come since its last digest
 * (or since it was created), and queues it as `digest:<subscription>:<to>`. The window is
 * (last digest's `to`, now]; its stories are chosen by story sequence, not by clock, and the
 * window is recorded in the same transaction as the outbox row, so consecutive windows never
 * skip or repeat a story, even across processes. The first window reaches back one day. One
 * subscription's failure is logged and never stops the others. A paused subscription is skipped
 * and its window not advanced: the first digest after a resume is due at once and holds the
 * stories of the pause (the best of them, up to the digest's size).
 */
export function runDueDigests(deps: DigestDeps): DigestRun[] {
  const runs: DigestRun[] = [];
  for (const subscription of deps.subscriptions.list({ kind: 'digest' })) {
    if (subscription.kind !== 'digest' || !deps.platforms.has(subscription.platform)) continue;
    if (subscription.paused !== null) continue;
    try {
      const run = runIfDue(deps, subscription);
      if (run) runs.push(run);
    } catch (error) {
      deps.logger.error('digest failed', {
        subscription: subscription.id,
        error: describeError(error),
      });
    }
  }
  return runs;
}

/** The time a subscription's next digest falls due, or null when none within a month. */
export function nextDigestDue(
  deps: Pick<DigestDeps, 'subscriptions' | 'calendar'>,
  subscription: DigestSubscription,
): number | null {
  const last = deps.subscriptions.lastDigest(subscription.id);
  return deps.calendar.nextAfter(
    subscription.cron,
    subscription.timezone,
    last?.to ?? subscription.createdAt,
  );
}

function runIfDue(deps: DigestDeps, subscription: DigestSubscription): DigestRun | null {
  const now = deps.clock.now();
  const due = nextDigestDue(deps, subscription);
  if (due === null || due > now) return null;
  return deps.transaction(() => {
    const last = deps.subscriptions.lastDigest(subscription.id);
    // Another process may have built this digest between the check above and this transaction.
    if (last !== null && last.to >= due) return null;
    const toSeq = deps.stories.maxSeq();
    const from = last?.to ?? now - DAY;
    const stored = last
      ? deps.stories.listBySeq(last.toSeq, toSeq)
      : deps.stories.listSeenBetween(from, now).filter((s) => s.seq <= toSeq);
    const fromSeq = last?.toSeq ?? firstSeq(stored, toSeq);
    const { settings } = deps.config;
    const message = deps.messages.digest({
      stories: stored.map((s) => s.story),
      window: { from, to: now },
      timezone: subscription.timezone,
      locale: subscription.locale ?? settings.locale,
      size: subscription.size ?? settings.digest.size,
      empty: subscription.empty ?? settings.digest.empty,
    });
    const outboxId = message
      ? deps.outbox.enqueue(
          {
            platform: subscription.platform,
            channel: subscription.channel,
            kind: 'digest',
            subscriptionId: subscription.id,
            storyId: null,
            message,
            idempotencyKey: `digest:${subscription.id}:${now}`,
          },
          now,
        ).id
      : null;
    const window: DigestWindow = {
      subscriptionId: subscription.id,
      from,
      to: now,
      fromSeq,
      toSeq,
      outboxId,
    };
    deps.subscriptions.recordDigest(window);
    return { subscriptionId: subscription.id, window, stories: stored.length };
  });
}

function firstSeq(stored: readonly StoredStory[], toSeq: number): number {
  const first = stored[0];
  return first === undefined ? toSeq : first.seq - 1;
}
