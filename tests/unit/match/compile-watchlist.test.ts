import { describe, expect, it } from 'vitest';
import type { WatchlistConfig } from '../../../src/core/config-types.js';
import { compileWatchlist, resolveEntityId } from '../../../src/match/compile-watchlist.js';
import { matchItem } from '../../../src/match/match-item.js';
import { makeEntity } from '../../fakes/make-entity.js';

const entity = makeEntity;

/** A tiny watchlist that exercises each rule on its own, independent of the default data. */
const watchlist: WatchlistConfig = {
  anchors: ['Sahel', 'junta'],
  entities: [
    entity({ id: 'land', kind: 'state', aliases: { en: ['Land', 'Landish'], fr: ['pays de Land'] } }),
    entity({ id: 'port', kind: 'place', aliases: { en: ['Portville'], fr: [] }, countries: ['land'] }),
    entity({
      id: 'bloc',
      kind: 'alliance',
      aliases: { en: ['Bloc of States'], fr: [] },
      acronyms: ['BOS'],
      ambiguous: ['BOS'],
      requires: ['@anchor', 'Land', 'summit*'],
      excludes: ['BOS-9', 'boson'],
    }),
    entity({ id: 'empire', kind: 'state', aliases: { en: ['Empire'], fr: [] }, contextOnly: true }),
    entity({ id: 'raid', kind: 'topic', aliases: { en: ['raid*'], fr: ['attaqu*', 'frappe* de drone*'] }, excludes: ['raid array'] }),
  ],
};

const compiled = compileWatchlist(watchlist);
const entities = (title: string, summary = ''): readonly string[] => matchItem(compiled, { title, summary }).entities;

describe('compileWatchlist rules', () => {
  it('matches an alias whatever its case and accents', () => {
    expect(entities('LAND votes')).toEqual(['land']);
    expect(entities('Le pays de Länd vote')).toEqual(['land']);
  });

  it('matches a trailing-star alias on any word ending, and across words', () => {
    expect(entities('Raiders strike')).toEqual(['raid']);
    expect(entities('Les frappes de drones reprennent')).toEqual(['raid']);
    expect(entities('Ils attaquent')).toEqual(['raid']);
  });

  it('vetoes a hit an exclude phrase overlaps', () => {
    expect(entities('RAID array failure')).toEqual([]);
  });

  it('accepts an ambiguous acronym with a required word, a star prefix, or an anchor', () => {
    expect(entities('BOS meets', 'Land hosts it')).toEqual(['bloc', 'land']);
    expect(entities('BOS summits resume')).toEqual(['bloc']);
    expect(entities('BOS and the junta')).toEqual(['bloc']);
  });

  it('rejects an ambiguous acronym without context, or with an exclude anywhere', () => {
    expect(entities('BOS meets')).toEqual([]);
    expect(entities('BOS summit', 'The boson was found')).toEqual([]);
    expect(entities('bos summit')).toEqual([]);
  });

  it('counts a context-only entity only in an anchored item', () => {
    expect(entities('Empire strikes')).toEqual([]);
    expect(entities('Empire strikes in the Sahel')).toEqual(['empire']);
    expect(entities('Empire and Land')).toEqual(['empire', 'land']);
  });

  it('lets a place imply its country', () => {
    const result = matchItem(compiled, { title: 'Portville port reopens' });
    expect(result.entities).toEqual(['port', 'land']);
    expect(result.matches[1]).toEqual({ entity: 'land', alias: 'Portville', field: 'title', start: 0, end: 9, impliedBy: 'port' });
  });

  it('keeps the longest of overlapping hits of one entity', () => {
    const result = matchItem(compiled, { title: 'Bloc of States' });
    expect(result.matches).toEqual([{ entity: 'bloc', alias: 'Bloc of States', field: 'title', start: 0, end: 14 }]);
  });

  it('keeps scores on an object without a prototype, so any entity id is a plain key', () => {
    const odd = compileWatchlist({
      anchors: [],
      entities: [
        entity({ id: '__proto__', kind: 'state', aliases: { en: ['Protoland'], fr: [] } }),
        entity({ id: 'constructor', kind: 'state', aliases: { en: ['Builderland'], fr: [] } }),
      ],
    });
    const result = matchItem(odd, { title: 'Builderland and Protoland' });
    expect(Object.getPrototypeOf(result.scores)).toBeNull();
    expect(Object.keys(result.scores)).toEqual(['constructor', '__proto__']);
    expect(result.scores['__proto__']).toBe(3);
    expect(JSON.stringify(result.scores)).toBe('{"constructor":3,"__proto__":3}');
    expect(Object.keys(matchItem(odd, { title: 'Nothing here' }).scores)).toEqual([]);
  });

  it('is reusable: the same compiled watchlist gives the same answer twice', () => {
    expect(entities('Landish ports')).toEqual(entities('Landish ports'));
  });
});

describe('resolveEntityId', () => {
  it('names the entity of an alias or acronym', () => {
    expect(resolveEntityId(compiled, 'bos')).toBe('bloc');
    expect(resolveEntityId(compiled, ' Pays de Land ')).toBe('land');
    expect(resolveEntityId(compiled, 'nowhere')).toBeUndefined();
  });
});
