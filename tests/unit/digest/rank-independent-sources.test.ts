import { describe, expect, it } from 'vitest';
import { entityWeights, rankStories, scoreStory } from '../../../src/digest/rank-stories.js';
import { config, NOW, source, story } from './make-story.js';

const options = { now: NOW, entityWeights: entityWeights(config.watchlist) };
const ids = (stories: readonly { id: string }[]): string[] => stories.map((s) => s.id);

const DISPATCH = 'Mali: army says it repelled an attack on a base near Boulkessi';
const REPRINTERS = [
  'Sahel Wire',
  'Mali Web',
  'Journal du Mali',
  'Maliweb Mirror',
  'Le Sahel Daily',
  'Bamako News',
  'Niger Express',
  'Africa Feed',
  'West Africa Now',
  'Aggregator Ten',
];

describe('digest ranking counts independent sources, not outlet names', () => {
  it('ranks two independent reports above ten word-for-word reprints of one wire dispatch', () => {
    const reprinted = story('reprinted', {
      sources: REPRINTERS.map((outlet) => source(outlet, { title: DISPATCH })),
    });
    const corroborated = story('corroborated', {
      sources: [
        source('RFI English', { title: 'Attack on Boulkessi base repelled, Malian army says' }),
        source('Studio Tamani', {
          title: 'Boulkessi : le camp militaire attaqué, l’armée riposte',
        }),
      ],
    });
    expect(ids(rankStories([reprinted, corroborated], options))).toEqual([
      'corroborated',
      'reprinted',
    ]);
  });

  it('scores reprints of one dispatch as one source, however many outlets carry them', () => {
    const single = story('single', { sources: [source('Sahel Wire', { title: DISPATCH })] });
    const reprinted = story('reprinted', {
      sources: REPRINTERS.map((outlet) => source(outlet, { title: DISPATCH })),
    });
    expect(scoreStory(reprinted, options)).toBe(scoreStory(single, options));
  });

  it('scores the same link carried by two outlets as one source', () => {
    const url = 'https://wire.example/boulkessi';
    const shared = story('shared', {
      sources: [source('Aggregator', { url }), source('Mali Web', { url })],
    });
    const single = story('single', { sources: [source('Aggregator', { url })] });
    expect(scoreStory(shared, options)).toBe(scoreStory(single, options));
  });

  it('counts an outlet once across its editions', () => {
    const editions = story('editions', {
      sources: [
        source('RFI English — Africa'),
        source('RFI — Afrique', { lang: 'fr', title: 'Attaque près de Boulkessi' }),
      ],
    });
    const two = story('two', { sources: [source('RFI English — Africa'), source('DW')] });
    expect(ids(rankStories([editions, two], options))).toEqual(['two', 'editions']);
    expect(scoreStory(editions, options)).toBe(
      scoreStory(story('one', { sources: [source('RFI English — Africa')] }), options),
    );
  });
});
