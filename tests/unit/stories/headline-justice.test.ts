import { describe, expect, it } from 'vitest';
import { readHeadline } from '../../../src/stories/action-frame.js';
import { compareFrames } from '../../../src/stories/frame-compare.js';

const frame = (title: string, lead = '') => readHeadline(title, lead).frame;
const acts = (title: string) => frame(title).acts;
const heads = (title: string) => frame(title).heads;

describe('readHeadline: steps of law and diplomacy', () => {
  it('reads a complaint or a lawsuit as one legal action, not an attack', () => {
    expect(acts('Le pays attaque une radio en justice pour diffamation')).toEqual(['sue']);
    expect(acts('Le pays porte plainte contre une radio étrangère')).toEqual(['sue']);
    expect(acts('Le pays dépose plainte contre une radio')).toEqual(['sue']);
    expect(acts('The government files a complaint against a broadcaster')).toEqual(['sue']);
    expect(acts('Le pays saisit officiellement la Cour internationale de justice')).toEqual([
      'sue',
    ]);
    expect(acts('Country sues neighbour over border')).toEqual(['sue']);
  });

  it('reads an inquiry opened as an investigation, not the bare noun', () => {
    expect(acts('Enquête ouverte après des appels à la haine')).toEqual(['investigate']);
    expect(acts('La justice ouvre une enquête contre des médias')).toEqual(['investigate']);
    expect(acts('Prosecutor opens investigation into killings')).toEqual(['investigate']);
    expect(acts('Une enquête de notre rédaction sur les routes du nord')).toEqual([]);
  });

  it('reads a suspended sentence as a sentence, not a suspension', () => {
    expect(
      acts('Benin Court Issues Suspended Sentences to Nigeriens Amid Diplomatic Tensions'),
    ).toEqual(['sentence']);
    expect(acts('Five opponents given suspended prison terms')).toEqual(['sentence']);
    expect(acts('Niger suspends oil exports through Benin')).toEqual(['suspend']);
  });

  it('reads "s’attaquer à" a problem as no armed attack, a convoy still as one', () => {
    expect(acts('La justice s’attaque aux appels à la haine')).toEqual([]);
    expect(acts('Le gouvernement s’attaque à la vie chère')).toEqual([]);
    expect(acts('Des hommes armés s’attaquent à un convoi')).toEqual(['attack']);
  });

  it('reads a denial as a statement of its own, kin to a condemnation', () => {
    const denial = frame('Le gouvernement dément les allégations de massacres');
    expect(denial.heads).toEqual(['deny']);
    expect(denial.acts).toEqual([]);
    expect(denial.negated).toBe(false);
    const condemnation = frame('Le gouvernement dénonce une campagne de désinformation');
    expect(compareFrames(denial, condemnation)).toBe('agree');
    const urge = frame('Le gouvernement appelle à la vigilance');
    expect(compareFrames(denial, urge)).toBe('conflict');
  });

  it('reads ambassadors recalled and a drone shot down', () => {
    expect(acts('L’alliance rappelle tous ses ambassadeurs accrédités')).toEqual(['recall']);
    expect(acts('Sahel alliance recalls ambassadors from the capital')).toEqual(['recall']);
    expect(acts('Army shoots down armed drone near border')).toEqual(['down']);
    expect(acts('L’armée abat un drone près de la frontière')).toEqual(['down']);
  });

  it('reads a measure taken in return as an answer, not the measure it answers', () => {
    const answer = frame('Le pays ferme son espace aérien à son voisin en guise de réciprocité');
    expect(answer.heads).toEqual(['reciprocate']);
    expect(answer.acts).toEqual(['close']);
    expect(compareFrames(answer, frame('Le voisin ferme son espace aérien au pays'))).toBe(
      'weak-conflict',
    );
    expect(heads('Le voisin rappelle à son tour ses ambassadeurs')).toEqual(['reciprocate']);
  });
});

describe('readHeadline: what a headline leads with', () => {
  it('takes the first of two measures as the report’s', () => {
    expect(acts('Le pays suspend une radio et porte plainte contre une autre')).toEqual([
      'suspend',
    ]);
    expect(acts('Pays : plainte contre une radio et suspension d’une autre')).toEqual(['sue']);
    expect(acts('Country closes airspace, recalls ambassadors over drone row')).toEqual(['close']);
  });

  it('keeps violence and its dead together', () => {
    expect(acts('Attack kills 10 soldiers and wounds seven')).toEqual(['attack', 'toll']);
  });

  it('reads a measure’s ground and what a broadcaster reported as no act', () => {
    const ground = frame(
      'Junta suspends broadcaster, accusing it of false news in coverage of attack',
    );
    expect(ground.heads).toEqual([]);
    expect(ground.acts).toEqual(['suspend']);
    expect(acts('Country suspends radio for alleged false reporting on extremist attack')).toEqual([
      'suspend',
    ]);
    expect(acts('Le pays porte plainte contre une radio pour incitation au massacre')).toEqual([
      'sue',
    ]);
  });

  it('reads an accusation of violence with no accuser as the violence', () => {
    expect(frame('L’armée accusée d’avoir massacré des civils').heads).toEqual([]);
    expect(frame('L’armée accusée d’avoir massacré des civils').acts).toEqual(['attack']);
    expect(frame('Des massacres de civils dénoncés dans l’ouest du pays').heads).toEqual([]);
    expect(frame('Army accused of massacre of civilians').acts).toEqual(['attack']);
    expect(heads('Le gouvernement accuse le voisin d’avoir abattu un drone')).toEqual(['denounce']);
    expect(heads('Minister accused of corruption')).toEqual(['denounce']);
  });

  it('reads what is called fake as no happening', () => {
    expect(frame('Government denounces fake massacre videos').acts).toEqual([]);
  });

  it('reads dismay as a reaction and an appeal for witnesses as a call', () => {
    expect(heads('Le voisin consterné par le rappel des ambassadeurs')).toEqual(['respond']);
    expect(heads('La justice lance un appel à témoins pour retrouver les auteurs')).toEqual([
      'urge',
    ]);
  });

  it('takes the rights group a headline ends by saying reports', () => {
    expect(
      readHeadline('Militia implicated in civilian massacre, Human Rights Watch reports', '').actor,
    ).toBe('rights');
  });
});
