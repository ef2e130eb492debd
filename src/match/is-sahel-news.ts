import type { EntityKind } from '../core/config-types.js';

/**
 * The one meaning of "matched": whether an item is Sahel news. The pipeline makes stories only of
 * such items, `sahel-digest match` prints this decision as `relevant`, and `/sahel explain`
 * answers with it.
 *
 * An item is Sahel news when the watchlist accepted at least one actor, place or state that is
 * not context-only. Topics (attack, election, …) describe events anywhere: an attack in Sudan
 * matches `attack` and is not Sahel news. Context-only states (Russia, France, …) are accepted
 * only in items the matcher already anchored in the Sahel, but they appear as often in news from
 * elsewhere, so on their own they do not make an item relevant either.
 */

/** What relevance needs to know of a watchlist entity; `EntityConfig` and compiled entities have it. */
export interface RelevanceFacts {
  readonly id: string;
  readonly kind: EntityKind;
  readonly contextOnly: boolean;
}

/** A watchlist as relevance reads it: the configured `WatchlistConfig` or a compiled one. */
export interface RelevanceWatchlist {
  readonly entities: readonly RelevanceFacts[];
}

/** How the entities an item matched divide, for output and explanations. */
export interface Relevance {
  readonly relevant: boolean;
  /** The actors, places and states that make the item Sahel news, in the order given. */
  readonly entities: readonly string[];
  /** The event topics, in the order given. */
  readonly topics: readonly string[];
  /** Context-only states, in the order given. */
  readonly context: readonly string[];
}

/** True when an entity of this kind, on its own, makes an item Sahel news. */
export function makesSahelNews(
  entity: Pick<RelevanceFacts, 'kind' | 'contextOnly'> | undefined,
): boolean {
  return entity !== undefined && entity.kind !== 'topic' && !entity.contextOnly;
}

const byIdCache = new WeakMap<readonly RelevanceFacts[], ReadonlyMap<string, RelevanceFacts>>();

function entitiesById(watchlist: RelevanceWatchlist): ReadonlyMap<string, RelevanceFacts> {
  let byId = byIdCache.get(watchlist.entities);
  if (byId === undefined) {
    byId = new Map(watchlist.entities.map((e) => [e.id, e]));
    byIdCache.set(watchlist.entities, byId);
  }
  return byId;
}

/**
 * True when the matched entity ids (a `MatchResult`'s `entities`, or the entities of stored
 * matches; repeats are fine) make the item Sahel news. Ids the watchlist does not define count
 * for nothing.
 */
export function isSahelNews(entityIds: Iterable<string>, watchlist: RelevanceWatchlist): boolean {
  const byId = entitiesById(watchlist);
  for (const id of entityIds) if (makesSahelNews(byId.get(id))) return true;
  return false;
}

/** The matched entity ids divided into what makes the item relevant, topics and context states. */
export function classifyEntities(
  entityIds: Iterable<string>,
  watchlist: RelevanceWatchlist,
): Relevance {
  const byId = entitiesById(watchlist);
  const entities: string[] = [];
  const topics: string[] = [];
  const context: string[] = [];
  for (const id of new Set(entityIds)) {
    const entity = byId.get(id);
    if (makesSahelNews(entity)) entities.push(id);
    else if (entity?.kind === 'topic') topics.push(id);
    else if (entity !== undefined) context.push(id);
  }
  return { relevant: entities.length > 0, entities, topics, context };
}

/**
 * The decision and its reason in one line: `relevant: kidal, mali; topics: attack` or
 * `not relevant: only topics (attack) and context-only entities (russia), no Sahel actor, place or state` or
 * `not relevant: no watchlist match`.
 */
export function describeRelevance(relevance: Relevance): string {
  if (relevance.relevant) {
    const topics = relevance.topics.length > 0 ? `; topics: ${relevance.topics.join(', ')}` : '';
    return `relevant: ${relevance.entities.join(', ')}${topics}`;
  }
  const parts: string[] = [];
  if (relevance.topics.length > 0) parts.push(`topics (${relevance.topics.join(', ')})`);
  if (relevance.context.length > 0)
    parts.push(`context-only entities (${relevance.context.join(', ')})`);
  if (parts.length === 0) return 'not relevant: no watchlist match';
  return `not relevant: only ${parts.join(' and ')}, no Sahel actor, place or state`;
}
