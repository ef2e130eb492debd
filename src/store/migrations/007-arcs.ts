import type { Migration } from './migration.js';

/**
 * Developing situations and what threads them:
 * - `arcs`: one row per arc (title, first and last seen, the linking signature as JSON);
 *   `stories.arc_id` places each development in its arc (null until linked);
 * - `stories.kind`: news, analysis, opinion, explainer, live or roundup (see `PieceKind`);
 * - `outbox.arc_id`: the arc of an alert, so a platform can reply in the arc's thread;
 * - `subscriptions.ping_role`: the one role an admin chose to ping with an alert subscription.
 */
export const migration007: Migration = {
  version: 7,
  name: 'arcs',
  up(db) {
    db.exec(`
      CREATE TABLE arcs (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        first_seen_at INTEGER NOT NULL,
        last_seen_at INTEGER NOT NULL,
        signature TEXT NOT NULL DEFAULT '{}'
      );
      CREATE INDEX arcs_last_seen ON arcs (last_seen_at);
      ALTER TABLE stories ADD COLUMN arc_id TEXT;
      CREATE INDEX stories_arc ON stories (arc_id) WHERE arc_id IS NOT NULL;
      ALTER TABLE stories ADD COLUMN kind TEXT NOT NULL DEFAULT 'news';
      ALTER TABLE outbox ADD COLUMN arc_id TEXT;
      CREATE INDEX outbox_arc ON outbox (platform, channel, arc_id) WHERE arc_id IS NOT NULL;
      ALTER TABLE subscriptions ADD COLUMN ping_role TEXT;
    `);
  },
};
