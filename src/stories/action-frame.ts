/**
 * What a headline says happened, as a small frame of lexicon concepts ("who did what" without
 * the who): the acts of speech or command it leads with, the content actions, and whether it is
 * negated. Two reports that share actors but not their frame ("the juntas quit ECOWAS",
 * "ECOWAS says it got no formal notice", "they send formal notice") are different developments.
 */
import {
  ACTION_CONCEPTS,
  CAUSE_CUES,
  CAUSE_ENDS,
  MODAL_CUES,
  NEGATIONS,
  REACTION,
} from './action-lexicon.js';
import { foldedWords } from './text-features.js';

/** Plain JSON, so a story signature can carry the frames of its reports. */
export interface ActionFrame {
  /** Acts of speech or command (`notify`, `urge`, `order`, `respond`, …), sorted. */
  readonly heads: readonly string[];
  /** Content actions (`leave`, `close`, `attack`, …), sorted. */
  readonly acts: readonly string[];
  readonly negated: boolean;
  /** Read from the lead sentence, the headline naming no action: it may agree, never conflict. */
  readonly fromLead?: true;
}

/** How two frames relate: one happening, clearly two, two by a missing head, or no telling. */
export type FrameVerdict = 'agree' | 'conflict' | 'weak-conflict' | 'unknown';

interface Pattern {
  readonly concept: string;
  readonly words: readonly string[];
}

const toPattern = (concept: string, phrase: string): Pattern => ({
  concept,
  words: phrase.split(' '),
});

/**
 * Patterns by the first word they can start at: an exact first word under itself, a prefix
 * under its first {@link KEY_LENGTH} letters. Every headline word is looked up once instead of
 * being tried against the whole lexicon.
 */
interface PatternIndex {
  readonly exact: ReadonlyMap<string, readonly Pattern[]>;
  readonly prefix: ReadonlyMap<string, readonly Pattern[]>;
}

const KEY_LENGTH = 3;

function indexPatterns(patterns: readonly Pattern[]): PatternIndex {
  const exact = new Map<string, Pattern[]>();
  const prefix = new Map<string, Pattern[]>();
  for (const pattern of patterns) {
    const first = pattern.words[0] ?? '';
    const [map, key] = first.endsWith('*') ? [prefix, first.slice(0, KEY_LENGTH)] : [exact, first];
    map.set(key, [...(map.get(key) ?? []), pattern]);
  }
  return { exact, prefix };
}

const CONCEPT_PATTERNS = indexPatterns(
  Object.entries(ACTION_CONCEPTS).flatMap(([concept, { words }]) =>
    words.map((w) => toPattern(concept, w)),
  ),
);
const NEGATION_PATTERNS = indexPatterns(NEGATIONS.map((w) => toPattern('not', w)));
const CAUSE_PATTERNS = indexPatterns(
  [...CAUSE_CUES, ...MODAL_CUES].map((w) => toPattern('cause', w)),
);
const ALIKE = new Set(
  Object.entries(ACTION_CONCEPTS).flatMap(([id, c]) =>
    (c.alike ?? []).flatMap((other) => [`${id} ${other}`, `${other} ${id}`]),
  ),
);
const HEADS = new Set(
  Object.entries(ACTION_CONCEPTS)
    .filter(([, c]) => c.head)
    .map(([id]) => id),
);

/** A clause ends at sentence punctuation or a spaced dash; commas only separate list items. */
const CLAUSE_BREAK = /[.;:!?|«»"“”()[\]–—]|\s-\s/u;

/**
 * The frame of one report: its title's, or when the title names no action (a headline such as
 * "Mali squeezed as militants enforce fuel blockade"), its lead sentence's.
 */
export function actionFrame(title: string, lead: string): ActionFrame {
  const own = frameOf(title);
  return isEmptyFrame(own) ? leadFrame(lead) : own;
}

/**
 * The frame of a report's lead sentence. A headline may drop its verb of command or speech
 * ("US non-emergency staff leave Mali" over "The State Department has ordered all
 * non-emergency employees … to depart"); the lead sentence then says what the report is.
 */
export function leadFrame(lead: string): ActionFrame {
  return { ...frameOf(firstSentence(lead)), fromLead: true };
}

/** True for a frame that names no action: it neither agrees nor conflicts with any other. */
export function isEmptyFrame(frame: ActionFrame): boolean {
  return frame.heads.length === 0 && frame.acts.length === 0;
}

/**
 * Compares two reports' frames. Negation flips an action; a reaction agrees with any other
 * statement; a statement and a plain action are two developments, weakly so (a headline may
 * drop its verb of speech; the lead sentence may settle it). Only headlines part reports: a
 * frame read from a lead sentence (which often recalls the background) may agree, never
 * conflict.
 */
export function compareFrames(a: ActionFrame, b: ActionFrame): FrameVerdict {
  if (isEmptyFrame(a) || isEmptyFrame(b)) return 'unknown';
  const verdict = rawVerdict(a, b);
  const leads = Number(a.fromLead === true) + Number(b.fromLead === true);
  // One headline must name the action to agree; neither may be a lead sentence to part them.
  return (verdict === 'agree' && leads === 2) || (verdict !== 'agree' && leads > 0)
    ? 'unknown'
    : verdict;
}

function rawVerdict(a: ActionFrame, b: ActionFrame): FrameVerdict {
  if (a.heads.length === 0 && b.heads.length === 0)
    return a.negated === b.negated && actsMeet(a.acts, b.acts) ? 'agree' : 'conflict';
  if (a.heads.length === 0 || b.heads.length === 0) return 'weak-conflict';
  if (a.heads.includes(REACTION) || b.heads.includes(REACTION)) return 'agree';
  if (!intersects(a.heads, b.heads) || a.negated !== b.negated) return 'conflict';
  const actsDiffer = a.acts.length > 0 && b.acts.length > 0 && !actsMeet(a.acts, b.acts);
  return actsDiffer ? 'unknown' : 'agree';
}

/**
 * An item's frame against a story's frames: any clear conflict parts them, any agreement joins
 * them, otherwise a weak conflict; unknown when either side names no action.
 */
export function compareWithStory(item: ActionFrame, story: readonly ActionFrame[]): FrameVerdict {
  if (isEmptyFrame(item) || story.length === 0) return 'unknown';
  const verdicts = story.map((frame) => compareFrames(item, frame));
  if (verdicts.includes('conflict')) return 'conflict';
  if (verdicts.includes('agree')) return 'agree';
  return verdicts.includes('weak-conflict') ? 'weak-conflict' : 'unknown';
}

/** True when the frame names a happening that recurs from day to day (see the lexicon). */
export function recurs(frame: ActionFrame): boolean {
  return frame.acts.some((act) => ACTION_CONCEPTS[act]?.recurs === true);
}

/** Frames equal in content, for keeping a story's list of distinct frames. */
export function frameKey(frame: ActionFrame): string {
  return `${frame.heads.join(',')}|${frame.acts.join(',')}|${frame.negated ? 'not' : ''}${frame.fromLead === true ? '|lead' : ''}`;
}

function frameOf(text: string): ActionFrame {
  const heads = new Set<string>();
  const acts = new Set<string>();
  let negated = false;
  for (const clause of text.split(CLAUSE_BREAK)) {
    const { words, commaAt } = clauseWords(clause);
    // A cause that opens the clause ("Face à la menace, le Mali ferme…") ends at its comma;
    // elsewhere commas only separate list items, so a cause runs to the clause's end or `by`.
    let cause: 'none' | 'opening' | 'rest' = 'none';
    for (let i = 0; i < words.length; i += 1) {
      if (cause === 'opening' && commaAt.has(i)) cause = 'none';
      if (cause !== 'none') {
        if (CAUSE_ENDS.includes(words[i] ?? '')) {
          cause = 'none';
          // "responded to X by closing schools": the closing is the act, not a reaction.
          heads.delete(REACTION);
        }
        continue;
      }
      for (const concept of matchesAt(words, i, CONCEPT_PATTERNS))
        (HEADS.has(concept) ? heads : acts).add(concept);
      if (matchesAt(words, i, NEGATION_PATTERNS).length > 0) negated = true;
      if (matchesAt(words, i, CAUSE_PATTERNS).length > 0) cause = i === 0 ? 'opening' : 'rest';
    }
  }
  return { heads: [...heads].sort(), acts: [...acts].sort(), negated };
}

/** The folded words of a clause and the indexes of the words that follow a comma. */
function clauseWords(clause: string): { words: string[]; commaAt: ReadonlySet<number> } {
  const words: string[] = [];
  const commaAt = new Set<number>();
  for (const part of clause.split(',')) {
    if (words.length > 0) commaAt.add(words.length);
    words.push(...foldedWords(part));
  }
  return { words, commaAt };
}

function matchesAt(words: readonly string[], at: number, index: PatternIndex): string[] {
  const word = words[at] ?? '';
  const patterns = [
    ...(index.exact.get(word) ?? []),
    ...(index.prefix.get(word.slice(0, KEY_LENGTH)) ?? []),
  ];
  const found: string[] = [];
  for (const pattern of patterns) {
    const fits = pattern.words.every((p, k) => wordFits(words[at + k], p));
    if (fits) found.push(pattern.concept);
  }
  return found;
}

function wordFits(word: string | undefined, pattern: string): boolean {
  if (word === undefined) return false;
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern;
}

function firstSentence(text: string): string {
  return text.split(/(?<=[.!?])\s+/u)[0] ?? '';
}

/** Shared content actions, or actions the lexicon calls two sides of one happening. */
function actsMeet(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.some((y) => x === y || ALIKE.has(`${x} ${y}`)));
}

function intersects(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.includes(x));
}
