import type { App } from '../app.js';
import type { Language, Platform } from '../core/config-types.js';
import type { Subscription } from '../core/delivery-ports.js';
import type { Message } from '../core/message.js';
import { pauseLostChannel } from '../pipeline/pause-lost-channel.js';
import { createSqliteAdminStore } from '../store/sqlite-admin-store.js';
import { createSqliteOutboxStore } from '../store/sqlite-outbox-store.js';
import { createSqliteSubscriptionStore } from '../store/sqlite-subscription-store.js';

/**
 * What a platform's `onChannelLost` hook does in a wired app: pauses the channel's
 * subscriptions with the platform's reason and tells the admin channel (see `pauseLostChannel`),
 * the notice worded by the platform.
 */
export function reportLostChannel(
  app: App,
  platform: Platform,
  lost: { readonly channel: string; readonly reason: string },
  notice: (paused: readonly Subscription[], locale: Language) => Message,
): void {
  const db = app.store.db;
  pauseLostChannel(
    {
      subscriptions: createSqliteSubscriptionStore({ db, clock: app.clock }),
      outbox: createSqliteOutboxStore(db),
      admin: createSqliteAdminStore(db),
      clock: app.clock,
      logger: app.logger,
      defaultLocale: app.config.settings.locale,
    },
    { platform, ...lost },
    notice,
  );
}
