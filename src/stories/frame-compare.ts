/**
 * How two action frames relate, and a report's frame to a story's: one happening, clearly two,
 * two by a missing verb of speech, or no telling (see action-frame.ts for how frames are read).
 */
import { ACTION_CONCEPTS, REACTION } from './action-lexicon.js';
import type { ActionFrame } from './action-frame.js';
import { isEmptyFrame } from './frame-scan.js';

/** How two frames relate: one happening, clearly two, two by a missing head, or no telling. */
export type FrameVerdict = 'agree' | 'conflict' | 'weak-conflict' | 'unknown';

const ALIKE = new Set(
  Object.entries(ACTION_CONCEPTS).flatMap(([id, c]) =>
    (c.alike ?? []).flatMap((other) => [`${id} ${other}`, `${other} ${id}`]),
  ),
);

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
  if (!intersects(kin(a.heads), kin(b.heads)) || a.negated !== b.negated) return 'conflict';
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
  const verdicts = toldAs(item, headlines.length > 0 ? headlines : story).map((f) =>
    compareFrames(item, f),
  );
  if (verdicts.includes('conflict')) return 'conflict';
  if (verdicts.includes('agree')) return 'agree';
  return verdicts.includes('weak-conflict') ? 'weak-conflict' : 'unknown';
}

/**
 * The frames of a story an item is read against. A story begun by a statement (a claim, an
 * admission of losses) is that statement: reports of the bare act it took in on their wording or
 * their lead ("Wagner fighters killed in fierce battles" over "Wagner conceded in a rare
 * statement…") do not make it agree with every later report of the act ("première grande
 * défaite Wagner"), which tells the fighting, not what a side said of it. Likewise a story begun
 * by the act is the act: a claim it took in does not make it agree with every later claim.
 */
function toldAs(item: ActionFrame, frames: readonly ActionFrame[]): readonly ActionFrame[] {
  const [first] = frames;
  if (first === undefined) return frames;
  const statement = first.heads.length > 0;
  if (item.heads.length > 0 === statement) return frames;
  return frames.filter((frame) => frame.heads.length > 0 === statement);
}

/**
 * True when the item agrees with the story's headlines only as a reaction to another kind of
 * statement (a government's solidarity and a group's claim): a reaction agrees with any
 * statement of the same actors, so by another actor it is no agreement. Both may denounce: a
 * state that accuses Kyiv as it cuts ties does not reply to Kyiv's reaction to another's break.
 */
export function agreesOnlyAsReaction(item: ActionFrame, story: readonly ActionFrame[]): boolean {
  const headlines = story.filter((frame) => frame.fromLead !== true);
  const agreeing = (headlines.length > 0 ? headlines : story).filter(
    (frame) => compareFrames(item, frame) === 'agree',
  );
  return agreeing.length > 0 && agreeing.every((frame) => reactionOnly(item, frame));
}

function reactionOnly(a: ActionFrame, b: ActionFrame): boolean {
  if (a.heads.length === 0 || b.heads.length === 0) return false;
  return a.heads.includes(REACTION) !== b.heads.includes(REACTION);
}

/** True when the frame names a happening that recurs from day to day (see the lexicon). */
export function recurs(frame: ActionFrame): boolean {
  return frame.acts.some((act) => ACTION_CONCEPTS[act]?.recurs === true);
}

/**
 * True when a lead sentence tells the act its headline tells (or the headline tells only a
 * statement): the lead may then say what kind of report the headline's act is.
 */
export function retells(lead: ActionFrame, headline: ActionFrame): boolean {
  return headline.acts.length === 0 || actsMeet(lead.acts, headline.acts);
}

/**
 * True when a frame of the story tells an act the headline tells (or the headline tells only a
 * statement): only then may the item's lead sentence settle its weak conflict with the story.
 * "Staff leave Mali" over "the State Department ordered staff to leave" is that order; "BBC and
 * VOA suspended" over a rights report it recalls in its lead is a suspension, not the report.
 */
export function storyTellsActs(headline: ActionFrame, story: readonly ActionFrame[]): boolean {
  return headline.acts.length === 0 || story.some((frame) => actsMeet(frame.acts, headline.acts));
}

/** Frames equal in content, for keeping a story's list of distinct frames. */
export function frameKey(frame: ActionFrame): string {
  return `${frame.heads.join(',')}|${frame.acts.join(',')}|${frame.negated ? 'not' : ''}${frame.fromLead === true ? '|lead' : ''}`;
}

/** Shared content actions, or actions the lexicon calls two sides of one happening. */
function actsMeet(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.some((y) => x === y || ALIKE.has(`${x} ${y}`)));
}

/**
 * Statements of one kind: a denial and a condemnation both reject what was said or done ("le
 * gouvernement dément les allégations", "le gouvernement dénonce une campagne de
 * désinformation"), so one actor's two are one statement.
 */
const KIN_HEADS: Readonly<Record<string, string>> = { deny: 'denounce' };

function kin(heads: readonly string[]): string[] {
  return heads.map((head) => KIN_HEADS[head] ?? head);
}

function intersects(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.includes(x));
}
