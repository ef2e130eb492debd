import { describe, expect, it } from 'vitest';
import type { Message, StoryCard } from '../../../../src/core/message.js';
import {
  embedCharacters,
  type DiscordMessagePayload,
} from '../../../../src/platforms/discord/discord-payload.js';
import { renderDiscord } from '../../../../src/platforms/discord/render-discord.js';

const message = (blocks: Message['blocks']): Message => ({ blocks, fallback: 'fallback' });

const card: StoryCard = {
  storyId: 's1',
  title: 'JNIM claims attack near Kidal',
  url: 'https://example.org/kidal-attack',
  summary: 'Fighters attacked an army post near Kidal on Monday, the group said in a statement.',
  sources: [
    { name: 'RFI', url: 'https://example.org/kidal-attack' },
    { name: 'Studio Tamani', url: null },
  ],
  tags: ['attack'],
  facts: [
    {
      id: 'jnim',
      title: 'JNIM',
      gist: 'The al-Qaeda alliance of the Sahel, formed in 2017.',
      command: '/mali fact jnim',
    },
    { id: 'kidal', title: 'Kidal', gist: 'Town of northern Mali.', command: '/mali fact kidal' },
  ],
  publishedAt: Date.UTC(2024, 6, 25, 14, 5),
  note: 'Also reported by Le Monde',
  provenance: 'Corroborated · 2 outlets',
};

/** Every limit Discord enforces on a message, checked on one payload. */
function expectWithinLimits(payload: DiscordMessagePayload): void {
  expect(payload.allowed_mentions).toEqual({ parse: [] });
  expect(payload.embeds.length).toBeLessThanOrEqual(10);
  expect(payload.embeds.length + payload.components.length).toBeGreaterThan(0);
  expect(payload.embeds.reduce((n, e) => n + embedCharacters(e), 0)).toBeLessThanOrEqual(6000);
  for (const embed of payload.embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(256);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(4096);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(25);
    for (const field of embed.fields ?? []) expect(field.value.length).toBeLessThanOrEqual(1024);
  }
  expect(payload.components.length).toBeLessThanOrEqual(5);
  const ids = payload.components.flatMap((row) => {
    expect(row.components.length).toBeGreaterThan(0);
    expect(row.components.length).toBeLessThanOrEqual(5);
    return row.components.flatMap((b) => (b.custom_id === undefined ? [] : [b.custom_id]));
  });
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id.length).toBeLessThanOrEqual(100);
}

describe('renderDiscord', () => {
  it('renders an alert as one embed with the background facts as buttons', () => {
    const payloads = renderDiscord(
      message([
        { type: 'heading', text: 'Alert', subtitle: 'Kidal AND attack' },
        { type: 'story', card },
      ]),
    );
    expect(payloads).toMatchInlineSnapshot(`
      [
        {
          "allowed_mentions": {
            "parse": [],
          },
          "components": [
            {
              "components": [
                {
                  "custom_id": "/mali fact jnim",
                  "label": "JNIM",
                  "style": 2,
                  "type": 2,
                },
                {
                  "custom_id": "/mali fact kidal",
                  "label": "Kidal",
                  "style": 2,
                  "type": 2,
                },
              ],
              "type": 1,
            },
          ],
          "embeds": [
            {
              "author": {
                "name": "Alert · Kidal AND attack",
              },
              "color": 13934615,
              "description": "Fighters attacked an army post near Kidal on Monday, the group said in a statement.

      Sources: [RFI](https://example.org/kidal-attack) · Studio Tamani

      *Corroborated · 2 outlets · Also reported by Le Monde*",
              "fields": [
                {
                  "name": "Background",
                  "value": "**JNIM** — The al-Qaeda alliance of the Sahel, formed in 2017.
      **Kidal** — Town of northern Mali.",
                },
              ],
              "footer": {
                "text": "attack",
              },
              "timestamp": "2024-07-25T14:05:00.000Z",
              "title": "JNIM claims attack near Kidal",
              "url": "https://example.org/kidal-attack",
            },
          ],
        },
      ]
    `);
  });

  it('renders a timeline page: list with labels and links, muted note, paging buttons', () => {
    const payloads = renderDiscord(
      message([
        { type: 'heading', text: 'Timeline: Mali', subtitle: 'from 2023' },
        {
          type: 'list',
          entries: [
            {
              label: '25 Jul 2024',
              text: 'Battle of Tinzaouaten',
              detail: 'FAMa and Wagner lose a column near the Algerian border.',
              url: 'https://example.org/tinzaouaten',
            },
            { label: '14 Nov 2023', text: 'The army retakes Kidal' },
          ],
        },
        { type: 'text', text: 'Page 1 of 3', tone: 'muted' },
        {
          type: 'actions',
          actions: [
            { id: '/mali timeline from:2023 page:2', label: 'Next page' },
            { id: 'open', label: 'Read the source', url: 'https://example.org/tinzaouaten' },
          ],
        },
      ]),
      { locale: 'fr' },
    );
    expect(payloads).toMatchInlineSnapshot(`
      [
        {
          "allowed_mentions": {
            "parse": [],
          },
          "components": [
            {
              "components": [
                {
                  "custom_id": "/mali timeline from:2023 page:2",
                  "label": "Next page",
                  "style": 2,
                  "type": 2,
                },
                {
                  "label": "Read the source",
                  "style": 5,
                  "type": 2,
                  "url": "https://example.org/tinzaouaten",
                },
              ],
              "type": 1,
            },
          ],
          "embeds": [
            {
              "color": 5991802,
              "description": "*from 2023*

      • **25 Jul 2024** — [Battle of Tinzaouaten](https://example.org/tinzaouaten)
      FAMa and Wagner lose a column near the Algerian border.
      • **14 Nov 2023** — The army retakes Kidal

      *Page 1 of 3*",
              "title": "Timeline: Mali",
            },
          ],
        },
      ]
    `);
  });

  it('colours an error answer and marks it', () => {
    const [payload] = renderDiscord(
      message([
        { type: 'text', text: 'unknown option "form" — did you mean "from"?', tone: 'error' },
      ]),
    );
    expect(payload?.embeds).toMatchInlineSnapshot(`
      [
        {
          "color": 12597547,
          "description": "⚠️ unknown option "form" — did you mean "from"?",
        },
      ]
    `);
  });

  it('renders the fallback text when a message has no blocks', () => {
    const payloads = renderDiscord({ blocks: [], fallback: 'Nothing new since **08:00**' });
    expect(payloads).toMatchInlineSnapshot(`
      [
        {
          "allowed_mentions": {
            "parse": [],
          },
          "components": [],
          "embeds": [
            {
              "color": 5991802,
              "description": "Nothing new since \\*\\*08:00\\*\\*",
            },
          ],
        },
      ]
    `);
  });

  it('splits a 30-story digest within every limit, each story with its own buttons', () => {
    const stories = Array.from({ length: 30 }, (_, i): StoryCard => ({
      ...card,
      storyId: `s${i}`,
      title: `Story ${i} ${'word '.repeat(60)}`,
      summary: 'A long summary sentence about the situation in the region. '.repeat(20),
      facts: [
        ...card.facts,
        { id: `f${i}`, title: `Fact ${i}`, gist: 'A gist.', command: `/sahel fact f${i}` },
      ],
    }));
    const payloads = renderDiscord(
      message([
        { type: 'heading', text: 'Digest' },
        ...stories.map((c) => ({ type: 'story' as const, card: c })),
        { type: 'divider' },
        { type: 'text', text: '30 stories from 12 outlets', tone: 'muted' },
      ]),
    );
    expect(payloads.length).toBeGreaterThan(1);
    payloads.forEach(expectWithinLimits);
    const titles = payloads.flatMap((p) => p.embeds.map((e) => e.title ?? ''));
    expect(titles.filter((t) => t.startsWith('Story ')).map((t) => t.split(' ')[1])).toEqual(
      stories.map((_, i) => String(i)),
    );
    for (const payload of payloads) {
      const ids = payload.components.flatMap((r) => r.components.map((b) => b.custom_id));
      for (const embed of payload.embeds.filter((e) => e.title?.startsWith('Story '))) {
        expect(ids).toContain(`/sahel fact f${embed.title?.split(' ')[1]}`);
        expect(ids).toContain('/mali fact kidal');
      }
    }
  });

  it('splits a long text between lines, never inside a word or a link', () => {
    const entries = Array.from({ length: 120 }, (_, i) => ({
      label: `Event ${i}`,
      text: `Something happened in the town number ${i}`,
      detail: 'A detail line that adds enough characters to the entry for the test. '.repeat(2),
      url: `https://example.org/events/${i}`,
    }));
    const payloads = renderDiscord(
      message([
        { type: 'heading', text: 'Long' },
        { type: 'list', entries },
      ]),
    );
    payloads.forEach(expectWithinLimits);
    const descriptions = payloads.flatMap((p) => p.embeds.map((e) => e.description ?? ''));
    expect(descriptions.length).toBeGreaterThan(2);
    const all = descriptions.join('\n');
    for (const entry of entries)
      expect(all).toContain(
        `[Something happened in the town number ${entry.url.split('/').pop()}](${entry.url})`,
      );
    for (const d of descriptions) expect(d).toMatch(/^• /);
  });

  it('lets no feed text ping anyone, mention anything or forge a link', () => {
    const hostile =
      '@everyone <@&123> <@456> <#789> </ban:1> <t:1700000000> [click](https://evil.example) @here';
    const payloads = renderDiscord(
      message([
        { type: 'heading', text: hostile, subtitle: hostile },
        {
          type: 'story',
          card: {
            ...card,
            title: hostile,
            summary: hostile,
            note: hostile,
            provenance: hostile,
            tags: [hostile],
            sources: [{ name: hostile, url: 'https://example.org/a' }],
            facts: [{ id: 'x', title: hostile, gist: hostile, command: '/mali fact x' }],
          },
        },
        { type: 'text', text: hostile },
        { type: 'list', entries: [{ text: hostile, label: hostile, detail: hostile }] },
        { type: 'actions', actions: [{ id: '/sahel help', label: hostile }] },
      ]),
    );
    payloads.forEach(expectWithinLimits);
    const json = JSON.stringify(payloads);
    expect(json).not.toMatch(/@everyone|@here/);
    expect(json).not.toMatch(/(?<!\\\\)<(@|@&|#|\/|t:)\w/);
    expect(json).not.toContain('[click](https://evil.example)');
    expect(json).not.toMatch(/(?<!\\\\)\[click(?<!\\\\)\]\(/);
    expect(json).toContain('[@\u200beveryone \\\\<@&123> ');
  });

  it('never produces a custom_id over 100 characters: such a button is left out', () => {
    const long = `/mali fact ${'a'.repeat(95)}`;
    const [payload] = renderDiscord(
      message([
        {
          type: 'story',
          card: { ...card, facts: [{ id: 'a', title: 'Long', gist: 'g', command: long }] },
        },
        {
          type: 'actions',
          actions: [
            { id: long, label: 'Too long' },
            { id: '/sahel help', label: 'Help' },
          ],
        },
      ]),
    );
    const buttons = payload?.components.flatMap((r) => r.components) ?? [];
    expect(buttons.map((b) => b.custom_id)).toEqual(['/sahel help']);
    expect(payload?.embeds[0]?.fields?.[0]?.value).toContain('**Long** — g');
  });

  it('gives a fact shared by several stories one button per message', () => {
    const [payload] = renderDiscord(
      message([
        { type: 'story', card },
        { type: 'story', card: { ...card, storyId: 's2', title: 'Second' } },
      ]),
    );
    expect(payload?.embeds).toHaveLength(2);
    expect(payload?.components.flatMap((r) => r.components.map((b) => b.custom_id))).toEqual([
      '/mali fact jnim',
      '/mali fact kidal',
    ]);
  });
});
