/**
 * Accent and case folding for matching: `Goïta` → `goita`, `l’État` → `l'etat`. The folded text
 * keeps a map back to the original, so a hit found in folded text reports offsets into the text a
 * reader sees.
 *
 * Folding = NFD, drop combining marks U+0300–U+036F (the fast set; toolchain notes measured
 * `\p{Diacritic}` three times slower), lower-case, curly apostrophes → `'`, Unicode hyphens → `-`.
 */

/** Folded text plus the way back to original offsets. */
export interface FoldedText {
  /** The folded text. */
  readonly text: string;
  /** Original UTF-16 offset of folded offset `index` (0 ≤ index ≤ text.length). */
  toOriginal(index: number): number;
}

const NON_ASCII = /[^ -~\t\n\r]/;
const MARKS = /[\u0300-\u036f]/g;
const HAS_MARK = /[\u0300-\u036f]/;
const APOSTROPHES = /[\u2018\u2019\u02bc\u2032]/g;
const HYPHENS = /[\u2010\u2011]/g;

const identity = (index: number): number => index;

/**
 * Folds a string without keeping offsets; the same result as `foldText(text).text`.
 * Use it for patterns, query terms and anything whose offsets nobody needs.
 */
export function foldString(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(APOSTROPHES, "'")
    .replace(HYPHENS, '-')
    .toLowerCase();
}

/**
 * Folds `text` and keeps a folded→original offset map. ASCII text and text whose folding keeps
 * one folded character per original character (the usual case: precomposed accents) share the
 * identity map; only text with decomposed marks or length-changing characters pays for a table.
 */
export function foldText(text: string): FoldedText {
  const folded = foldString(text);
  if (folded.length === text.length && !HAS_MARK.test(text)) {
    // Without marks in the original nothing can shrink, so equal length means one-to-one.
    return { text: folded, toOriginal: identity };
  }
  return foldWithMap(text);
}

const charCache = new Map<string, string>();

function foldChar(ch: string): string {
  let out = charCache.get(ch);
  if (out === undefined) {
    out = foldString(ch);
    if (charCache.size < 4096) charCache.set(ch, out);
  }
  return out;
}

function foldWithMap(text: string): FoldedText {
  const parts: string[] = [];
  const map: number[] = [];
  let index = 0;
  for (const ch of text) {
    const out = foldChar(ch);
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
