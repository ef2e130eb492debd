import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Platform } from '../../src/core/config-types.js';
import type { OutboxStore } from '../../src/core/delivery-ports.js';
import type { Message } from '../../src/core/message.js';
import { silentLogger, type ChatPlatform } from '../../src/core/ports.js';
import { createOutboxWorker, type OutboxWorker } from '../../src/deliver/outbox-worker.js';
import { openDatabase, type SqliteDatabase } from '../../src/store/open-database.js';
import { createSqliteOutboxStore } from '../../src/store/sqlite-outbox-store.js';

/**
 * An alert and its "also reported by" edits through the real outbox and worker, delivered to
 * one platform (over a fake Discord or Slack), on a store in a file that `restart` reopens as a
 * new process would. The clock moves a minute with each edit; a test moves it further itself.
 */
export interface EditCalls {
  /** The current process's connection, outbox and worker; `restart` replaces them. */
  readonly db: SqliteDatabase;
  readonly outbox: OutboxStore;
  readonly worker: OutboxWorker;
  /** What every row of the alert shares: its platform, channel, subscription and story. */
  readonly row: {
    readonly platform: Platform;
    readonly channel: string;
    readonly subscriptionId: number;
    readonly storyId: string;
  };
  now: number;
  /** Queues the alert (`alert:1:s1`) and delivers it; its outbox id. */
  post(message: Message): Promise<number>;
  /** Queues an update of row `alert`, a minute later, and delivers it; its outbox id. */
  edit(alert: number, message: Message): Promise<number>;
  restart(): void;
  close(): void;
}

/** Opens the store and a worker delivering to the platform `platform` makes (one per process). */
export function openEditCalls(channel: string, platform: () => ChatPlatform): EditCalls {
  const dir = mkdtempSync(join(tmpdir(), 'edit-calls-'));
  let edits = 0;
  const start = () => {
    const db = openDatabase({ path: join(dir, 'store.db') });
    const outbox = createSqliteOutboxStore(db);
    const made = platform();
    const worker = createOutboxWorker({
      outbox,
      platforms: [made],
      clock: { now: () => calls.now },
      logger: silentLogger,
    });
    return { db, outbox, worker, name: made.name };
  };
  let current: ReturnType<typeof start>;
  const calls: EditCalls = {
    get db() {
      return current.db;
    },
    get outbox() {
      return current.outbox;
    },
    get worker() {
      return current.worker;
    },
    get row() {
      return { platform: current.name, channel, subscriptionId: 1, storyId: 's1' };
    },
    now: Date.UTC(2026, 11, 6, 12),
    async post(message) {
      const alert = { ...calls.row, kind: 'alert' as const, message, idempotencyKey: 'alert:1:s1' };
      const { id } = current.outbox.enqueue(alert, calls.now);
      await current.worker.drain();
      return id;
    },
    async edit(alert, message) {
      edits += 1;
      const update = { kind: 'update' as const, message, editOf: alert };
      const key = `update:${alert}:${edits}`;
      const { id } = current.outbox.enqueue(
        { ...calls.row, ...update, idempotencyKey: key },
        calls.now,
      );
      calls.now += 60_000;
      await current.worker.drain();
      return id;
    },
    restart() {
      current.db.close();
      current = start();
    },
    close() {
      current.db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  current = start();
  return calls;
}
