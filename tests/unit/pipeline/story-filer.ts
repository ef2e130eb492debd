import { onTestFinished } from 'vitest';
import type { StoredItem } from '../../../src/core/store-ports.js';
import { clusterItems, type ClusterDeps } from '../../../src/pipeline/cluster-items.js';
import type { StorySignature } from '../../../src/stories/cluster-stories.js';
import { openDatabase, type SqliteDatabase } from '../../../src/store/open-database.js';
import { createSqliteArcStore } from '../../../src/store/sqlite-arc-store.js';
import { createSqliteStoryStore } from '../../../src/store/sqlite-story-store.js';
import { config } from '../../integration/delivery/pipeline-harness.js';

export interface FilerOptions {
  /** Keep arcs too (an arc store beside the story store). */
  readonly arcs?: boolean;
  /** Feed tiers by feed id; 2 for a feed not named. */
  readonly tiers?: Readonly<Record<string, 1 | 2 | 3>>;
}

/**
 * Clustering over an in-memory SQLite store with the default configuration: `file` files one
 * item as a poll does, a minute after it was first seen. Call it inside a test: the store is
 * closed when the test finishes.
 */
export function openFiler(options: FilerOptions = {}) {
  const db: SqliteDatabase = openDatabase({ path: ':memory:' });
  onTestFinished(() => {
    db.close();
  });
  const stories = createSqliteStoryStore<StorySignature>(db);
  const arcs = createSqliteArcStore(db);
  const deps: ClusterDeps = {
    config,
    stories,
    ...(options.arcs === true ? { arcs } : {}),
    feedInfo: (feedId) => ({ name: feedId, tier: options.tiers?.[feedId] ?? 2 }),
  };
  const file = (next: StoredItem) => {
    const [result] = clusterItems(deps, [next], new Map(), next.firstSeenAt + 60_000);
    if (result === undefined) throw new Error(`${next.id} was not filed`);
    return result;
  };
  return { db, stories, arcs, file };
}
