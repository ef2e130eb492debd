import { describe, expect, it } from 'vitest';
import { compileWatchlist } from '../../../src/match/compile-watchlist.js';
import type { WatchlistConfig } from '../../../src/core/config-types.js';
import { explainMatch } from '../../../src/match/explain-match.js';
import { matchItem } from '../../../src/match/match-item.js';
import { makeEntity } from '../../fakes/make-entity.js';

/*
 * The item-level veto rule on a tiny watchlist, apart from the default data: a `when` phrase
 * anywhere in the item drops the names a veto lists, unless one of its `unless` entries holds.
 */

const watchlist: WatchlistConfig = {
  anchors: ['Sahel'],
  entities: [
    {
      ...makeEntity({ id: 'land', kind: 'state', aliases: { en: ['Land', 'Landish'], fr: [] }, excludes: ['Land Rover'] }),
      vetoes: [{ aliases: ['Land'], when: ['zoo', 'elephant*', 'Land Rover'], unless: ['@port', 'capital'] }],
    },
    makeEntity({ id: 'port', kind: 'place', aliases: { en: ['Portville'], fr: [] }, countries: ['land'] }),
    {
      ...makeEntity({ id: 'river', kind: 'place', aliases: { en: ['Riverton', 'Riv'], fr: [] } }),
      vetoes: [{ aliases: [], when: ['film'], unless: ['@anchor'] }],
    },
  ],
};

const compiled = compileWatchlist(watchlist);
const entitiesOf = (title: string, summary = ''): readonly string[] => matchItem(compiled, { title, summary }).entities;

describe('item-level vetoes', () => {
  it('drops a listed name when a `when` phrase is anywhere in the item', () => {
    expect(entitiesOf('Land wants to leave', 'The zoo keeps her indoors')).toEqual([]);
    expect(entitiesOf('Land wants to leave', 'Her elephants are restless')).toEqual([]);
  });

  it('leaves the name alone in an item without a `when` phrase', () => {
    expect(entitiesOf('Land wants to leave', 'The talks go on')).toEqual(['land']);
  });

  it('keeps the names the veto does not list', () => {
    expect(entitiesOf('Landish zoo reopens')).toEqual(['land']);
  });

  it('is lifted by an `unless` phrase, or an entity matched or implied in the item', () => {
    expect(entitiesOf('Land wants to leave', 'The zoo of the capital')).toEqual(['land']);
    expect(entitiesOf('Land wants to leave', 'The zoo of Portville')).toEqual(['land', 'port']);
  });

  it('is lifted by another name of the same entity through `@id`', () => {
    const selfLifted = compileWatchlist({
      anchors: [],
      entities: [{ ...makeEntity({ id: 'land', kind: 'state', aliases: { en: ['Land', 'Landish'], fr: [] } }), vetoes: [{ aliases: ['Land'], when: ['zoo'], unless: ['@land'] }] }],
    });
    expect(matchItem(selfLifted, { title: 'Land zoo', summary: 'A Landish keeper' }).entities).toEqual(['land']);
    expect(matchItem(selfLifted, { title: 'Land zoo' }).entities).toEqual([]);
  });

  it('drops every name of the entity when `aliases` is empty, and `@anchor` lifts it', () => {
    expect(entitiesOf('Riverton and Riv in a film')).toEqual([]);
    expect(entitiesOf('Riverton film', 'A Sahel story')).toEqual(['river']);
  });

  it('counts a `when` phrase inside an exclude phrase of the entity', () => {
    expect(entitiesOf('Land leaves', 'A Land Rover crashed')).toEqual([]);
  });

  it('says in --explain which veto and phrase dropped the name', () => {
    const input = { title: 'Land wants to leave', summary: 'The zoo keeps her indoors' };
    expect(explainMatch(input, matchItem(compiled, input))).toEqual([
      'land ✗ "Land" vetoed: vetoes[0]: "zoo" in the item, none of: @port, capital',
    ]);
  });
});
