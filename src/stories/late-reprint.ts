/**
 * Late reprints: an outlet that republishes a report days later, after its story has closed,
 * tells nothing new. Such a reprint joins the closed story it repeats and never alerts. Pure.
 */
import type { ClusterCandidate } from './cluster-stories.js';
import { compareWithStory } from './frame-compare.js';
import { NEAR_DUPLICATE, textSimilarity, type StorySignature } from './story-signature.js';

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
  options: { readonly windowMs: number; readonly now: number },
): LateReprint | null {
  let best: { readonly storyId: string; readonly text: number } | null = null;
  for (const candidate of candidates) {
    if (candidate.lastSeenAt >= options.now - options.windowMs) continue;
    const story = candidate.signature;
    const text = textSimilarity(signature, story);
    if (text < NEAR_DUPLICATE || !tellsSameHappening(signature, story)) continue;
    if (best === null || text > best.text) best = { storyId: candidate.storyId, text };
  }
  if (best === null) return null;
  return {
    storyId: best.storyId,
    reason: `late reprint of closed story ${best.storyId} (text ${Math.round(best.text * 100) / 100})`,
  };
}

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
