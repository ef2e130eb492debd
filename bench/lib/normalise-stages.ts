/**
 * Measures and guards the parse and normalise stages of ingest (not part of `npm run bench`).
 *
 *   node --import tsx bench/lib/normalise-stages.ts time [ROUNDS]     parse and normalise the bench farm, medians
 *   node --import tsx bench/lib/normalise-stages.ts helpers [ROUNDS]  each normalising helper alone on the farm
 *   node --import tsx bench/lib/normalise-stages.ts corpus [ROUNDS]   normaliseEntries on the real-world corpus
 *   node --import tsx bench/lib/normalise-stages.ts record FILE     writes what the stages give for every input
 *   node --import tsx bench/lib/normalise-stages.ts check FILE      recomputes it and names every difference
 *
 * `record` and `check` cover every feed of the real-world corpus (whole and truncated), the test
 * fixtures and the 1,000 farm feeds: the raw entries from parseXmlFeed, the normalised items from
 * readFeed, and each helper (canonicalUrl, detectLanguage, htmlToPlain…, parseFeedDate) on
 * inputs drawn from them. A change that claims the same output must `check` clean against a
 * `record` made before it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import Parser from 'rss-parser';
import { canonicalUrl, resolveBase } from '../../src/ingest/canonical-url.js';
import { decodeFeed } from '../../src/ingest/decode-feed.js';
import { detectLanguage } from '../../src/ingest/detect-language.js';
import type { RawFeed } from '../../src/ingest/feed-entry.js';
import { htmlToPlain, htmlToPlainRepaired, removeBoilerplate, truncateText } from '../../src/ingest/html-to-plain.js';
import { itemIdOf, normaliseEntries } from '../../src/ingest/normalise-entries.js';
import { parseFeedDate } from '../../src/ingest/parse-date.js';
import { parseXmlFeed } from '../../src/ingest/parse-xml-feed.js';
import { readFeed } from '../../src/ingest/read-feed.js';
import { repairXml } from '../../src/ingest/repair-xml.js';
import { FARM, farmFeed } from './feed-farm.js';

const NOW = Date.UTC(2026, 0, 1);
const CORPUS = fileURLToPath(new URL('../../../shared/corpus/feeds/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../tests/fixtures/feeds/', import.meta.url));

interface Input {
  readonly name: string;
  readonly body: Buffer;
  readonly url: string;
}

function unzip(body: Buffer): Buffer {
  return body[0] === 0x1f && body[1] === 0x8b ? gunzipSync(body) : body;
}

function inputs(): Input[] {
  const corpus = readFileSync(`${CORPUS}MANIFEST.tsv`, 'utf8').trim().split('\n').slice(1).map((line) => line.split('\t')[0] ?? '');
  const list: Input[] = [];
  for (const file of corpus) {
    const body = unzip(readFileSync(`${CORPUS}${file}`));
    list.push({ name: `corpus:${file}`, body, url: `https://corpus.example.org/${file}` });
    for (const fraction of [0.05, 0.37, 0.5, 0.93]) {
      list.push({ name: `corpus:${file}@${fraction}`, body: body.subarray(0, Math.floor(body.length * fraction)), url: 'https://c.example/' });
    }
  }
  for (const file of readdirSync(FIXTURES).filter((f) => /\.(?:xml|json|html|txt)$/.test(f)).sort()) {
    list.push({ name: `fixture:${file}`, body: readFileSync(`${FIXTURES}${file}`), url: `https://fixtures.example/${file}` });
  }
  for (let f = 0; f < FARM.feeds; f += 1) list.push({ name: `farm:${f}`, body: Buffer.from(farmFeed(f), 'utf8'), url: `http://127.0.0.1:8080/feed/${f}.xml` });
  return list;
}

/** URLs and URL-like attribute values in a document, with tracking and AMP variants added. */
function urlProbes(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/https?:\/\/[^\s"'<>\]]+/g)) found.add(m[0]);
  for (const m of text.matchAll(/\b(?:href|src|xml:base|rdf:about)\s*=\s*["']([^"']*)["']/g)) found.add(m[1] ?? '');
  const variants = ['?utm_source=rss&id=7#top', '&utm_medium=x&fbclid=1', '?amp=1', '?a=b c&AMP=1', '?outputType=AMP&b=%41', '/amp/', '.amp.html?x=1', '?ref_src=t&&a&b=', '#only'];
  const out: string[] = [];
  for (const url of [...found].slice(0, 400)) {
    out.push(url, url.replace(/&amp;/g, '&'));
    for (const variant of variants) out.push(url + variant);
  }
  return out;
}

const LANGUAGE_SAMPLES = [
  'THE ARMY SAID THE ATTACK WAS OVER', 'Le président et l’armée', "l'armée d'Afrique n'est qu'une", 'naïve façade œuvre',
  'El gobierno y los militares para una', 'the\u00a0of\u00a0and', 'ÉTÉ À PARIS DANS LES RUES', 'Straße der die das und',
  `${'x'.repeat(315)} the of and le la les`, `${'word '.repeat(63)}the of`, 'İstanbul the of ǅ', 'ﬁnal the of and',
];

/** Every line the check compares: stage outputs and helper outputs, keyed by input. */
async function snapshot(): Promise<string[]> {
  const lines: string[] = [];
  const add = (key: string, value: unknown): void => {
    lines.push(`${key}\t${JSON.stringify(value)}`);
  };
  for (const input of inputs()) {
    const text = decodeFeed(input.body, null).text;
    const raw = await parseXmlFeed(repairXml(text));
    add(`${input.name}\traw`, raw);
    const read = await readFeed({ body: input.body, contentType: null, url: input.url, feedId: input.name, now: NOW });
    add(`${input.name}\tread`, read);
    if (input.name.startsWith('farm:') && Number(input.name.slice(5)) % 50 !== 0) continue;
    add(`${input.name}\turls`, urlProbes(text).map((u) => [canonicalUrl(u, null), canonicalUrl(u, input.url), resolveBase(u, input.url)]));
    if (raw.ok) add(`${input.name}\tentries`, raw.value.entries.map((e) => helperOutputs(e.title, e.summaryHtml, e.contentHtml, e.author, e.dates)));
    if (read.ok) add(`${input.name}\tlanguages`, read.value.map((item) => languageProbes([item.title, item.summary, item.content])));
  }
  add('synthetic\tlanguages', languageProbes(LANGUAGE_SAMPLES));
  return lines;
}

function helperOutputs(title: string, lead: string, body: string, author: string | null, dates: readonly string[]): unknown {
  const texts = [title, lead, body, author ?? ''];
  return [
    texts.map((t) => [htmlToPlain(t, 200), htmlToPlainRepaired(t), removeBoilerplate(htmlToPlain(t)), truncateText(htmlToPlain(t), 120)]),
    dates.map((d) => [parseFeedDate(d), parseFeedDate(d.toLowerCase()), parseFeedDate(d.replace(/ [+-]\d{4}$|Z$/, ''))]),
  ];
}

function languageProbes(texts: readonly string[]): unknown {
  return texts.map((t) => [detectLanguage(t), detectLanguage(t.slice(7)), detectLanguage(t.slice(100)), detectLanguage(t.toUpperCase())]);
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Wall and CPU (this process, all threads) milliseconds of `fn`; on a shared machine CPU varies less. */
async function lap<T>(fn: () => Promise<T> | T): Promise<{ value: T; wall: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await fn();
  const used = process.cpuUsage(cpu);
  return { value, wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
}

type Laps = [string, { wall: number; cpu: number }][];

/**
 * Runs `round` `rounds + 1` times and prints the median of each lap over all but the first round
 * (which warms the JIT up). Each kind of lap runs in a process of its own: code that has also
 * seen other inputs (the corpus's long two-byte texts) is compiled differently.
 */
async function timeRounds(rounds: number, round: () => Promise<Laps>): Promise<void> {
  const results = new Map<string, { wall: number[]; cpu: number[] }>();
  for (let r = 0; r <= rounds; r += 1) {
    const laps = await round();
    if (r === 0) continue;
    for (const [name, { wall, cpu }] of laps) {
      const entry = results.get(name) ?? { wall: [], cpu: [] };
      entry.wall.push(wall);
      entry.cpu.push(cpu);
      results.set(name, entry);
    }
  }
  console.log(`${'stage'.padEnd(18)} ${'cpu ms'.padStart(7)} ${'wall ms'.padStart(8)}   cpu per round`);
  for (const [name, { wall, cpu }] of results) {
    console.log(`${name.padEnd(18)} ${median(cpu).toFixed(0).padStart(7)} ${median(wall).toFixed(0).padStart(8)}   ${cpu.map((v) => v.toFixed(0)).join(' ')}`);
  }
}

/** The farm's documents as parseXmlFeed receives them (decoded, repaired). */
const farmDocuments = (): string[] => Array.from({ length: FARM.feeds }, (_, f) => repairXml(decodeFeed(Buffer.from(farmFeed(f), 'utf8'), null).text));

async function parseFarm(xml: readonly string[]): Promise<RawFeed[]> {
  const feeds: RawFeed[] = [];
  for (const doc of xml) {
    const parsed = await parseXmlFeed(doc);
    if (parsed.ok) feeds.push(parsed.value);
  }
  return feeds;
}

/** The cold cycle's stages on the farm: rss-parser alone, parseXmlFeed, then normaliseEntries on fresh entries. */
async function timeStages(rounds: number): Promise<void> {
  const xml = farmDocuments();
  const plain = new Parser();
  await timeRounds(rounds, async () => {
    const raw = await lap(async () => {
      for (const doc of xml) await plain.parseString(doc);
    });
    const parse = await lap(() => parseFarm(xml));
    const normalise = await lap(() =>
      parse.value.reduce((count, feed, f) => count + normaliseEntries(feed, { feedId: `f${f}`, feedUrl: `http://127.0.0.1:8080/feed/${f}.xml`, now: NOW }).length, 0),
    );
    if (normalise.value !== FARM.feeds * FARM.itemsPerFeed) throw new Error(`expected ${FARM.feeds * FARM.itemsPerFeed} items, got ${normalise.value}`);
    return [['rawParse', raw], ['parseXmlFeed', parse], ['normaliseEntries', normalise]];
  });
}

/** normaliseEntries on the real-world corpus, 20 times over (long HTML, two-byte text, odd links). */
async function timeCorpus(rounds: number): Promise<void> {
  const corpus = await corpusFeeds();
  await timeRounds(rounds, async () => [
    ['corpus x20', await lap(() => {
      for (let i = 0; i < 20; i += 1) for (const [name, feed] of corpus) normaliseEntries(feed, { feedId: name, feedUrl: `https://corpus.example.org/${name}`, now: NOW });
    })],
  ]);
}

/** The corpus feeds that parse, by file name (for normalising real-world text and links). */
async function corpusFeeds(): Promise<[string, RawFeed][]> {
  const feeds: [string, RawFeed][] = [];
  for (const input of inputs().filter((i) => i.name.startsWith('corpus:') && !i.name.includes('@'))) {
    const parsed = await parseXmlFeed(repairXml(decodeFeed(input.body, null).text));
    if (parsed.ok) feeds.push([input.name, parsed.value]);
  }
  return feeds;
}

/** Each helper alone over the farm's entries, as normaliseEntries calls it. */
async function timeHelpers(rounds: number): Promise<void> {
  const feeds = await parseFarm(farmDocuments());
  await timeRounds(rounds, () => helperLaps(feeds));
}

async function helperLaps(feeds: readonly RawFeed[]): Promise<Laps> {
  const entries = feeds.flatMap((feed) => feed.entries);
  const urls = await lap(() => entries.map((e) => canonicalUrl(e.link, 'https://outlet1.example/')));
  const texts = await lap(() => entries.map((e) => [htmlToPlain(e.title, 1000), removeBoilerplate(htmlToPlainRepaired(e.contentHtml))] as const));
  // One joined text, so the lap reads the same in versions whose detectLanguage takes one argument.
  const languages = await lap(() => texts.value.map(([title, body]) => detectLanguage(`${title}\n${body}`)));
  const ids = await lap(() => {
    const taken = new Set<string>();
    return entries.map((e, i) => itemIdOf('f1', e, urls.value[i] ?? null, 'https://outlet1.example/', e.title, taken));
  });
  return [['canonicalUrl', urls], ['texts', texts], ['detectLanguage', languages], ['itemIdOf', ids]];
}

async function main(): Promise<void> {
  const [mode = 'time', arg] = process.argv.slice(2);
  if (mode === 'time') return timeStages(Number(arg ?? 5));
  if (mode === 'helpers') return timeHelpers(Number(arg ?? 5));
  if (mode === 'corpus') return timeCorpus(Number(arg ?? 5));
  if (arg === undefined) throw new Error('usage: normalise-stages.ts record|check FILE');
  const lines = await snapshot();
  const digest = createHash('sha256').update(lines.join('\n')).digest('hex');
  if (mode === 'record') {
    writeFileSync(arg, `${lines.join('\n')}\n`);
    console.log(`recorded ${lines.length} lines, sha256 ${digest}`);
    return;
  }
  const before = readFileSync(arg, 'utf8').trimEnd().split('\n');
  const differing = lines.filter((line, i) => line !== before[i]);
  if (before.length !== lines.length) console.log(`line count differs: ${before.length} recorded, ${lines.length} now`);
  for (const line of differing.slice(0, 5)) console.log(`differs: ${line.slice(0, 300)}`);
  console.log(`${differing.length} of ${lines.length} lines differ, sha256 ${digest}`);
  if (differing.length > 0 || before.length !== lines.length) process.exitCode = 1;
}

await main();
