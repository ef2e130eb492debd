/**
 * A toll told again a week on, in other words, after its story closed: it names the happening's
 * own day and a count the story already gave, so it joins that story and never alerts; a new
 * attack in the same town, or a higher count, does not.
 */
import { describe, expect, it } from 'vitest';
import { signItem } from '../../../src/stories/cluster-stories.js';
import { lateReprintOf } from '../../../src/stories/late-reprint.js';
import { HOUR, reporter, story } from './cluster-harness.js';

/** A Tuesday, three days after Saturday's attack on the town. */
const T0 = Date.parse('2024-08-27T12:00:00Z');
const WINDOW = 72 * HOUR;

const report = reporter(T0, {
  lang: 'fr',
  entities: ['burkina-faso', 'barsalogho'],
  places: ['barsalogho'],
  tags: ['attack'],
  titleEntities: ['burkina-faso', 'barsalogho'],
});

const tolls = story(
  'toll',
  report(
    'Burkina Faso : au moins 400 civils tués dans une attaque terroriste à Barsalogho',
    'Au moins 400 civils ont été tués dans une des attaques les plus meurtrières du pays.',
    0,
  ),
  report(
    'Burkina Faso attack estimated to have killed 500, says Reuters',
    'Several days after the deadly attack, estimates put the dead at more than 500.',
    24,
    { lang: 'en' },
  ),
);

/** Where the item goes, ten days after the story began. */
const filed = (title: string, summary: string, extra = {}) => {
  const item = report(title, summary, 10 * 24, extra);
  return lateReprintOf(signItem(item), [tolls], { windowMs: WINDOW, now: item.publishedAt + HOUR });
};

describe('lateReprintOf, a toll told again', () => {
  it('files a count the story gave, for the day of its attack, with the closed story', () => {
    expect(
      filed(
        'Massacre de masse au Burkina : entre 300 et 400 tués dans l’attaque de Barsalogho',
        'Le bilan de l’attaque de Barsalogho par un groupe armé, ce samedi 24 août, ne cesse de s’alourdir.',
      ),
    ).toMatchObject({
      storyId: 'toll',
      reason: expect.stringContaining('toll told again') as unknown,
    });
  });

  it('keeps a new attack in the same town apart, and a count above the story’s', () => {
    // A new attack names a day after the story began.
    expect(
      filed(
        'Burkina Faso : 400 morts dans une nouvelle attaque à Barsalogho',
        'Des hommes armés ont attaqué la ville ce jeudi 5 septembre.',
      ),
    ).toBeNull();
    expect(
      filed(
        'Burkina Faso : entre 400 et 600 tués dans l’attaque de Barsalogho',
        'Le bilan de l’attaque du samedi 24 août ne cesse de s’alourdir.',
      ),
    ).toBeNull();
  });

  it('asks for the happening’s day and the story’s place', () => {
    expect(
      filed(
        'Massacre de masse au Burkina : entre 300 et 400 tués dans l’attaque de Barsalogho',
        'Le bilan de l’attaque de Barsalogho par un groupe armé ne cesse de s’alourdir.',
      ),
    ).toBeNull();
    expect(
      filed(
        'Massacre de masse au Burkina : entre 300 et 400 tués dans l’attaque de Djibo',
        'Le bilan de l’attaque de Djibo par un groupe armé, ce samedi 24 août, ne cesse de s’alourdir.',
        { places: ['djibo'], entities: ['burkina-faso', 'djibo'] },
      ),
    ).toBeNull();
  });
});
