/**
 * What a headline says happened, as a small frame of lexicon concepts ("who did what" without
 * the who): the acts of speech or command it leads with, the content actions, and whether it is
 * negated. Two reports that share actors but not their frame ("the juntas quit ECOWAS",
 * "ECOWAS says it got no formal notice", "they send formal notice") are different developments.
 */
import { ACTION_CONCEPTS, REACTION } from './action-lexicon.js';
import { attributedActor, expandAcronyms } from './headline-actor.js';
import { sideClaim } from './side-claim.js';
import { isEmptyFrame, scan } from './frame-scan.js';
import { foldedWords } from './text-features.js';

export { isEmptyFrame } from './frame-scan.js';

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
 * The reading of a headline after its label, when the label before the colon names an act and
 * what follows names another ("Nationalisation de la mine : Paris ouvre une enquête"), or the
 * label names only the violent happening and what follows a measure or a visit ("Attaques
 * jihadistes : couvre-feu à Kayes"): the label says which story the report belongs to, the rest
 * what it tells. Undefined when the headline has no such label.
 */
function afterLabel(text: string): ReturnType<typeof scan> | undefined {
  const colon = text.indexOf(':');
  if (colon < 0) return undefined;
  const label = scan(text.slice(0, colon), true).frame;
  if (label.heads.length > 0 || label.acts.length === 0) return undefined;
  const rest = scan(text.slice(colon + 1), true);
  const tells = rest.frame.acts.some((act) =>
    incident(label) ? ACTION_CONCEPTS[act]?.incident !== true : !label.acts.includes(act),
  );
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

/** True when the frame names only the violent happening itself (see `incident` in the lexicon). */
export function incident(frame: ActionFrame): boolean {
  return (
    frame.heads.length === 0 &&
    frame.acts.length > 0 &&
    frame.acts.every((act) => ACTION_CONCEPTS[act]?.incident === true)
  );
}

function firstSentence(text: string): string {
  return text.split(/(?<=[.!?])\s+/u)[0] ?? '';
}
