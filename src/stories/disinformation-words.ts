/**
 * Disinformation: what a government calls the reports of abuses it rejects ("dénonce une
 * campagne de désinformation", "met en garde contre les fausses informations", "denounces fake
 * massacre videos"). Its denials, warnings and crackdowns over several days name it, and name
 * the killings only as what the false reports allege: the word itself ties them. Pure.
 */
import { foldedWords } from './text-features.js';

/** The key disinformation adds to an arc signature's situation words. */
export const DISINFORMATION_KEY = 'disinformation';

/** Folded words and phrases, EN and FR. */
const WORDS = new Set(['disinformation', 'misinformation', 'desinformation', 'intox', 'infox']);
const PHRASES = [
  'false news',
  'fake news',
  'false information',
  'fausses informations',
  'fausse information',
  'fausses nouvelles',
  'fake videos',
  'videos mensongeres',
];

/** True when a text speaks of disinformation. */
export function tellsDisinformation(text: string): boolean {
  const words = foldedWords(text);
  if (words.some((w) => WORDS.has(w))) return true;
  const joined = ` ${words.join(' ')} `;
  return PHRASES.some((p) => joined.includes(` ${p} `));
}
