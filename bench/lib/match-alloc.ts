import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import type { WatchlistConfig } from '../../src/core/config-types.js';
import type { MatchInput } from '../../src/core/match-types.js';
import { watchlistFileSchema } from '../../src/config/schemas/watchlist.js';
import { readFeed } from '../../src/ingest/read-feed.js';
import { compileWatchlist } from '../../src/match/compile-watchlist.js';
import { matchItem } from '../../src/match/match-item.js';
import { generateCorpus } from '../match.js';
import { FARM, farmFeed } from './feed-farm.js';

/**
 * What `matchItem` costs the poll cycle's main thread over the feed farm's 50,000 items, and a
 * check that a change to the matcher keeps every result. Not part of `npm run bench`.
 *
 *   node --max-semi-space-size=4 --expose-gc --import tsx bench/lib/match-alloc.ts [passes]
 *     minor GCs (scavenges), other GCs, GC time and CPU time per pass of matchItem over the farm
 *     items (read first); pass 1 starts with a freshly compiled watchlist, as a cold cycle does.
 *   node --import tsx bench/lib/match-alloc.ts record <file>
 *     writes the inputs and each MatchResult as JSON: the farm items (readFeed), the labelled set,
 *     variants of it (decomposed accents, upper case, text as content) and the matcher bench corpus.
 *   node --import tsx bench/lib/match-alloc.ts check <file>
 *     matches the recorded inputs again and compares each result's JSON byte for byte. The inputs
 *     are recorded, not read again, so a later change to ingest cannot move the comparison.
 */

const NOW = Date.UTC(2025, 10, 20);
/** `PerformanceEntry.detail.kind` of a scavenge (`NODE_PERFORMANCE_GC_MINOR`). */
const GC_MINOR = 1;

function loadWatchlist(): WatchlistConfig {
  const text = readFileSync(new URL('../../config/watchlist.yaml', import.meta.url), 'utf8');
  const file = watchlistFileSchema.parse(parse(text));
  return {
    anchors: file.anchors,
    entities: file.entities.map(({ nameFr, ...rest }) => (nameFr === undefined ? rest : { ...rest, nameFr })),
  };
}

async function readFarmItems(): Promise<MatchInput[]> {
  const items: MatchInput[] = [];
  for (let f = 0; f < FARM.feeds; f += 1) {
    const url = `https://outlet${f}.example/feed.xml`;
    const read = await readFeed({ body: Buffer.from(farmFeed(f), 'utf8'), contentType: 'application/rss+xml', url, feedId: `outlet${f}`, now: NOW });
    if (!read.ok) throw new Error(`farm feed ${f}: ${read.error.message}`);
    items.push(...read.value);
  }
  return items;
}

interface Labelled {
  readonly title: string;
  readonly summary: string;
}

function labelledItems(): MatchInput[] {
  const text = readFileSync(new URL('../../tests/fixtures/labelled-headlines.jsonl', import.meta.url), 'utf8');
  const set = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Labelled);
  const out: MatchInput[] = [];
  for (const { title, summary } of set) {
    out.push({ title, summary });
    out.push({ title: title.normalize('NFD'), summary: summary.normalize('NFD') });
    out.push({ title: title.toUpperCase(), summary: '' });
    out.push({ title: '', summary: title, content: `${summary} ${title.normalize('NFD')}` });
  }
  return out;
}

const pick = (item: MatchInput): MatchInput =>
  item.content === undefined ? { title: item.title, summary: item.summary ?? '' } : { title: item.title, summary: item.summary ?? '', content: item.content };

async function record(file: string): Promise<void> {
  const compiled = compileWatchlist(loadWatchlist());
  const sets: [string, MatchInput[]][] = [
    ['farm', await readFarmItems()],
    ['labelled', labelledItems()],
    ['corpus', generateCorpus(100_000)],
    ['unseen', generateCorpus(20_000, 7)],
  ];
  const out = createWriteStream(file);
  let count = 0;
  for (const [name, items] of sets) {
    for (const item of items) {
      const input = pick(item);
      out.write(`${JSON.stringify({ set: name, input })}\n${JSON.stringify(matchItem(compiled, input))}\n`);
      count += 1;
    }
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  console.log(`recorded ${count} results to ${file}`);
}

async function check(file: string): Promise<void> {
  const compiled = compileWatchlist(loadWatchlist());
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let input: MatchInput | null = null;
  let count = 0;
  let differ = 0;
  const bySet = new Map<string, number>();
  let set = '';
  for await (const line of lines) {
    if (input === null) {
      const entry = JSON.parse(line) as { set: string; input: MatchInput };
      input = entry.input;
      set = entry.set;
      continue;
    }
    const now = JSON.stringify(matchItem(compiled, input));
    count += 1;
    bySet.set(set, (bySet.get(set) ?? 0) + 1);
    if (now !== line) {
      differ += 1;
      if (differ <= 5) console.log(`differs (${set}): ${JSON.stringify(input)}\n  was ${line}\n  now ${now}`);
    }
    input = null;
  }
  console.log(`checked ${count} results (${[...bySet].map(([s, n]) => `${s} ${n}`).join(', ')}): ${differ} differ`);
  if (differ > 0 || count === 0) process.exitCode = 1;
}

interface Pass {
  start: number;
  end: number;
  cpuMs: number;
  minor: number;
  major: number;
  gcMs: number;
}

interface GcEntry {
  readonly start: number;
  readonly duration: number;
  readonly minor: boolean;
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error('run with --expose-gc');
  gc();
  gc();
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

async function measure(passes: number): Promise<void> {
  const watchlist = loadWatchlist();
  const items = await readFarmItems();
  const gcs: GcEntry[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const minor = (entry as { detail?: { kind?: number } }).detail?.kind === GC_MINOR;
      gcs.push({ start: entry.startTime, duration: entry.duration, minor });
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  const runs: Pass[] = [];
  collectGarbage();
  const compileStarted = process.cpuUsage();
  const compiled = compileWatchlist(watchlist);
  const compileUsed = process.cpuUsage(compileStarted);
  for (let p = 0; p < passes; p += 1) {
    // Each pass keeps what the poll cycle keeps of a result (its matches) until the pass ends.
    const kept: unknown[] = [];
    collectGarbage();
    const start = performance.now();
    const cpu = process.cpuUsage();
    for (const item of items) kept.push(matchItem(compiled, item).matches);
    const used = process.cpuUsage(cpu);
    runs.push({ start, end: performance.now(), cpuMs: (used.user + used.system) / 1000, minor: 0, major: 0, gcMs: 0 });
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
  observer.disconnect();
  for (const run of runs) {
    for (const gc of gcs) {
      if (gc.start < run.start || gc.start > run.end) continue;
      if (gc.minor) run.minor += 1;
      else run.major += 1;
      run.gcMs += gc.duration;
    }
  }
  const rows = runs.map((r, i) => ({
    pass: i + 1,
    items: items.length,
    minorGcs: r.minor,
    otherGcs: r.major,
    gcMs: Math.round(r.gcMs),
    cpuMs: Math.round(r.cpuMs),
  }));
  console.table(rows);
  const warm = runs.slice(1);
  console.log(
    `compileWatchlist: ${Math.round((compileUsed.user + compileUsed.system) / 1000)} ms CPU; ` +
      `cold pass: ${runs[0]?.minor} minor GCs, ${Math.round(runs[0]?.cpuMs ?? 0)} ms CPU; ` +
      `later passes (median of ${warm.length}): ${median(warm.map((r) => r.minor))} minor GCs, ${Math.round(median(warm.map((r) => r.cpuMs)))} ms CPU`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [mode, file] = process.argv.slice(2);
  if (mode === 'record' || mode === 'check') {
    if (file === undefined) throw new Error(`usage: match-alloc.ts ${mode} <file>`);
    await (mode === 'record' ? record(file) : check(file));
  } else await measure(Number(mode ?? 5));
}
