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
  IDIOMS,
  MODAL_CUES,
  NEGATIONS,
  REACTION,
  REACTIONS,
} from './action-lexicon.js';
import { actorAt, attributedActor, expandAcronyms } from './headline-actor.js';
import { sideClaim } from './side-claim.js';
import { foldedWords } from './text-features.js';
import { indexPatterns, matchesAt, patternsAt, toPattern } from './word-patterns.js';

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

const CONCEPT_PATTERNS = indexPatterns(
  Object.entries(ACTION_CONCEPTS).flatMap(([concept, { words }]) =>
    words.map((w) => toPattern(concept, w)),
  ),
);
const NEGATION_PATTERNS = indexPatterns(NEGATIONS.map((w) => toPattern('not', w)));
const IDIOM_PATTERNS = indexPatterns(IDIOMS.map((w) => toPattern('idiom', w)));
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
  return readHeadline(title, lead).frame;
}

/** What a headline says happened and who it says acted (see {@link readHeadline}). */
export interface HeadlineReading {
  readonly frame: ActionFrame;
  /** An actor id of the actor lexicon; absent when the headline names none. */
  readonly actor?: string;
}

/**
 * Reads a report's frame (see {@link actionFrame}) and its headline's actor: the speaker a
 * headline ends by naming ("…, rights group says"), else the first actor named before the
 * first action of a clause ("le SG de l'ONU condamne", "Attaque de Barsalogho : l'UA
 * condamne"). An actor named after the action is its object or its setting ("quit ECOWAS",
 * "killed in jihadist attack"), one in a clause naming no action does nothing ("ECOWAS in
 * shambles: …") unless no clause names one, and one inside a cause is not who acted.
 */
export function readHeadline(title: string, lead: string): HeadlineReading {
  const expanded = expandAcronyms(title);
  const own = beforeReaction(expanded) ?? afterLabel(expanded) ?? scan(expanded, true);
  if (isEmptyFrame(own.frame)) {
    const actor = attributedActor(title) ?? own.actor;
    return actor === undefined ? { frame: leadFrame(lead) } : { frame: leadFrame(lead), actor };
  }
  // A side's word on its fight is its claim (see side-claim.ts).
  const { frame, actor } = sideClaim(
    own.frame,
    own.actor,
    attributedActor(title),
    foldedWords(expanded),
  );
  return actor === undefined ? { frame } : { frame, actor };
}

/**
 * The reading of a headline after its label, when the label before the colon names only the
 * violent happening and what follows names a measure or a visit ("Attaques jihadistes :
 * couvre-feu à Kayes"): the label says which story the report belongs to, the rest what it
 * tells. Undefined when the headline has no such label.
 */
function afterLabel(text: string): ReturnType<typeof scan> | undefined {
  const colon = text.indexOf(':');
  if (colon < 0) return undefined;
  const label = scan(text.slice(0, colon), true).frame;
  if (label.heads.length > 0 || !incident(label)) return undefined;
  const rest = scan(text.slice(colon + 1), true);
  const tells = rest.frame.acts.some((act) => ACTION_CONCEPTS[act]?.incident !== true);
  return tells ? rest : undefined;
}

/**
 * The reading of a headline that tells who did what and then, after a colon or a full stop,
 * only that someone reacted ("Mali breaks off diplomatic relations with Ukraine: reaction of
 * the Ministry of Foreign Affairs"): it leads with the act, and the reaction is its angle.
 * A label naming only the violent happening is no such act ("Attaque de Barsalgho : le
 * gouvernement solidaire aux victimes" is the reaction; see {@link afterLabel}).
 */
function beforeReaction(text: string): ReturnType<typeof scan> | undefined {
  const at = text.search(/[:.](?:\s|$)/u);
  if (at < 0) return undefined;
  const first = scan(text.slice(0, at), true);
  const act = first.frame;
  if (act.heads.length > 0 || act.acts.length === 0 || incident(act)) return undefined;
  const rest = scan(text.slice(at + 1), true).frame;
  const reacts = rest.acts.length === 0 && rest.heads.length > 0;
  return reacts && rest.heads.every((head) => head === REACTION) ? first : undefined;
}

/**
 * The frame of a report's lead sentence. A headline may drop its verb of command or speech
 * ("US non-emergency staff leave Mali" over "The State Department has ordered all
 * non-emergency employees … to depart"); the lead sentence then says what the report is.
 */
export function leadFrame(lead: string): ActionFrame {
  return { ...scan(firstSentence(lead), false).frame, fromLead: true };
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
 * them, otherwise a weak conflict; unknown when either side names no action. A story's
 * headlines say what it is: the frames it took from lead sentences (reports whose headline
 * named no action) count only when no headline of it named one, or a claim story that took in
 * an army report by its lead ("the attack has been thwarted") would agree with every attack.
 */
export function compareWithStory(item: ActionFrame, story: readonly ActionFrame[]): FrameVerdict {
  if (isEmptyFrame(item) || story.length === 0) return 'unknown';
  const headlines = story.filter((frame) => frame.fromLead !== true);
  const verdicts = (headlines.length > 0 ? headlines : story).map((f) => compareFrames(item, f));
  if (verdicts.includes('conflict')) return 'conflict';
  if (verdicts.includes('agree')) return 'agree';
  return verdicts.includes('weak-conflict') ? 'weak-conflict' : 'unknown';
}

/**
 * True when the item agrees with the story's headlines only as a reaction to another kind of
 * statement (a government's solidarity and a group's claim): a reaction agrees with any
 * statement of the same actors, so by another actor it is no agreement.
 */
export function agreesOnlyAsReaction(item: ActionFrame, story: readonly ActionFrame[]): boolean {
  const headlines = story.filter((frame) => frame.fromLead !== true);
  const agreeing = (headlines.length > 0 ? headlines : story).filter(
    (frame) => compareFrames(item, frame) === 'agree',
  );
  return agreeing.length > 0 && agreeing.every((frame) => reactionOnly(item, frame));
}

function reactionOnly(a: ActionFrame, b: ActionFrame): boolean {
  if (a.heads.length === 0 || b.heads.length === 0 || intersects(a.heads, b.heads)) return false;
  return a.heads.includes(REACTION) || b.heads.includes(REACTION);
}

/** True when the frame names a happening that recurs from day to day (see the lexicon). */
export function recurs(frame: ActionFrame): boolean {
  return frame.acts.some((act) => ACTION_CONCEPTS[act]?.recurs === true);
}

/** True when the frame names only the violent happening itself (see `incident` in the lexicon). */
export function incident(frame: ActionFrame): boolean {
  return (
    frame.heads.length === 0 &&
    frame.acts.length > 0 &&
    frame.acts.every((act) => ACTION_CONCEPTS[act]?.incident === true)
  );
}

/**
 * True when a lead sentence tells the act its headline tells (or the headline tells only a
 * statement): the lead may then say what kind of report the headline's act is.
 */
export function retells(lead: ActionFrame, headline: ActionFrame): boolean {
  return headline.acts.length === 0 || actsMeet(lead.acts, headline.acts);
}

/** Frames equal in content, for keeping a story's list of distinct frames. */
export function frameKey(frame: ActionFrame): string {
  return `${frame.heads.join(',')}|${frame.acts.join(',')}|${frame.negated ? 'not' : ''}${frame.fromLead === true ? '|lead' : ''}`;
}

/** Reads a headline, or a lead sentence (`headline` false: an act talked about is a headline's). */
function scan(text: string, headline: boolean): { frame: ActionFrame; actor?: string } {
  const heads = new Set<string>();
  const acts = new Set<string>();
  let negated = false;
  let actor: string | undefined;
  let firstNamed: string | undefined;
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
        (HEADS.has(concept) ? heads : acts).add(concept);
        acted = true;
        actor ??= named;
      }
      if (matchesAt(words, i, NEGATION_PATTERNS).length > 0) negated = true;
      if (matchesAt(words, i, CAUSE_PATTERNS).length > 0) cause = i === 0 ? 'opening' : 'rest';
    }
  }
  const frame = { heads: [...heads].sort(), acts: [...acts].sort(), negated };
  // A headline naming no action ("une délégation gouvernementale à Barsalogho") is about the
  // first actor it names.
  if (isEmptyFrame(frame)) actor ??= firstNamed;
  return actor === undefined ? { frame } : { frame, actor };
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
