/**
 * A report reprinted days after its story closed is filed with that story as old news (no
 * alert), instead of starting a second story of the same happening.
 */
import { describe, expect, it } from 'vitest';
import { T0, item } from '../../integration/delivery/pipeline-harness.js';
import { openFiler } from './story-filer.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function filer() {
  return openFiler().file;
}

const first = item({
  id: 'gao-1',
  feedId: 'wire',
  at: T0,
  title: 'Gunmen kill 12 soldiers in attack on army post near Gao, army says',
  summary:
    'Gunmen killed 12 soldiers and wounded 5 in an attack on an army post near Gao, the army said.',
});

/** A second outlet's report in its own words: the story is told by several, as most are. */
const second = item({
  id: 'gao-2',
  feedId: 'desk',
  at: T0 + 3 * HOUR,
  title: 'Mali: twelve troops die as jihadists storm Gao outpost',
  summary:
    'Jihadist fighters on motorbikes overran a military outpost in the Gao region on Sunday.',
});

describe('clusterItems, late reprints', () => {
  it('files a reprint after the story closed with that story, as old news', () => {
    const file = filer();
    const story = file(first).story;
    expect(file(second).story.id).toBe(story.id);
    const reprint = file(
      item({
        id: 'gao-reprint',
        feedId: 'agency',
        at: T0 + 5 * DAY,
        title: 'Armed men kill 12 Mali soldiers near Gao, says army',
        summary:
          'Several dozen armed men attacked an army post near Gao, killing 12 soldiers and wounding 5, the army said.',
      }),
    );
    expect(reprint).toMatchObject({ created: false, recycled: true });
    expect(reprint.story.id).toBe(story.id);
    expect(reprint.reason).toMatch(/late reprint/u);
  });

  it('starts a new story for another toll told in the same words', () => {
    const file = filer();
    file(first);
    file(second);
    const another = file(
      item({
        id: 'gao-again',
        feedId: 'agency',
        at: T0 + 5 * DAY,
        title: 'Armed men kill 30 Mali soldiers near Gao, says army',
        summary:
          'Several dozen armed men attacked an army post near Gao, killing 30 soldiers, the army said.',
      }),
    );
    expect(another).toMatchObject({ created: true, recycled: false });
  });
});
