/**
 * Late reprints: an outlet that republishes a report days later, after its story has closed,
 * tells nothing new, nor does a report a week on that tells the settled toll again in other words,
 * nor one that tells the happening again as late coverage or dated to before its story began.
 * Each joins the closed story it repeats and never alerts. Pure.
 */
import type { ClusterCandidate } from './cluster-stories.js';
import { foldString } from '../core/fold-text.js';
import { compareWithStory } from './frame-compare.js';
import { NEAR_DUPLICATE, textSimilarity, type StorySignature } from './story-signature.js';
import { incident } from './action-frame.js';
import { namedDates } from './happening-day.js';
import { lateCoverage } from './story-windows.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What a late retelling is judged on besides its signature. */
export interface LateItem {
  readonly title: string;
  readonly summary: string;
  readonly publishedAt: number;
}

export interface LateReprint {
  readonly storyId: string;
  /** One line for logs and `--explain`. */
  readonly reason: string;
}

/**
 * The closed story (last report older than `windowMs` before `now`) whose reports the item
 * repeats nearly word for word, or null. Being a near-duplicate is not enough: a reprint tells
 * the same happening, so its headline's action must not conflict with the story's, it counts
 * no dead the story did not count, and it names no day the story did not name. A new attack
 * weeks later in the same words ("gunmen kill soldiers in western Niger") has its own toll or
 * day, or is told in other words by most outlets; the caller only asks when the item would
 * otherwise start a new story.
 */
export function lateReprintOf(
  signature: StorySignature,
  candidates: readonly ClusterCandidate[],
  options: {
    readonly windowMs: number;
    readonly now: number;
    /** The item's headline and publication time: a late retelling is judged on them. */
    readonly item?: LateItem;
  },
): LateReprint | null {
  let best: { readonly storyId: string; readonly text: number; readonly how: string } | null = null;
  for (const candidate of candidates) {
    if (candidate.lastSeenAt >= options.now - options.windowMs) continue;
    const story = candidate.signature;
    const text = textSimilarity(signature, story);
    const reprint = text >= NEAR_DUPLICATE && tellsSameHappening(signature, story);
    const recount = !reprint && recountsToll(signature, candidate);
    const retold =
      !reprint &&
      !recount &&
      options.item !== undefined &&
      (retellsLate(signature, candidate, options.item) ||
        retellsDated(signature, candidate, options.item));
    if (!reprint && !recount && !retold) continue;
    const how = reprint ? 'late reprint' : recount ? 'toll told again' : 'happening told again';
    if (best === null || text > best.text) best = { storyId: candidate.storyId, text, how };
  }
  if (best === null) return null;
  return {
    storyId: best.storyId,
    reason: `${best.how} of closed story ${best.storyId} (text ${Math.round(best.text * 100) / 100})`,
  };
}

/**
 * A count of the dead told again after its story closed, in other words: a report a week on
 * that names the happening's own day, before the story began ("300 to 400 killed in Saturday's
 * attack on Barsalogho"), in the same place, with a count the story already gave and none
 * above its highest, retells the settled toll and is no new development. A new attack there
 * happens after the story began, and a higher count is a revision.
 */
function recountsToll(item: StorySignature, candidate: ClusterCandidate): boolean {
  const story = candidate.signature;
  const tolls = item.tolls ?? [];
  const told = story.tolls ?? [];
  if (tolls.length === 0 || told.length === 0) return false;
  if (!tolls.some((toll) => told.includes(toll)) || Math.max(...tolls) > Math.max(...told))
    return false;
  const began = Math.floor((candidate.firstPublishedAt ?? candidate.firstSeenAt) / DAY_MS);
  const days = item.days ?? [];
  if (days.length === 0 || days.some((day) => day >= began)) return false;
  if (!item.places.some((place) => story.places.includes(place))) return false;
  const frame = item.frames?.[0];
  return frame !== undefined && compareWithStory(frame, story.frames ?? []) === 'agree';
}

/**
 * The happening told again within a week, after its story closed: a headline that tells only
 * the violence, with no side acting in it, at a place the story's reports name, on none but
 * their days and with no count they did not give ("Massacre in Burkina Faso: Fulani herders
 * targeted" a week after the killings near Solenzo were first told) is late coverage (see
 * `lateCoverage`), the same as when the story was still open. Another attack there is told with
 * its own toll or day, or as new ("nouvelle attaque", "another attack", "again").
 */
function retellsLate(item: StorySignature, candidate: ClusterCandidate, at: LateItem): boolean {
  if (NEW_AGAIN.test(foldString(at.title))) return false;
  if (!lateCoverage(at.publishedAt, item, candidate)) return false;
  const frame = item.frames?.[0];
  const story = candidate.signature;
  return (
    frame !== undefined &&
    compareWithStory(frame, story.frames ?? []) === 'agree' &&
    countsNothingNew(item, story)
  );
}

/**
 * The happening told again with its own dates, however late: a report that names no side
 * acting, at a place the story's reports name, whose text dates what it tells only to days
 * before the story began ("les vidéos, tournées les 10 et 11 mars près de Solenzo" three weeks
 * after the first report of 12 March), with no count the story did not give, retells what the
 * story told. Another attack there happens after the story began, and is dated so.
 */
function retellsDated(item: StorySignature, candidate: ClusterCandidate, at: LateItem): boolean {
  if (NEW_AGAIN.test(foldString(at.title))) return false;
  const story = candidate.signature;
  const frame = item.frames?.[0];
  if (frame !== undefined && compareWithStory(frame, story.frames ?? []) !== 'agree') return false;
  if ((item.actors ?? []).length > 0) return false;
  const frames = story.frames ?? [];
  if (frames.length === 0 || !frames.every((f) => incident(f))) return false;
  if (!item.places.some((place) => story.places.includes(place))) return false;
  const tolls = story.tolls ?? [];
  if ((item.tolls ?? []).some((toll) => !tolls.includes(toll))) return false;
  const began = Math.floor((candidate.firstPublishedAt ?? candidate.firstSeenAt) / DAY_MS);
  const days = namedDates(`${at.title}. ${at.summary}`, at.publishedAt, DATED_DAYS_BACK);
  return days.length > 0 && days.every((day) => day < began);
}

/** How far back a retelling's dates are read: the look-back of closed stories. */
const DATED_DAYS_BACK = 31;

/** A headline that tells its happening as another one: "new attack", "nouvelle attaque", "again". */
const NEW_AGAIN =
  /(?<![\p{L}\p{N}])(?:new|another|fresh|renewed|again|second|nouveaux?|nouvel(?:le)?s?|autre|encore|de nouveau|a nouveau|deuxieme|seconde)(?![\p{L}\p{N}])/u;

function tellsSameHappening(item: StorySignature, story: StorySignature): boolean {
  const frame = item.frames?.[0];
  if (frame !== undefined) {
    const verdict = compareWithStory(frame, story.frames ?? []);
    if (verdict === 'conflict' || verdict === 'weak-conflict') return false;
  }
  return countsNothingNew(item, story);
}

/**
 * True when `item` states no toll and names no day that `story` did not: a near-duplicate that
 * does ("the toll rises to 30", "on Tuesday" after Sunday's report) tells something new.
 */
export function countsNothingNew(item: StorySignature, story: StorySignature): boolean {
  const tolls = story.tolls ?? [];
  if ((item.tolls ?? []).some((toll) => !tolls.includes(toll))) return false;
  const days = story.days ?? [];
  return (item.days ?? []).every((day) => days.includes(day));
}
