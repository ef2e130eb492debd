import { describe, expect, it } from 'vitest';
import type { EntityMatch } from '../../../src/core/match-types.js';
import { objectEntities } from '../../../src/stories/headline-objects.js';
import { assign, reporter, story } from './cluster-harness.js';

/** A title match of `entity` where `alias` first appears in `title`. */
function hit(title: string, entity: string, alias: string): EntityMatch {
  const start = title.indexOf(alias);
  if (start < 0) throw new Error(`${alias} is not in ${title}`);
  return { entity, alias, field: 'title', start, end: start + alias.length };
}

describe('objectEntities', () => {
  it('takes a state named after a preposition for the object of the action', () => {
    const title = 'Sahel alliance recalls ambassadors from Algeria';
    expect(objectEntities(title, [hit(title, 'algeria', 'Algeria')])).toEqual(['algeria']);
    const fr = 'L’Algérie rappelle ses ambassadeurs au Mali et au Niger';
    expect(
      objectEntities(fr, [
        hit(fr, 'algeria', 'Algérie'),
        hit(fr, 'mali', 'Mali'),
        hit(fr, 'niger', 'Niger'),
      ]),
    ).toEqual(['mali', 'niger']);
    const against = 'Le Mali porte plainte contre l’Algérie';
    expect(objectEntities(against, [hit(against, 'algeria', 'Algérie')])).toEqual(['algeria']);
  });

  it('does not take a scene-setting opening or a bare subject for an object', () => {
    const scene = 'Au Niger, l’EIGS perd une quarantaine de combattants';
    expect(objectEntities(scene, [hit(scene, 'niger', 'Niger')])).toEqual([]);
    const label = 'Tensions : au Mali, des milliers de manifestants';
    expect(objectEntities(label, [hit(label, 'mali', 'Mali')])).toEqual([]);
    const bare = 'Algeria closes airspace to Mali';
    expect(
      objectEntities(bare, [hit(bare, 'algeria', 'Algeria'), hit(bare, 'mali', 'Mali')]),
    ).toEqual(['mali']);
  });
});

const T0 = Date.parse('2025-04-06T18:00:00Z');

const report = reporter(T0, {
  lang: 'fr',
  entities: ['algeria', 'aes', 'mali', 'niger'],
  places: [],
  tags: ['diplomacy'],
});

describe('assignStory and who a headline leads with', () => {
  const recall = story(
    'aes-recall',
    report(
      'Sahel alliance recalls ambassadors from Algeria',
      'The Alliance of Sahel States said it was recalling its ambassadors for consultations.',
      0,
      { titleEntities: ['algeria'], objectEntities: ['algeria'] },
    ),
    report(
      'L’AES rappelle tous ses ambassadeurs accrédités en Algérie',
      'Les États de l’AES ont annoncé le rappel de leurs ambassadeurs.',
      2,
      { titleEntities: ['aes', 'algeria'], objectEntities: ['algeria'] },
    ),
  );

  it('keeps one state’s recall apart from the recall of envoys from that state', () => {
    const answer = report(
      'L’Algérie rappelle ses ambassadeurs au Mali et au Niger',
      'Alger a décidé de rappeler pour consultations ses ambassadeurs à Bamako et à Niamey.',
      20,
      { titleEntities: ['algeria', 'mali', 'niger'], objectEntities: ['mali', 'niger'] },
    );
    expect(assign(answer, recall).storyId).toBeNull();
  });

  it('still joins a report of the alliance’s own recall', () => {
    const again = report(
      'Les États de l’AES rappellent leurs ambassadeurs en Algérie',
      'Le Mali, le Burkina Faso et le Niger rappellent leurs ambassadeurs accrédités à Alger.',
      6,
      { titleEntities: ['aes', 'algeria'], objectEntities: ['algeria'] },
    );
    expect(assign(again, recall).storyId).toBe('aes-recall');
  });
});
