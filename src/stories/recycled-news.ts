/**
 * Recycled news: an old report under a new timestamp is recognised so that it is never posted
 * as new (it may still be filed under the story it repeats).
 */
import type { ClusterCandidate, ClusterInput, StorySignature } from './cluster-stories.js';
import { textSimilarity } from './cluster-stories.js';
import { countsNothingNew } from './late-reprint.js';

export interface RecycleOptions {
  readonly windowMs: number;
  readonly now: number;
  /** An item published this long before it was first seen is old news. Default `windowMs`. */
  readonly maxAgeMs?: number;
}

export interface RecycleVerdict {
  readonly recycled: boolean;
  readonly reason: string;
  /** The earlier story it repeats, when one was found. */
  readonly storyId: string | null;
}

/**
 * Recognises old news under a new timestamp: an item published long before it was first
 * seen, or a near-duplicate of a story first seen more than `windowMs` ago that states no toll
 * and names no day the story did not. Pass candidates
 * from a longer look-back than `assignStory` gets (e.g. the retention period). A recycled item
 * may be attached to the old story but is never posted as new.
 */
export function isRecycled(
  item: ClusterInput & { readonly firstSeenAt: number },
  signature: StorySignature,
  candidates: readonly ClusterCandidate[],
  options: RecycleOptions,
): RecycleVerdict {
  const maxAge = options.maxAgeMs ?? options.windowMs;
  const age = item.firstSeenAt - item.publishedAt;
  if (age > maxAge) {
    return {
      recycled: true,
      reason: `published ${formatAge(age)} before it was first seen`,
      storyId: null,
    };
  }
  let best: { storyId: string; text: number } | null = null;
  for (const candidate of candidates) {
    if (candidate.firstSeenAt >= options.now - options.windowMs) continue;
    const text = textSimilarity(signature, candidate.signature);
    // The same words with a new toll or day are an update, not the old report again.
    if (text < RECYCLED_DUPLICATE || !countsNothingNew(signature, candidate.signature)) continue;
    if (best === null || text > best.text) best = { storyId: candidate.storyId, text };
  }
  if (best === null) return { recycled: false, reason: 'fresh', storyId: null };
  return {
    recycled: true,
    reason: `repeats story ${best.storyId} (text ${round(best.text)})`,
    storyId: best.storyId,
  };
}

/** Stricter than joining: a recycled item repeats the old report almost word for word. */
const RECYCLED_DUPLICATE = 0.7;

function formatAge(ms: number): string {
  const hours = Math.round(ms / 3_600_000);
  return hours >= 48 ? `${Math.round(hours / 24)} days` : `${hours} h`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
