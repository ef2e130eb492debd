/**
 * Who a headline names, as clustering reads it: the actor at a word of the headline (not one
 * that qualifies a site, a possession or another actor, nor the counted dead), and the speaker
 * a headline ends by naming ("…, rights group says", "… - HRW"). See actor-lexicon.ts for the
 * actors and action-frame.ts for how a headline's actor is chosen.
 */
import { ACTION_CONCEPTS } from './action-lexicon.js';
import { ACRONYMS, ACTORS, ATTRIBUTIONS } from './actor-lexicon.js';
import { countedDead } from './side-claim.js';
import { foldString } from '../core/fold-text.js';
import { foldedWords } from './text-features.js';
import { indexLexicon, indexPatterns, matchesAt, patternsAt, toPattern } from './word-patterns.js';

const ACTOR_PATTERNS = indexLexicon(ACTORS);
const ACTION_PATTERNS = indexPatterns(
  Object.entries(ACTION_CONCEPTS).flatMap(([concept, { words }]) =>
    words.map((w) => toPattern(concept, w)),
  ),
);

/**
 * The actor named at word `at`, unless in the possessive, opposed, naming a site or counted
 * among the dead: in "the junta's strategy", "anti-jihadist strategy" and "military camp" the
 * actor qualifies what the headline is about, and in "two soldiers killed" it is the victim.
 */
export function actorAt(words: readonly string[], at: number): string | undefined {
  const [pattern] = patternsAt(words, at, ACTOR_PATTERNS);
  if (pattern === undefined) return undefined;
  if (pattern.concept === 'army') {
    const state = foreignArmy(words, at, pattern.words.length);
    if (state !== undefined) return state;
  }
  const before = words[at - 1] ?? '';
  const after = words[at + pattern.words.length] ?? '';
  const qualifies =
    after === 's' ||
    patternsAt(words, at + pattern.words.length, ACTOR_PATTERNS).length > 0 ||
    QUALIFIERS.has(before) ||
    PLACES.has(siteBefore(words, at)) ||
    PLACES.has(after);
  return qualifies || countedDead(words, at, pattern.words.length) ? undefined : pattern.concept;
}

/**
 * A foreign state's own troops ("US troops", "Russian military instructors", "les troupes
 * américaines") are that state acting, not the army of the country the news is about: the
 * state named just before or after the army's word.
 */
function foreignArmy(words: readonly string[], at: number, length: number): string | undefined {
  const after = patternsAt(words, at + length, ACTOR_PATTERNS)[0]?.concept;
  if (after !== undefined && FOREIGN_STATES.has(after)) return after;
  for (let from = Math.max(0, at - 3); from < at; from += 1) {
    const before = patternsAt(words, from, ACTOR_PATTERNS).find(
      (p) => from + p.words.length === at && FOREIGN_STATES.has(p.concept),
    );
    if (before !== undefined) return before.concept;
  }
  return undefined;
}

/** States outside the Sahel whose troops headlines name by their nationality. */
const FOREIGN_STATES = new Set(['us', 'russia', 'france']);

/** Articles between a site and its owner: "un poste de l'armée", "the camp of the army". */
const OWNER_LINKS = new Set(['de', 'du', 'des', 'l', 'd', 'la', 'of', 'the']);

/** The word before the actor at `at`, past the articles that tie a site to its owner. */
function siteBefore(words: readonly string[], at: number): string {
  let i = at - 1;
  while (i > 0 && OWNER_LINKS.has(words[i] ?? '')) i -= 1;
  return words[i] ?? '';
}

/** Words that make the actor after them a qualifier ("anti-jihadist", "counter-terrorism"). */
const QUALIFIERS = new Set(['anti', 'counter', 'contre']);
/** Sites an actor word qualifies ("military camp", "camp militaire"): a target, not who acted. */
const PLACES = new Set(
  (
    'camp camps base bases post posts poste postes barracks caserne casernes convoy convoys ' +
    'convoi positions outpost checkpoint school ecole academy'
  ).split(' '),
);

/** The actor a headline ends by naming as its speaker, if the lexicon knows it. */
export function attributedActor(title: string): string | undefined {
  const folded = foldString(expandAcronyms(title.trim()));
  for (const { pattern, whole } of ATTRIBUTIONS) {
    const speaker = pattern.exec(folded)?.[1];
    if (speaker === undefined) continue;
    const words = foldedWords(speaker);
    // "… says 200 soldiers killed" reports what was said, not who said it.
    if (words.some((_, i) => matchesAt(words, i, ACTION_PATTERNS).length > 0)) continue;
    for (let i = 0; i < (whole ? 1 : words.length); i += 1) {
      const [found] = patternsAt(words, i, ACTOR_PATTERNS);
      if (found !== undefined && (!whole || found.words.length === words.length))
        return found.concept;
    }
  }
  return undefined;
}

/** Acronyms that are also common words, written as the form the lexicon knows (see ACRONYMS). */
export function expandAcronyms(text: string): string {
  return ACRONYMS.reduce((out, [pattern, word]) => out.replace(pattern, word), text);
}
