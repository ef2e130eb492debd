import type { Migration } from './migration.js';

/**
 * Quiet hours and a cap per alert subscription (`subscriptions.quiet` as `22:00-07:00`,
 * `subscriptions.cap` as `6/h` or `20/d`; null for none), and `held_alerts`: the alerts a
 * subscription held back during its quiet hours or over its cap. A held alert is released
 * once, in one catch-up post: `outbox_id` names that post's outbox row and `released_at` is set
 * in the same transaction that queues it, so a restart neither loses nor repeats one. A held
 * alert whose story was posted in the channel meanwhile is released with no outbox row.
 */
export const migration012: Migration = {
  version: 12,
  name: 'alert-limits',
  up(db) {
    db.exec(`
      ALTER TABLE subscriptions ADD COLUMN quiet TEXT;
      ALTER TABLE subscriptions ADD COLUMN cap TEXT;
      CREATE TABLE held_alerts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
        platform TEXT NOT NULL,
        channel TEXT NOT NULL,
        story_id TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (reason IN ('quiet', 'cap')),
        held_at INTEGER NOT NULL,
        released_at INTEGER,
        outbox_id INTEGER,
        UNIQUE (subscription_id, story_id)
      );
      CREATE INDEX held_alerts_pending ON held_alerts (subscription_id) WHERE released_at IS NULL;
      CREATE INDEX held_alerts_story ON held_alerts (platform, channel, story_id);
    `);
  },
};
