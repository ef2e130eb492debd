import { describe, expect, it } from 'vitest';
import {
  corroborationLabel,
  independentOutlets,
  isCorroborated,
  outletHouse,
  storyCorroborationLabel,
  type StorySource,
} from '../../../src/core/story.js';

let next = 0;
function source(outlet: string, overrides: Partial<StorySource> = {}): StorySource {
  next += 1;
  return {
    itemId: `item-${next}`,
    feedId: `feed-${next}`,
    outlet,
    url: `https://example.org/${next}`,
    title: `${outlet} report number ${next} on the Kidal attack`,
    lang: 'en',
    tier: 2,
    publishedAt: 0,
    ...overrides,
  };
}

const WIRE = 'Mali: jihadists kill 12 soldiers in attack near Kidal';

describe('isCorroborated', () => {
  it('takes one outlet, however many reports, as a single source', () => {
    expect(isCorroborated({ sources: [source('RFI'), source('RFI')] })).toBe(false);
  });

  it('takes two outlets with their own reports as corroboration', () => {
    expect(isCorroborated({ sources: [source('RFI'), source('BBC News')] })).toBe(true);
  });

  it('does not count two feeds of the same outlet as corroboration', () => {
    const sources = [source('RFI English — Africa'), source('RFI — Afrique', { lang: 'fr' })];
    expect(independentOutlets(sources)).toBe(1);
    expect(isCorroborated({ sources })).toBe(false);
  });

  it('does not count a wire story reprinted word for word by several sites', () => {
    const sources = [
      source('Mali Web', { title: WIRE }),
      source('Africanews', { title: `${WIRE.toUpperCase()} !` }),
      source('Journal du Mali', { title: WIRE.replace('Mali:', 'Mali —') }),
    ];
    expect(independentOutlets(sources)).toBe(1);
    expect(isCorroborated({ sources })).toBe(false);
  });

  it('counts an outlet with its own report beside the reprints', () => {
    const sources = [
      source('Mali Web', { title: WIRE }),
      source('Africanews', { title: WIRE }),
      source('Studio Tamani', { title: 'Kidal : une attaque fait plusieurs morts parmi les FAMa' }),
    ];
    expect(independentOutlets(sources)).toBe(2);
  });

  it('does not count two sites linking the same article', () => {
    const url = 'https://wire.example/kidal-attack';
    expect(independentOutlets([source('Aggregator', { url }), source('Mali Web', { url })])).toBe(
      1,
    );
  });

  it('joins reprints through a shared copy even when the first two differ', () => {
    const url = 'https://wire.example/kidal';
    const sources = [
      source('A', { title: WIRE }),
      source('B', { url }),
      source('C', { title: WIRE, url }),
    ];
    expect(independentOutlets(sources)).toBe(1);
  });

  it('does not take a short headline shared by chance for a reprint', () => {
    const sources = [source('RFI', { title: 'Mali' }), source('BBC News', { title: 'Mali' })];
    expect(isCorroborated({ sources })).toBe(true);
  });
});

describe('outletHouse', () => {
  it('reads the outlet before the section and without the edition language', () => {
    expect(outletHouse('RFI English — Africa')).toBe('rfi');
    expect(outletHouse('RFI — Afrique')).toBe('rfi');
    expect(outletHouse('Le Monde in English — Front page')).toBe('le monde');
    expect(outletHouse('Le Monde — Sahel')).toBe('le monde');
    expect(outletHouse('Africanews (français)')).toBe('africanews');
    expect(outletHouse('Jeune Afrique')).toBe('jeune afrique');
  });
});

describe('corroborationLabel', () => {
  it('says single source or how many independent outlets, in English and French', () => {
    expect(corroborationLabel(1, 1, 'en')).toBe('Single source');
    expect(corroborationLabel(1, 1, 'fr')).toBe('Source unique');
    expect(corroborationLabel(3, 3, 'en')).toBe('Corroborated · 3 outlets');
    expect(corroborationLabel(3, 4, 'fr')).toBe('Confirmé par 3 médias');
  });

  it('says a reprinted report is still a single source', () => {
    expect(corroborationLabel(1, 3, 'en')).toBe('Single source · reprinted by 3 outlets');
    expect(corroborationLabel(1, 3, 'fr')).toBe('Source unique · reprise par 3 médias');
  });

  it('labels a story from its sources', () => {
    const reprinted = [source('Mali Web', { title: WIRE }), source('Africanews', { title: WIRE })];
    expect(storyCorroborationLabel({ sources: reprinted }, 'en')).toBe(
      'Single source · reprinted by 2 outlets',
    );
    const feeds = [source('RFI English — Africa'), source('RFI — Afrique')];
    expect(storyCorroborationLabel({ sources: feeds }, 'en')).toBe('Single source');
  });
});
