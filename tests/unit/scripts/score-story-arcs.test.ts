import { describe, expect, it } from 'vitest';
import type { StoryStream } from '../../../scripts/eval-stories/load-story-streams.js';
import { formatArcTitles } from '../../../scripts/eval-stories/format-arc-links.js';
import {
  scoreStoryStream,
  type ReplayOutcome,
} from '../../../scripts/eval-stories/score-story-stream.js';

/** Two developments of one arc (a, b | c) and two distractors (x, y). */
const s: StoryStream = {
  id: 's',
  file: 's.jsonl',
  title: 's',
  heldOut: false,
  alertQuery: 'country:mali',
  arcs: { arc: 'Arc' },
  developments: { d1: { arc: 'arc', text: 'one' }, d2: { arc: 'arc', text: 'two' } },
  items: (
    [
      ['s-a', 'd1', 'arc'],
      ['s-b', 'd1', 'arc'],
      ['s-c', 'd2', 'arc'],
      ['s-x', 'none', 'none'],
      ['s-y', 'none', 'none'],
    ] as const
  ).map(([id, development, arc], n) => ({
    id,
    outlet: 'a',
    lang: 'en',
    at: new Date(Date.UTC(2024, 0, 1, n)).toISOString(),
    time: 'feed',
    title: `t${n}`,
    summary: 's',
    link: 'https://a.example/',
    development,
    arc,
    kind: 'news',
    src: 'x',
  })),
};

/** Both developments and one distractor in one stored arc, the other distractor in one of its own. */
const linked: ReplayOutcome = {
  stories: [
    { id: '1', items: ['s-a', 's-b'] },
    { id: '2', items: ['s-c'] },
    { id: '3', items: ['s-x'] },
    { id: '4', items: ['s-y'] },
  ],
  arcOfStory: new Map([
    ['1', 'arc-1'],
    ['2', 'arc-1'],
    ['3', 'arc-1'],
    ['4', 'arc-2'],
  ]),
  alerts: [],
};

describe('scoreStoryStream arcs', () => {
  it('counts a distractor linked into an arc against arc precision, and names it', () => {
    const score = scoreStoryStream(s, linked);
    expect(score.arcPairs).toEqual({
      gold: 3,
      predicted: 6,
      correct: 3,
      precision: 0.5,
      recall: 1,
    });
    expect(score.arcDistractorsLinked).toBe(1);
    expect(score.errors.arcDistractors).toEqual(['s-x']);
  });

  it('leaves a distractor inside a labelled story to the development figures', () => {
    const score = scoreStoryStream(s, {
      stories: [
        { id: '1', items: ['s-a', 's-b', 's-x'] },
        { id: '2', items: ['s-c'] },
      ],
      arcOfStory: new Map(),
      alerts: [],
    });
    expect(score.arcDistractorsLinked).toBe(0);
    expect(score.arcPairs).toMatchObject({ correct: 1, predicted: 3 });
  });
});

describe('formatArcTitles', () => {
  it('lists each arc of two stories or more by its title and the labelled arcs it holds', () => {
    const text = formatArcTitles(s, {
      ...linked,
      arcTitles: new Map([
        ['arc-1', 'Mali attack'],
        ['arc-2', 'Mali fuel blockade'],
      ]),
    });
    expect(text).toBe('arc titles:\n  "Mali attack" (3 stories: arc ×3, none ×1)');
  });
});
