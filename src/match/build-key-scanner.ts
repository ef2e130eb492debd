import { APOSTROPHE_CLASS, canonicalLiteral } from './term-pattern.js';
import { SEPARATOR_ATOM, STAR_ATOM, buildTrieSource } from './build-trie-regex.js';
import type { Atom } from './build-trie-regex.js';

/**
 * Finds watchlist keys in folded text in two steps: one small regex of the keys' first letters
 * finds where a key may start, and a sticky regex per start (a prefix tree of the keys that begin
 * so) reads the longest key there. V8 stops optimising a regex whose source passes 20 KB (its
 * `kRegExpTooLargeToOptimize`): a single prefix tree of 1,500 keys passed it and ran three times
 * slower, and every key added made it worse. Split this way each regex stays a few kilobytes at
 * any watchlist size, and every result is the same as the single tree's.
 */

export interface KeyScanner {
  /** Global, case-insensitive: where a key may start; `bucketOf` the match names its bucket. */
  readonly starts: RegExp;
  /** Bucket name (also upper-cased and capitalised) → the keys that may start so. */
  readonly buckets: ReadonlyMap<string, KeyBucket>;
}

export interface KeyBucket {
  /** Sticky, case-insensitive: the longest of the bucket's keys at a position. */
  readonly regex: RegExp;
  /**
   * True when the bucket's one key is its start, ending in an ASCII letter or digit ("Kidal"):
   * where the start matched, the key matches exactly when `\b` holds after it (no ASCII letter,
   * digit or `_` follows), which the scan checks without running `regex`.
   */
  readonly startIsKey: boolean;
  /**
   * When `startIsKey` and the start reads only printable ASCII, separators and apostrophes: the
   * key's index in the terms given to `buildKeyScanner` (compileWatchlist gives them in key
   * order), the key any text the start matches resolves to, since key lookups fold case,
   * separators and apostrophes; -1 otherwise.
   */
  readonly key: number;
}

/**
 * Letters of a key that name its bucket, longest first: the scanner takes the longest that keeps
 * `starts` within STARTS_BUDGET. Short first words take letters of the next word too, so keys
 * such as "le Faso" or "UN peacekeepers" are not tried at every "le" and "un" of French text;
 * the start then runs on into its word (see `wordEnd`), so "officials" and "ministry" are not
 * tried against the buckets of "office du Niger" and "ministre de la Défense". Bench corpus,
 * default watchlist: with 5 letters, 3.4 starts and 2.3 bucket tests per item, 0.7 of them
 * leading nowhere ("local" of "local government area", "central" of "Central African
 * Republic"); with 8 letters, 2.8 starts and 0.8 bucket tests, 0.06 leading nowhere.
 */
const PREFIXES = [8, 7, 6, 5];
/**
 * The size `starts` may reach before a shorter prefix is taken: V8 stops optimising a regex past
 * 20 KB (see above), and a watchlist that grows must not push `starts` over that edge.
 */
export const STARTS_BUDGET = 16_000;
/** A bucket whose regex would pass this many characters is split by starts twice as long. */
const SPLIT_AT = 8_000;

interface Bucket {
  readonly atoms: readonly Atom[];
  readonly terms: (readonly Atom[])[];
}

/**
 * Builds the scanner of `terms`, each given as its atoms (see `termAtoms`), with the longest
 * starts that keep the starts regex within `budget` characters (the shortest if none does).
 */
export function buildKeyScanner(terms: readonly (readonly Atom[])[], budget = STARTS_BUDGET): KeyScanner {
  let built: KeyScanner | undefined;
  for (const letters of PREFIXES) {
    built = scannerWith(terms, letters);
    if (built.starts.source.length <= budget) return built;
  }
  return built as KeyScanner;
}

function scannerWith(terms: readonly (readonly Atom[])[], prefix: number): KeyScanner {
  const byName = new Map<string, Bucket>();
  addBuckets(byName, terms, prefix, prefix);
  // `starts` matches the longest start present; keys of every shorter start that matches there
  // ("mali" where "mali g" matched, "raid*" where "raids" did) must be tried in that bucket too.
  const own = new Map([...byName].map(([name, b]) => [name, [...b.terms]]));
  for (const [name, bucket] of byName) {
    for (const [shorter, terms] of own) if (shorter !== name && name.startsWith(shorter)) bucket.terms.push(...terms);
  }
  const starts = new RegExp(buildTrieSource([...byName.values()].map((b) => b.atoms), false), 'gi');
  const buckets = new Map<string, KeyBucket>();
  const index = new Map(terms.map((term, i) => [term, i]));
  for (const [name, b] of byName) {
    const startIsKey = isStartTheKey(b);
    const plain = startIsKey && b.atoms.every((atom) => PLAIN_ATOM.test(atom) || atom === SEPARATOR_ATOM || atom === APOSTROPHE_CLASS);
    const bucket = { regex: new RegExp(buildTrieSource(b.terms), 'iy'), startIsKey, key: plain ? (index.get(b.terms[0] as readonly Atom[]) ?? -1) : -1 };
    // Titles capitalise words and wires shout names: those spellings are found without a copy.
    for (const form of [name, name.toUpperCase(), name.charAt(0).toUpperCase() + name.slice(1)]) buckets.set(form, bucket);
  }
  return { starts, buckets };
}

/**
 * True when the bucket holds one key, its start: the regex of that key is the start's atoms
 * between the boundary the start regex checked before them and a `\b` after an ASCII letter or
 * digit (see `buildTrieSource`).
 */
function isStartTheKey(bucket: Bucket): boolean {
  const [only, ...others] = bucket.terms;
  if (only === undefined || others.length > 0 || only.length !== bucket.atoms.length) return false;
  if (!only.every((atom, i) => atom === bucket.atoms[i])) return false;
  return ASCII_ALNUM.test(only[only.length - 1] as Atom);
}

/** Groups `terms` by their first `letters` letters, splitting a group too big for one regex. */
function addBuckets(byName: Map<string, Bucket>, terms: readonly (readonly Atom[])[], letters: number, prefix: number): void {
  const groups = new Map<string, Bucket>();
  for (const term of terms) {
    const atoms = prefixAtoms(term, letters);
    const name = bucketName(atoms);
    const group = groups.get(name) ?? { atoms, terms: [] };
    group.terms.push(term);
    groups.set(name, group);
  }
  for (const [name, group] of groups) {
    // One level of splitting only: longer starts would make `starts` itself grow past the limit.
    const longer = letters === prefix && group.terms.some((t) => prefixAtoms(t, letters * 2).length > group.atoms.length);
    if (longer && buildTrieSource(group.terms).length > SPLIT_AT) addBuckets(byName, group.terms, letters * 2, prefix);
    else {
      const known = byName.get(name);
      if (known === undefined) byName.set(name, group);
      else known.terms.push(...group.terms);
    }
  }
}

/**
 * The first `letters` letters of a term, across separators, stopping at a `*` ending; then the
 * rest of that word while it is ASCII letters and digits.
 */
function prefixAtoms(term: readonly Atom[], letters: number): readonly Atom[] {
  let count = 0;
  for (let i = 0; i < term.length; i += 1) {
    const atom = term[i] as Atom;
    if (atom === STAR_ATOM) return term.slice(0, i);
    if (atom !== SEPARATOR_ATOM) count += 1;
    if (count === letters) return term.slice(0, wordEnd(term, i + 1));
  }
  return term;
}

/**
 * Letters a start takes from the rest of its word: three part "office" from "officials" and
 * "ministre" from "ministry" (bench corpus: 1.2 fruitless bucket tests per item, against 1.1 with
 * the whole word), where more only grow the starts regex.
 */
const WORD_REST = 3;

/**
 * Where a start that ends at `from` may end instead: after up to WORD_REST more ASCII letters and
 * digits of its word, when the start reads only ASCII letters, digits, separators and
 * apostrophes. Then no position inside the longer start can begin another one (an ASCII letter
 * or digit precedes it), so a scan that resumes after it (see scan-fields.ts) meets the same
 * starts as before.
 */
function wordEnd(term: readonly Atom[], from: number): number {
  if (!term.slice(0, from).every((a) => ASCII_ALNUM.test(a) || a === SEPARATOR_ATOM || a === APOSTROPHE_CLASS)) return from;
  let end = from;
  while (end < term.length && end < from + WORD_REST && ASCII_ALNUM.test(term[end] as Atom)) end += 1;
  return end;
}

const ASCII_ALNUM = /^[0-9a-z]$/;
/** A printable ASCII character, escaped or not. */
const PLAIN_ATOM = /^\\?[\x21-\x7e]$/;

function bucketName(atoms: readonly Atom[]): string {
  return atoms.map((atom) => (atom === APOSTROPHE_CLASS ? "'" : atom === SEPARATOR_ATOM ? ' ' : atom.replace(/^\\/, ''))).join('');
}

/**
 * The bucket name of text the `starts` regex matched: lower-cased, separators as one space, any
 * apostrophe as `'`. Folded text is mostly lower-case ASCII with single spaces, where this
 * returns `found` itself.
 */
export function bucketOf(found: string): string {
  let upper = false;
  for (let i = 0; i < found.length; i += 1) {
    const code = found.charCodeAt(i);
    if (code >= 65 && code <= 90) upper = true;
    else if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 39 || (code === 32 && found.charCodeAt(i - 1) !== 32))) {
      return canonicalLiteral(found.toLowerCase());
    }
  }
  return upper ? found.toLowerCase() : found;
}
