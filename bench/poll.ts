import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle, DIST, ensureBuilt, ROOT } from '../scripts/build.mjs';
import type { ContenderResult } from './lib/contender.js';
import { FARM } from './lib/feed-farm.js';
import { lineFrom, spawnJs, spawnTs, startFlags } from './lib/spawn-process.js';
import type { BenchRow, BenchSection } from './types.js';

/**
 * Poll benchmark (DESIGN.md, Performance targets): 1,000 RSS feeds × 50 items served from a
 * separate process on 127.0.0.1; each contender runs in its own process so peak RSS and
 * event-loop delay are its own. sahel-digest runs the full pipeline (fetch, decode, parse on a
 * worker pool, normalise, match with the default watchlist, store in SQLite); the peers are
 * rss-feed-emitter, a naive rss-parser `parseURL` loop and a lean fetch + ETag + `parseString`
 * loop, all in the same run so machine noise cancels in the ratios.
 */
const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** The sahel contender is bundled like the program, next to it in dist/ (see ./lib/contenders/sahel.ts). */
const SAHEL_BUNDLE = 'bench-poll-sahel';

const CONTENDERS = {
  sahel: here('./lib/contenders/sahel.ts'),
  lean: here('./lib/contenders/lean-fetch.ts'),
  naive: here('./lib/contenders/naive-parse-url.ts'),
  emitter: here('./lib/contenders/feed-emitter.ts'),
} as const;

interface FarmStats {
  readonly requests: number;
  readonly notModified: number;
  readonly bytes: number;
  readonly totalBytes: number;
}

async function farmStats(port: number, reset = false): Promise<FarmStats> {
  const response = await fetch(`http://127.0.0.1:${port}/${reset ? '__reset' : '__stats'}`);
  return reset ? { requests: 0, notModified: 0, bytes: 0, totalBytes: 0 } : ((await response.json()) as FarmStats);
}

/** Builds the program and the sahel contender's bundle; resolves to the bundle's path. */
async function buildSahel(): Promise<string> {
  await ensureBuilt();
  await bundle({ [SAHEL_BUNDLE]: relative(ROOT, CONTENDERS.sahel) });
  return join(DIST, `${SAHEL_BUNDLE}.js`);
}

async function runContender(script: string, port: number, args: readonly string[] = []): Promise<{ result: ContenderResult; stats: FarmStats }> {
  await farmStats(port, true);
  const child = script.endsWith('.js')
    ? spawnJs(script, [String(port), ...args], [...startFlags(), '--expose-gc'])
    : spawnTs(script, [String(port), ...args], ['--expose-gc']);
  const line = await lineFrom(child, 'RESULT ', 300_000);
  await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)));
  return { result: JSON.parse(line) as ContenderResult, stats: await farmStats(port) };
}

const s = (ms: number): number => Math.round(ms) / 1000;
const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;

/** Runs every contender against one farm and builds the table rows. */
export async function run(): Promise<BenchSection> {
  const farm = spawnTs(here('./lib/feed-farm-server.ts'), []);
  const port = Number(await lineFrom(farm, 'PORT ', 60_000));
  try {
    const sahel = await runContender(await buildSahel(), port);
    const lean = await runContender(CONTENDERS.lean, port);
    const naive = await runContender(CONTENDERS.naive, port);
    const emitter = await runContender(CONTENDERS.emitter, port);
    const sahelRequests = sahel.stats.requests;
    const warmRequestsPerFeed = (sahelRequests - FARM.feeds) / FARM.feeds;
    const r = sahel.result;
    const vsEmitter = emitter.result.coldMs / r.coldMs;
    const vsLean = r.coldMs / lean.result.coldMs;
    const rows: BenchRow[] = [
      { measure: `cold cycle, sahel-digest full pipeline (${r.items} new items stored)`, value: s(r.coldMs), unit: 's', target: '≤ 2.5 s', pass: r.coldMs <= 2500 },
      { measure: 'cold: speed-up over rss-feed-emitter', value: round(vsEmitter), unit: '×', target: '≥ 7×', pass: vsEmitter >= 7 },
      { measure: 'cold: time relative to the lean fetch+parseString loop', value: round(vsLean, 2), unit: '×', target: '≤ 1.4×', pass: vsLean <= 1.4 },
      { measure: 'event loop max delay during the cold cycle', value: round(r.coldLoopMaxMs), unit: 'ms', target: '≤ 100 ms', pass: r.coldLoopMaxMs <= 100 },
      { measure: 'warm cycle, 1,000 unchanged feeds', value: s(r.warmMs ?? NaN), unit: 's', target: '≤ 0.4 s', pass: (r.warmMs ?? Infinity) <= 400 },
      { measure: 'warm cycle: requests per feed', value: round(warmRequestsPerFeed, 2), unit: 'req', target: '= 1', pass: warmRequestsPerFeed === 1 },
      { measure: 'warm cycle: parses', value: r.warmParses ?? -1, unit: '', target: '= 0', pass: r.warmParses === 0 },
      { measure: 'peak RSS of the sahel-digest process', value: round(r.peakRssMb), unit: 'MB', target: '≤ 200 MB', pass: r.peakRssMb <= 200 },
      { measure: 'cold: CPU time of the sahel-digest process, all threads', value: s(r.coldCpuMs ?? NaN), unit: 's' },
      ...[lean, naive, emitter].flatMap(({ result }) => [
        { measure: `cold: ${result.name} (${result.items} items)`, value: s(result.coldMs), unit: 's' },
        ...(result.warmMs === undefined ? [] : [{ measure: `warm: ${result.name} (${result.warmParses ?? '?'} parses)`, value: s(result.warmMs), unit: 's' }]),
        ...(result.coldCpuMs === undefined ? [] : [{ measure: `cold CPU time: ${result.name}`, value: s(result.coldCpuMs), unit: 's' }]),
        { measure: `event loop max delay: ${result.name}`, value: round(result.coldLoopMaxMs), unit: 'ms' },
        { measure: `peak RSS: ${result.name}`, value: round(result.peakRssMb), unit: 'MB' },
      ]),
    ];
    return {
      name: 'poll',
      rows,
      details: {
        farm: { feeds: FARM.feeds, itemsPerFeed: FARM.itemsPerFeed, megabytes: round(sahel.stats.totalBytes / 1e6) },
        ratios: { speedUpOverFeedEmitter: round(vsEmitter, 2), relativeToLeanLoop: round(vsLean, 2), relativeToNaiveLoop: round(r.coldMs / naive.result.coldMs, 2) },
        contenders: [sahel, lean, naive, emitter].map(({ result, stats }) => ({ ...result, farmRequests: stats.requests, farmNotModified: stats.notModified })),
        setup: 'all feeds on one host: per-host concurrency raised to the global limit (16) for every contender',
        sahelRuns: `the built bundle, with the node flags of npm start (${startFlags().join(' ')})`,
      },
    };
  } finally {
    farm.kill('SIGTERM');
  }
}
