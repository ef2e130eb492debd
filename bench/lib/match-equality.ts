import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import type { WatchlistConfig } from '../../src/core/config-types.js';
import type { MatchInput, MatchResult } from '../../src/core/match-types.js';
import { watchlistFileSchema } from '../../src/config/schemas/watchlist.js';
import { readFeed } from '../../src/ingest/read-feed.js';
import { generateCorpus } from '../match.js';
import { FARM, farmFeed } from './feed-farm.js';

/**
 * Checks that a change to the matcher's scan keeps every result, byte for byte, by matching the
 * same inputs with this tree and with a reference tree in one process, on the SAME watchlist
 * (this tree's `config/watchlist.yaml`) and the same rules:
 *
 *   node --import tsx bench/lib/match-equality.ts <commit> [--no-farm]
 *
 * The reference is this tree's `src/` with the scan files (`SCAN_FILES`) taken from `<commit>`,
 * so a change to the rules made since then is in both and only the scan differs. Inputs: the
 * matcher bench corpus, another seed of it, the labelled set and the tuning half of the real
 * headlines with variants (decomposed accents, upper case, other separators and apostrophes,
 * text as content, three publication dates), edge cases of case and word boundaries, and the
 * feed farm's items. Exits 1 when a result differs or nothing was compared.
 */

/** The files of the scan step, which a speed-up may change without changing a result. */
export const SCAN_FILES = [
  'src/match/build-key-scanner.ts',
  'src/match/build-trie-regex.ts',
  'src/match/scan-fields.ts',
  'src/match/span.ts',
  'src/match/pool.ts',
] as const;

const ROOT = new URL('../../', import.meta.url);

interface Matcher {
  readonly compileWatchlist: (watchlist: WatchlistConfig) => unknown;
  readonly matchItem: (compiled: unknown, input: MatchInput) => MatchResult;
}

function loadWatchlist(): WatchlistConfig {
  const text = readFileSync(new URL('config/watchlist.yaml', ROOT), 'utf8');
  const file = watchlistFileSchema.parse(parse(text));
  return {
    anchors: file.anchors,
    entities: file.entities.map(({ nameFr, ...rest }) => (nameFr === undefined ? rest : { ...rest, nameFr })),
  };
}

/** A copy of this tree's `src/` with the scan files of `commit`, in a temporary folder. */
function referenceTree(commit: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'match-ref-'));
  cpSync(new URL('src', ROOT), join(dir, 'src'), { recursive: true });
  symlinkSync(new URL('node_modules', ROOT).pathname, join(dir, 'node_modules'));
  for (const path of SCAN_FILES) {
    const text = execFileSync('git', ['show', `${commit}:${path}`], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function loadMatcher(dir: string): Promise<Matcher> {
  const compile = (await import(pathToFileURL(join(dir, 'src/match/compile-watchlist.ts')).href)) as Pick<Matcher, 'compileWatchlist'>;
  const match = (await import(pathToFileURL(join(dir, 'src/match/match-item.ts')).href)) as Pick<Matcher, 'matchItem'>;
  return { compileWatchlist: compile.compileWatchlist, matchItem: match.matchItem };
}

interface Headline {
  readonly title: string;
  readonly summary: string;
}

function readHeadlines(path: string): Headline[] {
  return readFileSync(new URL(path, ROOT), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const { title, summary } = JSON.parse(line) as Headline;
      return { title, summary };
    });
}

const DATES = [undefined, Date.UTC(2023, 5, 1), Date.UTC(2025, 10, 20)];

/** Each headline as written and rewritten the ways feeds write text, at three dates. */
function variants(headlines: readonly Headline[]): MatchInput[] {
  const rewrites: ((text: string) => string)[] = [
    (t) => t,
    (t) => t.normalize('NFD'),
    (t) => t.toUpperCase(),
    (t) => t.toLowerCase(),
    (t) => t.replaceAll(' ', '\u00a0'),
    (t) => t.replaceAll(' ', ' - '),
    (t) => t.replaceAll(' ', '  \t'),
    (t) => t.replaceAll("'", '\u2019').replaceAll('\u2019', '\u02bc'),
    (t) => t.replaceAll('a', 'œ').replaceAll('e', 'µ'),
  ];
  const out: MatchInput[] = [];
  for (const { title, summary } of headlines) {
    for (const rewrite of rewrites) {
      for (const publishedAt of DATES) {
        const base = { title: rewrite(title), summary: rewrite(summary) };
        out.push(publishedAt === undefined ? base : { ...base, publishedAt });
      }
    }
    out.push({ title: '', summary: title, content: `${summary} ${title.normalize('NFD')}` });
  }
  return out;
}

/** Short texts at the edges of case folding, word boundaries and separators. */
function edgeCases(): MatchInput[] {
  const words = ['Mali', 'MALI', 'mali', 'Niger', 'Nigeria', 'Burkina Faso', 'Burkina-Faso', 'JNIM', 'Jnim', 'GSIM', 'l’armée', "l'AES", 'AES', 'aes', 'Gao', 'GAO', 'Tombouctou', 'Ménaka', 'Ménaka', 'Wagner', 'Sahel'];
  const glue = ['', ' ', '-', '\u00a0', '\u2009', '\u3000', '’', "'", 'é', 'œ', 'ı', 'İ', 'K', 'ſ', 'µ', 'Μ', '\u0301', '1', '_', '.', '…'];
  const out: MatchInput[] = [];
  for (const word of words) {
    for (const before of glue) for (const after of glue) out.push({ title: `${before}${word}${after} x` });
    out.push({ title: `${word}${word} ${word} ${word.split('').join(' ')}` });
  }
  return out;
}

async function readFarmItems(): Promise<MatchInput[]> {
  const items: MatchInput[] = [];
  for (let f = 0; f < FARM.feeds; f += 1) {
    const url = `https://outlet${f}.example/feed.xml`;
    const read = await readFeed({ body: Buffer.from(farmFeed(f), 'utf8'), contentType: 'application/rss+xml', url, feedId: `outlet${f}`, now: Date.UTC(2025, 10, 20) });
    if (!read.ok) throw new Error(`farm feed ${f}: ${read.error.message}`);
    items.push(...read.value.map((item) => ({ title: item.title, summary: item.summary, content: item.content, publishedAt: item.publishedAt })));
  }
  return items;
}

/** Compares the two matchers over every input set; returns how many results differ. */
function compare(sets: readonly (readonly [string, readonly MatchInput[]])[], ours: Matcher, reference: Matcher): number {
  const watchlist = loadWatchlist();
  const ourCompiled = ours.compileWatchlist(watchlist);
  const referenceCompiled = reference.compileWatchlist(loadWatchlist());
  let differ = 0;
  for (const [name, inputs] of sets) {
    let setDiffer = 0;
    for (const input of inputs) {
      const now = JSON.stringify(ours.matchItem(ourCompiled, input));
      const was = JSON.stringify(reference.matchItem(referenceCompiled, input));
      if (now === was) continue;
      setDiffer += 1;
      if (differ + setDiffer <= 5) console.log(`differs (${name}): ${JSON.stringify(input)}\n  was ${was}\n  now ${now}`);
    }
    console.log(`${name}: ${inputs.length} inputs, ${setDiffer} differ`);
    differ += setDiffer;
  }
  return differ;
}

async function main(): Promise<void> {
  const [commit, ...flags] = process.argv.slice(2);
  if (commit === undefined) throw new Error('usage: match-equality.ts <commit> [--no-farm]');
  const dir = referenceTree(commit);
  try {
    const reference = await loadMatcher(dir);
    const ours = await loadMatcher(new URL('.', ROOT).pathname);
    const labelled = readHeadlines('tests/fixtures/labelled-headlines.jsonl');
    const tuning = [...readHeadlines('tests/fixtures/real-headlines/tune.jsonl'), ...readHeadlines('tests/fixtures/real-headlines/tune-2.jsonl')];
    const sets: [string, readonly MatchInput[]][] = [
      ['labelled set and variants', variants(labelled)],
      ['real headlines (tuning half) and variants', variants(tuning)],
      ['edge cases', edgeCases()],
      ['bench corpus', generateCorpus(100_000)],
      ['bench corpus, seed 7', generateCorpus(20_000, 7)],
    ];
    if (!flags.includes('--no-farm')) sets.push(['feed farm', await readFarmItems()]);
    const differ = compare(sets, ours, reference);
    const total = sets.reduce((n, [, inputs]) => n + inputs.length, 0);
    console.log(`${total} inputs against ${commit}: ${differ} differ`);
    if (differ > 0 || total === 0) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
