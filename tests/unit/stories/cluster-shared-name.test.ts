import { describe, expect, it } from 'vitest';
import {
  assignStory,
  signItem,
  type ClusterCandidate,
  type ClusterInput,
} from '../../../src/stories/cluster-stories.js';
import { headlineVerbs, verbsDiffer } from '../../../src/stories/headline-verbs.js';

const HOUR = 3_600_000;

describe('headlineVerbs', () => {
  it('reads the verb of the main clause, in English and French', () => {
    expect(headlineVerbs('Port authority blocks grain exports over unpaid fees')).toEqual([
      'block',
    ]);
    expect(headlineVerbs("Le port bloque l'exportation des céréales")).toEqual(['block']);
    expect(headlineVerbs('Crise portuaire : le ministre menace de suspendre les licences')).toEqual(
      ['threaten'],
    );
  });

  it('leaves out what follows a subordinating word and verbs of speech', () => {
    expect(headlineVerbs('Talks stall after port authority blocks exports')).toEqual([]);
    expect(headlineVerbs('Minister says the talks went well')).toEqual([]);
  });

  it('gives every class of a word with two senses', () => {
    expect(headlineVerbs('Trois douaniers arrêtés au port')).toEqual(['arrest', 'halt']);
  });

  it('parts headlines whose verbs share no class, never one that names none', () => {
    expect(verbsDiffer('Port asks traders to resume loading', ['Port blocks grain exports'])).toBe(
      true,
    );
    expect(verbsDiffer('Trois douaniers arrêtés', ['Customs officers arrested at port'])).toBe(
      false,
    );
    expect(verbsDiffer('Tension at the port', ['Port blocks grain exports'])).toBe(false);
  });
});

describe('assignStory, shared-name rule (no tag, no action the lexicon knows)', () => {
  const en: ClusterInput = {
    title: 'Kanta Holdings chief held in Niamey on Monday',
    summary: 'The chief executive of Kanta Holdings was held on Monday in Niamey, the firm said.',
    lang: 'en',
    publishedAt: Date.parse('2026-12-14T08:00:00Z'),
    entities: ['niger'],
    places: [],
    tags: [],
  };
  const fr: ClusterInput = {
    ...en,
    lang: 'fr',
    title: 'Niger : le patron de Kanta Holdings retenu par les autorités',
    summary: 'Le directeur général de Kanta Holdings est retenu depuis lundi par les autorités.',
    publishedAt: en.publishedAt + 3 * HOUR,
  };
  const options = { windowMs: 72 * HOUR, now: fr.publishedAt + HOUR };
  const storyOf = (input: ClusterInput, storyId: string): ClusterCandidate => ({
    storyId,
    firstSeenAt: input.publishedAt,
    lastSeenAt: input.publishedAt,
    signature: signItem(input),
  });

  it('joins an English and a French report that share a company name', () => {
    const result = assignStory(fr, signItem(fr), [storyOf(en, 'held')], options);
    expect(result.storyId).toBe('held');
    expect(result.reason).toMatch(/^same development by a shared name \(.*kanta.*\)/);
  });

  it('does not join two reports whose headlines lead with different verbs', () => {
    const blocks: ClusterInput = {
      ...en,
      title: 'Kanta Holdings blocks gold shipments from Niger',
      summary: 'Kanta Holdings stopped its gold shipments on Monday, the firm said.',
    };
    const asks: ClusterInput = {
      ...fr,
      title: 'Kanta Holdings demande au Niger de lever les scellés',
      summary: 'Kanta Holdings a demandé mardi aux autorités de lever les scellés.',
    };
    expect(
      assignStory(asks, signItem(asks), [storyOf(blocks, 'blocks')], options).storyId,
    ).toBeNull();
  });

  it('does not join on a name that many open stories carry', () => {
    const others = [1, 2].map((n) =>
      storyOf(
        { ...en, title: `Kanta Holdings report ${n}`, summary: `Kanta Holdings ${n}.` },
        `o${n}`,
      ),
    );
    const candidates = [storyOf(en, 'held'), ...others];
    expect(assignStory(fr, signItem(fr), candidates, options).storyId).toBeNull();
  });

  it('does not join on the name of a city, where many things happen', () => {
    const prices: ClusterInput = {
      ...en,
      entities: ['burkina-faso'],
      title: 'Fuel prices unchanged in Ouagadougou this week',
      summary: 'Pump prices in Ouagadougou stayed where they were, traders said.',
    };
    const fair: ClusterInput = {
      ...fr,
      entities: ['burkina-faso'],
      title: 'Ouagadougou accueille une foire agricole',
      summary: 'Une foire agricole se tient depuis lundi à Ouagadougou.',
    };
    expect(signItem(fair).anchors).toContain('ouagad');
    expect(
      assignStory(fair, signItem(fair), [storyOf(prices, 'prices')], options).storyId,
    ).toBeNull();
  });
});
