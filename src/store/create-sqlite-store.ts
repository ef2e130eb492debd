import type { FeedStateStore, ItemStore } from '../core/store-ports.js';
import { openDatabase, type OpenDatabaseOptions, type SqliteDatabase } from './open-database.js';
import { createSqliteFeedStore } from './sqlite-feed-store.js';
import { createSqliteItemStore } from './sqlite-item-store.js';

export interface SqliteStore {
  readonly db: SqliteDatabase;
  readonly feeds: FeedStateStore;
  readonly items: ItemStore;
  close(): void;
}

/**
 * Opens (and migrates) the database and returns the ingest-side stores over it. Later stores
 * (stories, subscriptions, outbox) take `db` the same way.
 */
export function createSqliteStore(options: OpenDatabaseOptions): SqliteStore {
  const db = openDatabase(options);
  const feeds = createSqliteFeedStore(db);
  return {
    db,
    feeds,
    items: createSqliteItemStore(db, feeds),
    close: () => {
      if (db.open) db.close();
    },
  };
}
