/** Where a development stands in its arc, as alerts show it and platforms thread it. */
import type { Language } from '../core/config-types.js';
import type { ArcMark } from '../core/message.js';
import { firstPublication, type Arc, type Story } from '../core/story.js';
import { orderSources } from './story-card.js';

/** The arc's developments an arc mark names, as the store gives them back (null: pruned). */
export interface ArcNeighbours {
  /** The arc's first development: its first publication is when the situation began. */
  readonly first: Story | null;
  /** The development just before this one in the arc. */
  readonly previous: Story | null;
}

/**
 * The arc mark of development `storyId`: its 1-based position in `arc.storyIds`, the first
 * publication of the arc's first development (the arc's first sighting when that story is
 * gone) and the previous development's title and link as the reader's digest card would show
 * them (best source, in the reader's language first). Null when the arc does not list the
 * story, so a message never claims a place it does not have.
 */
export function buildArcMark(
  arc: Arc,
  storyId: string,
  neighbours: ArcNeighbours,
  locale: Language,
): ArcMark | null {
  const index = arc.storyIds.indexOf(storyId);
  if (index < 0) return null;
  const { first, previous } = neighbours;
  return {
    id: arc.id,
    title: arcTitleIn(arc, locale),
    position: index + 1,
    since: first === null ? arc.firstSeenAt : firstPublication(first),
    previous: index === 0 || previous === null ? null : previousOf(previous, locale),
  };
}

function previousOf(story: Story, locale: Language): NonNullable<ArcMark['previous']> {
  const best = orderSources(story, locale)[0];
  return {
    storyId: story.id,
    title: best?.title ?? story.title,
    url: best === undefined ? story.url : (best.url ?? story.url),
  };
}

/**
 * The arc's title in the reader's language: French readers get the French title, or the English
 * one for an arc stored before French titles were kept.
 */
export function arcTitleIn(arc: Pick<Arc, 'title' | 'titleFr'>, locale: Language): string {
  return locale === 'fr' ? (arc.titleFr ?? arc.title) : arc.title;
}

/** The ids of the developments {@link buildArcMark} needs for `storyId`: the first and the previous. */
export function arcNeighbourIds(
  arc: Arc,
  storyId: string,
): { readonly first: string | null; readonly previous: string | null } {
  const index = arc.storyIds.indexOf(storyId);
  return {
    first: arc.storyIds[0] ?? null,
    previous: index > 0 ? (arc.storyIds[index - 1] ?? null) : null,
  };
}
