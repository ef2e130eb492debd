import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { WatchlistConfig } from '../../../src/core/config-types.js';
import type { CompiledWatchlist } from '../../../src/match/compile-watchlist.js';
import { classifyEntities, makesSahelNews } from '../../../src/match/is-sahel-news.js';
import { matchItem } from '../../../src/match/match-item.js';
import { defaultCompiled, loadDefaultWatchlist } from './default-watchlist.js';

const fixture = (path: string): URL => new URL(`../../fixtures/${path}`, import.meta.url);

/** The labelled sets: the hand-written one, and the real headlines' tuning and test halves. */
export const LABELLED_SETS = {
  old: fixture('labelled-headlines.jsonl'),
  tune: fixture('real-headlines/tune.jsonl'),
  test: fixture('real-headlines/test.jsonl'),
  /** A second tuning batch, collected and labelled after the first tuning half was used up. */
  tune2: fixture('real-headlines/tune-2.jsonl'),
  /** A second test batch, collected and labelled by a hand that had not seen the rules. */
  test2: fixture('real-headlines/test-2.jsonl'),
  /** The ids the real headlines were labelled with (see real-headlines/README.md). */
  vocabulary: fixture('real-headlines/vocabulary.json'),
} as const;

/** One labelled headline: what a reader says the item names, in watchlist ids. */
export interface LabelledItem {
  readonly id: string;
  readonly lang: 'en' | 'fr';
  readonly title: string;
  readonly summary: string;
  readonly expected: readonly string[];
  readonly source?: string;
  readonly note?: string;
}

/** How one item was mis-scored; `outcome` is set when the relevance decision itself was wrong. */
export interface ItemError {
  readonly id: string;
  readonly title: string;
  readonly outcome?: 'false positive' | 'false negative';
  /** Scored ids predicted but not expected. */
  readonly extra: readonly string[];
  /** Expected ids not predicted. */
  readonly missing: readonly string[];
  /** Predicted ids outside the set's labelling vocabulary: not scored, listed for review. */
  readonly unscored: readonly string[];
}

/** Item-level and micro-averaged entity-level figures of one labelled set. */
export interface SetScores {
  readonly items: number;
  /** Items whose (scored) `expected` is not empty: Sahel news. */
  readonly relevantItems: number;
  readonly itemPrecision: number;
  readonly itemRecall: number;
  readonly entityPrecision: number;
  readonly entityRecall: number;
  readonly entityF1: number;
  readonly errors: readonly ItemError[];
}

export interface ScoreOptions {
  readonly watchlist: WatchlistConfig;
  readonly compiled: CompiledWatchlist;
  /**
   * The ids the set was labelled with. A set labelled against a fixed list of ids must not count
   * as wrong a correct match of an entity added to the watchlist later; such predictions are
   * reported in `unscored` instead. Absent: every scored id of the watchlist counts.
   */
  readonly vocabulary?: ReadonlySet<string>;
}

/**
 * Reads a JSON Lines labelled set. Throws on a malformed line with a one-line reason naming the
 * file and line (`labelled-headlines.jsonl:12: expected is not an array of strings`): a broken
 * fixture is a bug in the repository, not an input to recover from.
 */
export function loadLabelledSet(url: URL): LabelledItem[] {
  const name = fileURLToPath(url).split(/[\\/]/).pop() ?? url.href;
  const items: LabelledItem[] = [];
  readFileSync(url, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return;
      const problem = describeProblem(line);
      if (problem !== undefined) throw new Error(`${name}:${index + 1}: ${problem}`);
      items.push(JSON.parse(line) as LabelledItem);
    });
  return items;
}

function describeProblem(line: string): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `not JSON (${(error as Error).message})`;
  }
  if (typeof value !== 'object' || value === null) return 'not a JSON object';
  const item = value as Record<string, unknown>;
  for (const key of ['id', 'title', 'summary'] as const)
    if (typeof item[key] !== 'string') return `${key} is not a string`;
  if (item.lang !== 'en' && item.lang !== 'fr') return 'lang is not "en" or "fr"';
  const expected = item.expected;
  if (!Array.isArray(expected) || !expected.every((id) => typeof id === 'string'))
    return 'expected is not an array of strings';
  return undefined;
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

/**
 * Scores a labelled set against the matcher. An item counts as predicted Sahel news by the
 * pipeline's own rule (`classifyEntities` of src/match/is-sahel-news.ts: topics and context-only
 * states such as Russia never make an item relevant), and as expected Sahel news when its
 * `expected`, with the ids that rule does not count removed, is not empty. Entity precision, recall
 * and F1 are micro-averaged over the same kinds of ids on both sides.
 */
export function scoreLabelledSet(set: readonly LabelledItem[], options: ScoreOptions): SetScores {
  const unscoredKind = new Set(
    options.watchlist.entities.filter((e) => !makesSahelNews(e)).map((e) => e.id),
  );
  const counts = { itemTp: 0, itemFp: 0, itemFn: 0, tp: 0, fp: 0, fn: 0 };
  const errors: ItemError[] = [];
  for (const item of set) {
    const found = classifyEntities(
      matchItem(options.compiled, item).entities,
      options.watchlist,
    ).entities;
    const expected = new Set(item.expected.filter((id) => !unscoredKind.has(id)));
    const inVocabulary = (id: string): boolean => options.vocabulary?.has(id) ?? true;
    const predicted = new Set(found.filter(inVocabulary));
    const outcome = countItem(counts, found.length > 0, expected.size > 0);
    const extra = [...predicted].filter((id) => !expected.has(id)).sort();
    const missing = [...expected].filter((id) => !predicted.has(id)).sort();
    const unscored = found.filter((id) => !inVocabulary(id)).sort();
    counts.tp += predicted.size - extra.length;
    counts.fp += extra.length;
    counts.fn += missing.length;
    if (outcome !== undefined || extra.length + missing.length + unscored.length > 0)
      errors.push({
        id: item.id,
        title: item.title,
        ...(outcome ? { outcome } : {}),
        extra,
        missing,
        unscored,
      });
  }
  const entityPrecision = ratio(counts.tp, counts.tp + counts.fp);
  const entityRecall = ratio(counts.tp, counts.tp + counts.fn);
  return {
    items: set.length,
    relevantItems: counts.itemTp + counts.itemFn,
    itemPrecision: ratio(counts.itemTp, counts.itemTp + counts.itemFp),
    itemRecall: ratio(counts.itemTp, counts.itemTp + counts.itemFn),
    entityPrecision,
    entityRecall,
    entityF1: ratio(2 * entityPrecision * entityRecall, entityPrecision + entityRecall),
    errors,
  };
}

function countItem(
  counts: { itemTp: number; itemFp: number; itemFn: number },
  predicted: boolean,
  expected: boolean,
): ItemError['outcome'] {
  if (predicted && expected) counts.itemTp += 1;
  else if (predicted) {
    counts.itemFp += 1;
    return 'false positive';
  } else if (expected) {
    counts.itemFn += 1;
    return 'false negative';
  }
  return undefined;
}

/** One error as a line: `real-en-012 false positive +[ecowas] -[] ?[] ECOWAS urges Guinea…`. */
export function formatError(error: ItemError): string {
  const outcome = error.outcome === undefined ? '' : ` ${error.outcome}`;
  const unscored = error.unscored.length > 0 ? ` ?[${error.unscored.join(' ')}]` : '';
  return `${error.id}${outcome} +[${error.extra.join(' ')}] -[${error.missing.join(' ')}]${unscored} ${error.title}`;
}

/** The figures of one set as a line, three decimals each. */
export function formatScores(name: string, scores: SetScores): string {
  const f = (n: number): string => n.toFixed(3);
  return (
    `${name} (${scores.items} items, ${scores.relevantItems} Sahel): item precision ${f(scores.itemPrecision)}, ` +
    `item recall ${f(scores.itemRecall)}, entity precision ${f(scores.entityPrecision)}, ` +
    `entity recall ${f(scores.entityRecall)}, entity F1 ${f(scores.entityF1)}`
  );
}

/** Reads the JSON array of ids a set was labelled with. */
export function loadVocabulary(url: URL): ReadonlySet<string> {
  const ids: unknown = JSON.parse(readFileSync(url, 'utf8'));
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string'))
    throw new Error(`${fileURLToPath(url)}: not a JSON array of strings`);
  return new Set(ids);
}

/** The labelled sets scored against the default watchlist, each by its own rules. */
export function evaluateMatching(): {
  old: SetScores;
  tune: SetScores;
  tune2: SetScores;
  test: SetScores;
  test2: SetScores;
  /** Both test sets as one (348 items): the figure with the smallest sampling error. */
  tests: SetScores;
} {
  const base = { watchlist: loadDefaultWatchlist(), compiled: defaultCompiled() };
  const real = { ...base, vocabulary: loadVocabulary(LABELLED_SETS.vocabulary) };
  return {
    old: scoreLabelledSet(loadLabelledSet(LABELLED_SETS.old), base),
    tune: scoreLabelledSet(loadLabelledSet(LABELLED_SETS.tune), real),
    tune2: scoreLabelledSet(loadLabelledSet(LABELLED_SETS.tune2), real),
    test: scoreLabelledSet(loadLabelledSet(LABELLED_SETS.test), real),
    test2: scoreLabelledSet(loadLabelledSet(LABELLED_SETS.test2), real),
    tests: scoreLabelledSet(
      [...loadLabelledSet(LABELLED_SETS.test), ...loadLabelledSet(LABELLED_SETS.test2)],
      real,
    ),
  };
}
