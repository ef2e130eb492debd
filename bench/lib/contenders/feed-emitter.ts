/**
 * Peer: rss-feed-emitter 3.2.4 polling the same 1,000 feeds until it has emitted every item.
 * Passing an options object leaves `skipFirstLoad` undefined, so the first load emits all items;
 * the refresh is longer than the run so each feed is fetched once. Usage: feed-emitter.ts PORT
 */
import RssFeedEmitter from 'rss-feed-emitter';
import { FARM } from '../feed-farm.js';
import { farmUrls, peakRssMb, report, timed } from '../contender.js';

const urls = farmUrls(Number(process.argv[2]));
const expected = FARM.feeds * FARM.itemsPerFeed;
const emitter = new RssFeedEmitter({ userAgent: 'sahel-digest-bench' });
let items = 0;
let errors = 0;

const cold = await timed(
  () =>
    new Promise<void>((resolve) => {
      const deadline = setTimeout(resolve, 180_000);
      emitter.on('new-item', () => {
        items += 1;
        if (items >= expected) {
          clearTimeout(deadline);
          resolve();
        }
      });
      emitter.on('error', () => {
        errors += 1;
      });
      emitter.add({ url: urls, refresh: 3_600_000 });
    }),
);
emitter.destroy();
report({
  name: 'rss-feed-emitter 3.2.4',
  coldMs: cold.ms,
  coldCpuMs: cold.cpuMs,
  coldLoopMaxMs: cold.loopMaxMs,
  peakRssMb: peakRssMb(),
  items,
  notes: { errors },
});
process.exit(0);
