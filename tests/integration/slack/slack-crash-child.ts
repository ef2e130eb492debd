/**
 * Child process of the Slack crash test: drains the outbox of DB into the fake Slack at API
 * through the real Slack platform. The test SIGKILLs it at random moments.
 * Usage: node --import tsx slack-crash-child.ts DB API TOKEN
 */
import { systemClock, silentLogger } from '../../../src/core/ports.js';
import { createOutboxWorker } from '../../../src/deliver/outbox-worker.js';
import { createSlackPlatform } from '../../../src/platforms/slack/slack-platform.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { createSqliteOutboxStore } from '../../../src/store/sqlite-outbox-store.js';

const [dbPath = '', apiUrl = '', token = ''] = process.argv.slice(2);
const db = openDatabase({ path: dbPath });
const worker = createOutboxWorker({
  outbox: createSqliteOutboxStore(db),
  platforms: [createSlackPlatform({ token, apiUrl })],
  clock: systemClock,
  logger: silentLogger,
});
const recovery = worker.recover();
const report = await worker.drain();
db.close();
process.stdout.write(`${JSON.stringify({ recovery, report })}\n`);
