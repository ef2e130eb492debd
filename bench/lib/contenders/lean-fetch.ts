/**
 * Baseline: a lean client written the obvious way: Node's fetch with If-None-Match, then
 * rss-parser `parseString` on the main thread, 16 requests in flight. Usage: lean-fetch.ts PORT
 */
import Parser from 'rss-parser';
import { eachLimited, farmUrls, peakRssMb, report, timed } from '../contender.js';

const urls = farmUrls(Number(process.argv[2]));
const parser = new Parser();
const etags = new Map<string, string>();
const seen = new Set<string>();
let parses = 0;

async function poll(url: string): Promise<void> {
  const etag = etags.get(url);
  const response = await fetch(url, etag ? { headers: { 'if-none-match': etag } } : {});
  if (response.status === 304) return;
  const text = await response.text();
  const newEtag = response.headers.get('etag');
  if (newEtag) etags.set(url, newEtag);
  parses += 1;
  const feed = await parser.parseString(text);
  for (const item of feed.items) seen.add(item.guid ?? item.link ?? '');
}

const cold = await timed(() => eachLimited(urls, 16, poll));
const parsesBefore = parses;
const warm = await timed(() => eachLimited(urls, 16, poll));
report({
  name: 'lean fetch + ETag + parseString',
  coldMs: cold.ms,
  warmMs: warm.ms,
  coldCpuMs: cold.cpuMs,
  coldLoopMaxMs: cold.loopMaxMs,
  peakRssMb: peakRssMb(),
  items: seen.size,
  warmParses: parses - parsesBefore,
});
