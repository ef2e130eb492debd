import { describe, expect, it } from 'vitest';
import type { ArcMark } from '../../../src/core/message.js';
import type { Story } from '../../../src/core/story.js';
import { buildAlert, buildAlertUpdate } from '../../../src/digest/build-alert.js';
import { config, HOUR, NOW, render, source, story } from './make-story.js';

const first = source('RFI English', {
  title: 'JNIM attacks army post near Kidal',
  url: 'https://rfi.example/kidal',
  publishedAt: NOW - HOUR,
});

const single: Story = story('kidal-attack', {
  title: 'JNIM attacks army post near Kidal',
  summary: 'Fighters attacked an army post east of Kidal on Monday, the army said.',
  tags: ['attack'],
  entities: ['jnim', 'kidal', 'mali'],
  leadItemId: first.itemId,
  sources: [first],
});

const later: Story = {
  ...single,
  sources: [
    first,
    source('BBC News', { url: 'https://bbc.example/kidal', publishedAt: NOW - HOUR / 4 }),
    source('Le Monde Afrique', {
      lang: 'fr',
      title: 'Attaque près de Kidal',
      url: 'https://lemonde.example/kidal',
      publishedAt: NOW - HOUR / 2,
    }),
  ],
};

const query = 'Kidal AND (attack OR drone)';

describe('buildAlert', () => {
  it('posts one card for a new story matching the query', () => {
    expect(render(buildAlert({ story: single, query, locale: 'en', config })))
      .toMatchInlineSnapshot(`
        "# Sahel alert
          Matches: Kidal AND (attack OR drone)
        * [JNIM attacks army post near Kidal](https://rfi.example/kidal) {kidal-attack}
          Fighters attacked an army post east of Kidal on Monday, the army said.
          sources: RFI English
          provenance: Single source
          tags: Attack
          background: JNIM (/mali fact jnim) · Kidal (/mali fact kidal) · Mali (/mali fact mali)"
      `);
  });

  it('has a one-line-per-fact plain fallback with the link', () => {
    expect(buildAlert({ story: single, query, locale: 'en', config }).fallback)
      .toMatchInlineSnapshot(`
        "Sahel alert · Matches: Kidal AND (attack OR drone)
        JNIM attacks army post near Kidal https://rfi.example/kidal
        Single source"
      `);
  });

  it('says who else reported a story that is already corroborated, in French', () => {
    expect(render(buildAlert({ story: later, query, locale: 'fr', config })))
      .toMatchInlineSnapshot(`
        "# Alerte Sahel
          Correspond à : Kidal AND (attack OR drone)
        * [JNIM attacks army post near Kidal](https://rfi.example/kidal) {kidal-attack}
          Fighters attacked an army post east of Kidal on Monday, the army said.
          sources: RFI English, Le Monde Afrique, BBC News
          provenance: Confirmé par 3 médias
          note: Également rapporté par Le Monde Afrique, BBC News
          tags: Attaque
          background: JNIM (GSIM) (/mali fact jnim) · Kidal (/mali fact kidal) · Mali (/mali fact mali)"
      `);
  });

  it('keeps the same story id on the card, so the original message can be edited', () => {
    const message = buildAlert({ story: single, query, locale: 'en', config });
    const card = message.blocks.find((b) => b.type === 'story');
    expect(card?.type === 'story' ? card.card.storyId : null).toBe('kidal-attack');
  });
});

describe('buildAlertUpdate', () => {
  it('rebuilds the alert with every source and "Also reported by …"', () => {
    const update = buildAlertUpdate({ story: later, query, locale: 'en', config });
    expect(render(update)).toMatchInlineSnapshot(`
      "# Sahel alert
        Matches: Kidal AND (attack OR drone)
      * [JNIM attacks army post near Kidal](https://rfi.example/kidal) {kidal-attack}
        Fighters attacked an army post east of Kidal on Monday, the army said.
        sources: RFI English, Le Monde Afrique, BBC News
        provenance: Corroborated · 3 outlets
        note: Also reported by Le Monde Afrique, BBC News
        tags: Attack
        background: JNIM (/mali fact jnim) · Kidal (/mali fact kidal) · Mali (/mali fact mali)"
    `);
    expect(update.fallback).toMatchInlineSnapshot(
      `"Update — Corroborated · 3 outlets · Also reported by Le Monde Afrique, BBC News: JNIM attacks army post near Kidal https://rfi.example/kidal"`,
    );
  });

  it('writes the French update line with French punctuation before the headline', () => {
    const update = buildAlertUpdate({ story: later, query, locale: 'fr', config });
    expect(update.fallback).toMatch(/^Mise à jour — .* : JNIM attacks army post near Kidal /);
  });

  it('keeps the report it was first posted with as the lead when a bigger outlet joins later', () => {
    const tamani = source('Studio Tamani', {
      tier: 2,
      itemId: 'tamani-1',
      title: 'Kidal : attaque',
      url: 'https://tamani.example/k',
    });
    const grown: Story = {
      ...single,
      leadItemId: 'tamani-1',
      sources: [source('BBC News', { publishedAt: NOW }), tamani],
    };
    const card = buildAlertUpdate({ story: grown, query, locale: 'en', config }).blocks[1];
    expect(
      card?.type === 'story' ? [card.card.title, card.card.url, card.card.note] : null,
    ).toEqual(['Kidal : attaque', 'https://tamani.example/k', 'Also reported by BBC News']);
  });

  it('names at most five other outlets, then how many more', () => {
    const many: Story = {
      ...single,
      sources: [
        first,
        ...['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((n) => source(`Outlet ${n}`, { tier: 2 })),
      ],
    };
    const card = buildAlertUpdate({ story: many, query, locale: 'en', config }).blocks[1];
    expect(card?.type === 'story' ? card.card.note : null).toBe(
      'Also reported by Outlet A, Outlet B, Outlet C, Outlet D, Outlet E +2',
    );
  });
});

/** The third development of the Kidal situation, which began on 22 Nov (UTC). */
const third: ArcMark = {
  id: 'arc-kidal',
  title: 'Kidal attack',
  position: 3,
  since: Date.parse('2026-11-22T23:30:00Z'),
  previous: {
    storyId: 'fla-claim',
    title: 'FLA says it attacked the army post near Kidal',
    url: 'https://rfi.example/fla-claim',
  },
};

describe('alerts of a developing situation', () => {
  it('heads a later development "Developing — …" with its place in the arc and links the one before', () => {
    const message = buildAlert({ story: single, query, locale: 'en', config, arc: third });
    expect(render(message)).toMatchInlineSnapshot(`
      "# Developing — Kidal attack
        3rd development since 22 Nov · Matches: Kidal AND (attack OR drone)
      * [JNIM attacks army post near Kidal](https://rfi.example/kidal) {kidal-attack}
        Fighters attacked an army post east of Kidal on Monday, the army said.
        sources: RFI English
        provenance: Single source
        tags: Attack
        background: JNIM (/mali fact jnim) · Kidal (/mali fact kidal) · Mali (/mali fact mali)
      - Previous development: FLA says it attacked the army post near Kidal (https://rfi.example/fla-claim)"
    `);
    expect(message.fallback).toMatchInlineSnapshot(`
      "Developing — Kidal attack · 3rd development since 22 Nov · Matches: Kidal AND (attack OR drone)
      JNIM attacks army post near Kidal https://rfi.example/kidal
      Single source
      Previous development — FLA says it attacked the army post near Kidal https://rfi.example/fla-claim"
    `);
  });

  it("says it in French, with the arc's first day in the configured timezone", () => {
    const message = buildAlert({
      story: single,
      query,
      locale: 'fr',
      config,
      arc: third,
      timezone: 'Asia/Tokyo',
    });
    expect(render(message)).toMatchInlineSnapshot(`
      "# En développement — Kidal attack
        3e développement depuis le 23 nov. · Correspond à : Kidal AND (attack OR drone)
      * [JNIM attacks army post near Kidal](https://rfi.example/kidal) {kidal-attack}
        Fighters attacked an army post east of Kidal on Monday, the army said.
        sources: RFI English
        provenance: Source unique
        tags: Attaque
        background: JNIM (GSIM) (/mali fact jnim) · Kidal (/mali fact kidal) · Mali (/mali fact mali)
      - Développement précédent: FLA says it attacked the army post near Kidal (https://rfi.example/fla-claim)"
    `);
    expect(message.fallback).toMatchInlineSnapshot(`
      "En développement — Kidal attack · 3e développement depuis le 23 nov. · Correspond à : Kidal AND (attack OR drone)
      JNIM attacks army post near Kidal https://rfi.example/kidal
      Source unique
      Développement précédent — FLA says it attacked the army post near Kidal https://rfi.example/fla-claim"
    `);
  });

  it('carries the arc mark, so platforms can thread the alert', () => {
    expect(buildAlert({ story: single, query, locale: 'en', config, arc: third }).arc).toEqual(
      third,
    );
  });

  it('posts the first development as a plain alert that still carries its arc mark', () => {
    const opening: ArcMark = { ...third, position: 1, previous: null };
    const message = buildAlert({ story: single, query, locale: 'en', config, arc: opening });
    expect(message.arc).toEqual(opening);
    expect(message.blocks).toEqual(
      buildAlert({ story: single, query, locale: 'en', config }).blocks,
    );
    expect(message.fallback).toBe(
      buildAlert({ story: single, query, locale: 'en', config }).fallback,
    );
  });

  it('carries no arc mark for a story outside any arc', () => {
    expect(
      buildAlert({ story: single, query, locale: 'en', config, arc: null }),
    ).not.toHaveProperty('arc');
  });

  it('keeps the heading, the link to the previous development and the arc mark in an update', () => {
    const update = buildAlertUpdate({ story: later, query, locale: 'en', config, arc: third });
    expect(update.arc).toEqual(third);
    expect(update.blocks[0]).toEqual(
      buildAlert({ story: single, query, locale: 'en', config, arc: third }).blocks[0],
    );
    expect(update.blocks.at(-1)).toEqual({
      type: 'list',
      entries: [
        {
          label: 'Previous development',
          text: 'FLA says it attacked the army post near Kidal',
          url: 'https://rfi.example/fla-claim',
        },
      ],
    });
  });

  it('names a previous development that has no link without one', () => {
    const message = buildAlert({
      story: single,
      query,
      locale: 'en',
      config,
      arc: {
        ...third,
        position: 2,
        previous: { storyId: 'x', title: 'Earlier report', url: null },
      },
    });
    expect(message.fallback.split('\n').at(-1)).toBe('Previous development — Earlier report');
    expect(message.fallback.split('\n')[0]).toContain('2nd development since 22 Nov');
  });
});
