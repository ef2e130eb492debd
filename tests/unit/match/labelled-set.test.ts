import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { matchItem } from '../../../src/match/match-item.js';
import { defaultCompiled, loadDefaultWatchlist } from './default-watchlist.js';

/**
 * The labelled set: 272 headlines with summaries, half English half French, half about the Sahel
 * and half hard distractors (every collision of the reference sheet's ambiguity table).
 * `expected` lists the entities an item names (by any name, acronym or demonym), the countries its
 * places imply, and context states (France, Russia…) named in a Sahel item; topics are not scored.
 */

interface Labelled {
  readonly id: string;
  readonly lang: 'en' | 'fr';
  readonly title: string;
  readonly summary: string;
  readonly expected: readonly string[];
}

interface Scores {
  readonly itemPrecision: number;
  readonly itemRecall: number;
  readonly entityPrecision: number;
  readonly entityRecall: number;
  readonly entityF1: number;
  readonly errors: readonly string[];
}

const THRESHOLDS = { itemPrecision: 0.97, itemRecall: 0.95, entityF1: 0.92 } as const;

function loadSet(): Labelled[] {
  const text = readFileSync(new URL('../../fixtures/labelled-headlines.jsonl', import.meta.url), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Labelled);
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

function score(set: readonly Labelled[]): Scores {
  const topics = new Set(loadDefaultWatchlist().entities.filter((e) => e.kind === 'topic').map((e) => e.id));
  const compiled = defaultCompiled();
  let itemTp = 0;
  let itemFp = 0;
  let itemFn = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const errors: string[] = [];
  for (const item of set) {
    const predicted = new Set(matchItem(compiled, item).entities.filter((id) => !topics.has(id)));
    const expected = new Set(item.expected);
    if (predicted.size > 0 && expected.size > 0) itemTp += 1;
    else if (predicted.size > 0) itemFp += 1;
    else if (expected.size > 0) itemFn += 1;
    const extra = [...predicted].filter((id) => !expected.has(id));
    const missing = [...expected].filter((id) => !predicted.has(id));
    tp += predicted.size - extra.length;
    fp += extra.length;
    fn += missing.length;
    if (extra.length + missing.length > 0) errors.push(`${item.id} +[${extra.join(' ')}] -[${missing.join(' ')}] ${item.title}`);
  }
  const entityPrecision = ratio(tp, tp + fp);
  const entityRecall = ratio(tp, tp + fn);
  return {
    itemPrecision: ratio(itemTp, itemTp + itemFp),
    itemRecall: ratio(itemTp, itemTp + itemFn),
    entityPrecision,
    entityRecall,
    entityF1: (2 * entityPrecision * entityRecall) / (entityPrecision + entityRecall || 1),
    errors,
  };
}

describe('the labelled headline set', () => {
  const set = loadSet();
  let scores: Scores;

  beforeAll(() => {
    scores = score(set);
    const f = (n: number): string => n.toFixed(3);
    console.log(
      `labelled set (${set.length} items): item precision ${f(scores.itemPrecision)}, item recall ${f(scores.itemRecall)}, ` +
        `entity precision ${f(scores.entityPrecision)}, entity recall ${f(scores.entityRecall)}, entity F1 ${f(scores.entityF1)}`,
    );
    if (scores.errors.length > 0) console.log(`mismatches:\n  ${scores.errors.join('\n  ')}`);
  });

  it('is at least 250 items, half English half French, half Sahel half distractors', () => {
    expect(set.length).toBeGreaterThanOrEqual(250);
    const english = set.filter((i) => i.lang === 'en').length;
    const sahel = set.filter((i) => i.id.includes('-sahel-')).length;
    expect(english).toBe(set.length / 2);
    expect(sahel).toBe(set.length / 2);
    expect(new Set(set.map((i) => i.id)).size).toBe(set.length);
  });

  it('only expects entity ids the watchlist defines', () => {
    const ids = new Set(loadDefaultWatchlist().entities.map((e) => e.id));
    const unknown = set.flatMap((i) => i.expected.filter((id) => !ids.has(id)).map((id) => `${i.id}: ${id}`));
    expect(unknown).toEqual([]);
  });

  it(`has item-level precision ≥ ${THRESHOLDS.itemPrecision}`, () => {
    expect(scores.itemPrecision).toBeGreaterThanOrEqual(THRESHOLDS.itemPrecision);
  });

  it(`has item-level recall ≥ ${THRESHOLDS.itemRecall}`, () => {
    expect(scores.itemRecall).toBeGreaterThanOrEqual(THRESHOLDS.itemRecall);
  });

  it(`has entity-level F1 ≥ ${THRESHOLDS.entityF1}`, () => {
    expect(scores.entityF1).toBeGreaterThanOrEqual(THRESHOLDS.entityF1);
  });
});
