import type { ArcStore } from '../core/arc-ports.js';
import type { FeedStateStore, ItemStore } from '../core/store-ports.js';
import {
  startBackgroundCheckpoints,
  type BackgroundCheckpointOptions,
} from './background-checkpoints.js';
import { openDatabase, type OpenDatabaseOptions, type SqliteDatabase } from './open-database.js';
import { createSqliteArcStore } from './sqlite-arc-store.js';
import { createSqliteFeedStore } from './sqlite-feed-store.js';
import { createSqliteItemStore } from './sqlite-item-store.js';

export interface SqliteStoreOptions extends OpenDatabaseOptions {
  /**
   * Checkpoint the WAL from a background thread (see `startBackgroundCheckpoints`): for the
   * long-running bot and its poll cycles, not for one-off commands.
   */
  readonly backgroundCheckpoints?: BackgroundCheckpointOptions | boolean;
}

export interface SqliteStore {
  readonly db: SqliteDatabase;
  readonly feeds: FeedStateStore;
  readonly items: ItemStore;
  /** Developing situations; signatures are whatever arc linking stores (see src/stories/link-arcs.ts). */
  readonly arcs: ArcStore;
  close(): void;
}

/**
 * Opens (and migrates) the database and returns the ingest-side stores over it. Later stores
 * (stories, subscriptions, outbox) take `db` the same way.
 */
export function createSqliteStore(options: SqliteStoreOptions): SqliteStore {
  const db = openDatabase(options);
  const feeds = createSqliteFeedStore(db);
  const background = options.backgroundCheckpoints;
  const checkpoints = background
    ? startBackgroundCheckpoints(db, background === true ? {} : background)
    : null;
  return {
    db,
    feeds,
    items: createSqliteItemStore(db, feeds),
    arcs: createSqliteArcStore(db),
    close: () => {
      checkpoints?.stop();
      if (db.open) db.close();
    },
  };
}
