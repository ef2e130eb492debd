import type { Migration } from './migration.js';

/**
 * `alert_retellings`: stories that tell again the development an alert posted (see
 * retold-happening.ts). Their reports are shown on that alert ("also reported by …") instead
 * of alerting on their own; a row goes with its alert when retention deletes it.
 */
export const migration015: Migration = {
  version: 15,
  name: 'alert-retellings',
  up(db) {
    db.exec(`
      CREATE TABLE alert_retellings (
        alert_id INTEGER NOT NULL REFERENCES outbox(id) ON DELETE CASCADE,
        story_id TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (alert_id, story_id)
      );
      CREATE INDEX alert_retellings_story ON alert_retellings(story_id);
    `);
  },
};
