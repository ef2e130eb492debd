import type { Migration } from './migration.js';

/**
 * Stories and their sources, subscriptions with their digest windows, and the outbox.
 * `story_items` copies what a story card shows of each source (no foreign key to `items`), so
 * pruning old items never breaks a story still being shown. Times are epoch milliseconds.
 */
export const migration002: Migration = {
  version: 2,
  name: 'stories-delivery',
  up(db) {
    db.exec(`
      CREATE TABLE stories (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        first_seen_at INTEGER NOT NULL,
        last_seen_at INTEGER NOT NULL,
        lead_item_id TEXT NOT NULL,
        title TEXT NOT NULL,
        url TEXT,
        summary TEXT NOT NULL,
        summaries TEXT NOT NULL DEFAULT '{}',
        lang TEXT NOT NULL,
        tags TEXT NOT NULL,
        entities TEXT NOT NULL,
        countries TEXT NOT NULL,
        signature TEXT NOT NULL
      );
      CREATE INDEX stories_last_seen ON stories (last_seen_at);
      CREATE INDEX stories_first_seen ON stories (first_seen_at);

      CREATE TABLE story_items (
        story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        item_id TEXT NOT NULL UNIQUE,
        position INTEGER NOT NULL,
        feed_id TEXT NOT NULL,
        outlet TEXT NOT NULL,
        url TEXT,
        title TEXT NOT NULL,
        lang TEXT NOT NULL,
        tier INTEGER NOT NULL,
        published_at INTEGER NOT NULL,
        PRIMARY KEY (story_id, item_id)
      );

      CREATE TABLE subscriptions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        platform TEXT NOT NULL,
        channel TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('alert', 'digest')),
        query TEXT,
        cron TEXT,
        timezone TEXT,
        locale TEXT,
        size INTEGER,
        origin TEXT NOT NULL CHECK (origin IN ('config', 'chat')),
        natural_key TEXT NOT NULL UNIQUE,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX subscriptions_channel ON subscriptions (platform, channel);

      CREATE TABLE digest_windows (
        subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
        window_from INTEGER NOT NULL,
        window_to INTEGER NOT NULL,
        from_seq INTEGER NOT NULL,
        to_seq INTEGER NOT NULL,
        outbox_id INTEGER,
        PRIMARY KEY (subscription_id, window_to)
      );

      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        platform TEXT NOT NULL,
        channel TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('alert', 'digest', 'update', 'notice')),
        subscription_id INTEGER,
        story_id TEXT,
        payload TEXT NOT NULL,
        idempotency_key TEXT NOT NULL UNIQUE,
        edit_of INTEGER REFERENCES outbox (id),
        status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'unknown')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL,
        remote_id TEXT,
        last_error TEXT,
        claimed_by TEXT,
        lease_until INTEGER,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      -- Claims walk pending rows in id order (few are waiting for a retry); next_attempt_at
      -- answers "when is the next one due".
      CREATE INDEX outbox_pending ON outbox (id) WHERE status = 'pending';
      CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE status = 'pending';
      CREATE INDEX outbox_sending ON outbox (id) WHERE status = 'sending';
      CREATE INDEX outbox_story ON outbox (platform, channel, story_id) WHERE story_id IS NOT NULL;
    `);
  },
};
