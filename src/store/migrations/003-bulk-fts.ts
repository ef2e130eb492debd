import type { Migration } from './migration.js';

/**
 * The item store writes the FTS index itself, one statement per transaction, instead of through
 * per-row triggers. FTS5 flushes its pending terms to a new segment at every statement boundary
 * inside a transaction, so a trigger firing for each inserted row wrote one tiny segment per item
 * and then merged them: two thirds of the cost of storing a cold cycle's 50,000 items.
 * `item_entities` goes: nothing read it, and each item's `matches` already names its entities.
 */
export const migration003: Migration = {
  version: 3,
  name: 'bulk-fts',
  up(db) {
    db.exec(`
      DROP TRIGGER items_fts_insert;
      DROP TRIGGER items_fts_delete;
      DROP TABLE item_entities;
    `);
  },
};
