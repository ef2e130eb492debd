import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { SqliteDatabase } from './open-database.js';
import { restoreWalCheckpoints, setWalCheckpointBytes } from './open-database.js';

/**
 * While the background thread runs, the writer checkpoints by itself only past this much WAL: a
 * safety net should the thread fall behind or stop.
 */
export const SAFETY_CHECKPOINT_BYTES = 64 * 1024 * 1024;
const DEFAULT_INTERVAL_MS = 200;

export interface BackgroundCheckpoints {
  /**
   * Stops the thread and gives the writer its own checkpoints back. Closing the writer right
   * after is fine: the thread's connection then closes last and does the final checkpoint.
   */
  stop(): void;
}

export interface BackgroundCheckpointOptions {
  /** Time between passive checkpoints, ms (default 200). */
  readonly intervalMs?: number;
  /** Called once if the thread fails; the writer then checkpoints by itself again. */
  readonly onFailure?: (error: Error) => void;
}

// The thread's body (CommonJS: eval workers are scripts). PASSIVE never waits for the writer or
// readers and copies only what is already committed, so it runs beside the poller's writes.
const CHECKPOINT_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true });
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // The writer's own checkpoints (the safety net) cover a failing round.
  }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/**
 * Moves WAL checkpoints off the writing thread. A checkpoint copies committed pages from the WAL
 * into the database file and waits for two fsyncs; done by the writer, it stalled the event loop
 * at every 16 MB of WAL (about a quarter of a second over a cold cycle of 1,000 feeds). A small
 * thread with its own connection runs passive checkpoints every `intervalMs` instead, and the
 * writer's own automatic checkpoint only remains as a safety net. Nothing for `:memory:`.
 */
export function startBackgroundCheckpoints(
  db: SqliteDatabase,
  options: BackgroundCheckpointOptions = {},
): BackgroundCheckpoints {
  if (db.memory) return { stop: () => undefined };
  const worker = new Worker(CHECKPOINT_SOURCE, {
    eval: true,
    workerData: {
      driver: createRequire(import.meta.url).resolve('better-sqlite3'),
      path: db.name,
      intervalMs: options.intervalMs ?? DEFAULT_INTERVAL_MS,
    },
    // A connection and a timer: the smallest heaps V8 allows keep the thread at ~10 MB.
    resourceLimits: { maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 16 },
  });
  worker.unref();
  let stopped = false;
  const restoreWriterCheckpoints = (): void => {
    if (db.open) restoreWalCheckpoints(db);
  };
  worker.once('error', (error) => {
    restoreWriterCheckpoints();
    if (!stopped) options.onFailure?.(error);
  });
  worker.once('exit', (code) => {
    if (stopped) return;
    restoreWriterCheckpoints();
    if (code !== 0) options.onFailure?.(new Error(`checkpoint thread exited with code ${code}`));
  });
  setWalCheckpointBytes(db, SAFETY_CHECKPOINT_BYTES);
  return {
    stop() {
      if (stopped) return;
      stopped = true;
      worker.postMessage('stop');
      restoreWriterCheckpoints();
    },
  };
}
