import { describe, expect, it } from 'vitest';
import type { EntityConfig, FactConfig, WatchlistConfig } from '../../../src/core/config-types.js';
import type { MatchResult } from '../../../src/core/match-types.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { clusterFacets, eventTags } from '../../../src/stories/event-tags.js';
import { linkFacts } from '../../../src/stories/link-facts.js';
import { makeEntity } from '../../fakes/make-entity.js';

function entity(id: string, kind: EntityConfig['kind'], facts: readonly string[]): EntityConfig {
  return makeEntity({ id, kind, aliases: { en: [id], fr: [] }, facts });
}

function fact(id: string, entities: readonly string[], titleFr?: string): FactConfig {
  return {
    id,
    title: `Card ${id}`,
    ...(titleFr === undefined ? {} : { titleFr }),
    text: `Card ${id} text. A second sentence that no gist shows.`,
    keyDates: [],
    sources: [{ name: 'Source', url: `https://example.org/${id}` }],
    entities,
  };
}

const watchlist: WatchlistConfig = {
  anchors: [],
  entities: [
    entity('mali', 'state', ['mali']),
    entity('aes', 'alliance', ['aes', 'aes-founding']),
    entity('jnim', 'armed-group', ['jnim', 'bamako-attack']),
    entity('bamako', 'place', ['bamako', 'bamako-attack']),
    entity('kidal', 'place', ['kidal']),
    entity('assimi-goita', 'person', ['assimi-goita', 'coup-2020']),
    entity('fama', 'organisation', ['fama']),
    entity('coup', 'topic', ['coup-2020']),
    entity('attack', 'topic', []),
    entity('nocard', 'person', []),
  ],
};

const facts: FactConfig[] = [
  fact('mali', ['mali'], 'Le Mali'),
  fact('aes', ['aes']),
  fact('aes-founding', ['aes', 'mali', 'niger']),
  fact('jnim', ['jnim']),
  fact('bamako-attack', ['jnim', 'bamako', 'mali']),
  fact('bamako', ['bamako']),
  fact('kidal', ['kidal']),
  fact('assimi-goita', ['assimi-goita']),
  fact('coup-2020', ['mali', 'assimi-goita', 'fama'], 'Le coup de 2020'),
  fact('fama', ['fama']),
  { ...fact('unsourced', ['kidal']), sources: [] },
];

const config = { watchlist, facts };
const titles = (links: { title: string }[]): string[] => links.map((l) => l.title);

describe('linkFacts', () => {
  it('puts armed groups and places before states, at most three', () => {
    expect(titles(linkFacts(['mali', 'kidal', 'jnim'], ['attack'], config, 'en'))).toEqual([
      'Card jnim',
      'Card kidal',
      'Card mali',
    ]);
  });

  it('references each card by id, title, first sentence and the command that opens it', () => {
    expect(linkFacts(['kidal'], [], config, 'en')).toEqual([
      { id: 'kidal', title: 'Card kidal', gist: 'Card kidal text.', command: '/mali fact kidal' },
    ]);
  });

  it('adds an episode card when it involves two of the story entities other than states, before less specific cards', () => {
    expect(titles(linkFacts(['mali', 'bamako', 'jnim'], ['attack'], config, 'en'))).toEqual([
      'Card jnim',
      'Card bamako-attack',
      'Card bamako',
    ]);
  });

  it('leaves out an episode card that shares only one entity with the story', () => {
    expect(titles(linkFacts(['jnim', 'kidal'], [], config, 'en'))).toEqual([
      'Card jnim',
      'Card kidal',
    ]);
  });

  it('links the episode card of an event tag when the story is about it', () => {
    expect(titles(linkFacts(['mali', 'fama'], ['coup'], config, 'fr'))).toEqual([
      'Card fama',
      'Le coup de 2020',
      'Le Mali',
    ]);
  });

  it('uses the French title in French and the English one otherwise', () => {
    expect(titles(linkFacts(['mali'], [], config, 'fr'))).toEqual(['Le Mali']);
    expect(titles(linkFacts(['mali'], [], config, 'en'))).toEqual(['Card mali']);
  });

  it('skips unknown entities and entities without cards', () => {
    expect(linkFacts(['unknown', 'nocard'], [], config, 'en')).toEqual([]);
  });

  it('links a person, the armed group and the place of a story with the default knowledge base', () => {
    const loaded = loadConfig(new URL('../../../config', import.meta.url).pathname);
    if (!loaded.ok) throw new Error(loaded.error.map((e) => e.message).join('; '));
    const links = linkFacts(['mali', 'menaka', 'issp', 'fama'], ['attack'], loaded.value, 'en');
    expect(links.map((l) => l.title)).toEqual([
      'ISSP — Islamic State Sahel Province',
      'Ménaka',
      'FAMa — Malian Armed Forces',
    ]);
    expect(links.map((l) => l.command)).toEqual([
      '/mali fact issp',
      '/mali fact menaka',
      '/mali fact fama',
    ]);
    for (const link of links) {
      expect(link.gist.length).toBeGreaterThan(20);
      expect(link.gist.length).toBeLessThanOrEqual(160);
      expect(link.gist).not.toMatch(/\s$/u);
    }
  });
});

describe('eventTags and clusterFacets', () => {
  const result: MatchResult = {
    entities: ['jnim', 'attack', 'bamako', 'mali', 'coup', 'ghost'],
    matches: [],
    vetoed: [],
    scores: {},
  };

  it('takes the topic ids of a match result as event tags, strongest first', () => {
    expect(eventTags(result, watchlist)).toEqual(['attack', 'coup']);
  });

  it('splits a match result into entities, places and tags', () => {
    expect(clusterFacets(result, watchlist)).toEqual({
      entities: ['jnim', 'bamako', 'mali'],
      places: ['bamako'],
      tags: ['attack', 'coup'],
    });
  });
});
