/**
 * Baseline: rss-parser `parseURL` for every feed, 16 at a time, no validators, so the second
 * round downloads and parses everything again. Usage: naive-parse-url.ts PORT
 */
import Parser from 'rss-parser';
import { farmUrls, runTwoRounds } from '../contender.js';

const parser = new Parser();

await runTwoRounds(
  'naive rss-parser parseURL loop',
  farmUrls(Number(process.argv[2])),
  async (url) => {
    const feed = await parser.parseURL(url);
    return feed.items.map((item) => item.guid ?? item.link ?? '');
  },
);
