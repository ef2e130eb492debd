import { describe, expect, it } from 'vitest';
import type { Arc } from '../../../src/core/story.js';
import {
  entityWeights,
  rankGroups,
  rankStories,
  scoreStory,
} from '../../../src/digest/rank-stories.js';
import { config, HOUR, NOW, source, story } from './make-story.js';

const weights = entityWeights(config.watchlist);
const ids = (stories: readonly { id: string }[]): string[] => stories.map((s) => s.id);

describe('rankStories', () => {
  it('puts a story corroborated by more independent outlets first', () => {
    const single = story('single');
    const three = story('three', {
      sources: [source('RFI English'), source('BBC News'), source('Le Monde Afrique')],
    });
    const two = story('two', { sources: [source('RFI English'), source('DW')] });
    expect(ids(rankStories([single, three, two], { now: NOW, entityWeights: weights }))).toEqual([
      'three',
      'two',
      'single',
    ]);
  });

  it('does not count two feeds of the same outlet as corroboration', () => {
    const sameOutlet = story('same', {
      sources: [source('France 24'), source('France 24', { feedId: 'f24-fr', lang: 'fr' })],
    });
    const twoOutlets = story('two', { sources: [source('France 24'), source('DW')] });
    expect(
      ids(rankStories([sameOutlet, twoOutlets], { now: NOW, entityWeights: weights })),
    ).toEqual(['two', 'same']);
  });

  it('prefers a wire or major outlet over a minor one', () => {
    const minor = story('minor', { sources: [source('Blog', { tier: 3 })] });
    const major = story('major', { sources: [source('RFI English', { tier: 1 })] });
    const specialist = story('specialist', { sources: [source('Studio Tamani', { tier: 2 })] });
    expect(
      ids(rankStories([minor, specialist, major], { now: NOW, entityWeights: weights })),
    ).toEqual(['major', 'specialist', 'minor']);
  });

  it('ranks a story about a weightier actor higher', () => {
    const plain = story('plain', { entities: ['mali'] });
    const leader = story('leader', { entities: ['mali', 'assimi-goita'] });
    const group = story('group', { entities: ['jnim'] });
    expect(ids(rankStories([plain, group, leader], { now: NOW, entityWeights: weights }))).toEqual([
      'leader',
      'group',
      'plain',
    ]);
  });

  it('ranks a fresher story higher, other things equal', () => {
    const old = story('old', { lastSeenAt: NOW - 20 * HOUR });
    const fresh = story('fresh', { lastSeenAt: NOW - HOUR });
    expect(ids(rankStories([old, fresh], { now: NOW, entityWeights: weights }))).toEqual([
      'fresh',
      'old',
    ]);
  });

  it('lets three outlets outrank a single fresh report about a heavier actor', () => {
    const corroborated = story('corroborated', {
      lastSeenAt: NOW - 10 * HOUR,
      entities: ['mali'],
      sources: [source('RFI English'), source('BBC News'), source('DW'), source('Al Jazeera')],
    });
    const single = story('single', { lastSeenAt: NOW - HOUR, entities: ['jnim'] });
    expect(ids(rankStories([single, corroborated], { now: NOW, entityWeights: weights }))).toEqual([
      'corroborated',
      'single',
    ]);
  });

  it('breaks ties by recency, then by id, whatever the input order', () => {
    const a = story('a');
    const b = story('b');
    const c = story('c', { lastSeenAt: NOW - HOUR });
    expect(ids(rankStories([b, a, c], { now: NOW, entityWeights: weights }))).toEqual([
      'c',
      'a',
      'b',
    ]);
    expect(ids(rankStories([a, c, b], { now: NOW, entityWeights: weights }))).toEqual([
      'c',
      'a',
      'b',
    ]);
  });

  it('scores with the documented factors', () => {
    const s = story('s', {
      entities: ['jnim'],
      lastSeenAt: NOW - 12 * HOUR,
      sources: [source('A', { tier: 2 }), source('B', { tier: 3 })],
    });
    expect(scoreStory(s, { now: NOW, entityWeights: weights })).toBeCloseTo(
      Math.log2(3) * 0.7 * Math.SQRT2 * 0.75,
      10,
    );
  });
});

describe('rankGroups', () => {
  const arc: Arc = {
    id: 'arc-1',
    title: 'Niger coup',
    firstSeenAt: NOW - 30 * HOUR,
    lastSeenAt: NOW,
    storyIds: ['coup', 'airspace', 'aid'],
  };
  const three = [source('RFI English'), source('BBC News'), source('DW')];
  const coup = story('coup', { arcId: 'arc-1', firstSeenAt: NOW - 30 * HOUR });
  const airspace = story('airspace', { arcId: 'arc-1', sources: three });
  const aid = story('aid', { arcId: 'arc-1', firstSeenAt: NOW - HOUR });
  const pair = story('pair', { sources: [source('RFI English'), source('DW')] });
  const lone = story('lone');
  const options = { now: NOW, entityWeights: weights };
  const shape = (groups: ReturnType<typeof rankGroups>): string[] =>
    groups.map((g) => `${g.arc?.id ?? '-'}: ${ids(g.stories).join(' ')}`);

  it("ranks an arc by its best story and lists its developments in the arc's order", () => {
    expect(shape(rankGroups([lone, aid, pair, coup, airspace], [arc], options))).toEqual([
      'arc-1: coup airspace aid',
      '-: pair',
      '-: lone',
    ]);
  });

  it('leaves a story alone when its arc is unknown, as rankStories would order it', () => {
    expect(shape(rankGroups([lone, aid, pair, coup, airspace], [], options))).toEqual(
      ids(rankStories([lone, aid, pair, coup, airspace], options)).map((id) => `-: ${id}`),
    );
  });
});
