import type { Migration } from './migration.js';

/**
 * `arc_names`: the rare names an arc is known by (a town outside the watchlist that headlines of
 * several of its reports give), so late coverage naming one finds its arc weeks after it fell
 * quiet without reading every arc of those weeks. Rows leave with their arc.
 */
export const migration008: Migration = {
  version: 8,
  name: 'arc-names',
  up(db) {
    db.exec(`
      CREATE TABLE arc_names (
        name TEXT NOT NULL,
        arc_id TEXT NOT NULL,
        PRIMARY KEY (name, arc_id)
      ) WITHOUT ROWID;
      CREATE INDEX arc_names_arc ON arc_names (arc_id);
      CREATE TRIGGER arc_names_gone AFTER DELETE ON arcs BEGIN
        DELETE FROM arc_names WHERE arc_id = old.id;
      END;
    `);
  },
};
