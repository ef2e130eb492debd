/**
 * Baseline: a lean client written the obvious way: Node's fetch with If-None-Match, then
 * rss-parser `parseString` on the main thread, 16 requests in flight. Usage: lean-fetch.ts PORT
 */
import Parser from 'rss-parser';
import { farmUrls, runTwoRounds } from '../contender.js';

const parser = new Parser();
const etags = new Map<string, string>();

await runTwoRounds(
  'lean fetch + ETag + parseString',
  farmUrls(Number(process.argv[2])),
  async (url) => {
    const etag = etags.get(url);
    const response = await fetch(url, etag ? { headers: { 'if-none-match': etag } } : {});
    if (response.status === 304) return null;
    const text = await response.text();
    const newEtag = response.headers.get('etag');
    if (newEtag) etags.set(url, newEtag);
    const feed = await parser.parseString(text);
    return feed.items.map((item) => item.guid ?? item.link ?? '');
  },
);
