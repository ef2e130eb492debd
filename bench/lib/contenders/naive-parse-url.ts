/**
 * Baseline: rss-parser `parseURL` for every feed, 16 at a time, no validators, so the second
 * round downloads and parses everything again. Usage: naive-parse-url.ts PORT
 */
import Parser from 'rss-parser';
import { eachLimited, farmUrls, peakRssMb, report, timed } from '../contender.js';

const urls = farmUrls(Number(process.argv[2]));
const parser = new Parser();
const seen = new Set<string>();
let parses = 0;

async function poll(url: string): Promise<void> {
  const feed = await parser.parseURL(url);
  parses += 1;
  for (const item of feed.items) seen.add(item.guid ?? item.link ?? '');
}

const cold = await timed(() => eachLimited(urls, 16, poll));
const parsesBefore = parses;
const warm = await timed(() => eachLimited(urls, 16, poll));
report({
  name: 'naive rss-parser parseURL loop',
  coldMs: cold.ms,
  warmMs: warm.ms,
  coldCpuMs: cold.cpuMs,
  coldLoopMaxMs: cold.loopMaxMs,
  peakRssMb: peakRssMb(),
  items: seen.size,
  warmParses: parses - parsesBefore,
});
