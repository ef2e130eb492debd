/**
 * Digest ranking: a story told by more independent outlets, by better sources, about weightier
 * actors and more recently comes first.
 */
import type { WatchlistConfig } from '../core/config-types.js';
import { independentOutlets, type Arc, type Story } from '../core/story.js';

export interface RankOptions {
  readonly now: number;
  /** Entity id → weight (the watchlist's `weight`); absent ids weigh 1. */
  readonly entityWeights: Readonly<Record<string, number>>;
}

const HOUR = 3_600_000;
/** Recency halves every this many hours since the story's last report. */
const HALF_LIFE_HOURS = 12;
const TIER_FACTOR: Readonly<Record<1 | 2 | 3, number>> = { 1: 1, 2: 0.7, 3: 0.45 };

/** Entity weights of a watchlist, for {@link rankStories}. */
export function entityWeights(watchlist: WatchlistConfig): Record<string, number> {
  return Object.fromEntries(watchlist.entities.map((e) => [e.id, e.weight]));
}

/**
 * The ranking score, a product of four factors so none can be bought by another alone:
 * corroboration log2(1 + independent sources) (1 → 1, 2 → 1.58, 3 → 2), counted as posts label
 * them ({@link independentOutlets}: an outlet's feeds once, a wire story reprinted word for word
 * once, so ten reprints of one dispatch weigh as one report), best source tier (1, 0.7, 0.45),
 * entity weight (square root of the heaviest of the story's entities' weights, so a weighted
 * actor counts but does not outweigh corroboration; 1 if none is weighted) and recency
 * (0.5 + 0.5 × 2^(−hours since last report / 12)).
 */
export function scoreStory(story: Story, options: RankOptions): number {
  const corroboration = Math.log2(1 + Math.max(independentOutlets(story.sources), 1));
  const bestTier = Math.min(...story.sources.map((s) => s.tier), 3) as 1 | 2 | 3;
  const weights = story.entities.map((id) => options.entityWeights[id] ?? 1);
  const weight = Math.sqrt(weights.length === 0 ? 1 : Math.max(0, ...weights));
  const ageHours = Math.max(0, options.now - story.lastSeenAt) / HOUR;
  const recency = 0.5 + 0.5 * 2 ** (-ageHours / HALF_LIFE_HOURS);
  return corroboration * TIER_FACTOR[bestTier] * weight * recency;
}

/** Stories best first; ties go to the more recent story, then to the smaller id, so the order is stable. */
export function rankStories(stories: readonly Story[], options: RankOptions): Story[] {
  return stories
    .map((story) => ({ story, score: scoreStory(story, options) }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.story.lastSeenAt - a.story.lastSeenAt ||
        compare(a.story.id, b.story.id),
    )
    .map(({ story }) => story);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A digest slot: one story, or the developments of one arc in the window, in arc order. */
export interface RankedGroup {
  /** The arc the stories belong to; null for a story outside any known arc. */
  readonly arc: Arc | null;
  /** At least one story; an arc's in the order of its developments. */
  readonly stories: readonly Story[];
}

/**
 * Digest slots best first: a developing situation takes one slot, ranked by its best story
 * ({@link rankStories}), and lists its developments in the order they began, so a reader
 * follows it in one place instead of finding it scattered. Stories whose arc is not among
 * `arcs` stand alone.
 */
export function rankGroups(
  stories: readonly Story[],
  arcs: readonly Arc[],
  options: RankOptions,
): RankedGroup[] {
  const arcById = new Map(arcs.map((arc) => [arc.id, arc]));
  const groups = new Map<string, { arc: Arc | null; stories: Story[] }>();
  for (const story of rankStories(stories, options)) {
    const arc = typeof story.arcId === 'string' ? arcById.get(story.arcId) : undefined;
    const key = arc === undefined ? `story:${story.id}` : `arc:${arc.id}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { arc: arc ?? null, stories: [story] });
    else group.stories.push(story);
  }
  return [...groups.values()].map(({ arc, stories: members }) => ({
    arc,
    stories: arc === null ? members : inArcOrder(members, arc),
  }));
}

/** Developments in the arc's order; any the arc does not list follow by first sighting. */
function inArcOrder(stories: readonly Story[], arc: Arc): Story[] {
  const position = (story: Story): number => {
    const index = arc.storyIds.indexOf(story.id);
    return index < 0 ? arc.storyIds.length : index;
  };
  return [...stories].sort(
    (a, b) => position(a) - position(b) || a.firstSeenAt - b.firstSeenAt || compare(a.id, b.id),
  );
}
