import type { Migration } from './migration.js';

/**
 * Feeds and their poll state, items with their matches (JSON) and matched entities, the per-feed
 * seen-set, an FTS5 index over title and summary (external content; migration 003 moves its
 * upkeep from triggers into the item store) and the command log.
 * Times are epoch milliseconds.
 */
export const migration001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE feeds (
        id TEXT PRIMARY KEY,
        url TEXT NOT NULL,
        name TEXT NOT NULL,
        language TEXT NOT NULL,
        tier INTEGER NOT NULL,
        interval_ms INTEGER NOT NULL,
        active INTEGER NOT NULL DEFAULT 1,
        etag TEXT,
        last_modified TEXT,
        body_hash TEXT,
        next_poll_at INTEGER NOT NULL DEFAULT 0,
        last_polled_at INTEGER,
        last_success_at INTEGER,
        failures INTEGER NOT NULL DEFAULT 0,
        last_error_code TEXT,
        last_error TEXT,
        disabled_code TEXT,
        disabled_reason TEXT,
        disabled_at INTEGER,
        seeded_at INTEGER,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX feeds_due ON feeds (next_poll_at) WHERE active = 1 AND disabled_code IS NULL;
      CREATE INDEX feeds_url ON feeds (url);

      CREATE TABLE items (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        feed_id TEXT NOT NULL REFERENCES feeds (id),
        guid TEXT,
        url TEXT,
        title TEXT NOT NULL,
        summary TEXT NOT NULL,
        content TEXT NOT NULL,
        author TEXT,
        lang TEXT NOT NULL,
        published_at INTEGER NOT NULL,
        date_from_feed INTEGER NOT NULL,
        first_seen_at INTEGER NOT NULL,
        backfill INTEGER NOT NULL DEFAULT 0,
        -- The matcher's explanation: first a JSON array of [entity, alias, field code t|s|c,
        -- start, end, impliedBy?], now one line per match (encodeMatches, sqlite-item-store.ts).
        matches TEXT NOT NULL DEFAULT '[]'
      );
      CREATE UNIQUE INDEX items_url ON items (url) WHERE url IS NOT NULL;
      CREATE INDEX items_first_seen ON items (first_seen_at);

      -- The distinct matched entities of each item, for "items about X" look-ups. Keyed by the
      -- item's increasing seq, so inserts append instead of landing at random pages.
      CREATE TABLE item_entities (
        item_seq INTEGER NOT NULL REFERENCES items (seq) ON DELETE CASCADE,
        entity TEXT NOT NULL,
        PRIMARY KEY (item_seq, entity)
      ) WITHOUT ROWID;
      CREATE INDEX item_entities_entity ON item_entities (entity, item_seq);

      -- One row per (feed, item id) ever delivered; last_seen_at moves while the feed still
      -- carries the item, so pruning never forgets an item that is still being served.
      CREATE TABLE seen_items (
        feed_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        first_seen_at INTEGER NOT NULL,
        last_seen_at INTEGER NOT NULL,
        PRIMARY KEY (feed_id, item_id)
      ) WITHOUT ROWID;
      CREATE INDEX seen_items_last_seen ON seen_items (last_seen_at);

      CREATE VIRTUAL TABLE items_fts USING fts5 (
        title, summary,
        content = 'items', content_rowid = 'seq',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN
        INSERT INTO items_fts (rowid, title, summary) VALUES (new.seq, new.title, new.summary);
      END;
      CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
        INSERT INTO items_fts (items_fts, rowid, title, summary)
          VALUES ('delete', old.seq, old.title, old.summary);
      END;
      CREATE TRIGGER items_fts_update AFTER UPDATE OF title, summary ON items BEGIN
        INSERT INTO items_fts (items_fts, rowid, title, summary)
          VALUES ('delete', old.seq, old.title, old.summary);
        INSERT INTO items_fts (rowid, title, summary) VALUES (new.seq, new.title, new.summary);
      END;

      CREATE TABLE command_log (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        platform TEXT NOT NULL,
        channel TEXT,
        user_id TEXT,
        command TEXT NOT NULL,
        args TEXT NOT NULL DEFAULT '{}',
        outcome TEXT NOT NULL,
        error TEXT,
        duration_ms INTEGER
      );
      CREATE INDEX command_log_at ON command_log (at);
    `);
  },
};
