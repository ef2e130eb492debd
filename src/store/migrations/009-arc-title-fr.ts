import type { Migration } from './migration.js';

/**
 * `arcs.title_fr`: an arc's title in French, beside the English `title`, for French channels'
 * alerts, digests and thread titles. Arcs stored before it hold null; the arc store builds their
 * French title from the stored signature the first time it reads them (the rules need the
 * watchlist, which a migration does not have).
 */
export const migration009: Migration = {
  version: 9,
  name: 'arc-title-fr',
  up(db) {
    db.exec('ALTER TABLE arcs ADD COLUMN title_fr TEXT');
  },
};
