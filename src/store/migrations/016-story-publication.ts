import type { Migration } from './migration.js';

/**
 * `story_rank.last_published_at`: when a story's latest report was published, kept by a trigger
 * as its reports are added. A `since:` window of `/mali news` holds the stories told in it, not
 * those the bot first read in it: a week-old report read after a backfill, a slow feed or a feed
 * added today is not news of the last 24 hours. Existing stories get it from their reports.
 */
export const migration016: Migration = {
  version: 16,
  name: 'story-publication',
  up(db) {
    db.exec(`
      ALTER TABLE story_rank ADD COLUMN last_published_at INTEGER NOT NULL DEFAULT 0;
      UPDATE story_rank SET last_published_at = COALESCE(
        (SELECT MAX(si.published_at) FROM story_items si
          WHERE si.story_id = story_rank.id), 0);
      CREATE TRIGGER story_rank_published AFTER INSERT ON story_items BEGIN
        UPDATE story_rank SET last_published_at = MAX(last_published_at, new.published_at)
          WHERE story_seq = (SELECT seq FROM stories WHERE id = new.story_id);
      END;
    `);
  },
};
