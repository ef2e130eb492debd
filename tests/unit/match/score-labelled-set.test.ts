import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { WatchlistConfig } from '../../../src/core/config-types.js';
import { compileWatchlist } from '../../../src/match/compile-watchlist.js';
import { formatError, loadLabelledSet, scoreLabelledSet } from './score-labelled-set.js';
import type { LabelledItem } from './score-labelled-set.js';
import { makeEntity } from '../../fakes/make-entity.js';

const entity = makeEntity;

/** A tiny watchlist, so each scoring rule is checked independently of the default data. */
const watchlist: WatchlistConfig = {
  anchors: ['junta'],
  entities: [
    entity({ id: 'land', kind: 'state', aliases: { en: ['Land', 'Landish'], fr: [] } }),
    entity({ id: 'port', kind: 'place', aliases: { en: ['Portville'], fr: [] }, countries: ['land'] }),
    entity({ id: 'bloc', kind: 'organisation', aliases: { en: ['Bloc of States'], fr: [] } }),
    entity({ id: 'empire', kind: 'state', aliases: { en: ['Empire'], fr: [] }, contextOnly: true }),
    entity({ id: 'raid', kind: 'topic', aliases: { en: ['raid*'], fr: [] } }),
  ],
};
const compiled = compileWatchlist(watchlist);

const item = (id: string, title: string, expected: readonly string[]): LabelledItem => ({
  id,
  lang: 'en',
  title,
  summary: '',
  expected,
});

describe('scoreLabelledSet', () => {
  it('counts a distractor in which the matcher finds an actor as an item false positive', () => {
    const scores = scoreLabelledSet(
      [item('a', 'Landish troops reach Portville', ['land', 'port']), item('b', 'Bloc of States meets', [])],
      { watchlist, compiled },
    );
    expect(scores.itemPrecision).toBe(0.5);
    expect(scores.itemRecall).toBe(1);
    expect(scores.errors.map(formatError)).toEqual(['b false positive +[bloc] -[] Bloc of States meets']);
  });

  it('lets neither topics nor context-only states make an item relevant or count as entities', () => {
    const scores = scoreLabelledSet(
      [item('a', 'Empire raid', ['empire']), item('b', 'Land junta hosts Empire envoys', ['land', 'empire'])],
      { watchlist, compiled },
    );
    expect(scores.relevantItems).toBe(1);
    expect(scores.errors).toEqual([]);
    expect(scores.entityF1).toBe(1);
  });

  it('counts an expected entity the matcher missed against entity recall', () => {
    const scores = scoreLabelledSet([item('a', 'Landish news', ['land', 'port'])], { watchlist, compiled });
    expect(scores.entityPrecision).toBe(1);
    expect(scores.entityRecall).toBe(0.5);
    expect(scores.entityF1).toBeCloseTo(2 / 3);
    expect(scores.errors.map(formatError)).toEqual(['a +[] -[port] Landish news']);
  });

  it('leaves a match outside the vocabulary unscored, yet counts it for the relevance decision', () => {
    const scores = scoreLabelledSet([item('a', 'Bloc of States summit', [])], {
      watchlist,
      compiled,
      vocabulary: new Set(['land', 'port']),
    });
    expect(scores.itemPrecision).toBe(0);
    expect(scores.entityPrecision).toBe(1);
    expect(scores.errors.map(formatError)).toEqual(['a false positive +[] -[] ?[bloc] Bloc of States summit']);
  });
});

describe('loadLabelledSet', () => {
  const dir = mkdtempSync(join(tmpdir(), 'labelled-set-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads one item per line and skips blank lines', () => {
    const file = join(dir, 'good.jsonl');
    writeFileSync(file, `${JSON.stringify(item('a', 'Land', ['land']))}\n\n${JSON.stringify(item('b', 'Elsewhere', []))}\n`);
    expect(loadLabelledSet(pathToFileURL(file)).map((i) => i.id)).toEqual(['a', 'b']);
  });

  it('names the file and line of a malformed item', () => {
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, `${JSON.stringify(item('a', 'Land', ['land']))}\n{"id":"b","lang":"en","title":"x","summary":"","expected":"land"}\n`);
    expect(() => loadLabelledSet(pathToFileURL(file))).toThrow('bad.jsonl:2: expected is not an array of strings');
  });
});
