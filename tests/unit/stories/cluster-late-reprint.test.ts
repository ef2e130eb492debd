/**
 * A report republished days after its story closed tells nothing new: it joins the closed story
 * it repeats (and never alerts, see cluster-items.ts), unless it counts other dead or names
 * another day, which makes it another happening told in the same words.
 */
import { describe, expect, it } from 'vitest';
import { signItem } from '../../../src/stories/cluster-stories.js';
import { lateReprintOf } from '../../../src/stories/late-reprint.js';
import { HOUR, reporter, story } from './cluster-harness.js';

const T0 = Date.parse('2025-08-04T09:00:00Z');
const WINDOW = 72 * HOUR;

const report = reporter(T0, {
  lang: 'en',
  entities: ['chad', 'boko-haram'],
  places: [],
  tags: ['attack'],
  titleEntities: ['chad'],
});

const closed = story(
  'island',
  report(
    'Gunmen kill 17 soldiers in attack on Lake Chad island base, army says',
    'Gunmen killed 17 soldiers and wounded 9 others in an attack on an army base on an island of Lake Chad, the army said on Sunday.',
    0,
  ),
  report(
    'Chad: 17 soldiers killed in attack on army base in Lake region',
    'Seventeen Chadian soldiers were killed on Sunday when fighters attacked a military base on an island in the Lake region.',
    6,
  ),
);

/** Where the item goes, five days after the story's last report. */
const reprintOf = (title: string, summary: string) => {
  const item = report(title, summary, 6 + 5 * 24);
  return lateReprintOf(signItem(item), [closed], {
    windowMs: WINDOW,
    now: item.publishedAt + HOUR,
  });
};

describe('lateReprintOf', () => {
  it('files a reprint of a closed story’s report with that story', () => {
    expect(
      reprintOf(
        'Gunmen kill 17 soldiers in Lake Chad island base attack, says army',
        'Gunmen killed 17 soldiers and wounded 9 in an attack on an army base on a Lake Chad island, the army said.',
      )?.storyId,
    ).toBe('island');
  });

  it('does not take the same words with another toll for a reprint', () => {
    expect(
      reprintOf(
        'Gunmen kill 23 soldiers in attack on Lake Chad island base, army says',
        'Gunmen killed 23 soldiers and wounded 9 others in an attack on an army base on an island of Lake Chad, the army said.',
      ),
    ).toBeNull();
  });

  it('does not take the same words told of another day for a reprint', () => {
    expect(
      reprintOf(
        'Gunmen kill soldiers in attack on Lake Chad island base on Thursday, army says',
        'Gunmen killed soldiers in an attack on an army base on an island of Lake Chad on Thursday, 7 August, the army said.',
      ),
    ).toBeNull();
  });

  it('does not take a report in other words for a reprint', () => {
    expect(
      reprintOf(
        'Chad army launches operation on Lake islands after deadly raid',
        'The army said it had begun clearing islands of the lake of fighters.',
      ),
    ).toBeNull();
  });

  it('leaves an open story to the clustering rules', () => {
    const item = report(
      'Gunmen kill 17 soldiers in Lake Chad island base attack, says army',
      'Gunmen killed 17 soldiers and wounded 9 in an attack on an army base on a Lake Chad island, the army said.',
      30,
    );
    expect(
      lateReprintOf(signItem(item), [closed], { windowMs: WINDOW, now: item.publishedAt + HOUR }),
    ).toBeNull();
  });
});
