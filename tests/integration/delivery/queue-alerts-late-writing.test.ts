import { describe, expect, it } from 'vitest';
import { createHarness, item, T0 } from './pipeline-harness.js';

const HOUR = 3_600_000;

const FEATURE = item({
  id: 'feature',
  title: 'Analysis: Jihadists attack army camp in Kidal, a blow to Mali’s army',
  summary: 'Jihadist fighters attacked the army camp in Kidal, northern Mali, on Sunday.',
  feedId: 'rfi-en',
  at: T0,
});

/** A news report of the same attack, `hours` after the feature, from another outlet. */
function newsAfter(hours: number) {
  return item({
    id: `news-${hours}`,
    title: 'Jihadists attack army camp in Kidal, Mali',
    summary: 'Jihadist fighters attacked the army camp in Kidal, northern Mali, on Sunday.',
    feedId: 'aje-en',
    at: T0 + hours * HOUR,
  });
}

/** The real pipeline over SQLite: the feature, then the news report `hours` later. */
async function replay(hours: number) {
  const h = createHarness({ platforms: ['discord'] });
  h.subscribe({ platform: 'discord', channel: 'north', kind: 'alert', query: 'Kidal' });
  h.subscribe({ platform: 'discord', channel: 'essays', kind: 'alert', query: 'Kidal kind:any' });
  await h.process([FEATURE]);
  const news = newsAfter(hours);
  h.set(news.firstSeenAt);
  await h.process([news]);
  const story = h.stories.storyOfItem(FEATURE.id);
  return {
    joined: story !== null && h.stories.storyOfItem(news.id) === story,
    alerted: (channel: string) =>
      story !== null && h.outbox.findAlert('discord', channel, story) !== null,
  };
}

describe('the first news report of a story begun by writing', () => {
  it('alerts when it follows the writing within hours', async () => {
    const run = await replay(2);
    expect(run.joined).toBe(true);
    expect(run.alerted('north')).toBe(true);
  });

  it('does not alert when it comes a day after the writing: the happening is old', async () => {
    const run = await replay(24);
    expect(run.joined).toBe(true);
    expect(run.alerted('north')).toBe(false);
    // A query that asked for writing was alerted by the feature itself.
    expect(run.alerted('essays')).toBe(true);
  });
});
