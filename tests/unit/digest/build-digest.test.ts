import { describe, expect, it } from 'vitest';
import type { Arc, Story } from '../../../src/core/story.js';
import type { Message } from '../../../src/core/message.js';
import { buildDigest, type DigestInput } from '../../../src/digest/build-digest.js';
import { config, HOUR, NOW, render, source, story } from './make-story.js';

const kidal: Story = story('kidal-attack', {
  title: 'JNIM attacks army post near Kidal',
  summary: 'Fighters attacked an army post east of Kidal on Monday, the army said.',
  tags: ['attack'],
  entities: ['jnim', 'kidal', 'mali'],
  sources: [
    source('Studio Tamani', {
      tier: 2,
      lang: 'fr',
      title: 'Kidal : le JNIM attaque un poste',
      url: 'https://tamani.example/kidal',
    }),
    source('RFI English', {
      title: 'JNIM attacks army post near Kidal',
      url: 'https://rfi.example/kidal',
    }),
    source('RFI Afrique', {
      lang: 'fr',
      title: 'Mali : le JNIM attaque un poste près de Kidal',
      url: 'https://rfi.example/fr/kidal',
    }),
    source('Le Monde Afrique', {
      lang: 'fr',
      title: 'Attaque près de Kidal',
      url: 'https://lemonde.example/kidal',
    }),
    source('BBC News', { title: 'Mali army post attacked', url: 'https://bbc.example/kidal' }),
  ],
});

const summit: Story = story('summit', {
  title: 'Goïta meets Algerian envoy',
  summary: 'Assimi Goïta received an Algerian envoy in Bamako.',
  tags: ['diplomacy'],
  entities: ['assimi-goita', 'mali'],
  lastSeenAt: NOW - 5 * HOUR,
  sources: [
    source('DW', { title: 'Goïta meets Algerian envoy', url: 'https://dw.example/summit' }),
  ],
});

const minor: Story = story('minor', {
  title: 'Market reopens in Mopti',
  summary: '',
  sources: [source('Local blog', { tier: 3, url: null, title: 'Market reopens in Mopti' })],
});

const base: DigestInput = {
  stories: [minor, summit, kidal],
  window: { from: NOW - 24 * HOUR, to: NOW },
  timezone: 'Africa/Bamako',
  locale: 'en',
  size: 10,
  empty: 'notice',
  config,
};

describe('buildDigest', () => {
  it('builds a ranked English digest with one card per story, sources, tags and background', () => {
    expect(render(buildDigest(base))).toMatchInlineSnapshot(`
      "# Sahel digest — Tuesday, 24 November 2026
        3 stories · 23 Nov, 08:00 – 24 Nov, 08:00 (Africa/Bamako)
      * [JNIM attacks army post near Kidal](https://rfi.example/kidal) {kidal-attack}
        Fighters attacked an army post east of Kidal on Monday, the army said.
        sources: RFI English, BBC News, RFI Afrique, Le Monde Afrique, Studio Tamani
        provenance: Corroborated · 5 outlets
        note: Also: BBC News, RFI Afrique +2
        tags: Attack
        background: JNIM (/mali fact jnim) · Kidal (/mali fact kidal) · Mali (/mali fact mali)
      * [Goïta meets Algerian envoy](https://dw.example/summit) {summit}
        Assimi Goïta received an Algerian envoy in Bamako.
        sources: DW
        provenance: Single source
        tags: Diplomacy
        background: Assimi Goïta (/mali fact assimi-goita) · Mali (/mali fact mali)
      * [Market reopens in Mopti](https://example.org/minor) {minor}
        
        sources: Local blog
        provenance: Single source
      ---
      (muted) 3 stories, 7 reports from 7 outlets. Ranked by corroboration, source, actors and recency."
    `);
  });

  it('builds the French digest with French headings, titles and tag names', () => {
    expect(render(buildDigest({ ...base, locale: 'fr' }))).toMatchInlineSnapshot(`
      "# Revue de presse Sahel — mardi 24 novembre 2026
        3 sujets · 23 nov., 08:00 – 24 nov., 08:00 (Africa/Bamako)
      * [Mali : le JNIM attaque un poste près de Kidal](https://rfi.example/fr/kidal) {kidal-attack}
        Fighters attacked an army post east of Kidal on Monday, the army said.
        sources: RFI Afrique, Le Monde Afrique, RFI English, BBC News, Studio Tamani
        provenance: Confirmé par 5 médias
        note: Aussi : Le Monde Afrique, RFI English +2
        tags: Attaque
        background: JNIM (GSIM) (/mali fact jnim) · Kidal (/mali fact kidal) · Mali (/mali fact mali)
      * [Goïta meets Algerian envoy](https://dw.example/summit) {summit}
        Assimi Goïta received an Algerian envoy in Bamako.
        sources: DW
        provenance: Source unique
        tags: Diplomatie
        background: Assimi Goïta (/mali fact assimi-goita) · Mali (/mali fact mali)
      * [Market reopens in Mopti](https://example.org/minor) {minor}
        
        sources: Local blog
        provenance: Source unique
      ---
      (muted) 3 sujets, 7 articles de 7 médias. Classement : recoupement, source, acteurs et actualité."
    `);
  });

  it('shows only the top N stories and says how many there were', () => {
    const message = buildDigest({ ...base, size: 1 });
    const cards = message?.blocks.filter((b) => b.type === 'story') ?? [];
    expect(cards).toHaveLength(1);
    expect(message?.blocks.at(-1)).toEqual({
      type: 'text',
      tone: 'muted',
      text: 'Top 1 of 3 stories, 7 reports from 7 outlets. Ranked by corroboration, source, actors and recency.',
    });
  });

  it('has a plain-text fallback listing the stories in order', () => {
    expect(buildDigest(base)?.fallback).toMatchInlineSnapshot(`
      "Sahel digest — Tuesday, 24 November 2026
      3 stories · 23 Nov, 08:00 – 24 Nov, 08:00 (Africa/Bamako)
      1. JNIM attacks army post near Kidal (RFI English, BBC News, RFI Afrique +2) · Corroborated · 5 outlets
      2. Goïta meets Algerian envoy (DW) · Single source
      3. Market reopens in Mopti (Local blog) · Single source"
    `);
  });

  it('posts a short notice for an empty window when the subscription wants one', () => {
    expect(render(buildDigest({ ...base, stories: [] }))).toMatchInlineSnapshot(`
      "# Sahel digest — Tuesday, 24 November 2026
      (muted) No new stories: 23 Nov, 08:00 – 24 Nov, 08:00 (Africa/Bamako)."
    `);
    expect(buildDigest({ ...base, stories: [], locale: 'fr' })?.fallback).toMatchInlineSnapshot(`
      "Revue de presse Sahel — mardi 24 novembre 2026
      Aucune nouvelle information : 23 nov., 08:00 – 24 nov., 08:00 (Africa/Bamako)."
    `);
  });

  it('posts nothing for an empty window when the subscription says skip', () => {
    expect(buildDigest({ ...base, stories: [], empty: 'skip' })).toBeNull();
  });

  it('shows the summary in the language of the source it links, when the story has one', () => {
    const bilingual: Story = {
      ...kidal,
      summary: 'Des combattants ont attaqué un poste près de Kidal.',
      summaries: {
        en: 'Fighters attacked a post near Kidal.',
        fr: 'Des combattants ont attaqué un poste près de Kidal.',
      },
    };
    const summaryIn = (locale: 'en' | 'fr'): string => {
      const block = buildDigest({ ...base, stories: [bilingual], locale })?.blocks[1];
      return block?.type === 'story' ? `${block.card.title} | ${block.card.summary}` : '';
    };
    expect(summaryIn('en')).toBe(
      'JNIM attacks army post near Kidal | Fighters attacked a post near Kidal.',
    );
    expect(summaryIn('fr')).toBe(
      'Mali : le JNIM attaque un poste près de Kidal | Des combattants ont attaqué un poste près de Kidal.',
    );
  });

  it('falls back to UTC for an unknown timezone rather than failing', () => {
    const message = buildDigest({ ...base, timezone: 'Mars/Olympus' });
    const heading = message?.blocks[0];
    expect(heading?.type === 'heading' ? heading.subtitle : '').toContain('(UTC)');
  });
});

/** A developing situation near Kidal: the attack, then a claim, then the army's answer. */
const claim: Story = story('fla-claim', {
  title: 'FLA says it attacked the army post near Kidal',
  summary: 'The Azawad Liberation Front claimed the attack.',
  tags: ['attack'],
  entities: ['kidal', 'mali'],
  firstSeenAt: NOW - 2 * HOUR,
  lastSeenAt: NOW - HOUR,
  arcId: 'arc-kidal',
  sources: [
    source('RFI English', { title: 'FLA claims Kidal attack', url: 'https://rfi.example/fla' }),
  ],
});
const reinforcements: Story = story('reinforcements', {
  title: 'Army sends reinforcements to Kidal',
  summary: 'Troops left Gao for Kidal on Tuesday.',
  tags: ['attack'],
  entities: ['kidal', 'mali'],
  firstSeenAt: NOW - HOUR,
  lastSeenAt: NOW - HOUR / 2,
  arcId: 'arc-kidal',
  sources: [source('BBC News', { title: 'Army sends reinforcements to Kidal', url: null })],
});
const kidalArc: Arc = {
  id: 'arc-kidal',
  title: 'Kidal attack',
  firstSeenAt: NOW - 3 * HOUR,
  lastSeenAt: NOW - HOUR / 2,
  storyIds: ['kidal-attack', 'fla-claim', 'reinforcements'],
};
const arcInput: DigestInput = {
  ...base,
  stories: [reinforcements, minor, summit, claim, { ...kidal, arcId: 'arc-kidal' }],
  arcs: [kidalArc],
};

describe('digests of developing situations', () => {
  it("groups an arc's developments under its title, in order, in one slot ranked by its best story", () => {
    const message = buildDigest({ ...arcInput, size: 2 });
    expect(compact(message)).toMatchInlineSnapshot(`
      [
        "# Sahel digest — Tuesday, 24 November 2026",
        "# Kidal attack — 3 developments",
        "* JNIM attacks army post near Kidal",
        "* FLA claims Kidal attack",
        "* Army sends reinforcements to Kidal",
        "divider",
        "* Goïta meets Algerian envoy",
        "divider",
        "text",
      ]
    `);
    expect(message?.fallback).toMatchInlineSnapshot(`
      "Sahel digest — Tuesday, 24 November 2026
      4 stories · 23 Nov, 08:00 – 24 Nov, 08:00 (Africa/Bamako)
      1. Kidal attack — 3 developments
         - JNIM attacks army post near Kidal (RFI English, BBC News, RFI Afrique +2) · Corroborated · 5 outlets
         - FLA claims Kidal attack (RFI English) · Single source
         - Army sends reinforcements to Kidal (BBC News) · Single source
      2. Goïta meets Algerian envoy (DW) · Single source"
    `);
  });

  it('says it in French', () => {
    const message = buildDigest({ ...arcInput, locale: 'fr', size: 1 });
    expect(message?.fallback).toMatchInlineSnapshot(`
      "Revue de presse Sahel — mardi 24 novembre 2026
      3 sujets · 23 nov., 08:00 – 24 nov., 08:00 (Africa/Bamako)
      1. Kidal attack — 3 développements
         - Mali : le JNIM attaque un poste près de Kidal (RFI Afrique, Le Monde Afrique, RFI English +2) · Confirmé par 5 médias
         - FLA claims Kidal attack (RFI English) · Source unique
         - Army sends reinforcements to Kidal (BBC News) · Source unique"
    `);
  });

  it('shows an arc with one development in the window as a lone card', () => {
    const message = buildDigest({ ...base, stories: [claim, summit], arcs: [kidalArc] });
    expect(compact(message)).toEqual(compact(buildDigest({ ...base, stories: [claim, summit] })));
  });

  it('leaves stories whose arc it was not given standing alone', () => {
    const message = buildDigest({ ...arcInput, arcs: [] });
    expect(message?.blocks.filter((b) => b.type === 'story')).toHaveLength(5);
    expect(message?.blocks.filter((b) => b.type === 'heading')).toHaveLength(1);
  });
});

describe('cards of analysis, opinion and other non-news pieces', () => {
  const pieces: Story[] = [
    story('analysis', { kind: 'analysis', title: 'What the coup tells us about the Sahel' }),
    story('opinion', { kind: 'opinion', title: 'Opinion | The junta must hold elections' }),
    story('explainer', { kind: 'explainer', title: 'Who are the FLA rebels?' }),
    story('live', { kind: 'live', title: 'Live: Kidal after the attack' }),
    story('roundup', { kind: 'roundup', title: 'Revue de presse : la semaine au Sahel' }),
    story('news', { kind: 'news', title: 'Army retakes Kidal' }),
  ].map((s) => ({ ...s, sources: [source('RFI English', { title: s.title })] }));

  it('labels each kind in English, once', () => {
    expect(cardTitles(buildDigest({ ...base, stories: pieces }))).toMatchInlineSnapshot(`
      [
        "Analysis · What the coup tells us about the Sahel",
        "Army retakes Kidal",
        "Explainer · Who are the FLA rebels?",
        "Live: Kidal after the attack",
        "Opinion | The junta must hold elections",
        "Revue de presse : la semaine au Sahel",
      ]
    `);
  });

  it('labels each kind in French', () => {
    expect(cardTitles(buildDigest({ ...base, locale: 'fr', stories: pieces })))
      .toMatchInlineSnapshot(`
      [
        "Analyse · What the coup tells us about the Sahel",
        "Army retakes Kidal",
        "Décryptage · Who are the FLA rebels?",
        "Live: Kidal after the attack",
        "Opinion | The junta must hold elections",
        "Revue de presse : la semaine au Sahel",
      ]
    `);
  });
});

/** One line per block: headings, card titles, dividers. */
function compact(message: Message | null): string[] {
  return (message?.blocks ?? []).map((b) =>
    b.type === 'heading' ? `# ${b.text}` : b.type === 'story' ? `* ${b.card.title}` : b.type,
  );
}

function cardTitles(message: Message | null): string[] {
  return (message?.blocks ?? []).flatMap((b) => (b.type === 'story' ? [b.card.title] : [])).sort();
}
