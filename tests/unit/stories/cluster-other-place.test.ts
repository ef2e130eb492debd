/**
 * Alike words about another place its headline names tell another happening: wire reports of
 * two attacks a day apart read almost word for word alike, and only the town tells them apart.
 */
import { describe, expect, it } from 'vitest';
import { assign, reporter, story } from './cluster-harness.js';

const T0 = Date.parse('2025-06-01T12:00:00Z');

const report = reporter(T0, {
  lang: 'en',
  entities: ['burkina-faso', 'jnim', 'kaya'],
  places: ['kaya'],
  tags: ['attack'],
  titleEntities: ['jnim', 'kaya'],
});

const kaya = story(
  'kaya',
  report(
    'JNIM fighters attack army camp in Kaya, killing dozens of soldiers',
    'Fighters of the al Qaeda affiliate JNIM attacked an army camp in Kaya, northern Burkina Faso, killing dozens of soldiers, security sources said.',
    0,
  ),
);

describe('assignStory, near-duplicate words about another place', () => {
  it('keeps an attack its headline places in another town apart, however alike the words', () => {
    const dori = report(
      'JNIM fighters attack army camp in Dori, killing dozens of soldiers',
      'Fighters of the al Qaeda affiliate JNIM attacked an army camp in Dori, northern Burkina Faso, killing dozens of soldiers, security sources said.',
      20,
      {
        entities: ['burkina-faso', 'jnim', 'dori'],
        places: ['dori'],
        titleEntities: ['jnim', 'dori'],
      },
    );
    expect(assign(dori, kaya)).toMatchObject({
      storyId: null,
      reason: expect.stringContaining('another place'),
    });
  });

  it('joins a near-duplicate whose only other place is its dateline', () => {
    const datelined = report(
      'JNIM fighters attack army camp in northern Burkina Faso, killing dozens of soldiers',
      'Ouagadougou: Fighters of the al Qaeda affiliate JNIM attacked an army camp in northern Burkina Faso, killing dozens of soldiers, security sources said.',
      3,
      {
        entities: ['burkina-faso', 'jnim', 'ouagadougou'],
        places: ['ouagadougou'],
        titleEntities: ['jnim'],
      },
    );
    expect(assign(datelined, kaya).storyId).toBe('kaya');
  });
});
