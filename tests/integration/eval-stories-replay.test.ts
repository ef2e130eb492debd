import { describe, expect, it } from 'vitest';
import type { StoryStream } from '../../scripts/eval-stories/load-story-streams.js';
import { replayStoryStream } from '../../scripts/eval-stories/replay-story-stream.js';

/**
 * The replay of `npm run eval:stories` on a stream of three items: feeds on 127.0.0.1, the app's
 * poll cycle and delivery on a fresh database. What it checks holds whatever the clustering
 * rules are: items come back under the stream's own ids, alerts name stories it returns, and
 * re-filing the stored items for their reasons rebuilds the same stories.
 */

const item = (id: string, outlet: string, hour: number, title: string, summary: string) =>
  ({
    id,
    outlet,
    lang: 'en',
    at: new Date(Date.UTC(2024, 8, 17, hour)).toISOString(),
    time: 'feed',
    title,
    summary,
    link: `https://${outlet}.example/${id}`,
    development: 'none',
    arc: 'none',
    kind: 'news',
    src: 'test',
  }) as const;

const stream: StoryStream = {
  id: 'tiny',
  file: 'tiny.jsonl',
  title: 'tiny',
  heldOut: false,
  alertQuery: 'country:mali',
  arcs: {},
  developments: {},
  items: [
    item(
      't-001',
      'one',
      6,
      'Gunmen attack military police school in Bamako, Mali',
      'The army says the attack was repelled.',
    ),
    item(
      't-002',
      'two',
      8,
      'Mali: armed men attack Bamako gendarmerie school',
      'Malian authorities say the situation is under control.',
    ),
    item('t-003', 'two', 9, 'Storm floods central Europe', 'Heavy rain hit Austria and Poland.'),
  ],
};

describe('replayStoryStream', () => {
  it('files the Sahel reports under their own ids and alerts only on stories it returns', async () => {
    const run = await replayStoryStream(stream, {
      configDir: 'config',
      stepHours: 1,
      minSteps: 3,
      explain: true,
    });
    expect(run.failures).toEqual([]);
    expect(run.steps[0]).toBeLessThan(Date.UTC(2024, 8, 17, 6));
    const filed = run.stories.flatMap((s) => s.items).sort();
    expect(filed).toEqual(['t-001', 't-002']);
    expect(run.alerts.length).toBeGreaterThanOrEqual(1);
    const storyIds = new Set(run.stories.map((s) => s.id));
    expect(run.alerts.every((a) => storyIds.has(a.storyId))).toBe(true);
    // Each alert names the report it led with, one of its story's own.
    for (const alert of run.alerts) {
      const story = run.stories.find((s) => s.id === alert.storyId);
      expect(story?.items).toContain(alert.leadItem);
    }
    // Re-filing the stored items with the pipeline's clustering rebuilds the same stories.
    expect(run.explanation?.sameStories).toBe(true);
    expect([...(run.explanation?.reasons.keys() ?? [])].sort()).toEqual(['t-001', 't-002']);
  });
});
