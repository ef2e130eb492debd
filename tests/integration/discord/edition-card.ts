import type { StoryCard } from '../../../src/core/message.js';

/**
 * Story card `i` of an edition of a digest or alert: a long summary, so that a handful of cards
 * fill one Discord message (5 render as one message, 14 as two, 25 as three).
 */
export const editionCard = (i: number, edition: string): StoryCard => ({
  storyId: `s${i}`,
  title: `${edition} story ${i}`,
  url: `https://example.org/s${i}`,
  summary: 'Words about the day in the Sahel. '.repeat(8),
  sources: [{ name: 'RFI', url: `https://example.org/s${i}` }],
  tags: [],
  facts: [],
});
