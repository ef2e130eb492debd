import type { Migration } from './migration.js';

/**
 * What slash commands read of stories without loading each one:
 * - `story_subjects`: one row per story and entity, country or event tag it names, with the
 *   story's last-seen time. `/mali news` (stories about a country or anything in it, recent
 *   first) and `/mali fact` (the latest stories naming a card's entities) read it through its
 *   `(entity, last_seen_at)` index instead of parsing every story's JSON lists;
 * - `story_rank`: a story's id, last-seen time, number of distinct outlets and best source tier,
 *   what the digest ranking reads (with the entities' weights, when the watchlist sets any), so
 *   `/mali news` ranks thousands of stories without reading their rows or sources.
 * Triggers keep both in step with `stories` and `story_items`, so the story store's writers need
 * not know they exist; existing stories are copied in here.
 */
export const migration005: Migration = {
  version: 5,
  name: 'story-subjects',
  up(db) {
    const subjectsOf = (row: string): string => `
      INSERT OR IGNORE INTO story_subjects (story_seq, entity, last_seen_at)
        SELECT ${row}.seq, value, ${row}.last_seen_at FROM json_each(${row}.entities)
        UNION SELECT ${row}.seq, value, ${row}.last_seen_at FROM json_each(${row}.countries)
        UNION SELECT ${row}.seq, value, ${row}.last_seen_at FROM json_each(${row}.tags)`;
    db.exec(`
      CREATE TABLE story_subjects (
        story_seq INTEGER NOT NULL REFERENCES stories (seq) ON DELETE CASCADE,
        entity TEXT NOT NULL,
        last_seen_at INTEGER NOT NULL,
        PRIMARY KEY (story_seq, entity)
      ) WITHOUT ROWID;
      CREATE INDEX story_subjects_entity ON story_subjects (entity, last_seen_at);

      -- A story without sources ranks as one outlet of the lowest tier, as the ranking does.
      CREATE TABLE story_rank (
        story_seq INTEGER PRIMARY KEY REFERENCES stories (seq) ON DELETE CASCADE,
        id TEXT NOT NULL,
        last_seen_at INTEGER NOT NULL,
        outlets INTEGER NOT NULL,
        best_tier INTEGER NOT NULL
      );

      CREATE TRIGGER story_subjects_insert AFTER INSERT ON stories BEGIN
        ${subjectsOf('new')};
        INSERT INTO story_rank (story_seq, id, last_seen_at, outlets, best_tier)
          VALUES (new.seq, new.id, new.last_seen_at, 0, 3);
      END;
      CREATE TRIGGER story_rank_source AFTER INSERT ON story_items BEGIN
        UPDATE story_rank SET
            outlets = (SELECT COUNT(DISTINCT outlet) FROM story_items WHERE story_id = new.story_id),
            best_tier = MIN(best_tier, new.tier)
          WHERE story_seq = (SELECT seq FROM stories WHERE id = new.story_id);
      END;

      CREATE TRIGGER story_subjects_update
        AFTER UPDATE OF entities, countries, tags, last_seen_at ON stories BEGIN
        DELETE FROM story_subjects WHERE story_seq = old.seq;
        ${subjectsOf('new')};
        UPDATE story_rank SET last_seen_at = new.last_seen_at WHERE story_seq = new.seq;
      END;
    `);
    db.exec(
      `INSERT OR IGNORE INTO story_subjects (story_seq, entity, last_seen_at)
        SELECT seq, value, last_seen_at FROM stories, json_each(stories.entities)
        UNION SELECT seq, value, last_seen_at FROM stories, json_each(stories.countries)
        UNION SELECT seq, value, last_seen_at FROM stories, json_each(stories.tags)`,
    );
    db.exec(
      `INSERT INTO story_rank (story_seq, id, last_seen_at, outlets, best_tier)
        SELECT s.seq, s.id, s.last_seen_at, COUNT(DISTINCT si.outlet), COALESCE(MIN(si.tier), 3)
        FROM stories s LEFT JOIN story_items si ON si.story_id = s.id GROUP BY s.seq`,
    );
  },
};
