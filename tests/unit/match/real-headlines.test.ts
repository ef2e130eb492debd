import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultCompiled, loadDefaultWatchlist } from './default-watchlist.js';
import {
  LABELLED_SETS,
  evaluateMatching,
  formatScores,
  loadLabelledSet,
  loadVocabulary,
  scoreLabelledSet,
} from './score-labelled-set.js';
import type { LabelledItem, SetScores } from './score-labelled-set.js';

/**
 * The real headlines (tests/fixtures/real-headlines): news text the rules were never written
 * against, labelled by reading before any rule changed. The tuning half may guide rule changes;
 * the test half is only ever measured, so this file prints its figures and never its items.
 */

/**
 * Floors on the test half. Item recall and entity F1 hold the targets (0.95); item precision
 * is held at its measured 0.959 (three false positives among 73 items predicted relevant),
 * below the 0.97 target: the floor stops it falling while the target stays open, and it may
 * only be raised by rules found on other real text, never by reading this half.
 */
const TEST_HALF_THRESHOLDS = { itemPrecision: 0.958, itemRecall: 0.95, entityF1: 0.95 } as const;

/**
 * Floors on the second test batch (test-2.jsonl, 221 items collected and labelled by a hand that
 * had not seen the rules): its first measure was item precision 0.950, recall 1.000, entity F1
 * 0.953. Like the test half's, they stop a fall and may only rise through rules found elsewhere.
 */
const TEST_BATCH_2_THRESHOLDS = { itemPrecision: 0.949, itemRecall: 0.95, entityF1: 0.95 } as const;

const tune = loadLabelledSet(LABELLED_SETS.tune);
const test = loadLabelledSet(LABELLED_SETS.test);
const all = [...tune, ...test];
const isSahel = (item: LabelledItem): boolean => item.expected.length > 0;
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('the real headlines', () => {
  it('hold at least 200 items, at least 70 in each language, with unique ids', () => {
    expect(all.length).toBeGreaterThanOrEqual(200);
    expect(all.filter((i) => i.lang === 'en').length).toBeGreaterThanOrEqual(70);
    expect(all.filter((i) => i.lang === 'fr').length).toBeGreaterThanOrEqual(70);
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
  });

  it('give each item a source address and a summary of at most 300 characters', () => {
    const bad = all.filter(
      (i) => !/^https?:\/\//.test(i.source ?? '') || i.summary.length > 300 || i.title === '',
    );
    expect(bad.map((i) => i.id)).toEqual([]);
  });

  it('put both languages and both Sahel news and distractors in each half', () => {
    for (const half of [tune, test])
      for (const lang of ['en', 'fr'])
        for (const sahel of [true, false])
          expect(
            half.filter((i) => i.lang === lang && isSahel(i) === sahel).length,
          ).toBeGreaterThanOrEqual(20);
  });

  it('split each language × kind group by the SHA-256 of the id, first half (rounded up) to tuning', () => {
    const misplaced: string[] = [];
    for (const lang of ['en', 'fr'])
      for (const sahel of [true, false]) {
        const group = all.filter((i) => i.lang === lang && isSahel(i) === sahel);
        const ordered = group.map((i) => i.id).sort((a, b) => sha256(a).localeCompare(sha256(b)));
        const toTune = new Set(ordered.slice(0, Math.ceil(ordered.length / 2)));
        const inTune = new Set(tune.map((i) => i.id));
        misplaced.push(...ordered.filter((id) => toTune.has(id) !== inTune.has(id)));
      }
    expect(misplaced).toEqual([]);
  });

  it('expect only ids of their labelling vocabulary, each defined by the watchlist', () => {
    const vocabulary = loadVocabulary(LABELLED_SETS.vocabulary);
    const defined = new Set(loadDefaultWatchlist().entities.map((e) => e.id));
    const outside = all.flatMap((i) =>
      i.expected.filter((id) => !vocabulary.has(id)).map((id) => `${i.id}: ${id}`),
    );
    expect(outside).toEqual([]);
    expect([...vocabulary].filter((id) => !defined.has(id))).toEqual([]);
  });
});

/** A tuning batch collected after the tuning half: its own ids, checks and figure floors. */
interface TuningBatch {
  readonly name: string;
  readonly items: readonly LabelledItem[];
  /** Scored by the same rules and vocabulary as the other real headlines. */
  readonly scores: () => SetScores;
  readonly idPattern: RegExp;
  readonly minItems: number;
  /** Sahel items each language must hold (the small fourth batch holds few English ones). */
  readonly minSahelPerLanguage?: number;
  /** The languages the batch holds (both unless said: the feed days of the fifth are English). */
  readonly languages?: readonly ('en' | 'fr')[];
  /** What the rules reached on the batch: a rule change may not lower it. */
  readonly floors: { readonly itemPrecision: number; readonly entityF1: number };
}

const normalise = (title: string): string =>
  title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const TUNE3 = new URL('../../fixtures/real-headlines/tune-3.jsonl', import.meta.url);
const realOptions = () => ({
  watchlist: loadDefaultWatchlist(),
  compiled: defaultCompiled(),
  vocabulary: loadVocabulary(LABELLED_SETS.vocabulary),
});
const TUNE4 = new URL('../../fixtures/real-headlines/tune-4.jsonl', import.meta.url);
const TUNE5 = new URL('../../fixtures/real-headlines/tune-5.jsonl', import.meta.url);
const TUNE6 = new URL('../../fixtures/real-headlines/tune-6.jsonl', import.meta.url);
const TUNE7 = new URL('../../fixtures/real-headlines/tune-7.jsonl', import.meta.url);
const tune2 = loadLabelledSet(LABELLED_SETS.tune2);
const tune3 = loadLabelledSet(TUNE3);
const tune4 = loadLabelledSet(TUNE4);
const tune5 = loadLabelledSet(TUNE5);
const tune6 = loadLabelledSet(TUNE6);
const tune7 = loadLabelledSet(TUNE7);

const BATCHES: readonly TuningBatch[] = [
  {
    name: 'second',
    items: tune2,
    scores: () => evaluateMatching().tune2,
    idPattern: /^real2-(en|fr)-\d{3}$/,
    minItems: 120,
    // The Manila Zoo elephant named Mali alone in a title is vetoed by the zoo her summary names.
    floors: { itemPrecision: 1, entityF1: 0.993 },
  },
  {
    name: 'third',
    items: tune3,
    scores: () => scoreLabelledSet(tune3, realOptions()),
    idPattern: /^real3-(en|fr)-\d{3}$/,
    minItems: 150,
    // The reviews of the film Bamako and the page that takes the governor of Niger State for the
    // governor of the country are caught by the item-level vetoes of Bamako and Niger.
    floors: { itemPrecision: 1, entityF1: 0.989 },
  },
  {
    name: 'fourth',
    items: tune4,
    scores: () => scoreLabelledSet(tune4, realOptions()),
    idPattern: /^real4-(en|fr)-\d{3}$/,
    minItems: 25,
    floors: { itemPrecision: 1, entityF1: 1 },
    minSahelPerLanguage: 1,
  },
  {
    name: 'fifth',
    items: tune5,
    scores: () => scoreLabelledSet(tune5, realOptions()),
    idPattern: /^real5-(en|fr)-\d{3}$/,
    minItems: 200,
    // One Burkina Faso item names "groups with links to al-Qaeda and ISIL", which the set leaves
    // unnamed and the Islamic State descriptor reads as its Sahel province.
    floors: { itemPrecision: 1, entityF1: 0.965 },
    minSahelPerLanguage: 5,
    languages: ['en'],
  },
  {
    name: 'sixth',
    items: tune6,
    scores: () => scoreLabelledSet(tune6, realOptions()),
    idPattern: /^real6-en-\d{3}$/,
    minItems: 130,
    // First measure, before any rule was changed for it: item precision 0.955, entity F1 0.956.
    // The rules written for it reached 1.000 and 0.989; two labels stay apart from the rules: a
    // raid "by French forces" (the earlier batches leave French forces unnamed) and "a Malian army
    // officer" who led the mutiny (read as the junta, not the FAMa).
    floors: { itemPrecision: 1, entityF1: 0.988 },
    languages: ['en'],
  },
  {
    name: 'seventh',
    items: tune7,
    scores: () => scoreLabelledSet(tune7, realOptions()),
    idPattern: /^real7-fr-\d{3}$/,
    minItems: 115,
    // First measure, before any rule was changed for it: item precision 0.967, entity F1 0.978.
    // The rules written for it reached 1.000 and 1.000.
    floors: { itemPrecision: 1, entityF1: 1 },
    languages: ['fr'],
  },
];

for (const batch of BATCHES)
  describe(`the ${batch.name} tuning batch of real headlines`, () => {
    it(`holds at least ${batch.minItems} items with unique ids, a source address and a summary of at most 300 characters`, () => {
      expect(batch.items.length).toBeGreaterThanOrEqual(batch.minItems);
      expect(new Set(batch.items.map((i) => i.id)).size).toBe(batch.items.length);
      const bad = batch.items.filter(
        (i) =>
          !batch.idPattern.test(i.id) ||
          !/^https?:\/\//.test(i.source ?? '') ||
          i.summary.length > 300 ||
          i.title === '',
      );
      expect(bad.map((i) => i.id)).toEqual([]);
    });

    it('is mostly distractors, with Sahel news in both languages', () => {
      expect(batch.items.filter((i) => !isSahel(i)).length).toBeGreaterThan(batch.items.length / 2);
      for (const lang of batch.languages ?? ['en', 'fr'])
        expect(
          batch.items.filter((i) => i.lang === lang && isSahel(i)).length,
        ).toBeGreaterThanOrEqual(batch.minSahelPerLanguage ?? 15);
    });

    it('repeats no item of the other labelled sets, by title or by address', () => {
      const others = [
        ...all,
        ...loadLabelledSet(LABELLED_SETS.old),
        ...BATCHES.filter((b) => b !== batch).flatMap((b) => b.items),
      ];
      const titles = new Set(others.map((i) => normalise(i.title)));
      const sources = new Set(others.flatMap((i) => (i.source === undefined ? [] : [i.source])));
      const repeated = batch.items.filter(
        (i) => titles.has(normalise(i.title)) || sources.has(i.source ?? ''),
      );
      expect(repeated.map((i) => i.id)).toEqual([]);
    });

    it(`keeps the figures the rules reached on it (item precision ${batch.floors.itemPrecision}, recall 1, entity F1 ${batch.floors.entityF1})`, () => {
      const scores = batch.scores();
      expect(scores.itemPrecision).toBeGreaterThanOrEqual(batch.floors.itemPrecision);
      expect(scores.itemRecall).toBe(1);
      expect(scores.entityF1).toBeGreaterThanOrEqual(batch.floors.entityF1);
    });

    it('expects only ids of the labelling vocabulary', () => {
      const vocabulary = loadVocabulary(LABELLED_SETS.vocabulary);
      expect(
        batch.items.flatMap((i) =>
          i.expected.filter((id) => !vocabulary.has(id)).map((id) => `${i.id}: ${id}`),
        ),
      ).toEqual([]);
    });
  });

describe('the second test batch of real headlines', () => {
  const batch = loadLabelledSet(LABELLED_SETS.test2);

  it('holds at least 200 items with unique test2 ids, both languages, Sahel news and distractors', () => {
    expect(batch.length).toBeGreaterThanOrEqual(200);
    expect(new Set(batch.map((i) => i.id)).size).toBe(batch.length);
    expect(batch.filter((i) => !/^test2-(en|fr)-\d{3}$/.test(i.id)).map((i) => i.id)).toEqual([]);
    for (const lang of ['en', 'fr'])
      for (const sahel of [true, false])
        expect(
          batch.filter((i) => i.lang === lang && isSahel(i) === sahel).length,
        ).toBeGreaterThanOrEqual(40);
  });

  it('gives each item a source address and a summary of at most 300 characters', () => {
    const bad = batch.filter(
      (i) => !/^https?:\/\//.test(i.source ?? '') || i.summary.length > 300 || i.title === '',
    );
    expect(bad.map((i) => i.id)).toEqual([]);
  });

  it('repeats no item of the other labelled sets, by title or by address', () => {
    const others = [
      ...all,
      ...loadLabelledSet(LABELLED_SETS.old),
      ...BATCHES.flatMap((b) => b.items),
    ];
    const titles = new Set(others.map((i) => normalise(i.title)));
    const sources = new Set(others.flatMap((i) => (i.source === undefined ? [] : [i.source])));
    const repeated = batch.filter(
      (i) => titles.has(normalise(i.title)) || sources.has(i.source ?? ''),
    );
    expect(repeated.map((i) => i.id)).toEqual([]);
  });

  it('expects only ids of the labelling vocabulary', () => {
    const vocabulary = loadVocabulary(LABELLED_SETS.vocabulary);
    expect(
      batch.flatMap((i) =>
        i.expected.filter((id) => !vocabulary.has(id)).map((id) => `${i.id}: ${id}`),
      ),
    ).toEqual([]);
  });

  for (const [figure, threshold] of Object.entries(TEST_BATCH_2_THRESHOLDS) as [
    keyof typeof TEST_BATCH_2_THRESHOLDS,
    number,
  ][]) {
    it(`keeps ${figure} ≥ ${threshold}`, () => {
      expect(evaluateMatching().test2[figure]).toBeGreaterThanOrEqual(threshold);
    });
  }
});

describe('the matcher on the test half of the real headlines', () => {
  let scores: SetScores;

  beforeAll(() => {
    const sets = evaluateMatching();
    scores = sets.test;
    console.log(formatScores('real headlines, tuning half', sets.tune));
    console.log(formatScores('real headlines, test half', scores));
  });

  for (const [figure, threshold] of Object.entries(TEST_HALF_THRESHOLDS) as [
    keyof typeof TEST_HALF_THRESHOLDS,
    number,
  ][]) {
    it(`reaches ${figure} ≥ ${threshold}`, () => {
      expect(scores[figure]).toBeGreaterThanOrEqual(threshold);
    });
  }
});
