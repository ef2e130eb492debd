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
  if (NATIONALITIES.has(words[at] ?? '') && pattern.words.length === 1 && !nationActs(words, at))
    return undefined;
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

/**
 * Nationality adjectives of the states in the lexicon: "French" in "French uranium giant Orano",
 * "la société française" or "le français Orano" qualifies a firm, not a state that acts.
 */
const NATIONALITIES = new Set(
  (
    'french francais francaise francaises american americain americaine americains americaines ' +
    'russian russe russes ukrainian ukrainien ukrainienne ukrainiens ukrainiennes'
  ).split(' '),
);

/**
 * Who a state acts through, and what it gives or says: its troops, officials, courts, services
 * and weapons, its aid and its statements. A nationality next to one of them ("Russian
 * instructors", "French prosecutors", "les services secrets français", "les promesses russes")
 * is the state acting.
 */
const STATE_AGENTS = new Set(
  (
    'troops soldiers forces military army instructors trainers mercenaries government president ' +
    'minister ministry foreign diplomat diplomats diplomacy embassy ambassador envoy officials ' +
    'authorities justice prosecutor prosecutors court courts judge judges intelligence spy spies ' +
    'services secret police strike strikes airstrike airstrikes drone drones jets planes ' +
    'aircraft warplanes raid raids navy air defence defense lawmakers parliament senate ' +
    'troupes soldats militaires armee instructeurs mercenaires gouvernement ministre ministere ' +
    'diplomate diplomates diplomatie ambassade ambassadeur emissaire responsables autorites ' +
    'parquet procureur tribunal juges juge renseignement espions espion secrets frappes frappe ' +
    'avions chasseurs deputes parlement senat ' +
    // What a state gives or says: "Russian promises of fuel", "French aid", "la réponse française".
    'aid help support pledge pledges promise promises offer deliveries delivery response ' +
    'reaction statement aide soutien promesse promesses livraison livraisons offre reponse ' +
    'declaration communique'
  ).split(' '),
);

/**
 * A nationality is the state acting when a word of its agents stands within two words of it on
 * either side ("French prosecutors", "les services secrets français"), or when it stands for
 * people: after a plural article ("les Russes", "des Français") or last in the headline ("…,
 * say the French").
 */
function nationActs(words: readonly string[], at: number): boolean {
  const near = [words[at - 2], words[at - 1], words[at + 1], words[at + 2]];
  if (near.some((w) => w !== undefined && STATE_AGENTS.has(w))) return true;
  const before = words[at - 1] ?? '';
  return before === 'les' || before === 'des' || at === words.length - 1;
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
