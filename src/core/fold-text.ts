import { Buffer } from 'node:buffer';
/**
 * Accent and case folding for matching: `Goïta` → `goita`, `l’État` → `l'etat`. The folded text
 * keeps a map back to the original, so a hit found in folded text reports offsets into the text a
 * reader sees.
 *
 * Folding = strip diacritics from Latin letters (as NFD then dropping U+0300–U+036F would), drop
 * combining marks U+0300–U+036F, lower-case, curly apostrophes → `'`, Unicode hyphens → `-`.
 * Only Latin diacritics are folded: that is what EN/FR news and the watchlist need.
 */

/** Folded text plus the way back to original offsets. */
export interface FoldedText {
  /** The folded text. */
  readonly text: string;
  /** Original UTF-16 offset of folded offset `index` (0 ≤ index ≤ text.length). */
  toOriginal(index: number): number;
}

// Latin letters with diacritics (Latin-1 Supplement, Extended-A/B, Extended Additional), combining
// marks, curly apostrophes and Unicode hyphens: each maps to at most one character, so folded
// text keeps the original length unless marks were dropped. A table beats `normalize('NFD')` on
// whole strings by about two to one.
// eslint-disable-next-line no-misleading-character-class -- combining marks are matched one by one on purpose
const FOLDABLE = /[\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff\u2010\u2011\u2018\u2019\u02bc\u2032]/g;
const PUNCTUATION: Readonly<Record<string, string>> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '\u2032': "'",
};
// Every character FOLDABLE matches is below U+2040: a packed array indexed by code, filled once
// at load (a few milliseconds), is the cheapest table for the replace callback.
const TABLE_SIZE = 0x2040;
const foldTable: readonly string[] = Array.from({ length: TABLE_SIZE }, (_, code) => foldCode(code));

function foldCode(code: number): string {
  const ch = String.fromCharCode(code);
  const punctuation = PUNCTUATION[ch];
  if (punctuation !== undefined) return punctuation;
  const stripped = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return stripped.length <= 1 ? stripped : ch;
}

function foldOne(ch: string): string {
  return foldTable[ch.charCodeAt(0)] ?? ch;
}

const identity = (index: number): number => index;

/**
 * Folds accents, combining marks, curly apostrophes and Unicode hyphens, keeping case:
 * `Goïta l’État` → `Goita l'Etat`. The matcher pairs it with case-insensitive regexes, which
 * spares a lower-cased copy of every text.
 */
export function foldMarks(text: string): string {
  return text.replace(FOLDABLE, foldOne);
}

// FOLDABLE without the apostrophes: for callers whose patterns accept every apostrophe form
// themselves (the matcher's regex does), which spares a replacement per apostrophe, the most
// frequent foldable character in EN/FR news.
// eslint-disable-next-line no-misleading-character-class -- combining marks are matched one by one on purpose
const FOLDABLE_LETTERS = /[\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff\u2010\u2011]/g;

/** The apostrophes `foldMarks` turns into `'` and `foldLetters` keeps. */
export const APOSTROPHES = '\u2018\u2019\u02bc\u2032';

function foldLettersByReplace(text: string): string {
  return text.replace(FOLDABLE_LETTERS, foldOne);
}

// The fold below writes the text's UTF-16 code units into a reused buffer, replaces the foldable
// ones through a table and reads the buffer back as one string: on 200-character French news
// items about 70 ns (a tenth) less than a replace callback per accented letter. A dropped
// combining mark changes the length; such (rare) text takes the replace.
// eslint-disable-next-line no-misleading-character-class -- combining marks are matched one by one on purpose
const FIRST_FOLDABLE_LETTER = /[\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff\u2010\u2011]/;
const DROPPED = 0xffff;
// The code-unit view reads the buffer's UTF-16LE bytes in the machine's byte order.
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
// What `foldLettersByReplace` does to each code unit: its replacement, itself, or DROPPED.
const unitTable = Uint16Array.from({ length: TABLE_SIZE }, (_, code) => {
  const folded = foldLettersByReplace(String.fromCharCode(code));
  return folded.length === 1 ? folded.charCodeAt(0) : DROPPED;
});
function unitBuffer(length: number): { buffer: Buffer; codes: Uint16Array } {
  const buffer = Buffer.allocUnsafe(Math.max(length * 2, 4096));
  return { buffer, codes: new Uint16Array(buffer.buffer, buffer.byteOffset, buffer.length >> 1) };
}
let units = unitBuffer(0);

/**
 * `foldMarks` except that curly apostrophes and primes stay as they are (see `APOSTROPHES`):
 * `Goïta l’État` → `Goita l’Etat`. Text without accents or Unicode hyphens comes back unchanged.
 */
export function foldLetters(text: string): string {
  const first = text.search(FIRST_FOLDABLE_LETTER);
  if (first < 0) return text;
  if (!LITTLE_ENDIAN) return foldLettersByReplace(text);
  const length = text.length;
  if (length * 2 > units.buffer.length) units = unitBuffer(length);
  units.buffer.write(text, 0, 'utf16le');
  const codes = units.codes;
  for (let i = first; i < length; i += 1) {
    const code = codes[i] as number;
    if (code < 0xc0 || code >= TABLE_SIZE) continue;
    const folded = unitTable[code] as number;
    if (folded === DROPPED) return foldLettersByReplace(text);
    codes[i] = folded;
  }
  return units.buffer.toString('utf16le', 0, length * 2);
}

/** `foldLetters` with the offset map of `foldText`. */
export function foldLettersText(text: string): FoldedText {
  const folded = foldLetters(text);
  if (folded.length === text.length) return { text: folded, toOriginal: identity };
  return foldWithMap(text, foldLetters);
}

/**
 * Folds a string without keeping offsets; the same result as `foldText(text).text`.
 * Use it for patterns, query terms and anything whose offsets nobody needs.
 */
export function foldString(text: string): string {
  return foldMarks(text).toLowerCase();
}

/**
 * Folds `text` and keeps a folded→original offset map. When folding kept the length (the usual
 * case: precomposed accents) every character maps to one character and the map is the identity;
 * only text with decomposed marks pays for a table.
 */
export function foldText(text: string): FoldedText {
  const folded = foldString(text);
  if (folded.length === text.length) return { text: folded, toOriginal: identity };
  return foldWithMap(text, foldString);
}

function foldWithMap(text: string, fold: (ch: string) => string): FoldedText {
  const parts: string[] = [];
  const map: number[] = [];
  let index = 0;
  for (const ch of text) {
    const out = fold(ch);
    parts.push(out);
    for (let k = 0; k < out.length; k += 1) map.push(index);
    index += ch.length;
  }
  map.push(index);
  const folded = parts.join('');
  const table = Int32Array.from(map);
  return {
    text: folded,
    toOriginal: (i) => table[Math.max(0, Math.min(i, table.length - 1))] ?? text.length,
  };
}
