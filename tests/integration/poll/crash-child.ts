/**
 * Child process of the restart test: runs one poll cycle on the database file it is given and
 * prints `committed <id>` after each feed's transaction returns. With `--crash-inside N` it kills
 * itself with SIGKILL inside the transaction that brings the committed count to N or more.
 * Usage: crash-child.ts DB_PATH FEED_URL… [--crash-inside N]
 */
import type { ItemStore, PollCommitResult } from '../../../src/core/store-ports.js';
import { createHarness, feedAt } from './poll-harness.js';

const args = process.argv.slice(2);
const crashAt = args.includes('--crash-inside') ? Number(args[args.indexOf('--crash-inside') + 1]) : null;
const [dbPath, ...rest] = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--crash-inside');
if (dbPath === undefined) throw new Error('usage: crash-child.ts DB_PATH FEED_URL…');

let committed = 0;
const crashCheck = (r: PollCommitResult): void => {
  if (crashAt !== null && committed + r.newItems.length >= crashAt) process.kill(process.pid, 'SIGKILL');
};
const printCommitted = (results: readonly PollCommitResult[]): void => {
  for (const result of results) {
    committed += result.newItems.length;
    process.stdout.write(result.newItems.map((i) => `committed ${i.id}\n`).join(''));
  }
};
const watch = (items: ItemStore): ItemStore => ({
  ...items,
  commitPoll(commit, within) {
    const result = items.commitPoll(commit, (r) => {
      within?.(r);
      crashCheck(r);
    });
    printCommitted([result]);
    return result;
  },
  commitPolls(commits, within) {
    let inBatch = 0;
    const results = items.commitPolls(commits, (c, r) => {
      within?.(c, r);
      inBatch += r.newItems.length;
      crashCheck({ ...r, newItems: Array.from({ length: inBatch }, () => r.newItems[0]!) });
    });
    printCommitted(results);
    return results;
  },
});
const harness = createHarness(
  rest.map((url, i) => feedAt(`f${i}`, url)),
  { dbPath, wrapItems: watch },
);
// Pretend every feed was seeded earlier, so each item of this cycle is new.
for (const feed of harness.store.feeds.list()) {
  if (feed.seededAt === null) harness.store.feeds.update(feed.id, { seededAt: 1 });
}
await harness.cycle.run();
harness.close();
process.stdout.write('done\n');
