/**
 * How a headline or a lead sentence is read into an action frame: clause by clause, the acts of
 * speech or command and the content actions it names, whether it is negated, and the actor it
 * names before its first action. action-frame.ts decides which part of a headline to read.
 */
import {
  ACTION_CONCEPTS,
  CAUSE_CUES,
  CAUSE_ENDS,
  GROUND_CUES,
  IDIOMS,
  MODAL_CUES,
  NEGATIONS,
  REACTION,
  REACTIONS,
} from './action-lexicon.js';
import type { ActionFrame } from './action-frame.js';
import { actorAt } from './headline-actor.js';
import { foldedWords } from './text-features.js';
import { indexPatterns, matchesAt, patternsAt, toPattern } from './word-patterns.js';

const CONCEPT_PATTERNS = indexPatterns(
  Object.entries(ACTION_CONCEPTS).flatMap(([concept, { words }]) =>
    words.map((w) => toPattern(concept, w)),
  ),
);

const NEGATION_PATTERNS = indexPatterns(NEGATIONS.map((w) => toPattern('not', w)));

const IDIOM_PATTERNS = indexPatterns(IDIOMS.map((w) => toPattern('idiom', w)));

/**
 * An accusation told with no accuser ("l'armée accusée d'avoir massacré", "massacres de civils
 * dénoncés", "army accused of killing civilians"): over violence it tells the violence itself.
 */
const PASSIVE_BLAME = indexPatterns(
  ['accus* of', 'accus* d avoir', 'accus* de', 'denonces', 'denoncees', 'denoncee'].map((w) =>
    toPattern('passive', w),
  ),
);

const GROUND_PATTERNS = indexPatterns(GROUND_CUES.map((w) => toPattern('ground', w)));

const CAUSE_PATTERNS = indexPatterns(
  [...CAUSE_CUES, ...MODAL_CUES].map((w) => toPattern('cause', w)),
);

const HEADS = new Set(
  Object.entries(ACTION_CONCEPTS)
    .filter(([, c]) => c.head)
    .map(([id]) => id),
);

/** A clause ends at sentence punctuation or a spaced dash; commas only separate list items. */
const CLAUSE_BREAK = /[.;:!?|«»"“”()[\]–—]|\s-\s/u;

/** True for a frame that names no action: it neither agrees nor conflicts with any other. */
export function isEmptyFrame(frame: ActionFrame): boolean {
  return frame.heads.length === 0 && frame.acts.length === 0;
}

/** Reads a headline, or a lead sentence (`headline` false: an act talked about is a headline's). */
export function scan(text: string, headline: boolean): { frame: ActionFrame; actor?: string } {
  const heads = new Set<string>();
  const acts = new Set<string>();
  let negated = false;
  let actor: string | undefined;
  let firstNamed: string | undefined;
  let passiveBlame = false;
  for (const clause of text.split(CLAUSE_BREAK)) {
    const { words, commaAt } = clauseWords(clause);
    // A cause that opens the clause ("Face à la menace, le Mali ferme…") ends at its comma;
    // elsewhere commas only separate list items, so a cause runs to the clause's end or `by`.
    let cause: 'none' | 'opening' | 'rest' = 'none';
    // The first actor named before the clause's first action acts, once an action follows.
    let acted = false;
    let named: string | undefined;
    // The actor named since the clause's last comma ("…, al-Qaeda-linked group claims").
    let aside: string | undefined;
    let asideFrom = 0;
    for (let i = 0; i < words.length; i += 1) {
      const [idiom] = patternsAt(words, i, IDIOM_PATTERNS);
      if (idiom !== undefined) {
        i += idiom.words.length - 1;
        continue;
      }
      if (commaAt.has(i)) {
        aside = undefined;
        asideFrom = i;
      }
      if (cause === 'opening' && commaAt.has(i)) cause = 'none';
      if (cause !== 'none') {
        if (CAUSE_ENDS.includes(words[i] ?? '')) {
          cause = 'none';
          // "responded to X by closing schools": the closing is the act, not a reaction.
          heads.delete(REACTION);
        }
        continue;
      }
      if (acted && patternsAt(words, i, GROUND_PATTERNS).length > 0) {
        cause = 'rest';
        continue;
      }
      if (owned(words, i, headline && named !== undefined)) {
        // "Ukraine says Mali's decision to cut ties was hasty": the act is Mali's, talked about.
        heads.add(REACTION);
        acted = true;
        actor ??= named;
        cause = 'rest';
        continue;
      }
      const here = actorAt(words, i);
      if (!acted) named ??= here;
      aside ??= here;
      firstNamed ??= named;
      for (const concept of matchesAt(words, i, CONCEPT_PATTERNS)) {
        if (
          HEADS.has(concept) &&
          othersWord(actor, aside, acted && commaAt.has(asideFrom) && REACTIONS.includes(concept))
        )
          continue;
        if (headline && secondMeasure(concept, acts)) continue;
        if (concept === 'claim' && embeddedClaim(words, i, acts)) continue;
        if (concept === 'denounce' && patternsAt(words, i, PASSIVE_BLAME).length > 0) {
          passiveBlame = true;
          continue;
        }
        (HEADS.has(concept) ? heads : acts).add(concept);
        acted = true;
        actor ??= named;
      }
      if (matchesAt(words, i, NEGATION_PATTERNS).length > 0) negated = true;
      if (matchesAt(words, i, CAUSE_PATTERNS).length > 0) cause = i === 0 ? 'opening' : 'rest';
    }
  }
  if (passiveBlame && !incidentOnly(acts)) heads.add('denounce');
  settleAlarm(heads, acts);
  settleExpulsion(heads, acts);
  settleUndoing(acts);
  const frame = { heads: [...heads].sort(), acts: [...acts].sort(), negated };
  // A headline naming no action ("une délégation gouvernementale à Barsalogho") is about the
  // first actor it names.
  if (isEmptyFrame(frame)) actor ??= firstNamed;
  return actor === undefined ? { frame } : { frame, actor };
}

/**
 * A headline that names two measures leads with the first ("le Niger suspend la BBC et porte
 * plainte contre RFI" is the suspension; "plainte contre RFI et suspension de la BBC" the
 * complaint): the second is the report's other news, not what it is. Violence and what tells
 * the same happening (its dead, a mourning) are never a second measure.
 */
function secondMeasure(concept: string, acts: ReadonlySet<string>): boolean {
  if (HEADS.has(concept) || !measure(concept)) return false;
  return [...acts].some((act) => act !== concept && measure(act) && !alike(act, concept));
}

function measure(concept: string): boolean {
  return (
    ACTION_CONCEPTS[concept]?.incident !== true && ACTION_CONCEPTS[concept]?.alike === undefined
  );
}

function alike(a: string, b: string): boolean {
  return (
    (ACTION_CONCEPTS[a]?.alike ?? []).includes(b) || (ACTION_CONCEPTS[b]?.alike ?? []).includes(a)
  );
}

/**
 * Raising the alarm over violence done (abductions, killings) protests it as a condemnation
 * does; over anything else (hunger, a risk) it warns.
 */
function settleAlarm(heads: Set<string>, acts: ReadonlySet<string>): void {
  if (!heads.delete('alarm')) return;
  heads.add(incidentOnly(acts) ? 'denounce' : 'urge');
}

/**
 * An order to expel is the expulsion: "Niger orders Chinese oil officials out of the country"
 * tells what "Niger expels three Chinese oil executives" tells.
 */
function settleExpulsion(heads: Set<string>, acts: ReadonlySet<string>): void {
  if (acts.has('expel')) heads.delete('order');
}

/** An act that undoes a measure named beside it is what happened (see `undoes`). */
function settleUndoing(acts: Set<string>): void {
  for (const act of [...acts])
    for (const undone of ACTION_CONCEPTS[act]?.undoes ?? []) acts.delete(undone);
}

/** The acts name violence done and nothing else. */
function incidentOnly(acts: ReadonlySet<string>): boolean {
  return acts.size > 0 && [...acts].every((act) => ACTION_CONCEPTS[act]?.incident === true);
}

/**
 * A statement after a comma by another actor than the one the headline leads with is that
 * actor's word told in passing ("army repels attack, al-Qaeda-linked group claims
 * responsibility" is the army's report of the attack, not the claim), and so is a reaction
 * after a comma that follows a happening told with no actor ("44 killed in mosque attack,
 * govt blames IS affiliate" is the attack; "post attacked, GSIM claims" stays the claim).
 */
function othersWord(
  actor: string | undefined,
  aside: string | undefined,
  toldBefore: boolean,
): boolean {
  if (aside === undefined) return false;
  return actor === undefined ? toldBefore : aside !== actor;
}

/**
 * A claim told as a passive participle of the attack the dead were killed in ("plusieurs
 * soldats tués dans une attaque revendiquée par l'État islamique", "21 soldiers killed in
 * attacks claimed by JNIM") tells who claimed it in passing: the headline leads with the
 * killing. "L'attaque de Barsalogho, qui a fait 200 morts, revendiquée par les djihadistes"
 * stays the claim: there the attack is the subject and the claim its predicate.
 */
function embeddedClaim(words: readonly string[], at: number, acts: ReadonlySet<string>): boolean {
  return (
    acts.has('toll') &&
    at > 0 &&
    matchesAt(words, at - 1, CONCEPT_PATTERNS).includes('attack') &&
    (words[at + 1] === 'par' || words[at + 1] === 'by')
  );
}

/** Nouns that make the act after them its owner's, talked about by the headline's actor. */
const DECISIONS = new Set(['decision', 'decisions', 'move', 'choice']);

/**
 * A possessive before a decision ("Mali's decision to…"), or before an act once the headline
 * has named who speaks ("Ukraine calls Mali government's severance of relations short-sighted"):
 * what follows is the owner's act, talked about.
 */
function owned(words: readonly string[], at: number, speaker: boolean): boolean {
  if (at === 0 || words[at] !== 's') return false;
  if (DECISIONS.has(words[at + 1] ?? '')) return true;
  return speaker && [1, 2].some((k) => matchesAt(words, at + k, CONCEPT_PATTERNS).length > 0);
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
