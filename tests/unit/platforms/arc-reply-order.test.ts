import { describe, expect, it } from 'vitest';
import type { ArcMark } from '../../../src/core/message.js';
import { buildAlert } from '../../../src/digest/build-alert.js';
import { renderDiscord } from '../../../src/platforms/discord/render-discord.js';
import { renderSlack } from '../../../src/platforms/slack/render-slack.js';
import type { SlackBlock } from '../../../src/platforms/slack/slack-payload.js';
import { config, HOUR, NOW, source, story } from '../digest/make-story.js';

/** The second development of a situation: its alert links the one before. */
const arc: ArcMark = {
  id: 'arc-kidal',
  title: 'Kidal attack',
  position: 2,
  since: NOW - 30 * HOUR,
  previous: {
    storyId: 'fla-claim',
    title: 'FLA says it attacked the army post near Kidal',
    url: 'https://rfi.example/fla-claim',
  },
};

const development = story('kidal-attack', {
  title: 'JNIM attacks army post near Kidal',
  summary: 'Fighters attacked an army post east of Kidal on Monday, the army said.',
  tags: ['attack'],
  entities: ['jnim', 'kidal'],
  leadItemId: 'rfi-english-1',
  sources: [source('RFI English', { title: 'JNIM attacks army post near Kidal' })],
});

const alert = (locale: 'en' | 'fr') =>
  buildAlert({ story: development, query: 'Kidal', locale, config, arc });

/** What a Slack block shows, in a word and a few characters, for order assertions. */
function shape(block: SlackBlock): string {
  switch (block.type) {
    case 'section':
      return `section: ${block.text.text.split('\n')[0] ?? ''}`;
    case 'context':
      return `context: ${block.elements.map((e) => e.text).join(' ')}`;
    case 'actions':
      return `actions: ${block.elements.map((e) => e.text.text).join(', ')}`;
    default:
      return block.type;
  }
}

describe('a later development in its arc thread', () => {
  it('puts the "Previous development" link with the development text on Slack, before the fact buttons', () => {
    const [payload, ...more] = renderSlack(alert('en'), { locale: 'en' });
    expect(more).toHaveLength(0);
    const blocks = (payload?.blocks ?? []).map(shape);
    const title = blocks.findIndex((b) => b.startsWith('section: *<https://'));
    const previous = blocks.findIndex((b) => b.includes('Previous development'));
    const buttons = blocks.findIndex((b) => b.startsWith('actions:'));
    expect(title).toBeGreaterThan(-1);
    expect(previous).toBe(title + 1);
    expect(buttons).toBeGreaterThan(previous);
    expect(blocks.at(-1)).toBe('actions: JNIM, Kidal');
  });

  it('does the same in French', () => {
    const blocks = (renderSlack(alert('fr'), { locale: 'fr' })[0]?.blocks ?? []).map(shape);
    const previous = blocks.findIndex((b) => /développement précédent/i.test(b));
    expect(previous).toBeGreaterThan(-1);
    expect(previous).toBeLessThan(blocks.findIndex((b) => b.startsWith('actions:')));
  });

  it('keeps a story followed by another story apart: each keeps its own buttons', () => {
    const card = alert('en').blocks.find((b) => b.type === 'story');
    if (card === undefined) throw new Error('the alert has a story');
    const blocks = (
      renderSlack({ blocks: [card, card], fallback: 'two' }, { locale: 'en' })[0]?.blocks ?? []
    ).map((b) => b.type);
    expect(blocks).toEqual(['section', 'context', 'actions', 'section', 'context', 'actions']);
  });

  it('on Discord, shows the link in an embed of the same message, with the buttons below every embed', () => {
    const [payload, ...more] = renderDiscord(alert('en'), { locale: 'en' });
    expect(more).toHaveLength(0);
    const embeds = payload?.embeds ?? [];
    expect(embeds[0]?.title).toBe('JNIM attacks army post near Kidal');
    expect(embeds[1]?.description).toContain('Previous development');
    // Discord draws a message's components after all its embeds, whatever the payload order.
    expect(embeds).toHaveLength(2);
    expect(payload?.components.flatMap((row) => row.components.map((b) => b.label))).toEqual([
      'JNIM',
      'Kidal',
    ]);
  });
});
