import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  loadStoryStreams,
  type StoryStream,
  type StreamItem,
} from '../../../scripts/eval-stories/load-story-streams.js';
import { replaySteps } from '../../../scripts/eval-stories/replay-story-stream.js';
import { renderStreamFeed } from '../../../scripts/eval-stories/render-stream-feed.js';
import { scoreStoryStream } from '../../../scripts/eval-stories/score-story-stream.js';

/**
 * The labelled streams of `npm run eval:stories` (tests/fixtures/story-streams) load and are
 * consistent, and the scoring counts what it says. The replay itself runs in the script, not
 * here: it takes about twenty seconds.
 */

const STREAMS_DIR = 'tests/fixtures/story-streams';

describe('the story streams', () => {
  const loaded = loadStoryStreams(STREAMS_DIR);
  const streams = loaded.ok ? loaded.value : [];
  const items = streams.flatMap((s) => s.items);

  it('load without a problem, with unique ids and nine streams held out', () => {
    expect(loaded.ok ? [] : loaded.error).toEqual([]);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    expect(streams.filter((s) => s.heldOut).map((s) => s.id)).toEqual([
      'kayes-attacks-2025',
      'boulkessi-timbuktu-2025',
      'mali-kobe-convoy-2025',
      'burkina-mansila-2024',
      'mali-officers-plot-2025',
      'mali-dioura-2025',
      'niger-takoubatt-2025',
      'mali-prime-ministers-2025',
      'burkina-attack-manni-2024',
      'niger-icrc-2025',
      'mali-attack-loulouni-2025',
    ]);
  });

  it('hold at least 250 items in three streams, in both languages, from at least eight outlets', () => {
    expect(streams.length).toBeGreaterThanOrEqual(3);
    expect(items.length).toBeGreaterThanOrEqual(250);
    expect(new Set(items.map((i) => i.outlet)).size).toBeGreaterThanOrEqual(8);
    expect(items.filter((i) => i.lang === 'fr').length).toBeGreaterThan(0);
    expect(items.filter((i) => i.lang === 'en').length).toBeGreaterThan(0);
  });

  it('give every declared development a report and every stream distractors', () => {
    for (const stream of streams) {
      const unused = Object.keys(stream.developments).filter(
        (d) => stream.items.filter((i) => i.development === d).length === 0,
      );
      expect({ stream: stream.id, unused }).toEqual({ stream: stream.id, unused: [] });
      expect(stream.items.some((i) => i.development === 'none')).toBe(true);
    }
  });
});

describe('loadStoryStreams', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const item = (over: Partial<StreamItem>): string =>
    JSON.stringify({
      id: 'x-001',
      outlet: 'rfi',
      lang: 'fr',
      at: '2024-09-17T10:00:00Z',
      time: 'feed',
      title: 'Attaque à Bamako',
      summary: 'Des tirs ont été entendus.',
      link: 'https://www.rfi.fr/a',
      development: 'x-attack',
      arc: 'x',
      kind: 'news',
      src: 'feed-archive',
      ...over,
    });

  function write(lines: readonly string[], heldOut = true): void {
    dir = mkdtempSync(join(tmpdir(), 'story-streams-'));
    const manifest = {
      note: 'test',
      streams: [
        {
          id: 'x',
          file: 'x.jsonl',
          title: 'x',
          heldOut,
          alertQuery: 'country:mali',
          arcs: { x: 'X' },
          developments: { 'x-attack': { arc: 'x', text: 'an attack' } },
        },
      ],
      sources: { 'feed-archive': 'somewhere' },
    };
    writeFileSync(join(dir, 'streams.json'), JSON.stringify(manifest));
    writeFileSync(join(dir, 'x.jsonl'), `${lines.join('\n')}\n`);
  }

  it('names the file and line of a duplicate id, an undeclared development and a bad arc', () => {
    write([
      item({}),
      item({ id: 'x-001', link: 'https://www.rfi.fr/b' }),
      item({ id: 'x-002', development: 'x-claim' }),
      item({ id: 'x-003', development: 'none' }),
    ]);
    const result = loadStoryStreams(dir);
    expect(result.ok ? [] : result.error).toEqual([
      "x.jsonl:3 development: 'x-claim' is not a development of x",
      "x.jsonl:4 arc: 'x' given to an item without a development",
      'x.jsonl: id x-001 already used in x.jsonl',
    ]);
  });

  it('refuses a summary over 300 characters and a set without a held-out stream', () => {
    write([item({ summary: 'a'.repeat(301) })], false);
    const result = loadStoryStreams(dir);
    expect(result.ok ? [] : result.error).toEqual([
      'x.jsonl:1 summary: Too big: expected string to have <=300 characters',
      'streams.json: no stream is held out; at least one must be',
    ]);
  });
});

const base = {
  outlet: 'a',
  lang: 'en',
  time: 'feed',
  summary: 's',
  link: 'https://a.example/',
  src: 'x',
  kind: 'news',
} as const;

function stream(items: readonly Partial<StreamItem>[]): StoryStream {
  return {
    id: 's',
    file: 's.jsonl',
    title: 's',
    heldOut: false,
    alertQuery: 'country:mali',
    arcs: { arc: 'Arc' },
    developments: { d1: { arc: 'arc', text: 'one' }, d2: { arc: 'arc', text: 'two' } },
    items: items.map((i, n) => ({
      ...base,
      id: `s-${n}`,
      at: new Date(Date.UTC(2024, 0, 1, n)).toISOString(),
      title: `t${n}`,
      development: 'none',
      arc: 'none',
      ...i,
    })),
  };
}

describe('scoreStoryStream', () => {
  const s = stream([
    { id: 's-a', development: 'd1', arc: 'arc' },
    { id: 's-b', development: 'd1', arc: 'arc' },
    { id: 's-c', development: 'd2', arc: 'arc' },
    { id: 's-d', development: 'd2', arc: 'arc', kind: 'analysis' },
    { id: 's-x' },
    { id: 's-y' },
  ]);

  it('counts joined pairs against labelled pairs, leaving out pairs of two distractors', () => {
    const score = scoreStoryStream(s, {
      stories: [
        { id: '1', items: ['s-a', 's-b', 's-c'] },
        { id: '2', items: ['s-d'] },
        { id: '3', items: ['s-x', 's-y'] },
      ],
      arcOfStory: new Map(),
      alerts: [],
    });
    expect(score.developmentPairs).toEqual({
      gold: 2,
      predicted: 3,
      correct: 1,
      precision: 1 / 3,
      recall: 0.5,
    });
    expect(score.arcPairs).toMatchObject({ gold: 6, correct: 3, recall: 0.5 });
    expect(score.errors.split).toEqual([{ development: 'd2', stories: [['s-c'], ['s-d']] }]);
    expect(score.errors.merged).toEqual([{ story: ['s-a', 's-b', 's-c'], labels: ['d1', 'd2'] }]);
  });

  it('counts linked stories as one arc once arcs exist', () => {
    const score = scoreStoryStream(s, {
      stories: [
        { id: '1', items: ['s-a', 's-b'] },
        { id: '2', items: ['s-c', 's-d'] },
      ],
      arcOfStory: new Map([
        ['1', 'arc-1'],
        ['2', 'arc-1'],
      ]),
      alerts: [],
    });
    expect(score.arcPairs.recall).toBe(1);
  });

  it('gives each alert to the development of the item that started its story', () => {
    const score = scoreStoryStream(s, {
      stories: [
        { id: '1', items: ['s-a', 's-b'] },
        { id: '2', items: ['s-b'] },
        { id: '3', items: ['s-d', 's-c'] },
        { id: '4', items: ['s-x'] },
      ],
      arcOfStory: new Map(),
      alerts: [{ storyId: '1' }, { storyId: '2' }, { storyId: '3' }, { storyId: '4' }],
    });
    expect(score.alertsByDevelopment).toEqual({ d1: 2, d2: 1 });
    expect(score.alertPostsPerDevelopment).toBe(1.5);
    expect(score.developmentsWithoutAlert).toEqual([]);
    expect(score.analysisAlerted).toBe(1);
    expect(score.errors.repeated).toEqual([{ development: 'd1', posts: 2 }]);
    expect(score.errors.distractorAlerts).toEqual(['s-x']);
  });

  it('gives an alert that led with a later report to that report, as its readers see it', () => {
    const score = scoreStoryStream(s, {
      stories: [
        { id: '1', items: ['s-d', 's-a'] },
        { id: '2', items: ['s-c'] },
      ],
      arcOfStory: new Map(),
      alerts: [{ storyId: '1', leadItem: 's-a' }, { storyId: '2' }],
    });
    expect(score.alertsByDevelopment).toEqual({ d1: 1, d2: 1 });
    expect(score.analysisAlerted).toBe(0);
  });
});

describe('the replayed feeds', () => {
  const s = stream([{ title: 'Old' }, { title: 'Mali & <ECOWAS>' }, { title: 'Later' }]);

  it('show only what was published by then, newest first, with XML escaped', () => {
    const feed = renderStreamFeed('a', s.items, Date.UTC(2024, 0, 1, 1));
    const titles = [...feed.matchAll(/<item>\s*<title>(.*)<\/title>/g)].map((m) => m[1]);
    expect(titles).toEqual(['Mali &amp; &lt;ECOWAS&gt;', 'Old']);
  });

  it('are polled first while still empty, then in even steps past the last item', () => {
    const steps = replaySteps(s.items, { stepHours: 3, minSteps: 12 });
    expect(steps[0]).toBeLessThan(Date.UTC(2024, 0, 1, 0));
    expect(steps.at(-1)).toBeGreaterThanOrEqual(Date.UTC(2024, 0, 1, 2));
    expect(steps.length).toBeGreaterThanOrEqual(13);
  });
});
