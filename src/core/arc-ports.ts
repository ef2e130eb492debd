import type { Arc } from './story.js';

/**
 * The store port of arcs (developing situations). SQLite implements it beside the stories, in
 * the same database, so a story and its arc link are written in one transaction.
 * `signature` is the linking fingerprint, kept as JSON and given back as stored.
 */
export interface StoredArc<S = unknown> {
  readonly arc: Arc;
  readonly signature: S;
}

export interface ArcStore<S = unknown> {
  /**
   * Stores a new arc; its `storyIds` (usually one) get their `arc_id` set. `names` are the names
   * {@link ArcStore.arcsNamed} finds it by.
   */
  insertArc(arc: Arc, signature: S, names?: readonly string[]): void;
  /**
   * Appends a development to an arc and replaces the arc's titles, last-seen time and signature,
   * and its names when `names` is given.
   */
  addToArc(
    arcId: string,
    storyId: string,
    update: {
      readonly title: string;
      /** The French title; left as stored when absent. */
      readonly titleFr?: string;
      readonly lastSeenAt: number;
      readonly signature: S;
      readonly names?: readonly string[];
    },
  ): void;
  getArc(arcId: string): Arc | null;
  /** Arcs last seen at or after `since`, for linking new stories into. */
  recentArcs(since: number): readonly StoredArc<S>[];
  /** Arcs last seen at or after `since` that were stored with one of `names`. */
  arcsNamed(names: readonly string[], since: number): readonly StoredArc<S>[];
}
