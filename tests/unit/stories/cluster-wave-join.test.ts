/**
 * A coordinated day of attacks by one group on several towns is one development: a report that
 * tells the attacks as a wave, days later, joins the wave's story and not a single-town attack
 * of another day; a report of one town's attack does not.
 */
import { describe, expect, it } from 'vitest';
import { tellsWave } from '../../../src/stories/attack-wave.js';
import { assign, reporter, story } from './cluster-harness.js';

const T0 = Date.parse('2025-03-02T18:00:00Z');

const report = reporter(T0, {
  lang: 'en',
  entities: ['mali', 'jnim'],
  places: [],
  tags: ['attack'],
  titleEntities: ['mali'],
});

/** The wave of Sunday 2 March, told as a series of attacks from the first day. */
const wave = story(
  'wave',
  report(
    'Mali: series of jihadist attacks, Gao region hardest hit',
    'Jihadists attacked Gao, Ansongo and Bourem at dawn on Sunday, witnesses said.',
    0,
  ),
  report(
    'Jihadist attack kills dozens in northern Mali',
    'Fresh jihadist violence has killed dozens of soldiers and civilians in simultaneous attacks in northern Mali.',
    18,
  ),
);

/** A single town attacked on Monday 3 March, reported two days later. */
const singleTown = story(
  'single',
  report(
    'Insurgents raid central Mali city, free prisoners',
    'A city in central Mali was the target of a large-scale attack by suspected insurgents earlier this week.',
    40,
  ),
  report(
    'Mali : la ville de Douentza visée par un groupe djihadiste',
    'Selon une source sécuritaire, Douentza a été la cible d’une attaque de grande ampleur.',
    80,
    { lang: 'fr', entities: ['mali'] },
  ),
);

describe('tellsWave', () => {
  it('reads several attacks told as one, in English and French', () => {
    for (const text of [
      'JNIM intensifies attacks in several towns in the country',
      'simultaneous attacks on army posts',
      'a wave of coordinated attacks hit the north',
      'Burkina Faso : série d’attaques jihadistes, Djibo particulièrement frappée',
      'Une vague d’attaques a secoué plusieurs localités',
      'Le groupe intensifie ses attaques dans plusieurs localités du pays',
      'des attaques simultanées contre des postes militaires',
      'attaques jihadistes coordonnées dans le nord',
    ])
      expect(tellsWave(text), text).toBe(true);
  });

  it('does not read one attack, or "several" counting people, as a wave', () => {
    for (const text of [
      'Jihadist attack kills several dozen in a northern town',
      'des attaques jihadistes font plusieurs centaines de morts',
      'Gunmen attack army base near the border',
      'Attaque contre la ville de Diapaga',
      'Several killed in attacks, villagers say',
    ])
      expect(tellsWave(text), text).toBe(false);
  });
});

describe('assignStory on a wave of attacks', () => {
  it('files a later report of attacks in several towns with the wave, not with another day’s attack', () => {
    const later = report(
      'AFRICA/MALI - The JNIM group intensifies attacks in several towns in the country',
      'The Group for the Support of Islam and Muslims (JNIM) has intensified its attacks against military and civilian targets in Mali.',
      64,
    );
    expect(assign(later, wave, singleTown).storyId).toBe('wave');
  });

  it('does not file a report of one town’s attack with the wave', () => {
    const oneTown = report(
      'Insurgents storm central Mali city, burn town hall',
      'Suspected insurgents attacked the city of Douentza, residents said on Thursday.',
      64,
    );
    expect(assign(oneTown, wave, singleTown).storyId).not.toBe('wave');
  });

  it('does not file a wave told on another day with the wave', () => {
    const another = report(
      'Mali: new series of jihadist attacks on Friday',
      'Jihadists attacked several towns of the Mopti region on Friday, 28 February, residents said.',
      64,
    );
    expect(assign(another, wave).storyId).toBeNull();
  });

  it('does not file a wave report more than a week after the wave began', () => {
    const late = report(
      'JNIM intensifies attacks in several towns in Mali',
      'The group has intensified its attacks against military and civilian targets.',
      9 * 24,
    );
    // A week on, a last report keeps the wave's story open.
    const covered = story(
      'wave',
      report(
        'Mali: series of jihadist attacks, Gao region hardest hit',
        'Jihadists attacked Gao, Ansongo and Bourem at dawn on Sunday, witnesses said.',
        0,
      ),
      report(
        'Gao attacks: survivors tell of a day of terror',
        'Residents of Gao recall Sunday’s attacks.',
        7 * 24 - 10,
      ),
    );
    expect(assign(late, covered).storyId).toBeNull();
  });
});
