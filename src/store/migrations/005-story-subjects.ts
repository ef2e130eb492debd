import type { Migration } from './migration.js';

/**
 * `story_subjects`: one row per story and entity, country or event tag it names, with the
 * story's last-seen time. `/mali news` (stories about a country or anything in it, recent first)
 * and `/mali fact` (the latest stories naming a card's entities) read it through its
 * `(entity, last_seen_at)` index instead of parsing every story's JSON lists. Triggers keep it in
 * step with `stories`, so the story store's writers need not know it exists; existing stories are
 * copied in here.
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

      CREATE TRIGGER story_subjects_insert AFTER INSERT ON stories BEGIN
        ${subjectsOf('new')};
      END;
      CREATE TRIGGER story_subjects_update
        AFTER UPDATE OF entities, countries, tags, last_seen_at ON stories BEGIN
        DELETE FROM story_subjects WHERE story_seq = old.seq;
        ${subjectsOf('new')};
      END;
    `);
    db.exec(
      `INSERT OR IGNORE INTO story_subjects (story_seq, entity, last_seen_at)
        SELECT seq, value, last_seen_at FROM stories, json_each(stories.entities)
        UNION SELECT seq, value, last_seen_at FROM stories, json_each(stories.countries)
        UNION SELECT seq, value, last_seen_at FROM stories, json_each(stories.tags)`,
    );
  },
};
