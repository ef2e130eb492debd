/**
 * Child process of the outbox crash test: drains the outbox of DB through a fake platform whose
 * posts live in JOURNAL. With `crash`, it SIGKILLs itself right after the platform accepts the
 * first message, before the worker can record it.
 * Usage: node --import tsx outbox-crash-child.ts DB JOURNAL idempotent|plain crash|finish
 */
import { systemClock, silentLogger } from '../../../src/core/ports.js';
import { createOutboxWorker } from '../../../src/deliver/outbox-worker.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { createSqliteOutboxStore } from '../../../src/store/sqlite-outbox-store.js';
import { createFakePlatform } from '../../fakes/fake-platform.js';

const [dbPath = '', journalPath = '', kind = 'idempotent', mode = 'finish'] = process.argv.slice(2);
const db = openDatabase({ path: dbPath });
const platform = createFakePlatform({
  idempotentSends: kind === 'idempotent',
  journalPath,
  afterAccept: () => {
    if (mode === 'crash') process.kill(process.pid, 'SIGKILL');
  },
});
const worker = createOutboxWorker({
  outbox: createSqliteOutboxStore(db),
  platforms: [platform],
  clock: systemClock,
  logger: silentLogger,
});
const recovery = worker.recover();
const report = await worker.drain();
db.close();
process.stdout.write(`${JSON.stringify({ recovery, report })}\n`);
