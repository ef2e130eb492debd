import type { Language, Platform } from '../core/config-types.js';
import type { OutboxStore, Subscription, SubscriptionStore } from '../core/delivery-ports.js';
import type { Message } from '../core/message.js';
import type { Clock, Logger } from '../core/ports.js';
import type { AdminStore } from '../store/sqlite-admin-store.js';

export interface PauseLostChannelDeps {
  readonly subscriptions: Pick<SubscriptionStore, 'pause' | 'list'>;
  readonly outbox: Pick<OutboxStore, 'enqueue'>;
  readonly admin: Pick<AdminStore, 'adminChannel' | 'channelSettings'>;
  readonly clock: Clock;
  readonly logger: Logger;
  /** The settings' language, for an admin channel that sets none. */
  readonly defaultLocale: Language;
}

/** A channel a platform says the bot lost, and the platform's one-line reason. */
export interface LostChannel {
  readonly platform: Platform;
  readonly channel: string;
  readonly reason: string;
}

/** What happened: the subscriptions paused now, and whether an admin notice was queued. */
export interface PauseReport {
  readonly paused: readonly Subscription[];
  readonly noticed: boolean;
}

/**
 * The one place both platforms go when the bot loses a channel: every running subscription of
 * the channel is paused with the platform's reason, the loss is logged, and the platform's admin
 * channel gets a notice (worded by the platform, told which subscriptions were paused). Never a
 * silent stop: without an admin channel, or when the lost channel is the admin channel, the log
 * line is all there is. Rows queued before the pause keep failing one by one; they find the
 * channel already paused, so they add no notice. A channel without subscriptions (a notice row,
 * a removed subscription's row) still gets one notice a day, as before pauses existed.
 */
export function pauseLostChannel(
  deps: PauseLostChannelDeps,
  lost: LostChannel,
  notice: (paused: readonly Subscription[], locale: Language) => Message,
): PauseReport {
  const now = deps.clock.now();
  const paused = deps.subscriptions.pause(lost.platform, lost.channel, lost.reason, now);
  const adminChannel = deps.admin.adminChannel(lost.platform);
  deps.logger.error(`${lost.platform} channel lost`, {
    channel: lost.channel,
    reason: lost.reason,
    paused: paused.map((s) => s.id),
    adminChannel,
  });
  if (adminChannel === null || adminChannel === lost.channel) return { paused, noticed: false };
  const known = deps.subscriptions.list({ platform: lost.platform, channel: lost.channel });
  // Already paused earlier: that pause had its notice.
  if (paused.length === 0 && known.length > 0) return { paused, noticed: false };
  const day = new Date(now).toISOString().slice(0, 10);
  const locale =
    deps.admin.channelSettings(lost.platform, adminChannel).locale ?? deps.defaultLocale;
  const key =
    paused.length > 0
      ? `channel-lost:${lost.platform}:${lost.channel}:paused:${now}`
      : `channel-lost:${lost.platform}:${lost.channel}:${day}`;
  const row = deps.outbox.enqueue(
    {
      platform: lost.platform,
      channel: adminChannel,
      kind: 'notice',
      subscriptionId: null,
      storyId: null,
      message: notice(paused, locale),
      idempotencyKey: key,
    },
    now,
  );
  return { paused, noticed: row.inserted };
}
