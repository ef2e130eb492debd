import type { Migration } from './migration.js';

/**
 * - `outbox.edited_parts` and `outbox.edited_at`: on a posted message, the remote id naming
 *   every part it has after its latest edit (parts an edit posted included) and when that edit
 *   was recorded, written in the statement that marks the edit sent. The next edit starts from
 *   it instead of listing the channel for parts earlier edits added. Null until an edit is sent
 *   after this migration.
 * - `held_alerts.quiet`: the quiet hours (`22:00-07:00`) an alert was held under, so its
 *   catch-up post names them even when an admin changed them since; null for an alert held by
 *   the cap, or held before this migration.
 */
export const migration013: Migration = {
  version: 13,
  name: 'edited-parts',
  up(db) {
    db.exec(`
      ALTER TABLE outbox ADD COLUMN edited_parts TEXT;
      ALTER TABLE outbox ADD COLUMN edited_at INTEGER;
      ALTER TABLE held_alerts ADD COLUMN quiet TEXT;
    `);
  },
};
