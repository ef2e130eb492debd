import type { Migration } from './migration.js';

/**
 * What admins change from chat: feeds gain an `origin` (a feed added with `/sahel feeds add` is
 * `chat`, so the config sync at start-up leaves it active), and settings per channel (locale,
 * digest size) and per platform (the admin channel that gets warnings). Chat subscriptions
 * already carry their origin since migration 002.
 */
export const migration004: Migration = {
  version: 4,
  name: 'chat-admin',
  up(db) {
    db.exec(`
      ALTER TABLE feeds ADD COLUMN origin TEXT NOT NULL DEFAULT 'config'
        CHECK (origin IN ('config', 'chat'));

      CREATE TABLE channel_settings (
        platform TEXT NOT NULL,
        channel TEXT NOT NULL,
        locale TEXT CHECK (locale IN ('en', 'fr')),
        digest_size INTEGER,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (platform, channel)
      );

      CREATE TABLE platform_settings (
        platform TEXT PRIMARY KEY,
        admin_channel TEXT,
        updated_at INTEGER NOT NULL
      );
    `);
  },
};
