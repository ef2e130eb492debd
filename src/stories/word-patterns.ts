/**
 * Lexicon patterns over folded words, indexed by the word they start at, so that reading a
 * headline looks every word up once instead of trying the whole lexicon at every position.
 * A pattern is a phrase of consecutive words; a trailing `*` on a word matches any ending, and
 * `#` matches any number.
 */

/** One phrase of a lexicon and the id it stands for. */
export interface Pattern {
  readonly concept: string;
  readonly words: readonly string[];
}

/**
 * Patterns by the first word they can start at: an exact first word under itself, a prefix
 * under its first {@link KEY_LENGTH} letters.
 */
export interface PatternIndex {
  readonly exact: ReadonlyMap<string, readonly Pattern[]>;
  readonly prefix: ReadonlyMap<string, readonly Pattern[]>;
}

const KEY_LENGTH = 3;

export const toPattern = (concept: string, phrase: string): Pattern => ({
  concept,
  words: phrase.split(' '),
});

/** Indexes `phrases` by concept: `{ concept: [phrase, …] }`. */
export function indexLexicon(lexicon: Readonly<Record<string, readonly string[]>>): PatternIndex {
  return indexPatterns(
    Object.entries(lexicon).flatMap(([concept, words]) => words.map((w) => toPattern(concept, w))),
  );
}

export function indexPatterns(patterns: readonly Pattern[]): PatternIndex {
  const exact = new Map<string, Pattern[]>();
  const prefix = new Map<string, Pattern[]>();
  for (const pattern of patterns) {
    const first = pattern.words[0] ?? '';
    const [map, key] = first.endsWith('*') ? [prefix, first.slice(0, KEY_LENGTH)] : [exact, first];
    map.set(key, [...(map.get(key) ?? []), pattern]);
  }
  return { exact, prefix };
}

/** The patterns that match at word `at`, longest first. */
export function patternsAt(words: readonly string[], at: number, index: PatternIndex): Pattern[] {
  const word = words[at] ?? '';
  const patterns = [
    ...(index.exact.get(word) ?? []),
    ...(index.prefix.get(word.slice(0, KEY_LENGTH)) ?? []),
  ];
  return patterns
    .filter((pattern) => pattern.words.every((p, k) => wordFits(words[at + k], p)))
    .sort((a, b) => b.words.length - a.words.length);
}

/**
 * The concepts of the longest patterns that match at word `at`: a phrase says more than its
 * first word ("leaves 200 dead" is a toll, not a departure).
 */
export function matchesAt(words: readonly string[], at: number, index: PatternIndex): string[] {
  const patterns = patternsAt(words, at, index);
  const longest = patterns[0]?.words.length ?? 0;
  return patterns.filter((p) => p.words.length === longest).map((pattern) => pattern.concept);
}

function wordFits(word: string | undefined, pattern: string): boolean {
  if (word === undefined) return false;
  if (pattern === '#') return /^\d+$/u.test(word);
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern;
}
