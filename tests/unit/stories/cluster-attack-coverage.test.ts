import { describe, expect, it } from 'vitest';
import { readHeadline } from '../../../src/stories/action-frame.js';
import { headlineTolls } from '../../../src/stories/headline-toll.js';
import type { ClusterInput } from '../../../src/stories/cluster-stories.js';
import { assign, HOUR, story } from './cluster-harness.js';

const T0 = Date.parse('2024-05-14T06:00:00Z');

/** A report of a jihadist attack on a military camp at Djibo and of what followed it. */
function report(title: string, summary: string, hours: number): ClusterInput {
  return {
    title,
    summary,
    lang: 'fr',
    publishedAt: T0 + hours * HOUR,
    entities: ['burkina-faso', 'jnim'],
    places: [],
    tags: ['attack'],
    titleEntities: ['burkina-faso'],
  };
}

const frame = (title: string, lead = '') => readHeadline(title, lead).frame;

const claim = report(
  'Burkina Faso : le JNIM revendique l’attaque du camp militaire de Djibo',
  'Le Groupe de soutien à l’islam et aux musulmans a revendiqué l’attaque menée mardi à Djibo.',
  2,
);
/** The army's word, its action read from its lead sentence only. */
const armyWord = report(
  'Burkina Faso : l’armée affirme que la situation est sous contrôle à Djibo',
  'Les autorités affirment que l’attaque contre le camp de Djibo a été repoussée.',
  3,
);

describe('readHeadline on attack coverage', () => {
  it('reads lamented losses as an admission, and a lamented attack still as a condemnation', () => {
    expect(frame('Burkina : l’état-major déplore des pertes en vies humaines')).toMatchObject({
      heads: ['admit'],
      acts: ['toll'],
    });
    expect(frame('Burkina : le gouvernement déplore l’attaque de Djibo').heads).toEqual([
      'denounce',
    ]);
    expect(frame('Burkina : le Premier ministre reconnaît des failles de l’armée').heads).toEqual([
      'admit',
    ]);
    expect(frame('Un avion de reconnaissance attaqué près de Djibo').heads).toEqual([]);
  });

  it('leaves another actor’s claim after a comma out of the army’s report of the attack', () => {
    expect(
      frame('Burkinabe army repels attack in Djibo, al-Qaeda-linked group claims responsibility'),
    ).toMatchObject({ heads: [], acts: ['attack'] });
    expect(
      frame('Burkina : l’attaque de Djibo, qui a fait 50 morts, revendiquée par les djihadistes')
        .heads,
    ).toEqual(['claim']);
  });

  it('reads a strike as an attack', () => {
    expect(frame('Le JNIM frappe le camp militaire de Djibo').acts).toEqual(['attack']);
    expect(frame('Drone strikes hit jihadist positions near Djibo').acts).toEqual(['attack']);
  });

  it('does not count the wounded as the dead', () => {
    expect(headlineTolls('Over 70 killed, 200 injured in Burkina attacks')).toEqual([70]);
    expect(headlineTolls('Attack leaves 200 dead and 140 injured')).toEqual([200]);
  });
});

describe('assignStory on attack coverage', () => {
  it('keeps the attack apart from a claim story that took in a report by its lead sentence', () => {
    const attack = report(
      'Burkina Faso : une attaque terroriste vise Djibo',
      'Des tirs ont visé le camp militaire de Djibo mardi.',
      4,
    );
    expect(assign(attack, story('claim', claim)).storyId).toBeNull();
    const claimAndLead = story('claim', claim, armyWord);
    expect(assign(attack, claimAndLead).storyId).toBeNull();
  });

  it('keeps the army’s account apart from the attackers’ claim', () => {
    const verdict = assign(armyWord, story('claim', claim));
    expect(verdict.storyId).toBeNull();
    expect(verdict.reason).toContain('another actor');
  });

  it('files the first count of the dead a day after the attack as the toll, on the first day with the attack', () => {
    const attack = story(
      'attack',
      report(
        'Burkina Faso : une attaque terroriste vise Djibo',
        'Des tirs ont visé le camp de Djibo.',
        0,
      ),
      report(
        'Burkina Faso : l’armée repousse une attaque terroriste à Djibo',
        'L’armée a repoussé une attaque contre le camp de Djibo.',
        12,
      ),
    );
    const sameDay = report(
      'Burkina Faso : au moins 20 morts dans l’attaque de Djibo',
      'Au moins 20 personnes ont été tuées à Djibo.',
      6,
    );
    expect(assign(sameDay, attack).storyId).toBe('attack');
    const later = report(
      'Burkina Faso : l’attaque de Djibo a fait plus de 70 morts',
      'Plus de 70 personnes ont été tuées à Djibo.',
      30,
    );
    expect(assign(later, attack).reason).toContain('new count of the dead');
    const bilan = report(
      'Attaque terroriste à Djibo : le bilan',
      'Le bilan de l’attaque de Djibo est lourd.',
      30,
    );
    expect(assign(bilan, attack).storyId).toBeNull();
  });

  it('joins a headline that tells the fight by its losses, with no count, to the fight a day on', () => {
    const fight = story(
      'fight',
      report(
        'Burkina Faso : lourdes pertes pour l’armée lors de combats à Djibo',
        'Les combats opposent depuis jeudi les jihadistes à l’armée autour de Djibo.',
        0,
      ),
      report(
        'Burkina Faso : revers de l’armée face aux jihadistes à Djibo',
        'L’armée a subi de lourdes pertes autour de Djibo.',
        10,
      ),
    );
    const outcome = report(
      'Combats à Djibo : un bilan incertain et de lourdes pertes',
      'Les combats opposent depuis jeudi les jihadistes à l’armée autour de Djibo.',
      26,
    );
    expect(frame(outcome.title).acts).toEqual(expect.arrayContaining(['losses', 'toll']));
    expect(assign(outcome, fight).storyId).toBe('fight');
  });

  it('prefers the story whose headlines tell the item’s action over one that merely allows it', () => {
    const losses = story(
      'losses',
      report(
        'Burkina : l’état-major déplore des pertes en vies humaines',
        'Le camp de Djibo a été attaqué mardi.',
        2,
      ),
    );
    const attack = story(
      'attack',
      report(
        'Burkina Faso : une attaque terroriste vise Djibo',
        'Des tirs ont visé le camp de Djibo.',
        0,
      ),
    );
    const soldiers = report(
      'Deux soldats tués lors d’une attaque de djihadistes à Djibo',
      'Les djihadistes ont revendiqué l’attaque de Djibo.',
      8,
    );
    expect(assign(soldiers, losses, attack).storyId).toBe('attack');
  });
});

describe('assignStory on gunfire heard before the attack is named', () => {
  const segou = (title: string, summary: string, hours: number, tags: string[]): ClusterInput => ({
    title,
    summary,
    lang: 'fr',
    publishedAt: T0 + hours * HOUR,
    entities: ['mali', 'segou'],
    places: ['segou'],
    tags,
    titleEntities: ['segou'],
  });
  const heard = segou(
    'Mali : tirs nourris et explosions entendus à Ségou',
    'Des habitants de Ségou disent avoir entendu des tirs depuis l’aube.',
    0,
    [],
  );

  it('joins the attack at the same town to the gunfire heard there', () => {
    const attack = segou(
      'Des hommes armés attaquent le camp militaire de Ségou',
      'Le camp militaire de Ségou a été attaqué à l’aube par des hommes armés.',
      2,
      ['attack'],
    );
    expect(assign(attack, story('heard', heard))).toMatchObject({
      storyId: 'heard',
      reason: expect.stringContaining('same event') as unknown,
    });
  });

  it('leaves a group’s claim of the attack apart from the gunfire heard', () => {
    const claim = story(
      'claim',
      segou(
        'Mali : le JNIM revendique l’attaque du camp de Ségou',
        'Le JNIM a revendiqué l’attaque du camp militaire de Ségou.',
        0,
        ['attack'],
      ),
    );
    expect(assign({ ...heard, publishedAt: T0 + 2 * HOUR }, claim).storyId).toBeNull();
  });
});

describe('assignStory on a mourning declared for the dead of an attack', () => {
  const niger = (title: string, summary: string, hours: number, lang = 'en'): ClusterInput => ({
    title,
    summary,
    lang,
    publishedAt: T0 + hours * HOUR,
    entities: ['niger'],
    places: [],
    tags: ['attack'],
    titleEntities: ['niger'],
  });

  it('files the mourning, told in another language a day on, with the attack that declared it', () => {
    const attack = story(
      'attack',
      niger(
        'Niger declares two days of mourning after gunmen kill 30 villagers',
        'The government said gunmen on motorbikes attacked the village on Friday.',
        0,
      ),
      niger('Gunmen kill 30 in attack on Niger village', 'The attackers fled towards Mali.', 3),
    );
    const mourning = niger(
      'Niger : deux jours de deuil national après une attaque meurtrière',
      'Le gouvernement a décrété un deuil national de deux jours.',
      26,
      'fr',
    );
    expect(frame(mourning.title).acts).toEqual(['mourn']);
    expect(assign(mourning, attack).storyId).toBe('attack');
  });
});
