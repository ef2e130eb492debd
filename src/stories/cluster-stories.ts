/**
 * Cross-outlet story clustering: a story is one development, reports of the same happening.
 * What a headline says happened (its action frame, see action-frame.ts) decides first: a
 * different action, or the same action negated, is another development however alike the
 * words. Who acted decides next (see actor-verdict.ts): a statement, visit or reaction by
 * another actor is another development, and a toll well above the story's, or a first count
 * of the dead a day after it began, is a new count.
 * Within hours of the story (a day of its last report, two of its first, or of the day late
 * coverage names), an item joins when its frame agrees and it leads with the same actors, when
 * its title or lead is a near-duplicate, or, when one side names no action, by the event rule
 * (tag, place, entities), the same-actor rule, the names rule (see name-evidence.ts) or the
 * same-subject rule. Everything here is pure: the store keeps signatures and calls these
 * functions.
 */
import { EVERYDAY_ACTORS } from './actor-lexicon.js';
import { joinsWave } from './attack-wave.js';
import { actorVerdict, countsLate, reactsAgain, revisesToll } from './actor-verdict.js';
import { explain, round, type Verdict } from './cluster-verdict.js';
import type { ActionFrame } from './action-frame.js';
import {
  agreesOnlyAsReaction,
  compareWithStory,
  recurs,
  retells,
  storyTellsActs,
  type FrameVerdict,
} from './frame-compare.js';
import { tollInWordsOnly } from './headline-toll.js';
import { MIN_ENTITY_JACCARD, unframed, type Judged } from './cluster-unframed.js';
import { countNames, type NameCounts } from './name-evidence.js';
import {
  NEAR_DUPLICATE,
  itemTitleStems,
  nearDuplicateOfReport,
  similarity,
  subjectsAgree,
  type ClusterInput,
  type StorySignature,
} from './story-signature.js';
import {
  DAY_MS,
  DEVELOPMENT_WINDOW_MS,
  lateCoverage,
  withinDevelopment,
  type Windows,
} from './story-windows.js';
import { listJaccard, sharedCount } from './text-features.js';

export {
  MAX_TITLES,
  NEAR_DUPLICATE,
  SKETCH_SIZE,
  mergeSignatures,
  signItem,
  subjectsAgree,
  textSimilarity,
  type ClusterInput,
  type StorySignature,
} from './story-signature.js';

/** An open story the item may join. */
export interface ClusterCandidate {
  readonly storyId: string;
  readonly lastSeenAt: number;
  readonly firstSeenAt: number;
  /**
   * Publication times of the story's earliest and latest report. The event rule compares an
   * item's publication time with these (not with first-seen times, which a backfill or a slow
   * feed puts hours after the event); absent, the first/last-seen times stand in.
   */
  readonly firstPublishedAt?: number;
  readonly lastPublishedAt?: number;
  readonly signature: StorySignature;
}

export interface AssignOptions {
  /** Stories whose last item is older than `now - windowMs` are closed (DESIGN: 72 h). */
  readonly windowMs: number;
  readonly now: number;
  /**
   * How long before a story's first report and after its last one a report may join it (the
   * event rule's window too). Default 24 h.
   */
  readonly eventWindowMs?: number;
  /**
   * How long after a story's first report another report may still join it: a development is
   * reported within hours, a day or two by slower outlets. Default 48 h.
   */
  readonly developmentWindowMs?: number;
}

export interface Assignment {
  /** The story to join, or null to start a new one. */
  readonly storyId: string | null;
  /** One line saying why, for logs and `--explain`. */
  readonly reason: string;
  /** Score of the chosen (or best rejected) candidate, 0–1. */
  readonly score: number;
}

/** Entity overlap that, with the same lead subject, backs an agreeing action frame. */
const SUBJECT_ENTITIES = 0.25;

/**
 * Picks the open story an item belongs to, or null for a new story. A story whose action frame
 * clearly differs is never joined. Among the stories it may join (same action and actors,
 * near-duplicate text, or, when one side names no action, the event, names or same-subject
 * rule), a story whose reports date their happening to the day the item names wins (see
 * happening-day.ts), then the highest score: 0.75 + 0.25 × entity Jaccard for the same action, the text
 * similarity for a near-duplicate, 0.5 × entity Jaccard + 0.5 for the event rule, 0.5 × entity
 * Jaccard + 0.25 (+ 0.25 with a shared tag) for the names rule, the mean of entity Jaccard and
 * text for the same-subject rule; on a tie, the story whose last report is nearest in time.
 */
export function assignStory(
  item: ClusterInput,
  signature: StorySignature,
  candidates: readonly ClusterCandidate[],
  options: AssignOptions,
): Assignment {
  const open = candidates.filter((c) => c.lastSeenAt >= options.now - options.windowMs);
  if (open.length === 0) return { storyId: null, reason: 'no open story in the window', score: 0 };
  const itemTitle = itemTitleStems(signature);
  // Counted on first use: most items join, or not, before the names rule is reached.
  let counts: NameCounts | undefined;
  const nameCounts = (): NameCounts => (counts ??= countNames(open.map((c) => c.signature)));
  const windows = {
    event: options.eventWindowMs ?? DAY_MS,
    development: options.developmentWindowMs ?? DEVELOPMENT_WINDOW_MS,
  };
  let best: (Verdict & { readonly candidate: ClusterCandidate }) | null = null;
  for (const candidate of open) {
    const verdict = judge({ item, signature, itemTitle, nameCounts }, candidate, windows);
    if (best === null || ranksAbove(verdict, candidate, best, item.publishedAt))
      best = { candidate, ...verdict };
  }
  if (best === null || !best.joins) {
    const detail = best === null ? '' : `; closest ${best.candidate.storyId}: ${explain(best)}`;
    return { storyId: null, reason: `new story${detail}`, score: round(best?.score ?? 0) };
  }
  return { storyId: best.candidate.storyId, reason: explain(best), score: round(best.score) };
}

/**
 * A joining verdict beats a rejection, a story dated to the item's day one that is not, the
 * wave of attacks the item tells a single attack it resembles (see attack-wave.ts), a
 * story whose headlines tell the item's action one that only does not contradict it, a higher
 * score a lower one, then the nearer story in time.
 */
function ranksAbove(
  verdict: Verdict,
  candidate: ClusterCandidate,
  best: Verdict & { readonly candidate: ClusterCandidate },
  at: number,
): boolean {
  if (verdict.joins !== best.joins) return verdict.joins;
  if (verdict.sameDay !== best.sameDay) return verdict.sameDay;
  const wave = verdict.rule === 'same-wave';
  if (wave !== (best.rule === 'same-wave')) return wave;
  const agrees = verdict.frames === 'agree';
  if (agrees !== (best.frames === 'agree')) return agrees;
  if (verdict.score !== best.score) return verdict.score > best.score;
  return distance(candidate, at) < distance(best.candidate, at);
}

/** Both name places, and none of the item's is the story's. */
export function placesDiffer(item: StorySignature, story: StorySignature): boolean {
  return (
    item.places.length > 0 &&
    story.places.length > 0 &&
    !item.places.some((place) => story.places.includes(place))
  );
}

function distance(candidate: ClusterCandidate, at: number): number {
  return Math.abs(at - (candidate.lastPublishedAt ?? candidate.lastSeenAt));
}

function judge(judged: Judged, candidate: ClusterCandidate, windows: Windows): Verdict {
  const { item, signature, itemTitle } = judged;
  const story = candidate.signature;
  const text = similarity(signature, itemTitle, story);
  const facts = {
    frames: frameVerdict(signature, story),
    text,
    tag: sharedCount(signature.tags, story.tags) > 0,
    entities: listJaccard(signature.entities, story.entities),
    sameDay: (signature.days ?? []).some((day) => (story.days ?? []).includes(day)),
    placed: sharedCount(signature.places, story.places) > 0,
  };
  const frame = signature.frames?.[0];
  const lasting = facts.frames === 'agree' && frame !== undefined && !recurs(frame);
  const inDevelopment =
    withinDevelopment(item.publishedAt, signature, candidate, windows, lasting) ||
    (facts.frames === 'agree' && lateCoverage(item.publishedAt, signature, candidate));
  const rejected = (rule: Verdict['rule']): Verdict => ({
    joins: false,
    score: text / 2,
    rule,
    ...facts,
  });
  if (facts.frames === 'conflict') return rejected('different-action');
  const wave =
    facts.frames !== 'weak-conflict' && joinsWave(item.publishedAt, signature, candidate);
  if (!inDevelopment && !wave) return rejected('outside-window');
  const told = toldByLead(signature, story, facts.frames);
  const actors = actorVerdict(told, story);
  if (facts.frames === 'weak-conflict' && !reactsAgain(actors, signature, story))
    return rejected('different-action');
  // A reaction agrees with another statement of the same actors only (see action-lexicon.ts),
  // judged on what the item tells: its lead's frame when the lead settled the verdict.
  if (
    facts.frames === 'agree' &&
    actors !== 'same' &&
    told.frames?.[0] !== undefined &&
    agreesOnlyAsReaction(told.frames[0], story.frames ?? [])
  )
    return rejected('different-action');
  // A wire report updated with a new toll keeps its wording: the number decides first. A count
  // in words told with the story's day ("hundreds killed on Saturday") is the happening again.
  const sinceStart = item.publishedAt - (candidate.firstPublishedAt ?? candidate.firstSeenAt);
  const retold = facts.sameDay && tollInWordsOnly(item.title);
  if (
    (revisesToll(signature.tolls ?? [], story.tolls ?? [], sinceStart) && !retold) ||
    countsLate(signature, story, sinceStart)
  )
    return rejected('revised-toll');
  // Alike words about another place its headline names tell another happening ("attack on
  // the army camp in Kaya", then "in Dori"); a dateline alone ("Bamako:") is no place.
  const headlinePlaced = signature.places.some((p) => item.titleEntities?.includes(p) === true);
  if (headlinePlaced && placesDiffer(signature, story)) return rejected('different-place');
  if (
    text >= NEAR_DUPLICATE &&
    (facts.frames === 'agree' || nearDuplicateOfReport(signature, itemTitle, story))
  )
    return {
      joins: true,
      score: text,
      rule: 'near-duplicate',
      ...facts,
    };
  if (actors === 'differ') return rejected('different-actor');
  // Told as the same wave of attacks, it outranks a single attack it only resembles.
  if (wave) return { joins: true, score: 0.9 + 0.1 * facts.entities, rule: 'same-wave', ...facts };
  // One actor's statements about two places are two developments: "drone strike near Kidal,
  // junta says" and "convoy ambushed near Gao, junta says".
  if (placesDiffer(signature, story)) return rejected('different-place');
  const subjects = leadsAgree(signature, story);
  const sameAction =
    facts.frames === 'agree' &&
    (subjects === null
      ? facts.entities >= MIN_ENTITY_JACCARD
      : subjects && facts.entities >= SUBJECT_ENTITIES);
  if (sameAction)
    return {
      joins: true,
      score: 0.75 + 0.25 * facts.entities,
      rule: 'same-action',
      ...facts,
    };
  const span = {
    from: candidate.firstPublishedAt ?? candidate.firstSeenAt,
    to: candidate.lastPublishedAt ?? candidate.lastSeenAt,
  };
  return unframed(judged, story, span, windows.event, facts, {
    sameSubject: subjects === true,
    sameActor: actors === 'same' && !EVERYDAY_ACTORS.includes(signature.actors?.[0] ?? ''),
  });
}

/**
 * Whether the item and the story lead with the same actors (see `subjectsAgree`): on the
 * subjects each headline names bare when both name one, so a state named as the object of the
 * story's action ("recalls ambassadors from Algeria") is not taken for who acted.
 */
function leadsAgree(item: StorySignature, story: StorySignature): boolean | null {
  const [mine, theirs] = [item.leads ?? [], story.leads ?? []];
  if (mine.length > 0 && theirs.length > 0) return subjectsAgree(mine, theirs);
  return subjectsAgree(item.subjects ?? [], story.subjects ?? []);
}

const EMPTY_FRAME: ActionFrame = { heads: [], acts: [], negated: false };

/**
 * The item as its lead sentence tells it, when the lead settled a weak conflict (see
 * {@link frameVerdict}): "Ukraine-Russia war comes to Africa: attack in Mali" over "Ukraine's
 * intelligence has claimed responsibility for the ambush" is the claim, not the attack itself,
 * so the attack's actors do not part it from the claim's story.
 */
function toldByLead(
  item: StorySignature,
  story: StorySignature,
  verdict: FrameVerdict,
): StorySignature {
  const [headline, ...rest] = item.frames ?? [];
  if (item.leadFrame === undefined || headline === undefined) return item;
  const settled =
    verdict !== 'weak-conflict' &&
    compareWithStory(headline, story.frames ?? []) === 'weak-conflict';
  return settled ? { ...item, frames: [item.leadFrame, ...rest] } : item;
}

/**
 * The item's frame against the story's; a weak conflict (a headline without the verb of speech
 * or command the story's reports have) is settled by the item's lead sentence when it has one
 * and it tells the headline's act too ("staff leave Mali" over "the State Department ordered
 * staff to leave"). A lead that tells only what someone said of the act ("Mali broke relations
 * with Ukraine" over "the Ukrainian side rejects the accusations") is the report's angle, not
 * what it leads with.
 */
function frameVerdict(item: StorySignature, story: StorySignature): FrameVerdict {
  const frames = story.frames ?? [];
  const headline = item.frames?.[0] ?? EMPTY_FRAME;
  const verdict = compareWithStory(headline, frames);
  return verdict === 'weak-conflict' &&
    item.leadFrame !== undefined &&
    retells(item.leadFrame, headline) &&
    storyTellsActs(headline, frames)
    ? compareWithStory(item.leadFrame, frames)
    : verdict;
}
