/**
 * Event tags and the clustering facets of a matched item, read from the watchlist: topics
 * (`attack`, `coup`, `diplomacy`, …) are tags, places are places, the rest are entities.
 */
import type { EntityConfig, WatchlistConfig } from '../core/config-types.js';
import type { MatchResult } from '../core/match-types.js';

/** Topic entity ids of a match result, strongest first: the item's event tags. */
export function eventTags(result: MatchResult, watchlist: WatchlistConfig): string[] {
  return idsOfKind(result, watchlist, (kind) => kind === 'topic');
}

/** Entity, place and tag ids as `ClusterInput` wants them; `entities` leaves topics out. */
export interface ClusterFacets {
  readonly entities: string[];
  readonly places: string[];
  readonly tags: string[];
}

/** Splits a match result into clustering facets, keeping the matcher's strongest-first order. */
export function clusterFacets(result: MatchResult, watchlist: WatchlistConfig): ClusterFacets {
  return {
    entities: idsOfKind(result, watchlist, (kind) => kind !== 'topic'),
    places: idsOfKind(result, watchlist, (kind) => kind === 'place'),
    tags: eventTags(result, watchlist),
  };
}

function idsOfKind(
  result: MatchResult,
  watchlist: WatchlistConfig,
  keep: (kind: EntityConfig['kind']) => boolean,
): string[] {
  const kinds = new Map(watchlist.entities.map((e) => [e.id, e.kind]));
  return [...new Set(result.entities)].filter((id) => {
    const kind = kinds.get(id);
    return kind !== undefined && keep(kind);
  });
}
