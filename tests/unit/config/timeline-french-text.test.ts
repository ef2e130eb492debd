import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { timelineFileSchema } from '../../../src/config/schemas/timeline.js';
import { foldString } from '../../../src/core/fold-text.js';

/*
 * The French of the default timeline says what the English says: the same numbers, the same
 * acronyms (or their usual French forms) and the same names. A French text that drops, adds or
 * changes a date, a toll or a name fails here, one line per event.
 */

const FILE = fileURLToPath(new URL('../../../config/timeline.yaml', import.meta.url));
const events = timelineFileSchema.parse(parse(readFileSync(FILE, 'utf8'))).events;

/** Acronyms French writes its own way; the others are the same in both languages. */
const ACRONYMS_FR: Readonly<Record<string, string>> = {
  UN: 'ONU',
  ECOWAS: 'CEDEAO',
  AQIM: 'AQMI',
  ISGS: 'EIGS',
  ICC: 'CPI',
};

const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août'].concat([
  'septembre',
  'octobre',
  'novembre',
  'décembre',
]);

/**
 * English names and words written capitalised whose French form is spelt otherwise; every other
 * capitalised English word must be found in the French as it is (accents and case aside), and
 * every capitalised French word in the English or on the French side here.
 */
const NAMES_FR: readonly (readonly [string, string])[] = [
  ['Sudanese', 'soudanaise'],
  ['Sudan', 'Soudan'],
  ['French', 'français'],
  ['Independence Day', 'indépendance'],
  ['Lieutenant', 'lieutenant'],
  ['Libya', 'Libye'],
  ['Captain', 'capitaine'],
  ['Timbuktu', 'Tombouctou'],
  ['Jihadist', 'djihadistes'],
  ['Operation', 'opération'],
  ['Security Council', 'Conseil de sécurité'],
  ['Council', 'Conseil'],
  ['Resolution', 'résolution'],
  ['Islamic State', 'État islamique'],
  ['Islamic State Sahel Province', 'province du Sahel de l’État islamique'],
  [
    'Agreement for Peace and Reconciliation in Mali',
    'Accord pour la paix et la réconciliation au Mali',
  ],
  ['Algiers', 'Alger'],
  ['Algeria', 'Algérie'],
  ['Algerian', 'algérienne'],
  ['Sahara', 'saharienne'],
  ['al-Qaeda', 'al-Qaïda'],
  ['Colonel', 'colonel'],
  ['Prime Minister', 'Premier ministre'],
  ['Western', 'occidentaux'],
  ['Fifteen European', 'Quinze'],
  ['European', 'européenne'],
  ['Russia', 'russe'],
  ['Russian', 'russes'],
  ['Lieutenant-Colonel', 'lieutenant-colonel'],
  ['Malian', 'malien'],
  ['General', 'général'],
  ['Charter', 'Charte'],
  ['Alliance of Sahel States', 'Alliance des États du Sahel'],
  ['Tuareg', 'touareg'],
  ['International Criminal Court', 'Cour pénale internationale'],
  ['Ukrainian', 'ukrainien'],
  ['Azawad Liberation Front', 'Front de libération de l’Azawad'],
  ['Referendum', 'référendum'],
  ['Military', 'militaire'],
  ['Army', 'armée'],
  ['Political', 'politiques'],
  ['Heavy', 'Lourdes'],
  ['Exit', 'sortie'],
  ['Northern', 'nord'],
  ['Second', 'second'],
  ['Soldiers', 'militaires'],
  ['Mutinous', 'mutinés'],
  ['Gunmen', 'hommes armés'],
  ['Four', 'Quatre'],
  ['Last', 'derniers'],
  ['Republic', 'République'],
  ['state', 'État'],
  ['states', 'États'],
  ['Tuareg-led', 'touareg'],
  ['Algerian airspace', 'Algérie'],
  ...['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September']
    .concat(['October', 'November', 'December'])
    .map((month, index) => [month, MONTHS_FR[index] ?? ''] as const),
];

const fold = (text: string): string => foldString(text.replace(/’/g, "'"));
const digitsOf = (text: string): string[] => (text.match(/\d+/g) ?? []).sort();
const acronymsOf = (text: string): Set<string> =>
  new Set(text.match(/\b[A-Z]{2,}(?:-[A-Z]{2,})?\b/g) ?? []);

/** Capitalised words that are not the first of a sentence, nor acronyms. */
function capitalisedOf(text: string): string[] {
  const words: string[] = [];
  for (const sentence of text.split(/(?<=[.;:])\s+/)) {
    const found = sentence.match(/(?<![\p{L}'’-])\p{Lu}[\p{Ll}'’-][\p{L}'’-]*/gu) ?? [];
    words.push(...found.filter((word, index) => index > 0 || !sentence.startsWith(word)));
  }
  return words.map((word) => word.replace(/^(?:L|D|Qu)['’]/, '').replace(/['’]s$/, ''));
}

/** The English names a French text leaves out, and the French names the English does not have. */
function nameGaps(english: string, french: string): string[] {
  const en = fold(english);
  const fr = fold(french);
  const frenchFormsOf = (word: string): string[] =>
    NAMES_FR.filter(([e]) => e.includes(word)).map(([, f]) => fold(f));
  const missing = capitalisedOf(english)
    .filter((word) => !fr.includes(fold(word)))
    .filter((word) => !frenchFormsOf(word).some((form) => fr.includes(form)))
    .map((word) => `English "${word}" not in the French`);
  const added = capitalisedOf(french)
    .filter((word) => !en.includes(fold(word)))
    .filter(
      (word) => !NAMES_FR.some(([e, f]) => fold(f).includes(fold(word)) && en.includes(fold(e))),
    )
    .map((word) => `French "${word}" not in the English`);
  return [...missing, ...added];
}

describe('the French of the default timeline', () => {
  it('has a French title and text for every event', () => {
    expect(events.filter((e) => e.titleFr === undefined || e.textFr === undefined)).toEqual([]);
  });

  it('keeps every number of the English', () => {
    const gaps = events.flatMap((e) => {
      const english = digitsOf(`${e.title} ${e.text}`);
      const french = digitsOf(`${e.titleFr ?? ''} ${e.textFr ?? ''}`);
      return english.join(' ') === french.join(' ')
        ? []
        : [`${e.date}: ${english.join(' ')} ≠ ${french.join(' ')}`];
    });
    expect(gaps).toEqual([]);
  });

  it('keeps every acronym, in its French form where French has one', () => {
    const gaps = events.flatMap((e) => {
      const english = [...acronymsOf(`${e.title} ${e.text}`)].map((a) => ACRONYMS_FR[a] ?? a);
      const french = [...acronymsOf(`${e.titleFr ?? ''} ${e.textFr ?? ''}`)];
      const same = (a: string[], b: string[]): boolean =>
        a.length === b.length && a.every((x) => b.includes(x));
      return same(english.sort(), french.sort())
        ? []
        : [`${e.date}: ${english.join(' ')} ≠ ${french.join(' ')}`];
    });
    expect(gaps).toEqual([]);
  });

  it('keeps every name, and adds none', () => {
    const gaps = events.flatMap((e) =>
      nameGaps(`${e.title}. ${e.text}`, `${e.titleFr ?? ''}. ${e.textFr ?? ''}`).map(
        (gap) => `${e.date}: ${gap}`,
      ),
    );
    expect(gaps).toEqual([]);
  });
});

describe('the timeline check', () => {
  it('notices a changed number, a lost name and an invented one', () => {
    expect(digitsOf('killed 20 on 15 May')).not.toEqual(digitsOf('tue 21 personnes le 15 mai'));
    expect(nameGaps('Army takes Kidal from the CSP.', "L'armée prend Gao.")).toEqual([
      'English "Kidal" not in the French',
      'French "Gao" not in the English',
    ]);
  });
});
