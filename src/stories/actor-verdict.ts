/**
 * Who acted and how many died, as clustering weighs them: a development is who did what, so a
 * report by another actor is another development, and a much higher toll, or a first one told
 * a day after the story began, is a new count.
 */
import { incident, type ActionFrame } from './action-frame.js';
import { REACTIONS } from './action-lexicon.js';
import { COMBATANTS, EVERYDAY_ACTORS } from './actor-lexicon.js';
import type { StorySignature } from './story-signature.js';

/** The item's actor against the story's: the same, another, or no telling. */
export type ActorVerdict = 'same' | 'differ' | 'unknown';

/** How many times the story's highest toll a headline's toll must be to be a new count. */
const TOLL_REVISION = 1.5;
/** How long after a story's first report a first count of its dead is news of its own. */
const LATE_COUNT_MS = 24 * 60 * 60 * 1000;
/** How long after a story's first report other sources' first counts of the dead still come in. */
const FIRST_COUNTS_MS = 12 * 60 * 60 * 1000;

/**
 * Who acted, the item's headline against the story's: a statement, a visit or a decision by
 * another actor (the African Union after the UN, the government after a victims' collective)
 * is another development. Two reports of the violent happening itself may lead with the
 * attackers, the army or nobody alike (see `incident` in action-frame.ts), so their actors do
 * not part them, nor do the attackers and the army, two sides of one fight; but another
 * actor's act is not the happening it reacts to, whichever side names its actor.
 */
export function actorVerdict(item: StorySignature, story: StorySignature): ActorVerdict {
  const [actor] = item.actors ?? [];
  const known = story.actors ?? [];
  const frame = item.frames?.[0];
  // A frame read from the lead sentence recalls the background, not what this report tells.
  const itemIncident = frame !== undefined && frame.fromLead !== true && incident(frame);
  const frames = story.frames ?? [];
  const storyIncident = frames.length > 0 && frames.every((f) => incident(f));
  if (itemIncident && storyIncident)
    return toldByOutsider(actor, known) && !onlyTaken(frame, frames) ? 'differ' : 'unknown';
  if (actor !== undefined && known.includes(actor)) return 'same';
  // A junta's acts of state are told as the army's or the government's alike ("army says it
  // foiled a plot", "the junta says it foiled a plot"); their violence is the incident rule's.
  if (
    actor !== undefined &&
    !itemIncident &&
    !storyIncident &&
    ruling(actor) &&
    known.length > 0 &&
    known.every(ruling)
  )
    return 'same';
  if (actor !== undefined && known.length > 0)
    return tellsFight(actor) && known.every(tellsFight) && !states(item, story)
      ? 'unknown'
      : 'differ';
  if (actor !== undefined) return storyIncident && !fighting(actor) ? 'differ' : 'unknown';
  const storyActs = frames.length > 0 && !known.every(fighting);
  return known.length > 0 && itemIncident && storyActs ? 'differ' : 'unknown';
}

/**
 * A side's statement (the attackers' claim, the army's admission of losses) is its own word,
 * not the fight: when either report is one, the attackers and the army part it.
 */
function states(item: StorySignature, story: StorySignature): boolean {
  const statement = (f: ActionFrame): boolean => f.fromLead !== true && f.heads.length > 0;
  const storyFrames = story.frames ?? [];
  return (
    (item.frames ?? []).some(statement) || (storyFrames.length > 0 && storyFrames.every(statement))
  );
}

/**
 * A count of the dead given by an outside body (a rights group's report of a massacre, the
 * UN's toll) is that body's development, not the fight itself, which the sides, the
 * government, the victims or an unnamed source tell.
 */
function toldByOutsider(actor: string | undefined, known: readonly string[]): boolean {
  const outsider = (a: string): boolean => !EVERYDAY_ACTORS.includes(a) && a !== 'victims';
  if (actor !== undefined && outsider(actor)) return !known.includes(actor);
  return known.length > 0 && known.every(outsider);
}

/**
 * People taken or gone missing, told on both sides: a rights group saying two opponents were
 * abducted is how the abduction becomes known, not an inquiry of its own as its count of a
 * massacre's dead or its finding on an attack are, so the outside body does not part it.
 */
function onlyTaken(frame: ActionFrame, story: readonly ActionFrame[]): boolean {
  const taken = (f: ActionFrame): boolean => f.acts.every((act) => act === 'kidnap');
  return taken(frame) && story.every(taken);
}

/** Where the army rules, its acts of state are the government's: a junta is both. */
function ruling(actor: string): boolean {
  return actor === 'army' || actor === 'government';
}

/** The attackers and the army are the two sides of one fight: neither parts reports of it. */
function fighting(actor: string): boolean {
  return COMBATANTS.includes(actor);
}

/**
 * The sides of a fight, and those who lived through it: residents telling the explosions they
 * heard after the army's strike tell the strike, as the army does (their statements aside).
 */
function tellsFight(actor: string): boolean {
  return fighting(actor) || actor === 'victims';
}

/**
 * A weak conflict (a statement against a plain act) that the lead sentence did not settle,
 * between reports of one actor where the statement is a reaction (solidarity, condemnation):
 * the government's solidarity and its visit, residents' account of a strike and their
 * denunciation of it, are one development. A command is not a reaction: "France orders its
 * citizens to leave" and "French citizens leave" stay apart unless the lead sentence joins them.
 * Nor is a violent act the actor did one with its reactions (the victims telling what they
 * suffered aside): one reacts to what others did, so "Ukrainian intelligence planned an
 * attack" is not Kyiv's reply to a break.
 */
export function reactsAgain(
  actors: ActorVerdict,
  item: StorySignature,
  story: StorySignature,
): boolean {
  if (actors !== 'same') return false;
  const reacts = (f: ActionFrame): boolean =>
    f.fromLead !== true && f.heads.length > 0 && f.heads.every((h) => REACTIONS.includes(h));
  const [headline] = item.frames ?? [];
  const doer = (item.actors ?? [])[0] !== 'victims';
  if (doer && headline !== undefined && headline.fromLead !== true && incident(headline))
    return false;
  return [...(item.frames ?? []), ...(story.frames ?? [])].some(reacts);
}

/**
 * A toll well above every toll the story's headlines told is a new count of the dead, another
 * development; a lower one is the first count told again, or an older source. Within
 * {@link FIRST_COUNTS_MS} of the story's first report, sources still disagree on the first count
 * ("at least 21" from residents, "about 40" from local officials the same morning): a higher one
 * then is another first count, not a revision.
 */
export function revisesToll(
  item: readonly number[],
  story: readonly number[],
  sinceStart: number,
): boolean {
  if (item.length === 0 || story.length === 0 || sinceStart < FIRST_COUNTS_MS) return false;
  return Math.max(...item) >= TOLL_REVISION * Math.max(...story);
}

/**
 * A report of the dead (a count, or a headline about the toll and not a side's losses) a day
 * or more after a story began, when none of its headlines counted them, is the toll: a
 * development of its own, as the count that comes days after an attack the army first called
 * repelled. On the first day the count belongs with the first reports of the happening.
 */
export function countsLate(
  item: StorySignature,
  story: StorySignature,
  sinceStart: number,
): boolean {
  if (sinceStart < LATE_COUNT_MS || (story.tolls ?? []).length > 0) return false;
  const frame = item.frames?.[0];
  // A headline that tells a side's losses ("bilan contradictoire et pertes importantes") tells
  // the fight by its outcome: with no number, it is no count.
  const aboutToll =
    frame !== undefined &&
    frame.fromLead !== true &&
    frame.acts.includes('toll') &&
    !frame.acts.includes('losses');
  return (item.tolls ?? []).length > 0 || aboutToll;
}
