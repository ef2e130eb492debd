import { describe, expect, it } from 'vitest';
import {
  classifyEntities,
  describeRelevance,
  isSahelNews,
  makesSahelNews,
} from '../../../src/match/is-sahel-news.js';
import { matchItem } from '../../../src/match/match-item.js';
import { defaultCompiled, loadDefaultWatchlist } from './default-watchlist.js';

const watchlist = loadDefaultWatchlist();
const relevantFor = (title: string): boolean => isSahelNews(matchItem(defaultCompiled(), { title }).entities, watchlist);

describe('isSahelNews', () => {
  it('calls an item with a Sahel actor, place or state relevant', () => {
    expect(relevantFor('JNIM claims attack near Kidal')).toBe(true);
    expect(relevantFor('Assimi Goïta receives the ECOWAS envoy')).toBe(true);
    expect(relevantFor('Ouagadougou: le Burkina Faso suspend deux médias')).toBe(true);
  });

  it('does not call an item relevant for an event topic alone', () => {
    expect(matchItem(defaultCompiled(), { title: 'Gunmen attack a village market in Somalia' }).entities).toEqual(['attack']);
    expect(relevantFor('Gunmen attack a village market in Somalia')).toBe(false);
  });

  it('does not call an item relevant for context-only states alone, even when the matcher accepted them', () => {
    const entities = matchItem(defaultCompiled(), { title: 'Russia and France trade barbs over the Sahel' }).entities;
    expect(entities).toEqual(['russia', 'france']);
    expect(isSahelNews(entities, watchlist)).toBe(false);
  });

  it('gives the same answer for the compiled watchlist and for the configured one', () => {
    const entities = ['attack', 'russia', 'gao'];
    expect(isSahelNews(entities, defaultCompiled())).toBe(true);
    expect(isSahelNews(entities, watchlist)).toBe(true);
    expect(isSahelNews(['attack', 'russia'], defaultCompiled())).toBe(false);
  });

  it('counts an id the watchlist does not define for nothing', () => {
    expect(isSahelNews(['no-such-entity'], watchlist)).toBe(false);
    expect(makesSahelNews(undefined)).toBe(false);
  });

  it('decides by kind and contextOnly only', () => {
    expect(makesSahelNews({ kind: 'place', contextOnly: false })).toBe(true);
    expect(makesSahelNews({ kind: 'state', contextOnly: true })).toBe(false);
    expect(makesSahelNews({ kind: 'topic', contextOnly: false })).toBe(false);
  });
});

describe('classifyEntities and describeRelevance', () => {
  it('splits entities into relevant ones, topics and context, keeping their order and dropping repeats', () => {
    const relevance = classifyEntities(['jnim', 'attack', 'russia', 'kidal', 'mali', 'jnim'], watchlist);
    expect(relevance).toEqual({ relevant: true, entities: ['jnim', 'kidal', 'mali'], topics: ['attack'], context: ['russia'] });
    expect(describeRelevance(relevance)).toBe('relevant: jnim, kidal, mali; topics: attack');
  });

  it('says in one line why an item is not relevant', () => {
    expect(describeRelevance(classifyEntities([], watchlist))).toBe('not relevant: no watchlist match');
    expect(describeRelevance(classifyEntities(['attack'], watchlist))).toBe(
      'not relevant: only topics (attack), no Sahel actor, place or state',
    );
    expect(describeRelevance(classifyEntities(['coup', 'france'], watchlist))).toBe(
      'not relevant: only topics (coup) and context-only entities (france), no Sahel actor, place or state',
    );
  });
});
