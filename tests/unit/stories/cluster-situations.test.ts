import { describe, expect, it } from 'vitest';
import { situationKeys } from '../../../src/stories/situation-words.js';
import { assign, reporter, story } from './cluster-harness.js';

const T0 = Date.parse('2026-03-02T08:00:00Z');

/** Reports from Kidal that no event tag describes; entity ids as the matcher would give them. */
const kidal = reporter(T0, {
  lang: 'fr',
  entities: ['kidal', 'mali'],
  places: ['kidal'],
  tags: [],
  titleEntities: ['kidal'],
});

const reopened = kidal(
  'Kidal : réouverture de plusieurs écoles',
  'Plusieurs écoles ont rouvert leurs portes à Kidal, fermées depuis des années, a annoncé l’académie.',
  0,
);

describe('assignStory, reports that name neither a tag nor an action', () => {
  it('joins reports of one situation at one place, in English and French', () => {
    const back = kidal(
      'Retour en classe à Kidal',
      'Les élèves de Kidal ont repris le chemin de l’école après la réouverture de plusieurs établissements.',
      2,
    );
    expect(assign(back, story('schools', reopened))).toMatchObject({
      storyId: 'schools',
      reason: expect.stringContaining('same event') as unknown,
    });
    const english = kidal(
      'Schools reopen in Mali’s northern town of Kidal',
      'Several schools in Kidal reopened after years of closure, education officials said.',
      3,
      { lang: 'en', titleEntities: ['mali', 'kidal'] },
    );
    expect(assign(english, story('schools', reopened, back)).storyId).toBe('schools');
  });

  it('keeps apart reports of the same place about other situations', () => {
    const market = kidal(
      'Kidal : le grand marché rouvre après des travaux',
      'Les commerçants du grand marché de Kidal ont retrouvé leurs étals, a constaté notre correspondant.',
      2,
    );
    expect(assign(market, story('schools', reopened)).storyId).toBeNull();
  });

  it('does not join by situation a story that names its happening', () => {
    const closed = kidal(
      'Kidal : les autorités ferment les écoles après des menaces',
      'Le gouvernorat de Kidal a ordonné la fermeture des écoles jusqu’à nouvel ordre.',
      0,
    );
    const pupils = kidal(
      'À Kidal, des élèves sans école depuis des semaines',
      'Les parents d’élèves de Kidal s’inquiètent pour l’année scolaire.',
      6,
    );
    expect(assign(pupils, story('closure', closed)).storyId).toBeNull();
    const attacked = kidal(
      'Kidal : l’école du quartier Aliou visée par des tirs',
      'Des hommes armés ont ouvert le feu sur une école de Kidal.',
      0,
      { tags: ['attack'] },
    );
    expect(assign(reopened, story('attack', attacked)).storyId).toBeNull();
  });

  it('reads the measures of a dispute between states: airspace, envoys, a court case', () => {
    expect(situationKeys('Le Mali ferme son espace aérien à l’Algérie')).toEqual(['airspace']);
    expect(situationKeys('Algeria shuts airspace to Mali')).toEqual(['airspace']);
    expect(situationKeys('L’AES rappelle ses ambassadeurs')).toEqual(['envoys']);
    expect(situationKeys('Le Mali porte plainte contre l’Algérie')).toEqual(['court']);
    expect(situationKeys('Mali files case at the International Court of Justice')).toEqual([
      'court',
    ]);
  });

  it('reads a French sentence as a trial, and a condemnation as none', () => {
    expect(situationKeys('Mali : trois officiers condamnés à dix ans de prison')).toEqual([
      'trial',
    ]);
    expect(situationKeys('Burkina : la Criet prononce sa condamnation à mort')).toEqual(['trial']);
    expect(situationKeys('Amnesty International condamne les exécutions de Diafarabé')).toEqual([]);
    expect(
      situationKeys('Le gouvernement condamne la propagation de fausses informations'),
    ).toEqual([]);
  });

  it('reads a military partnership in English and French: the accord, the cooperation', () => {
    expect(situationKeys('Niger suspends military cooperation with US')).toEqual(['cooperation']);
    expect(
      situationKeys('Le Niger dénonce l’accord de coopération militaire avec les États-Unis'),
    ).toEqual(['cooperation']);
    expect(situationKeys('Mali and Russia sign a defence agreement')).toEqual(['cooperation']);
    expect(situationKeys('Cooperation with the UN on humanitarian aid')).toEqual([]);
  });

  it('reads the UN General Assembly, its speeches and its rostrum, in English and French', () => {
    expect(situationKeys('80ᵉ Assemblée générale de l’ONU : l’AES défend sa souveraineté')).toEqual(
      ['assembly'],
    );
    expect(situationKeys('Mali’s prime minister addressed the General Assembly')).toEqual([
      'assembly',
    ]);
    expect(situationKeys('Ingérence : trois pays visés à la tribune de l’ONU')).toEqual([
      'assembly',
    ]);
    expect(situationKeys('Assemblée générale du barreau malien')).toEqual([]);
  });

  it('reads hate speech and calls to exterminate as one situation', () => {
    expect(situationKeys('La justice s’attaque aux appels à la haine')).toEqual(['hate']);
    expect(situationKeys('Enquête ouverte après des appels à l’extermination')).toEqual(['hate']);
    expect(situationKeys('Prosecutors target hate speech online')).toEqual(['hate']);
  });

  it('reads schools, mines and recruitment in English and French, not a political class', () => {
    expect(situationKeys('Retour en classe à Kidal')).toEqual(['schools']);
    expect(situationKeys('La classe politique malienne divisée')).toEqual([]);
    expect(situationKeys('Le Niger annonce la révision de son code minier')).toEqual(['mining']);
    expect(situationKeys('Niger to rewrite mining code to raise state share in uranium')).toEqual([
      'mining',
    ]);
    expect(situationKeys('Une mine explose au passage d’un convoi')).toEqual([]);
    expect(situationKeys('Burkina Faso : nouvelle campagne de recrutement de VDP')).toEqual([
      'recruitment',
    ]);
    expect(
      situationKeys('Burkina Faso launches new drive to recruit civilian auxiliaries'),
    ).toEqual(['recruitment']);
  });
});
