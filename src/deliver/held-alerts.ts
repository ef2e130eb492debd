import { capWindowMs, isQuietAt, type QuietHours } from '../core/alert-limits.js';
import type { Language, Platform } from '../core/config-types.js';
import type {
  AlertSubscription,
  HeldAlert,
  HeldAlertStore,
  OutboxStore,
  RunInTransaction,
  StoryStore,
  SubscriptionStore,
} from '../core/delivery-ports.js';
import type { Message } from '../core/message.js';
import type { Story } from '../core/story.js';

/**
 * Quiet hours and caps of alert subscriptions. `holdReason` decides, when an alert is about to
 * be queued, whether it is held instead; `releaseHeldAlerts` turns what a subscription holds
 * into one catch-up post once its quiet hours are over and its cap allows a post again.
 */

/** Where held alerts are kept, and the timezone quiet hours are read in unless an alert sets one. */
export interface HoldDeps {
  readonly held: HeldAlertStore;
  readonly timezone: string;
}

/**
 * Why a new alert of `subscription` is held at `now` rather than queued, or null to queue it:
 * `quiet` in its quiet hours; while it already holds alerts, the new one joins them (so it is
 * never posted before the catch-up of older ones); `cap` when its alerts and catch-up posts
 * queued within the rolling hour or day have reached the cap. Updates of posted alerts are
 * edits, not posts, and never count.
 */
export function holdReason(
  deps: HoldDeps,
  subscription: AlertSubscription,
  now: number,
): 'quiet' | 'cap' | null {
  if (inQuietHours(deps, subscription, now)) return 'quiet';
  const pending = deps.held.pending(subscription.id);
  if (pending.length > 0) return pending.some((h) => h.reason === 'quiet') ? 'quiet' : 'cap';
  const { cap } = subscription;
  if (cap && deps.held.postsSince(subscription.id, now - capWindowMs(cap)) >= cap.max) return 'cap';
  return null;
}

/**
 * Whether the alert of `storyId` for `subscription` is kept out of the outbox: true when the
 * story was already told in this channel by a catch-up post, or when the subscription must
 * hold it now (it is then held, once per channel: another subscription holding it there
 * already will tell it).
 */
export function holdAlert(
  deps: HoldDeps,
  subscription: AlertSubscription,
  storyId: string,
  now: number,
): boolean {
  const { platform, channel } = subscription;
  const where = deps.held.heldIn(platform, channel, storyId);
  if (where === 'released') return true;
  const reason = holdReason(deps, subscription, now);
  if (reason === null) return false;
  if (where === null) {
    // The range and the alert's own zone are kept with the alert: the catch-up post names
    // them even if an admin changes them.
    const quiet = reason === 'quiet' ? subscription.quiet : undefined;
    const timezone = quiet === undefined ? undefined : subscription.timezone;
    deps.held.hold({
      subscriptionId: subscription.id,
      platform,
      channel,
      storyId,
      reason,
      heldAt: now,
      ...(quiet === undefined ? {} : { quiet }),
      ...(timezone === undefined ? {} : { timezone }),
    });
  }
  return true;
}

/** What one catch-up post is built from (the shape of `src/digest`'s `HeldAlertsInput`). */
export interface CatchUpInput {
  readonly subscription: AlertSubscription;
  readonly stories: readonly Story[];
  readonly reason: 'quiet' | 'cap';
  /**
   * The quiet hours the alerts were held under, with the alert's own zone they were read in
   * (absent: settings.yaml's), as kept with them (distinct, oldest first).
   */
  readonly quiet: readonly { readonly hours: QuietHours; readonly timezone?: string }[];
  readonly locale: Language;
}

export interface ReleaseDeps extends HoldDeps {
  readonly subscriptions: Pick<SubscriptionStore, 'get'>;
  readonly outbox: Pick<OutboxStore, 'enqueue' | 'findAlert'>;
  readonly stories: Pick<StoryStore, 'get'>;
  readonly transaction: RunInTransaction;
  readonly defaultLocale: Language;
  /** Only subscriptions on these platforms are released (as only they alert). */
  readonly platforms: ReadonlySet<Platform>;
  readonly build: (input: CatchUpInput) => Message;
}

/**
 * Queues one catch-up post per subscription whose held alerts may go now, and returns how
 * many. Each subscription is one transaction: the post (`held:<subscription>:<first held id>`)
 * is queued and its held alerts marked released together, so a crash leaves either both or
 * neither, and the outbox then delivers the post exactly as it delivers an alert. A held story
 * already alerted in the channel meanwhile is left out; when none is left, nothing is posted.
 */
export function releaseHeldAlerts(deps: ReleaseDeps, now: number): number {
  let posts = 0;
  for (const subscriptionId of deps.held.countPending().keys()) {
    if (deps.transaction(() => releaseOne(deps, subscriptionId, now))) posts += 1;
  }
  return posts;
}

function releaseOne(deps: ReleaseDeps, subscriptionId: number, now: number): boolean {
  const held = deps.held.pending(subscriptionId);
  const first = held[0];
  if (first === undefined) return false;
  const found = deps.subscriptions.get(subscriptionId);
  if (found?.kind !== 'alert') {
    deps.held.release(ids(held), null, now);
    return false;
  }
  if (!mayPostNow(deps, found, now)) return false;
  const posted = held.filter(
    (h) => deps.outbox.findAlert(found.platform, found.channel, h.storyId) !== null,
  );
  const fresh = held.filter((h) => !posted.includes(h));
  const stories = fresh.flatMap((h) => deps.stories.get(h.storyId)?.story ?? []);
  deps.held.release(ids(posted), null, now);
  if (stories.length === 0) {
    deps.held.release(ids(fresh), null, now);
    return false;
  }
  const locale = found.locale ?? deps.defaultLocale;
  const reason = held.some((h) => h.reason === 'quiet') ? 'quiet' : 'cap';
  const quiet = heldUnder(fresh);
  const message = deps.build({ subscription: found, stories, reason, quiet, locale });
  const queued = deps.outbox.enqueue(
    {
      platform: found.platform,
      channel: found.channel,
      kind: 'notice',
      subscriptionId: found.id,
      storyId: null,
      message: found.pingRole === null ? message : { ...message, ping: { role: found.pingRole } },
      idempotencyKey: `held:${found.id}:${first.id}`,
    },
    now,
  );
  deps.held.release(ids(fresh), queued.id, now);
  return true;
}

/** Running, on a platform this process serves, out of its quiet hours and under its cap. */
function mayPostNow(deps: ReleaseDeps, subscription: AlertSubscription, now: number): boolean {
  if (subscription.paused !== null || !deps.platforms.has(subscription.platform)) return false;
  if (inQuietHours(deps, subscription, now)) return false;
  const { cap } = subscription;
  return !cap || deps.held.postsSince(subscription.id, now - capWindowMs(cap)) < cap.max;
}

/** Whether `now` is in the alert's quiet hours, read in its own zone, else the settings'. */
function inQuietHours(deps: HoldDeps, subscription: AlertSubscription, now: number): boolean {
  const { quiet } = subscription;
  return quiet !== undefined && isQuietAt(quiet, now, subscription.timezone ?? deps.timezone);
}

const ids = (held: readonly HeldAlert[]): number[] => held.map((h) => h.id);

/** The distinct quiet hours and zones kept with held alerts, in the order first held under. */
function heldUnder(held: readonly HeldAlert[]): CatchUpInput['quiet'][number][] {
  const ranges = new Map<string, CatchUpInput['quiet'][number]>();
  for (const { quiet, timezone } of held) {
    if (quiet === undefined) continue;
    const key = `${quiet.from}-${quiet.to} ${timezone ?? ''}`;
    if (!ranges.has(key))
      ranges.set(key, { hours: quiet, ...(timezone === undefined ? {} : { timezone }) });
  }
  return [...ranges.values()];
}
