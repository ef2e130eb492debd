import type { Migration } from './migration.js';

/**
 * Paused subscriptions: when a platform says the bot lost a channel (Discord 403/404, Slack
 * `channel_not_found`, `not_in_channel`, `is_archived`), every subscription of that channel is
 * paused with the platform's reason and the time, so alerts and digests stop failing one by one
 * until an admin resumes them. Both columns are null while a subscription runs. Config seeding
 * never touches them, so a restart keeps a pause.
 */
export const migration006: Migration = {
  version: 6,
  name: 'subscription-pause',
  up(db) {
    db.exec(`
      ALTER TABLE subscriptions ADD COLUMN paused_reason TEXT;
      ALTER TABLE subscriptions ADD COLUMN paused_at INTEGER;
    `);
  },
};
