import { describe, expect, it } from 'vitest';
import { detectLanguage, STOP_WORDS } from '../../../src/ingest/detect-language.js';

describe('detectLanguage', () => {
  it.each([
    ['Les forces armées maliennes ont repris le contrôle de la ville de Kidal, selon un communiqué.', 'fr'],
    ['Burkina Faso : l’armée annonce avoir neutralisé des terroristes dans le Sahel', 'fr'],
    ['The military government in Niamey has named a new cabinet after the coup.', 'en'],
    ['Mali’s junta says it has retaken the northern town of Kidal from rebels', 'en'],
  ])('recognises %j', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it.each([
    ['Kidal', 'a single name'],
    ['Die nun verfügbare Version des Servers ist auf der Seite der Firma', 'German'],
    ['Mãe de utente é a nova presidente da associação para os doentes', 'Portuguese'],
    ['', 'empty text'],
  ])('is unsure about %j (%s)', (text) => {
    expect(detectLanguage(text)).toBe('und');
  });
});

/**
 * The rule the scanner implements, written the plain way: lower-case the first 320 characters,
 * split them on anything but a Latin letter, look each word up.
 */
function detectBySplitting(text: string): 'en' | 'fr' | 'und' {
  const counts = { en: 0, fr: 0, other: 0 };
  for (const word of text.slice(0, 320).toLowerCase().split(/[^a-zà-öø-ÿœ]+/)) {
    const language = words.get(word);
    if (language !== undefined) counts[language] += 1;
  }
  const { en, fr, other } = counts;
  if (en + fr < 2 || other >= Math.max(en, fr)) return 'und';
  if (fr >= en * 1.5 && fr >= 2) return 'fr';
  if (en >= fr * 1.5 && en >= 2) return 'en';
  return 'und';
}

/** Every stop word to its language; English and French words are never another language's. */
const words = new Map<string, 'en' | 'fr' | 'other'>([
  ...STOP_WORDS.other.map((w) => [w, 'other'] as const),
  ...STOP_WORDS.en.map((w) => [w, 'en'] as const),
  ...STOP_WORDS.fr.map((w) => [w, 'fr'] as const),
]);

describe('detectLanguage word scanning', () => {
  // Stop words in every case, near-misses, and the characters whose lower case is unusual:
  // İ (i + combining dot), the Kelvin and Ångström signs, Œ, Ÿ, ß, µ, ×, astral letters.
  const pieces = [
    ...STOP_WORDS.en, ...STOP_WORDS.fr, ...STOP_WORDS.other, 'THE', 'Of', 'ARMÉE', 'Été', 'OÙ', 'PRÉSIDENT', 'FÜR', 'NÃO', 'theory', 'lesson', 'armées', 'ofx',
    ' ', ' ', ' ', '\n', '’', "'", '-', ',', '.', '\u00a0', '\t', 'İ', 'İT', 'Iİ', '\u212a', '\u212b', 'Œ', 'œ', 'Ÿ', 'ß', 'µ', '×',
    '÷', 'é', 'É', '𝐀', '\ud835', 'ǅ', 'ﬁ', 'Σ', 'a', 'z', 'Z', '0', '9',
  ];

  it('counts the same words as lower-casing and splitting, on 20,000 random texts', () => {
    let seed = 7;
    const next = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const outcomes = new Set<string>();
    for (let n = 0; n < 20_000; n += 1) {
      const length = Math.floor(next() * 150);
      let text = '';
      for (let i = 0; i < length; i += 1) text += pieces[Math.floor(next() * pieces.length)] ?? '';
      const expected = detectBySplitting(text);
      outcomes.add(expected);
      expect(detectLanguage(text), JSON.stringify(text)).toBe(expected);
      const at = Math.floor(next() * (text.length + 1));
      const [head, rest] = [text.slice(0, at), text.slice(at)];
      expect(detectLanguage(head, rest), JSON.stringify([head, rest])).toBe(detectBySplitting(`${head}\n${rest}`));
    }
    expect([...outcomes].sort()).toEqual(['en', 'fr', 'und']);
  });

  it('reads the first 320 characters, a word cut there included', () => {
    const text = `the ${'x '.repeat(156)} theory`;
    expect(text.indexOf('theory')).toBe(317);
    expect(detectLanguage(text)).toBe('en');
    expect(detectLanguage(` ${text}`)).toBe('und');
  });

  it.each([312, 314, 315, 316, 317, 318, 319, 320, 321])('reads a %d-character head and its continuation as one text', (length) => {
    const head = `the ${'x '.repeat(200)}`.slice(0, length);
    for (const rest of ['theory', 'of', 'the and', '']) expect(detectLanguage(head, rest)).toBe(detectBySplitting(`${head}\n${rest}`));
  });

  it('reads a continuation up to the 320th character of the whole', () => {
    expect(detectLanguage(`the ${'x '.repeat(156)}`, 'theory')).toBe('en');
    expect(detectLanguage(`the ${'x '.repeat(156)} `, 'theory')).toBe('und');
  });

  it.each([
    ['a dotted capital I ending a word', 'İT İS THE ARMY OF İTS'],
    ['the Kelvin and Ångström signs inside words', 'THE ARMY OF \u212aIDAL, WHİCH İS LE \u212bGE'],
    ['Œ and Ÿ', 'LE CŒUR DE LA VILLE ET LES ŸEUX DU PRÉSIDENT'],
  ])('agrees with splitting on %s', (_what, text) => {
    expect(detectLanguage(text)).toBe(detectBySplitting(text));
  });
});
