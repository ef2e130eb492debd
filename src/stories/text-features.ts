/**
 * Language-light text features shared by clustering and summarising: an accent/case fold,
 * content-word stems for English and French, 32-bit hashes and bottom-k sketches.
 */

import { foldString } from '../core/fold-text.js';

/** Words that carry no event information in either language (folded form). */
const STOPWORDS = new Set(
  (
    'a an and are as at be been but by for from has have he her his in into is it its of on or ' +
    'that the their they this to was were will with after before over under about than then there ' +
    'said says say new also more most not no who which what when where while amid says near ' +
    'au aux avec ce ces cette dans de des du elle en est et il ils la le les leur leurs lui ' +
    'mais ne ni nos notre on ou par pas pour qu que qui sa se ses son sont sur un une vers ' +
    'ete etait selon apres avant plus moins dont entre chez sous lors a d l s n c j qu'
  ).split(' '),
);

/** Folded word tokens (letters and digits), elisions split off (`l'armee` → `armee`). */
export function foldedWords(text: string): string[] {
  return foldString(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

const SUFFIXES = [
  'ements',
  'ement',
  'ations',
  'ation',
  'ings',
  'ing',
  'ees',
  'ies',
  'ed',
  'es',
  'ee',
  'e',
  's',
];

/**
 * A crude shared EN/FR stem: strips one common inflectional suffix and keeps at most six
 * letters, so `attacks`/`attacked`/`attaques` and `soldiers`/`soldats` land near each other.
 */
export function stemWord(word: string): string {
  if (/^\d/.test(word) || word.length <= 3) return word;
  let stem = word;
  for (const suffix of SUFFIXES) {
    if (stem.length - suffix.length >= 4 && stem.endsWith(suffix)) {
      stem = stem.slice(0, -suffix.length);
      break;
    }
  }
  return stem.slice(0, 6);
}

/** Stems of the content words of `text`, stopwords removed, in order. */
export function contentStems(text: string): string[] {
  return foldedWords(text)
    .filter((w) => !STOPWORDS.has(w) && (w.length > 1 || /\d/.test(w)))
    .map(stemWord);
}

/** FNV-1a, 32-bit, as an unsigned integer: stable across processes, so sketches can be stored. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The `k` smallest distinct values, ascending: a bottom-k sketch of the set. */
export function bottomK(values: Iterable<number>, k: number): number[] {
  return [...new Set(values)].sort((a, b) => a - b).slice(0, k);
}

/**
 * Estimated overlap coefficient |A∩B| / min(|A|,|B|) of two sets from their bottom-k
 * sketches: below the smaller of the two maxima both sketches hold every hash of their set,
 * so that range is a uniform sample of both.
 */
export function sketchOverlap(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const limit = Math.min(a[a.length - 1] ?? 0, b[b.length - 1] ?? 0);
  let i = 0;
  let j = 0;
  let shared = 0;
  let inA = 0;
  let inB = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? (a[i] as number) : Infinity;
    const y = j < b.length ? (b[j] as number) : Infinity;
    const next = Math.min(x, y);
    if (next > limit) break;
    if (x === next) {
      inA += 1;
      i += 1;
    }
    if (y === next) {
      inB += 1;
      j += 1;
    }
    if (x === y) shared += 1;
  }
  const smaller = Math.min(inA, inB);
  return smaller === 0 ? 0 : shared / smaller;
}

/** Jaccard similarity of two string sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const value of a) if (b.has(value)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** Number of distinct values two short lists share (no allocation: the lists hold a few ids). */
export function sharedCount(a: readonly string[], b: readonly string[]): number {
  let shared = 0;
  for (let i = 0; i < a.length; i += 1) {
    const value = a[i] as string;
    if (b.includes(value) && a.indexOf(value) === i) shared += 1;
  }
  return shared;
}

/** Jaccard similarity of two short lists of distinct values. */
export function listJaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 0;
  const shared = sharedCount(a, b);
  return shared / (a.length + b.length - shared);
}
