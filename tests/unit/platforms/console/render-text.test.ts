import { describe, expect, it } from 'vitest';
import type { Message, StoryCard } from '../../../../src/core/message.js';
import { renderText } from '../../../../src/platforms/console/render-text.js';

const message = (blocks: Message['blocks']): Message => ({ blocks, fallback: 'fallback' });

const card: StoryCard = {
  storyId: 's1',
  title: 'JNIM claims attack near Kidal',
  url: 'https://example.org/kidal-attack',
  summary:
    'Fighters of the al-Qaeda-linked group attacked an army post near Kidal on Monday, the group said in a statement. The army has not commented on the claim, and local sources gave conflicting tolls.',
  sources: [
    { name: 'RFI', url: 'https://example.org/kidal-attack' },
    { name: 'Studio Tamani', url: null },
  ],
  tags: ['attack'],
  facts: [
    {
      id: 'jnim',
      title: 'JNIM — Group for the Support of Islam and Muslims',
      gist: 'The al-Qaeda alliance of the Sahel, formed in 2017.',
      command: '/mali fact jnim',
    },
    { id: 'kidal', title: 'Kidal', gist: 'Town of northern Mali.', command: '/mali fact kidal' },
  ],
  publishedAt: Date.UTC(2024, 6, 25, 14, 5),
  note: 'Also reported by Le Monde',
  provenance: 'Corroborated · 2 outlets',
};

describe('renderText', () => {
  it('underlines a heading and puts the subtitle below', () => {
    expect(
      renderText(message([{ type: 'heading', text: 'Timeline: Mali', subtitle: 'from 2020' }])),
    ).toMatchInlineSnapshot(`
      "Timeline: Mali
      ==============
      from 2020"
    `);
  });

  it('renders a story card with link, time, summary, sources, tags, background and note', () => {
    expect(renderText(message([{ type: 'story', card }]))).toMatchInlineSnapshot(`
      "* JNIM claims attack near Kidal
        https://example.org/kidal-attack
        2024-07-25 14:05 UTC
        Fighters of the al-Qaeda-linked group attacked an army post near Kidal on Monday, the group said
        in a statement. The army has not commented on the claim, and local sources gave conflicting tolls.
        Sources: RFI <https://example.org/kidal-attack>, Studio Tamani
        Tags: attack
        Background:
          - JNIM — Group for the Support of Islam and Muslims: The al-Qaeda alliance of the Sahel, formed
            in 2017. (/mali fact jnim)
          - Kidal: Town of northern Mali. (/mali fact kidal)
        Corroborated · 2 outlets
        Also reported by Le Monde"
    `);
  });

  it('renders a list with labels, wrapped details and links', () => {
    const text = renderText(
      message([
        {
          type: 'list',
          entries: [
            {
              label: '18 Aug 2020',
              text: 'Soldiers force President Keïta to resign',
              detail:
                'Soldiers detain President Ibrahim Boubacar Keïta, who resigns that night. A military committee, the CNSP, takes power with Colonel Assimi Goïta at its head.',
              url: 'https://example.org/coup-2020',
            },
            { text: 'An entry with neither label nor detail' },
          ],
        },
      ]),
    );
    expect(text).toMatchInlineSnapshot(`
      "- 18 Aug 2020 — Soldiers force President Keïta to resign
          Soldiers detain President Ibrahim Boubacar Keïta, who resigns that night. A military committee,
          the CNSP, takes power with Colonel Assimi Goïta at its head.
          https://example.org/coup-2020
      - An entry with neither label nor detail"
    `);
  });

  it('renders text tones, dividers and actions, blocks separated by a blank line', () => {
    const text = renderText(
      message([
        { type: 'text', text: 'First paragraph.\n\nSecond paragraph.' },
        { type: 'divider' },
        { type: 'text', text: 'unknown country "malli"', tone: 'error' },
        {
          type: 'actions',
          actions: [
            { id: 'digest:more', label: 'More' },
            { id: 'open', label: 'Open', url: 'https://example.org' },
          ],
        },
      ]),
    );
    expect(text).toMatchInlineSnapshot(`
      "First paragraph.

      Second paragraph.

      ----------------------------------------

      Error: unknown country "malli"

      [More] [Open] <https://example.org>"
    `);
  });

  it('writes its own labels in French for a French answer', () => {
    const text = renderText(
      message([
        { type: 'story', card: { ...card, facts: card.facts.slice(1) } },
        { type: 'text', text: 'pays inconnu « malli »', tone: 'error' },
      ]),
      { locale: 'fr' },
    );
    expect(text).toContain('  Sources : RFI <https://example.org/kidal-attack>, Studio Tamani\n');
    expect(text).toContain('  Thèmes : attack\n  Contexte :\n    - Kidal : Town of northern Mali.');
    expect(text).toContain('Erreur : pays inconnu « malli »');
    expect(text).not.toMatch(/Error|Tags|Background|Sources:/);
  });

  it('wraps long text at 100 columns and never cuts a long URL', () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const url = `https://example.org/${'a'.repeat(120)}`;
    const text = renderText(message([{ type: 'text', text: `${words} ${url} end` }]));
    const lines = text.split('\n');
    expect(lines.filter((l) => l !== url).every((l) => l.length <= 100)).toBe(true);
    expect(lines).toContain(url);
    expect(lines.length).toBe(5);
    expect(lines.at(-1)).toBe('end');
  });

  it('strips control characters so feed text cannot drive the terminal or fake lines', () => {
    const hostile: StoryCard = {
      ...card,
      title: 'Breaking\u001b[2J\u001b[31m news\u0007\r\nFAKE LINE',
      summary: 'Tab\there, bell\u0007, DEL\u007f, C1\u009b done',
      sources: [{ name: 'Outlet\u001b]8;;evil\u0007', url: null }],
      tags: [],
      facts: [],
    };
    const { publishedAt: _p, note: _n, provenance: _v, url: _u, ...rest } = hostile;
    const text = renderText(message([{ type: 'story', card: { ...rest, url: null } }]));
    expect(text).toMatchInlineSnapshot(`
      "* Breaking[2J[31m news FAKE LINE
        Tab here, bell, DEL, C1 done
        Sources: Outlet]8;;evil"
    `);
    const controls = [...text].filter(
      (ch) =>
        ch !== '\n' &&
        (ch.charCodeAt(0) < 0x20 || (ch.charCodeAt(0) >= 0x7f && ch.charCodeAt(0) <= 0x9f)),
    );
    expect(controls).toEqual([]);
  });

  it('renders an empty message as an empty string', () => {
    expect(renderText(message([]))).toBe('');
  });
});
