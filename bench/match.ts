import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import type { WatchlistConfig } from '../src/core/config-types.js';
import { watchlistFileSchema } from '../src/config/schemas/watchlist.js';
import { compileWatchlist } from '../src/match/compile-watchlist.js';
import { matchItem } from '../src/match/match-item.js';
import { WORD_CHAR } from '../src/match/term-pattern.js';
import type { BenchRow, BenchSection } from './types.js';

/**
 * Matcher benchmark: items per second on one core with the full default watchlist (rules and
 * offsets), side by side with two baselines over the same corpus in the same run:
 * - one RegExp per alias, each tested over the raw title + summary (Unicode-aware boundaries,
 *   since JS `\b` misses Burkinabè and Traoré), collecting every entity;
 * - one bare alternation of every alias, `.test()` once over the raw text (the regex engine's
 *   limit: no folding, no rules, no offsets, stops at the first hit).
 * The baselines search aliases and acronyms only, as they always have; the matcher also looks
 * for every descriptor, `requires`, `excludes` and anchor phrase. Descriptor phrases are left
 * out of the baselines on purpose: they would push the bare alternation's source past the 20 KB
 * beyond which V8 stops optimising a regex, and a hundredfold slower baseline measures nothing.
 */

const CORPUS_SIZE = 100_000;
// The per-alias loop is ~100× slower; a slice keeps the run short without changing its rate.
const PER_ALIAS_ITEMS = 10_000;
// The baselines use the matcher's own word boundaries: correct on Burkinabè, and as fast as a
// Unicode-aware boundary gets in V8 (`\\p{L}` in a lookbehind is several times slower).
const BOUNDARY_BEFORE = `(?<!${WORD_CHAR})`;
const BOUNDARY_AFTER = `(?!${WORD_CHAR})`;

interface BenchItem {
  readonly title: string;
  readonly summary: string;
}

function loadWatchlist(): WatchlistConfig {
  const text = readFileSync(new URL('../config/watchlist.yaml', import.meta.url), 'utf8');
  const file = watchlistFileSchema.parse(parse(text));
  return { anchors: file.anchors, entities: file.entities.map(({ nameFr: _nameFr, ...rest }) => rest) };
}

/** A small deterministic PRNG (mulberry32), so every run matches the same corpus. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACTORS_EN = ['JNIM', 'the Malian army', 'Wagner fighters', 'Islamic State Sahel Province', 'the junta', 'ECOWAS', 'the AES', 'Captain Ibrahim Traoré', 'Gen. Tiani', 'FAMa troops', 'UN peacekeepers', 'Russian mercenaries', 'Islamic State fighters', "Mali's junta leader"];
const ACTORS_FR = ['le GSIM', "l’armée malienne", 'les FAMa', "l’État islamique au Sahel", 'la junte', 'la CEDEAO', "l’AES", 'le capitaine Ibrahim Traoré', 'le général Tiani', 'les soldats maliens', 'les casques bleus', 'des mercenaires russes', 'le bloc ouest-africain', 'le président de la transition'];
const PLACES = ['Kidal', 'Gao', 'Tombouctou', 'Ménaka', 'Mopti', 'Bamako', 'Niamey', 'Ouagadougou', 'Tinzaouatène', 'Sévaré'];
const VERBS_EN = ['attack', 'claim an ambush near', 'clash with rebels outside', 'announce talks in', 'impose a blockade on', 'withdraw from'];
const VERBS_FR = ['attaquent', 'revendiquent une embuscade près de', 'affrontent des rebelles à', 'annoncent des pourparlers à', 'imposent un blocus sur', 'se retirent de'];
const OTHER_EN = [
  'Nigeria’s central bank raises rates as inflation bites in Lagos',
  'Somalia’s parliament debates new electoral law in Mogadishu',
  'AES-256 flaw patched in popular VPN client, researchers say',
  'Richard Wagner’s Ring returns to Bayreuth after renovation',
  'GAO report faults Pentagon spending on new aircraft',
  'Gao Xingjian exhibition opens in Paris gallery',
  'Floods in Niger State displace thousands, Nigerian officials say',
  'Stock markets rally as tech earnings beat expectations',
  'Heatwave grips southern Europe as wildfires spread in Greece',
  'Election campaign heats up in Brazil ahead of runoff vote',
];
const OTHER_FR = [
  'La Banque centrale du Nigéria relève ses taux face à l’inflation',
  'Somalie : le Parlement débat d’une nouvelle loi électorale',
  'Faille dans le chiffrement AES-256 : un correctif publié',
  'Le Ring de Richard Wagner revient à Bayreuth après travaux',
  'Canicule : l’Europe du Sud suffoque, incendies en Grèce',
  'Tour de France : une étape de montagne décisive à l’Alpe d’Huez',
  'Réforme des retraites : les syndicats appellent à la grève',
  'Le festival de Cannes dévoile sa sélection officielle',
  'Inondations au Nigéria : des milliers de déplacés dans l’État du Niger',
  'Marchés : le CAC 40 termine en hausse après les résultats',
];
const FILLER_EN = [
  'Officials said the situation remained tense and that more details would be released in the coming days.',
  'The ministry did not respond to a request for comment on Thursday.',
  'Analysts said the decision could weigh on the region’s economy over the next year.',
  'Witnesses described scenes of confusion as residents tried to reach relatives.',
];
const FILLER_FR = [
  'Selon des sources locales, la situation restait tendue et d’autres détails devaient être communiqués.',
  'Le ministère n’a pas répondu aux sollicitations de l’AFP jeudi soir.',
  'Pour les analystes, cette décision pèsera sur l’économie de la région l’an prochain.',
  'Des témoins décrivent une grande confusion, les habitants cherchant à joindre leurs proches.',
];
const SUBJECTS_EN = ['The central bank', 'Lawmakers', 'The health ministry', 'A regional court', 'Farmers’ unions', 'The football federation', 'Tech companies', 'Teachers', 'The energy regulator', 'City officials'];
const SUBJECTS_FR = ['La banque centrale', 'Les députés', 'Le ministère de la Santé', 'Une cour régionale', 'Les syndicats agricoles', 'La fédération de football', 'Les géants du numérique', 'Les enseignants', 'Le régulateur de l’énergie', 'La mairie'];
const PREDICATES_EN = ['approve a new budget for', 'warn of shortages in', 'open an inquiry into delays in', 'announce record results in', 'call for reforms in', 'plan new rules for'];
const PREDICATES_FR = ['adoptent un nouveau budget pour', 'alertent sur des pénuries dans', 'ouvrent une enquête sur les retards dans', 'annoncent des résultats records dans', 'réclament des réformes dans', 'préparent de nouvelles règles pour'];
const OBJECTS_EN = ['public transport', 'rural hospitals', 'the housing sector', 'coastal fisheries', 'primary schools', 'the steel industry', 'online banking', 'wheat exports'];
const OBJECTS_FR = ['les transports publics', 'les hôpitaux ruraux', 'le secteur du logement', 'la pêche côtière', 'les écoles primaires', 'la sidérurgie', 'la banque en ligne', 'les exportations de blé'];

const pick = <T>(list: readonly T[], random: () => number): T => list[Math.floor(random() * list.length)] as T;

function sahelItem(french: boolean, random: () => number): BenchItem {
  const actor = pick(french ? ACTORS_FR : ACTORS_EN, random);
  const verb = pick(french ? VERBS_FR : VERBS_EN, random);
  const title = `${actor} ${verb} ${pick(PLACES, random)}`.replace(/^./, (c) => c.toUpperCase());
  const place = pick(PLACES, random);
  const lead = french ? `Une source sécuritaire à ${place} a confirmé l’information jeudi.` : `A security source in ${place} confirmed the report on Thursday.`;
  return { title, summary: `${lead} ${pick(french ? FILLER_FR : FILLER_EN, random)}` };
}

function generalItem(french: boolean, random: () => number): BenchItem {
  const title = french
    ? `${pick(SUBJECTS_FR, random)} ${pick(PREDICATES_FR, random)} ${pick(OBJECTS_FR, random)}`
    : `${pick(SUBJECTS_EN, random)} ${pick(PREDICATES_EN, random)} ${pick(OBJECTS_EN, random)}`;
  const fillers = french ? FILLER_FR : FILLER_EN;
  return { title, summary: `${pick(fillers, random)} ${pick(fillers, random)}` };
}

/**
 * A feed mix: 25 % Sahel items, 25 % hard distractors (Nigeria, AES-256, Richard Wagner, GAO…),
 * 50 % general news; half English, half French, with accents and curly apostrophes.
 */
export function generateCorpus(size: number, seed = 20231116): BenchItem[] {
  const random = createRandom(seed);
  const items: BenchItem[] = [];
  for (let i = 0; i < size; i += 1) {
    const french = random() < 0.5;
    const kind = random();
    if (kind < 0.25) items.push(sahelItem(french, random));
    else if (kind < 0.5) {
      const title = pick(french ? OTHER_FR : OTHER_EN, random);
      items.push({ title, summary: pick(french ? FILLER_FR : FILLER_EN, random) });
    } else items.push(generalItem(french, random));
  }
  return items;
}

function aliasSources(watchlist: WatchlistConfig): { pattern: string; caseSensitive: boolean; entity: string }[] {
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const out: { pattern: string; caseSensitive: boolean; entity: string }[] = [];
  for (const entity of watchlist.entities) {
    for (const alias of [...entity.aliases.en, ...entity.aliases.fr]) {
      const body = escape(alias.replace(/\*$/, '')).replace(/ /g, '[\\s-]+') + (alias.endsWith('*') ? '[0-9a-z\\u00c0-\\u1fff]*' : '');
      out.push({ pattern: body, caseSensitive: false, entity: entity.id });
    }
    for (const acronym of entity.acronyms) out.push({ pattern: escape(acronym), caseSensitive: true, entity: entity.id });
  }
  return out;
}

/**
 * Items per second of `work` over `items`, the best of `rounds` passes, per second of this
 * process's CPU time: "on one core", and steadier than wall time when the machine is busy.
 */
function measure(items: readonly BenchItem[], rounds: number, work: (item: BenchItem) => unknown): number {
  let best = 0;
  let sink = 0;
  for (let round = 0; round < rounds; round += 1) {
    const started = process.cpuUsage();
    for (const item of items) if (work(item)) sink += 1;
    const used = process.cpuUsage(started);
    best = Math.max(best, items.length / ((used.user + used.system) / 1e6));
  }
  if (sink < 0) console.log(sink);
  return best;
}

/** Runs the matcher benchmark; see the module comment for what is compared. */
export async function run(): Promise<BenchSection> {
  const watchlist = loadWatchlist();
  const compiled = compileWatchlist(watchlist);
  const corpus = generateCorpus(CORPUS_SIZE);
  const aliases = aliasSources(watchlist);
  const perAlias = aliases.map((a) => ({
    regex: new RegExp(`${BOUNDARY_BEFORE}(?:${a.pattern})${BOUNDARY_AFTER}`, a.caseSensitive ? '' : 'i'),
    entity: a.entity,
  }));
  const bare = new RegExp(`${BOUNDARY_BEFORE}(?:${aliases.map((a) => a.pattern).join('|')})${BOUNDARY_AFTER}`, 'i');

  let matchedItems = 0;
  for (const item of corpus) if (matchItem(compiled, item).entities.length > 0) matchedItems += 1;

  const ours = measure(corpus, 5, (item) => matchItem(compiled, item).entities.length);
  const alternation = measure(corpus, 5, (item) => bare.test(`${item.title}\n${item.summary}`));
  const loop = measure(corpus.slice(0, PER_ALIAS_ITEMS), 2, (item) => {
    const text = `${item.title}\n${item.summary}`;
    const found = new Set<string>();
    for (const { regex, entity } of perAlias) if (regex.test(text)) found.add(entity);
    return found.size;
  });

  // For reference: the same loop with the `\p{L}` boundaries of the toolchain notes (`u` flag).
  const unicodeLoop = aliases.map((a) => ({
    regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${a.pattern})(?![\\p{L}\\p{N}])`, a.caseSensitive ? 'u' : 'iu'),
    entity: a.entity,
  }));
  const loopUnicode = measure(corpus.slice(0, PER_ALIAS_ITEMS), 1, (item) => {
    const text = `${item.title}\n${item.summary}`;
    const found = new Set<string>();
    for (const { regex, entity } of unicodeLoop) if (regex.test(text)) found.add(entity);
    return found.size;
  });

  // For reference: one pass over items never matched before (another seed), as a feed item is
  // matched once. Their strings come out of JSON.parse, flat as a parser's, and sit in the old
  // generation first (`--expose-gc`), so the pass measures matching, not first-touch costs of the
  // generator's concatenated strings or promotion of the new corpus.
  const unseen = JSON.parse(JSON.stringify(generateCorpus(CORPUS_SIZE, 7))) as BenchItem[];
  collectGarbage();
  const oursUnseen = measure(unseen, 1, (item) => matchItem(compiled, item).entities.length);

  const vsLoop = ours / loop;
  const vsAlternation = ours / alternation;
  const rows: BenchRow[] = [
    { measure: 'matcher, default watchlist with rules and offsets', value: Math.round(ours), unit: 'items/s', target: '≥ 300000', pass: ours >= 300_000 },
    { measure: 'baseline: one RegExp per alias', value: Math.round(loop), unit: 'items/s' },
    { measure: 'baseline: one bare alternation .test()', value: Math.round(alternation), unit: 'items/s' },
    { measure: 'matcher ÷ per-alias loop', value: round2(vsLoop), unit: '×', target: '≥ 30', pass: vsLoop >= 30 },
    { measure: 'matcher ÷ bare alternation', value: round2(vsAlternation), unit: '×', target: '≥ 0.33', pass: vsAlternation >= 1 / 3 },
  ];
  return {
    name: 'match',
    rows,
    details: {
      corpusItems: corpus.length,
      perAliasLoopItems: PER_ALIAS_ITEMS,
      aliases: aliases.length,
      descriptorPhrases: watchlist.entities.reduce((n, e) => n + (e.descriptors ?? []).reduce((m, d) => m + d.phrases.en.length + d.phrases.fr.length + d.acronyms.length, 0), 0),
      regexKeys: compiled.keys.length,
      bareAlternationChars: bare.source.length,
      matcherStartChars: compiled.scanner.starts.source.length,
      matcherBuckets: new Set(compiled.scanner.buckets.values()).size,
      itemsWithMatches: matchedItems,
      perAliasLoopWithUnicodePropertyBoundaries: Math.round(loopUnicode),
      matcherVsThatLoop: round2(ours / loopUnicode),
      matcherOnePassUnseenItems: Math.round(oursUnseen),
      matcherMicrosecondsPerItem: round2(1e6 / ours),
      averageChars: Math.round(corpus.reduce((n, i) => n + i.title.length + i.summary.length, 0) / corpus.length),
    },
  };
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc !== undefined) {
    gc();
    gc();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const section = await run();
  console.table(section.rows);
  console.log(section.details);
}
