import { beforeAll, describe, expect, it } from 'vitest';
import { loadDefaultWatchlist } from './default-watchlist.js';
import { LABELLED_SETS, evaluateMatching, formatError, formatScores, loadLabelledSet } from './score-labelled-set.js';
import type { SetScores } from './score-labelled-set.js';

/**
 * The hand-written labelled set: 272 headlines with summaries, half English half French, half
 * about the Sahel and half hard distractors (every collision of the reference sheet's ambiguity
 * table). `expected` lists the entities an item names (by any name, acronym or demonym), the
 * countries its places imply, and context states (France, Russia…) named in a Sahel item; topics
 * and context states are not scored. Scored as the real headlines are (score-labelled-set.ts).
 */

// The figures the committed rules reached on this set when the real headlines were added (entity
// precision is held below 1 by a correct match the set does not list yet: Moussa Mara in
// fr-sahel-046); no change may lower them.
const THRESHOLDS = {
  itemPrecision: 1,
  itemRecall: 1,
  entityPrecision: 0.997,
  entityRecall: 0.994,
  entityF1: 0.995,
} as const;

describe('the hand-written labelled headline set', () => {
  const set = loadLabelledSet(LABELLED_SETS.old);
  let scores: SetScores;

  beforeAll(() => {
    scores = evaluateMatching().old;
    console.log(formatScores('hand-written set', scores));
    if (scores.errors.length > 0) console.log(`mismatches:\n  ${scores.errors.map(formatError).join('\n  ')}`);
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

  for (const [figure, threshold] of Object.entries(THRESHOLDS) as [keyof typeof THRESHOLDS, number][]) {
    it(`keeps ${figure} at or above ${threshold}`, () => {
      expect(scores[figure]).toBeGreaterThanOrEqual(threshold);
    });
  }
});
