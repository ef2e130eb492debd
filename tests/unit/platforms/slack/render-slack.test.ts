import { describe, expect, it } from 'vitest';
import type { Block, Message, StoryCard } from '../../../../src/core/message.js';
import { renderSlack } from '../../../../src/platforms/slack/render-slack.js';
import type {
  SlackBlock,
  SlackMessagePayload,
} from '../../../../src/platforms/slack/slack-payload.js';

const message = (blocks: Message['blocks'], fallback = 'fallback'): Message => ({
  blocks,
  fallback,
});

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

/**
 * Every text of a payload Slack parses as mrkdwn (the fallback, sections, context). Headers and
 * button labels are `plain_text`, which Slack shows literally.
 */
function mrkdwnTexts(payload: SlackMessagePayload): string[] {
  return [
    payload.text,
    ...payload.blocks.flatMap((b): string[] => {
      if (b.type === 'header') expect(b.text.type).toBe('plain_text');
      if (b.type === 'actions') for (const e of b.elements) expect(e.text.type).toBe('plain_text');
      if (b.type === 'section') return [b.text.text];
      if (b.type === 'context') return b.elements.map((e) => e.text);
      return [];
    }),
  ];
}

/** Every limit Slack enforces on a message, checked on one payload. */
function expectWithinLimits(payload: SlackMessagePayload): void {
  expect(payload.unfurl_links).toBe(false);
  expect(payload.unfurl_media).toBe(false);
  expect(payload.text.trim()).not.toBe('');
  expect(payload.blocks.length).toBeLessThanOrEqual(50);
  const ids: string[] = [];
  for (const block of payload.blocks as SlackBlock[]) {
    if (block.type === 'header') expect(block.text.text.length).toBeLessThanOrEqual(150);
    if (block.type === 'section') expect(block.text.text.length).toBeLessThanOrEqual(3000);
    if (block.type === 'context') {
      expect(block.elements.length).toBeLessThanOrEqual(10);
      for (const e of block.elements) expect(e.text.length).toBeLessThanOrEqual(2000);
    }
    if (block.type === 'actions') {
      expect(block.elements.length).toBeGreaterThan(0);
      expect(block.elements.length).toBeLessThanOrEqual(25);
      for (const b of block.elements) {
        expect(b.action_id.length).toBeLessThanOrEqual(255);
        expect(b.text.text.length).toBeLessThanOrEqual(75);
        expect(b.value?.length ?? 0).toBeLessThanOrEqual(2000);
        ids.push(b.action_id);
      }
    }
  }
  expect(new Set(ids).size).toBe(ids.length);
}

/** What a reader could be pinged or misled by: any Slack control sequence. */
const CONTROL = /<[!@#]|<https?:/;

describe('renderSlack', () => {
  it('renders an alert as a header, a story section, background context and fact buttons', () => {
    const payloads = renderSlack(
      message(
        [
          { type: 'heading', text: 'Alert', subtitle: 'Kidal AND attack' },
          { type: 'story', card },
        ],
        'Alert: JNIM claims attack near Kidal',
      ),
    );
    expect(payloads).toMatchInlineSnapshot(`
      [
        {
          "blocks": [
            {
              "text": {
                "emoji": true,
                "text": "Alert",
                "type": "plain_text",
              },
              "type": "header",
            },
            {
              "elements": [
                {
                  "text": "Kidal AND attack",
                  "type": "mrkdwn",
                  "verbatim": true,
                },
              ],
              "type": "context",
            },
            {
              "text": {
                "text": "*<https://example.org/kidal-attack|JNIM claims attack near Kidal>*
      Fighters attacked an army post near Kidal on Monday, the group said in a statement.
      Sources: <https://example.org/kidal-attack|RFI> · Studio Tamani
      _Corroborated · 2 outlets · Also reported by Le Monde_",
                "type": "mrkdwn",
                "verbatim": true,
              },
              "type": "section",
            },
            {
              "elements": [
                {
                  "text": "*Background:* *JNIM* — The al-Qaeda alliance of the Sahel, formed in 2017. *Kidal* — Town of northern Mali.",
                  "type": "mrkdwn",
                  "verbatim": true,
                },
                {
                  "text": "attack · <!date^1721916300^{date_short_pretty} {time}|2024-07-25 14:05 UTC>",
                  "type": "mrkdwn",
                  "verbatim": true,
                },
              ],
              "type": "context",
            },
            {
              "elements": [
                {
                  "action_id": "run:0",
                  "text": {
                    "emoji": true,
                    "text": "JNIM",
                    "type": "plain_text",
                  },
                  "type": "button",
                  "value": "/mali fact jnim",
                },
                {
                  "action_id": "run:1",
                  "text": {
                    "emoji": true,
                    "text": "Kidal",
                    "type": "plain_text",
                  },
                  "type": "button",
                  "value": "/mali fact kidal",
                },
              ],
              "type": "actions",
            },
          ],
          "text": "Alert: JNIM claims attack near Kidal",
          "unfurl_links": false,
          "unfurl_media": false,
        },
      ]
    `);
  });

  it('renders a timeline page: list with labels and links, muted note, paging buttons', () => {
    const payloads = renderSlack(
      message([
        { type: 'heading', text: 'Mali timeline', subtitle: 'from 2023' },
        {
          type: 'list',
          entries: [
            {
              label: '2023-06-30',
              text: 'UN Security Council ends MINUSMA',
              url: 'https://example.org/minusma',
              detail: 'Withdrawal by the end of 2023.',
            },
            { label: '2023-11-14', text: 'FAMa retake Kidal' },
          ],
        },
        { type: 'text', text: 'Page 1 of 3', tone: 'muted' },
        { type: 'divider' },
        {
          type: 'actions',
          actions: [
            { id: '/mali timeline from:2023 page:2', label: 'Next page' },
            { id: 'open', label: 'Source', url: 'https://example.org/timeline' },
          ],
        },
      ]),
    );
    expect(payloads).toMatchInlineSnapshot(`
      [
        {
          "blocks": [
            {
              "text": {
                "emoji": true,
                "text": "Mali timeline",
                "type": "plain_text",
              },
              "type": "header",
            },
            {
              "elements": [
                {
                  "text": "from 2023",
                  "type": "mrkdwn",
                  "verbatim": true,
                },
              ],
              "type": "context",
            },
            {
              "text": {
                "text": "• *2023-06-30* — <https://example.org/minusma|UN Security Council ends MINUSMA>
      Withdrawal by the end of 2023.
      • *2023-11-14* — FAMa retake Kidal",
                "type": "mrkdwn",
                "verbatim": true,
              },
              "type": "section",
            },
            {
              "elements": [
                {
                  "text": "Page 1 of 3",
                  "type": "mrkdwn",
                  "verbatim": true,
                },
              ],
              "type": "context",
            },
            {
              "type": "divider",
            },
            {
              "elements": [
                {
                  "action_id": "run:0",
                  "text": {
                    "emoji": true,
                    "text": "Next page",
                    "type": "plain_text",
                  },
                  "type": "button",
                  "value": "/mali timeline from:2023 page:2",
                },
                {
                  "action_id": "link:1",
                  "text": {
                    "emoji": true,
                    "text": "Source",
                    "type": "plain_text",
                  },
                  "type": "button",
                  "url": "https://example.org/timeline",
                },
              ],
              "type": "actions",
            },
          ],
          "text": "fallback",
          "unfurl_links": false,
          "unfurl_media": false,
        },
      ]
    `);
  });

  it('escapes &, < and > in feed text', () => {
    const [payload] = renderSlack(
      message([{ type: 'text', text: 'Q&A: prices < 5 > 3 &amp; more' }], 'a & b <c>'),
    );
    expect(payload?.blocks[0]).toEqual({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: 'Q&amp;A: prices &lt; 5 &gt; 3 &amp;amp; more',
        verbatim: true,
      },
    });
    expect(payload?.text).toBe('a &amp; b &lt;c&gt;');
  });

  it.each([
    ['<!channel> attack in Kidal'],
    ['<!here|here> attack in Kidal'],
    ['<!everyone> attack in Kidal'],
    ['<@U024BE7LH> says hello'],
    ['join <#C024BE7LR|general>'],
    ['<!subteam^SAZ94GDB8|@security> alert'],
    ['<http://evil.example|https://www.rfi.fr/> read more'],
    ['<mailto:x@evil.example|RFI> contact'],
  ])('turns %s from a feed into literal text in every field', (injected) => {
    const story: StoryCard = {
      ...card,
      title: injected,
      summary: injected,
      note: injected,
      provenance: injected,
      tags: [injected],
      sources: [{ name: injected, url: 'https://example.org/a' }],
      facts: [{ id: 'x', title: injected, gist: injected, command: '/mali fact x' }],
    };
    const payloads = renderSlack(
      message(
        [
          { type: 'heading', text: injected, subtitle: injected },
          { type: 'story', card: story },
          { type: 'text', text: injected },
          { type: 'text', text: injected, tone: 'muted' },
          { type: 'list', entries: [{ text: injected, label: injected, detail: injected }] },
          { type: 'actions', actions: [{ id: '/sahel help', label: injected }] },
        ],
        injected,
      ),
    );
    for (const payload of payloads) {
      for (const text of mrkdwnTexts(payload)) {
        const ours = text
          .replace(/<https:\/\/example\.org\/[^|<>]*\|/g, '')
          .replace(/<!date\^\d+\^[^|]+\|[^>]+>/g, '');
        expect(ours).not.toMatch(CONTROL);
      }
    }
  });

  it('breaks a bare @here or @channel with a zero-width space', () => {
    const [payload] = renderSlack(message([{ type: 'text', text: '@here @channel @everyone' }]));
    const block = payload?.blocks[0];
    expect(block?.type === 'section' && block.text.text).toBe(
      '@\u200bhere @\u200bchannel @\u200beveryone',
    );
  });

  it('links only web URLs from our own fields and encodes characters that would end the link', () => {
    const [payload] = renderSlack(
      message([
        {
          type: 'list',
          entries: [
            { text: 'odd url', url: 'https://example.org/a|b>c d' },
            { text: 'script', url: 'javascript:alert(1)' },
          ],
        },
      ]),
    );
    const block = payload?.blocks[0];
    expect(block?.type === 'section' && block.text.text).toBe(
      '• <https://example.org/a%7Cb%3Ec%20d|odd url>\n• script',
    );
  });

  it('keeps a long digest within the limits, split across messages at whole blocks', () => {
    const many: Block[] = [{ type: 'heading', text: 'Daily digest' }];
    for (let i = 0; i < 40; i += 1) {
      many.push({
        type: 'story',
        card: { ...card, storyId: `s${i}`, summary: 'word '.repeat(700) },
      });
    }
    const payloads = renderSlack(message(many, 'Daily digest: 40 stories'));
    expect(payloads.length).toBeGreaterThan(1);
    payloads.forEach(expectWithinLimits);
    const sections = payloads.flatMap((p) => p.blocks.filter((b) => b.type === 'section'));
    expect(sections).toHaveLength(40);
    for (const section of sections) {
      expect(section.type === 'section' && section.text.text).toMatch(/ word…$/);
    }
    expect(payloads[1]?.text).toBe(`Daily digest: 40 stories (2/${payloads.length})`);
  });

  it('splits a long text between words and never inside a link', () => {
    const entries = Array.from({ length: 120 }, (_, i) => ({
      text: `Report number ${i} with a fairly long headline about Kidal & Gao`,
      url: `https://example.org/report/${i}?ref=digest&lang=en`,
      detail: 'Detail line '.repeat(3),
    }));
    const payloads = renderSlack(message([{ type: 'list', entries }]));
    payloads.forEach(expectWithinLimits);
    const text = payloads.flatMap((p) =>
      p.blocks.flatMap((b) => (b.type === 'section' ? [b.text.text] : [])),
    );
    expect(text.length).toBeGreaterThan(1);
    for (const t of text) {
      expect(t.startsWith('• ')).toBe(true);
      expect(t.split('<').length).toBe(t.split('>').length);
    }
    expect(text.join('\n').match(/^• /gm)).toHaveLength(120);
  });

  it('splits one over-long paragraph at words, never cutting an escape', () => {
    const [payload] = renderSlack(message([{ type: 'text', text: 'a&b '.repeat(1000) }]));
    const sections = payload?.blocks ?? [];
    expect(sections.length).toBe(3);
    for (const s of sections) {
      const text = s.type === 'section' ? s.text.text : '';
      expect(text.length).toBeLessThanOrEqual(3000);
      expect(text).toMatch(/^a&amp;b( a&amp;b)*$/);
    }
  });

  it('shortens a long heading to 150 characters at a word', () => {
    const [payload] = renderSlack(message([{ type: 'heading', text: 'Sahel '.repeat(40) }]));
    const header = payload?.blocks[0];
    expect(header?.type === 'header' && header.text.text.length).toBeLessThanOrEqual(150);
    expect(header?.type === 'header' && header.text.text).toMatch(/Sahel…$/);
  });

  it('leaves out a button whose command is longer than a button value may be', () => {
    const [payload] = renderSlack(
      message([
        {
          type: 'actions',
          actions: [
            { id: `/sahel search ${'x'.repeat(2000)}`, label: 'Too long' },
            { id: '/sahel help', label: 'Help' },
          ],
        },
      ]),
    );
    expect(payload?.blocks).toEqual([
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            text: { type: 'plain_text', text: 'Help', emoji: true },
            action_id: 'run:0',
            value: '/sahel help',
          },
        ],
      },
    ]);
  });

  it('puts 30 buttons in two actions blocks with unique action ids', () => {
    const actions = Array.from({ length: 30 }, (_, i) => ({
      id: `/sahel story s${i}`,
      label: `S${i}`,
    }));
    const payloads = renderSlack(message([{ type: 'actions', actions }]));
    expect(payloads).toHaveLength(1);
    payloads.forEach(expectWithinLimits);
    expect(payloads[0]?.blocks.map((b) => b.type === 'actions' && b.elements.length)).toEqual([
      25, 5,
    ]);
  });

  it('sends only the escaped text fallback when a message has no blocks', () => {
    const [payload] = renderSlack(message([], 'Nothing new today <!here>'));
    expect(payload?.text).toBe('Nothing new today &lt;!here&gt;');
    expect(payload?.blocks).toEqual([]);
  });
});
