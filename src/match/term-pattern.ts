import { APOSTROPHES, foldString } from '../core/fold-text.js';

/**
 * How one watchlist or query term becomes a regular-expression source over folded text.
 * Words are separated by any run of spaces or hyphens (`Burkina-Faso`, `Ag-Ghaly`); a trailing `*`
 * on a word matches any word ending (`attaqu*`). Whole-word boundaries are Unicode-aware
 * (letters, digits, marks), so `l'AES` and `Mali's` match while `Nigeria` and `AES256` do not.
 */

/**
 * Word characters for boundaries. JS `\b` is ASCII-only (misses Burkinabè); `\p{L}` in a
 * lookbehind made the combined regex five times slower in V8. So: ASCII letters and digits, and
 * every character from U+00C0 on except the spaces, punctuation and symbols blocks news text uses
 * (U+2000–U+2BFF, U+2E00–U+303F, surrogates, specials). Over-inclusive for rare scripts, never
 * for the punctuation that separates words in EN/FR text.
 */
export const WORD_CHAR =
  '[0-9A-Za-z\\u00aa\\u00b2\\u00b3\\u00b5\\u00b9\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u1fff\\u2070-\\u209f\\u2c00-\\u2dff\\u3040-\\ud7ff\\uf900-\\ufdff\\ufe70-\\ufefe\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a\\uff66-\\uffdc]';
export const BEFORE_WORD = `(?<!${WORD_CHAR})`;
export const AFTER_WORD = `(?!${WORD_CHAR})`;
const SEPARATOR = '[\\s\\-]+';
/**
 * Any apostrophe: the matcher scans text with its curly apostrophes left in place (see
 * `foldLetters`), so a `'` in a term stands for all of them.
 */
export const APOSTROPHE_CLASS = `['${APOSTROPHES}]`;
const CURLY_APOSTROPHE = new RegExp(`[${APOSTROPHES}]`, 'g');

export interface TermPattern {
  /** Regular-expression source without boundaries, for the `u` flag. */
  readonly source: string;
  /** The folded words joined by one space, `*` removed: `frappe de drone`. */
  readonly literal: string;
  /** True when some word ends in `*`. */
  readonly hasStar: boolean;
  /** The folded words, `*` kept. */
  readonly words: readonly string[];
}

const SPECIAL = /[.*+?^${}()|[\]\\/]/g;

function escapeRegExp(text: string): string {
  return text.replace(SPECIAL, '\\$&').replaceAll("'", APOSTROPHE_CLASS);
}

/** Splits a folded term into words on spaces and hyphens. */
export function splitWords(folded: string): string[] {
  return folded.split(/[\s-]+/).filter((w) => w.length > 0);
}

/** Builds the folded pattern of `term`; null when the term has no word in it. */
export function buildTermPattern(term: string): TermPattern | null {
  const words = splitWords(foldString(term.trim()));
  if (words.length === 0) return null;
  let hasStar = false;
  const parts = words.map((word) => {
    if (word.length > 1 && word.endsWith('*')) {
      hasStar = true;
      return `${escapeRegExp(word.slice(0, -1))}${WORD_CHAR}*`;
    }
    return escapeRegExp(word);
  });
  const literal = words.map((w) => (w.length > 1 && w.endsWith('*') ? w.slice(0, -1) : w)).join(' ');
  return { source: parts.join(SEPARATOR), literal, hasStar, words };
}

/** Canonical form of matched folded text for exact lookup: separators collapsed to one space, apostrophes to `'`. */
export function canonicalLiteral(foldedMatch: string): string {
  return foldedMatch.replace(/[\s-]+/g, ' ').replace(CURLY_APOSTROPHE, "'");
}

/** A whole-word, case-sensitive comparison form: marks stripped, separators collapsed. */
export function caseForm(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s\-\u2010\u2011]+/g, ' ');
}
