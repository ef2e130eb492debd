import { describe, expect, it } from 'vitest';
import { T0, item } from '../../integration/delivery/pipeline-harness.js';
import { DAY, HOUR, arcInput, setup } from './arc-linker-harness.js';

describe('createArcLinker: what a joining report says', () => {
  it('keeps an attack story where it is when a report of a measure over its coverage joins it', () => {
    // Chatoumane stream, December 2024: a report of the BBC's suspension filed with the attack.
    const { arcs, linker, file } = setup();
    const attack = file(
      item({
        id: 'attack',
        at: T0,
        title: 'Le Niger enregistre la pire attaque sur son sol depuis six mois',
        summary:
          'Le Niger a été frappé, ce 10 décembre 2024, par l’une de ses attaques les plus meurtrières depuis six mois.',
      }),
    );
    const media = file(
      item({
        id: 'media',
        at: T0 + HOUR,
        title:
          'Niger junta suspends BBC, accusing it of spreading false news in coverage of attack',
        summary:
          'Niger’s ruling junta suspended the BBC for three months over its coverage of an extremist attack.',
      }),
    );
    expect(media).toMatchObject({ created: true, story: { arcId: 'arc-st-media' } });
    const report = item({
      id: 'report',
      at: T0 + 2 * HOUR,
      title: 'Niger suspends BBC for alleged false reporting on extremist attack',
      summary: 'Niger’s authorities have suspended the BBC for three months.',
    });
    const joined = { ...attack.story, lastSeenAt: report.firstSeenAt };
    expect(linker.touch(joined, arcInput(report))).toBe('arc-st-attack');
    linker.flush();
    expect(arcs.getArc('arc-st-attack')?.storyIds).toEqual(['st-attack']);
  });

  it('places a story again when a report’s headline names the people an arc is about', () => {
    // Solenzo stream: Human Rights Watch's report, first told without the victims' people, then
    // as the massacre of Peuls that an earlier report named.
    const { arcs, linker, file } = setup();
    file(
      item({
        id: 'train',
        at: T0,
        title: 'Au Burkina Faso, les Peuls face au poison de la vengeance',
        summary: 'Les vidéos macabres se sont propagées à toute vitesse sur les réseaux sociaux.',
      }),
    );
    const hrw = file(
      item({
        id: 'hrw',
        at: T0 + HOUR,
        title:
          'Burkina Faso forces killed at least 100 civilians in a March attack, Human Rights Watch says',
        summary: 'Army aircraft were reportedly hovering above as the killings took place.',
      }),
    );
    expect(hrw).toMatchObject({ created: true, story: { arcId: 'arc-st-hrw' } });
    const report = item({
      id: 'peuls',
      at: T0 + 2 * HOUR,
      title: 'Massacres de Peuls au Burkina Faso : l’ONG Human Rights Watch accuse l’armée',
      summary: 'L’ONG a accusé l’armée du Burkina Faso d’avoir dirigé le massacre de civils peuls.',
    });
    const joined = { ...hrw.story, lastSeenAt: report.firstSeenAt };
    expect(linker.touch(joined, arcInput(report))).toBe('arc-st-train');
    linker.flush();
    expect(arcs.getArc('arc-st-train')?.storyIds).toEqual(['st-train', 'st-hrw']);
  });

  it('moves a story on a new name only to an arc that gives that name', () => {
    // Fambita stream, March 2025: "Ramadan" is new to the mosque attack's arc, and the clash
    // of two days before, in the same region, never named it.
    const { linker, file } = setup();
    file(
      item({
        id: 'clash',
        at: T0 - 2 * DAY,
        title: 'Niger : 9 soldats tués et 7 blessés dans un accrochage dans la région de Tillabéri',
        summary: 'L’armée nigérienne a rapporté un accrochage avec des hommes armés.',
      }),
    );
    const mosque = file(
      item({
        id: 'mosque',
        at: T0,
        title: 'Niger declares 3 days of mourning after attack on mosque leaves 44 dead',
        summary:
          'Niger’s government announced three days of mourning after 44 civilians were killed.',
      }),
    );
    const report = item({
      id: 'ramadan',
      at: T0 + HOUR,
      title: 'Terrorists kill 44 civilians in attack on Niger village during Ramadan prayers',
      summary:
        'In a brutal assault on Fambita village in Niger’s Tillabéri region, 44 civilians were killed by militants.',
    });
    const joined = { ...mosque.story, lastSeenAt: report.firstSeenAt };
    expect(linker.touch(joined, arcInput(report))).toBe(mosque.story.arcId);
  });
});
