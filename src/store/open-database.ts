import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError, ErrorCode } from '../core/errors.js';
import { migrations as defaultMigrations, type Migration } from './migrations/index.js';
import { runMigrations } from './run-migrations.js';

/** WAL size after which a commit checkpoints. */
const WAL_CHECKPOINT_BYTES = 16 * 1024 * 1024;
/** The WAL file is truncated back to this size after a checkpoint. */
const WAL_SIZE_LIMIT_BYTES = 32 * 1024 * 1024;

export type SqliteDatabase = Database.Database;

export interface OpenDatabaseOptions {
  /** A file path, or `:memory:`. The parent folder is created when missing. */
  readonly path: string;
  /** Defaults to every migration in `migrations/index.ts`. */
  readonly migrations?: readonly Migration[];
}

/** Sets the WAL size (in bytes, whatever the page size) at which a commit checkpoints. */
export function setWalCheckpointBytes(db: SqliteDatabase, bytes: number): void {
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.pragma(`wal_autocheckpoint = ${Math.max(1, Math.round(bytes / pageSize))}`);
}

/** Restores the default automatic checkpoint (every ~16 MB of WAL). */
export const restoreWalCheckpoints = (db: SqliteDatabase): void => setWalCheckpointBytes(db, WAL_CHECKPOINT_BYTES);

/**
 * Opens the SQLite database in WAL mode with foreign keys on, and brings its schema up to date.
 * WAL lets readers (slash commands) run while the poller writes; `synchronous = NORMAL` is
 * durable across process crashes in WAL mode (only a power loss can drop the last commits).
 */
export function openDatabase(options: OpenDatabaseOptions): SqliteDatabase {
  let db: SqliteDatabase;
  try {
    if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
    db = new Database(options.path);
  } catch (error) {
    throw new AppError(ErrorCode.StoreFailure, `cannot open database ${options.path}: ${String(error)}`, {
      cause: error,
    });
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Sorting and FTS merges in memory; a checkpoint (which fsyncs) every ~16 MB of WAL rather than
  // SQLite's ~4 MB, so a cold cycle's 50,000 inserts wait on a handful of syncs, not dozens.
  db.pragma('temp_store = MEMORY');
  restoreWalCheckpoints(db);
  db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`);
  runMigrations(db, options.migrations ?? defaultMigrations);
  return db;
}
