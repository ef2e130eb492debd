/**
 * Child process of the outbox crash test: drains the outbox of DB through a fake platform whose
 * posts live in JOURNAL. With `crash`, it SIGKILLs itself right after the platform accepts the
 * first message, before the worker can record it.
 * Usage: node --import tsx outbox-crash-child.ts DB JOURNAL idempotent|plain crash|finish
 */
import { createFakePlatform } from '../../fakes/fake-platform.js';
import { drainOutboxAndReport } from './drain-outbox-child.js';

const [dbPath = '', journalPath = '', kind = 'idempotent', mode = 'finish'] = process.argv.slice(2);
const platform = createFakePlatform({
  idempotentSends: kind === 'idempotent',
  journalPath,
  afterAccept: () => {
    if (mode === 'crash') process.kill(process.pid, 'SIGKILL');
  },
});
await drainOutboxAndReport(dbPath, [platform]);
