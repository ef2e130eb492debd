import { systemClock, silentLogger, type ChatPlatform } from '../../../src/core/ports.js';
import { createOutboxWorker } from '../../../src/deliver/outbox-worker.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { createSqliteOutboxStore } from '../../../src/store/sqlite-outbox-store.js';

/**
 * What the child process of a crash test does once its platform is made: recovers and drains
 * the outbox of the database at `dbPath` through `platforms` with the real outbox worker, then
 * prints `{ recovery, report }` as one JSON line for the test to read. A child killed midway
 * prints nothing.
 */
export async function drainOutboxAndReport(
  dbPath: string,
  platforms: readonly ChatPlatform[],
): Promise<void> {
  const db = openDatabase({ path: dbPath });
  const worker = createOutboxWorker({
    outbox: createSqliteOutboxStore(db),
    platforms,
    clock: systemClock,
    logger: silentLogger,
  });
  const recovery = worker.recover();
  const report = await worker.drain();
  db.close();
  process.stdout.write(`${JSON.stringify({ recovery, report })}\n`);
}
