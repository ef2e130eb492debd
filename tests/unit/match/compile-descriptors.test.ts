import { describe, expect, it } from 'vitest';
import type { DescriptorConfig, WatchlistConfig } from '../../../src/core/config-types.js';
import type { MatchInput } from '../../../src/core/match-types.js';
import { compileWatchlist } from '../../../src/match/compile-watchlist.js';
import { explainMatch } from '../../../src/match/explain-match.js';
import { matchItem } from '../../../src/match/match-item.js';
import { makeEntity } from '../../fakes/make-entity.js';

const entity = makeEntity;

function descriptor(partial: Partial<DescriptorConfig>): DescriptorConfig {
  return { phrases: { en: [], fr: [] }, acronyms: [], requires: [], excludes: [], ...partial };
}

/** A tiny watchlist that exercises each descriptor rule on its own, independent of the default data. */
const watchlist: WatchlistConfig = {
  anchors: ['Sahel'],
  entities: [
    entity({ id: 'land', kind: 'state', aliases: { en: ['Land', 'Landish'], fr: [] } }),
    entity({ id: 'other', kind: 'state', aliases: { en: ['Otherland'], fr: [] } }),
    entity({ id: 'port', kind: 'place', aliases: { en: ['Portville'], fr: [] }, countries: ['land'] }),
    entity({
      id: 'army',
      kind: 'organisation',
      aliases: { en: ['Land Defence Force'], fr: [] },
      descriptors: [
        descriptor({ phrases: { en: ['Landish soldier*'], fr: ['soldats landais'] } }),
        descriptor({ phrases: { en: ['the army'], fr: [] }, requires: ['@land'], excludes: ['Otherland army'] }),
      ],
    }),
    entity({
      id: 'guild',
      kind: 'armed-group',
      aliases: { en: ['Guild'], fr: [] },
      descriptors: [
        descriptor({ phrases: { en: ['hired guns'], fr: [] }, requires: ['@land'], until: '2023-12' }),
        descriptor({ phrases: { en: ['hired guns'], fr: [] }, requires: ['@other'], until: '2023-12' }),
      ],
    }),
    entity({
      id: 'corps',
      kind: 'armed-group',
      aliases: { en: ['Corps'], fr: [] },
      descriptors: [
        descriptor({ phrases: { en: ['hired guns'], fr: [] }, requires: ['@land'], from: '2024-01-01' }),
        descriptor({ acronyms: ['HG'], requires: ['@anchor', 'frontier'] }),
      ],
    }),
  ],
};

const compiled = compileWatchlist(watchlist);
const at = (date: string): number => Date.parse(`${date}T12:00:00Z`);
const entities = (input: MatchInput | string): readonly string[] =>
  matchItem(compiled, typeof input === 'string' ? { title: input } : input).entities;
const explain = (input: MatchInput): string[] => explainMatch(input, matchItem(compiled, input));

describe('descriptors', () => {
  it('match a descriptor without conditions anywhere, with star endings and in either language', () => {
    expect(entities('Landish soldiers parade')).toEqual(['army', 'land']);
    expect(entities('Des soldats landais défilent')).toEqual(['army']);
  });

  it('need the entity a descriptor requires, matched or implied by a place', () => {
    expect(entities('The army takes over')).toEqual([]);
    expect(entities('Land: the army takes over')).toEqual(['land', 'army']);
    expect(entities('The army enters Portville')).toEqual(['army', 'port', 'land']);
  });

  it("are vetoed by their own excludes anywhere in the item, not by another descriptor's", () => {
    expect(entities({ title: 'Land: the army moves', summary: 'The Otherland army watches' })).toEqual(['land', 'other']);
    expect(entities('Landish soldiers meet the Otherland army')).toEqual(['army', 'land', 'other']);
  });

  it('read the item date: until and from bound it by whole months and days', () => {
    expect(entities({ title: 'Hired guns in Land', publishedAt: at('2023-12-31') })).toEqual(['guild', 'land']);
    expect(entities({ title: 'Hired guns in Land', publishedAt: at('2024-01-01') })).toEqual(['corps', 'land']);
  });

  it('treat an undated item as within every until and before every from', () => {
    expect(entities('Hired guns in Land')).toEqual(['guild', 'land']);
  });

  it('give two readings of one phrase by the same entity each their own conditions, and count a match once', () => {
    const old = { title: 'Hired guns in Otherland', publishedAt: at('2022-05-01') };
    expect(entities(old)).toEqual(['guild', 'other']);
    const both = matchItem(compiled, { title: 'Hired guns in Land and Otherland', publishedAt: at('2022-05-01') });
    expect(both.matches.filter((m) => m.entity === 'guild')).toHaveLength(1);
  });

  it('match descriptor acronyms case-sensitively, with a phrase or anchor as context', () => {
    expect(entities('HG seen near the frontier')).toEqual(['corps']);
    expect(entities('HG active in the Sahel')).toEqual(['corps']);
    expect(entities('Hg levels near the frontier')).toEqual([]);
  });

  it('mark descriptor matches and say what allowed them', () => {
    const result = matchItem(compiled, { title: 'Portville: hired guns', publishedAt: at('2024-03-01') });
    expect(result.matches.find((m) => m.entity === 'corps')).toEqual({
      entity: 'corps',
      alias: 'hired guns',
      field: 'title',
      start: 11,
      end: 21,
      descriptor: true,
      context: 'land; from 2024-01-01',
    });
  });

  it('are explained with the descriptor, its phrase when the text differs, and its context', () => {
    expect(explain({ title: 'Landish soldiers', summary: 'In Land, the army hired guns', publishedAt: at('2025-01-01') }))
      .toMatchInlineSnapshot(`
        [
          "army ← descriptor "Landish soldiers" (phrase "Landish soldier*") in title [0–16]",
          "land ← "Landish" in title [0–7]",
          "land ← "Land" in summary [3–7]",
          "army ← descriptor "the army" (context: land) in summary [9–17]",
          "corps ← descriptor "hired guns" (context: land; from 2024-01-01) in summary [18–28]",
          "guild ✗ "hired guns" vetoed: descriptor applies until 2023-12",
        ]
      `);
  });

  it('say why a descriptor was turned down: date, missing context or an exclude', () => {
    expect(explain({ title: 'Hired guns' })).toEqual([
      'guild ✗ "hired guns" vetoed: descriptor requires one of: @land',
      'guild ✗ "hired guns" vetoed: descriptor requires one of: @other',
      'corps ✗ "hired guns" vetoed: descriptor applies from 2024-01-01, and the item has no date',
    ]);
    expect(explain({ title: 'Land: the army faces the Otherland army' })).toContain('army ✗ "the army" vetoed: descriptor excludes "Otherland army"');
  });
});

describe('requires naming an entity', () => {
  it('accepts an ambiguous alias when the entity it names is matched or implied', () => {
    const withRef = compileWatchlist({
      anchors: [],
      entities: [
        ...watchlist.entities,
        entity({ id: 'river', kind: 'place', aliases: { en: ['Great River'], fr: [] }, ambiguous: ['Great River'], requires: ['@land'] }),
      ],
    });
    expect(matchItem(withRef, { title: 'The Great River floods' }).entities).toEqual([]);
    expect(matchItem(withRef, { title: 'The Great River floods Portville' }).entities).toEqual(['river', 'port', 'land']);
  });
});
