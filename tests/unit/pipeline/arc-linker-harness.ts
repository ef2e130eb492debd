import { afterEach } from 'vitest';
import type { StoredItem } from '../../../src/core/store-ports.js';
import type { Story } from '../../../src/core/story.js';
import { matchResultOf, titleEntities } from '../../../src/pipeline/cluster-items.js';
import { createArcLinker } from '../../../src/pipeline/link-story-arcs.js';
import type { ArcInput } from '../../../src/stories/arc-signature.js';
import { clusterFacets } from '../../../src/stories/event-tags.js';
import { openDatabase, type SqliteDatabase } from '../../../src/store/open-database.js';
import { createSqliteArcStore } from '../../../src/store/sqlite-arc-store.js';
import { createSqliteStoryStore } from '../../../src/store/sqlite-story-store.js';
import { T0, config } from '../../integration/delivery/pipeline-harness.js';

/**
 * An arc linker over a fresh in-memory store, as clustering drives it: shared by the tests of
 * src/pipeline/link-story-arcs.ts. Importing it closes each test's database after the test.
 */
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

let db: SqliteDatabase | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
});

/** What clustering hands the linker for an item. */
export function arcInput(report: StoredItem): ArcInput {
  const facets = clusterFacets(matchResultOf(report.matches), config.watchlist);
  return {
    title: report.title,
    summary: report.summary,
    titleEntities: titleEntities(report.matches),
    entities: facets.entities,
    tags: facets.tags,
    matches: report.matches,
  };
}

/** A story of `report` as clustering starts it (only what arc linking reads matters). */
export function storyOf(report: StoredItem): Story {
  return {
    id: `st-${report.id}`,
    firstSeenAt: report.firstSeenAt,
    lastSeenAt: report.firstSeenAt,
    leadItemId: report.id,
    title: report.title,
    url: report.url,
    summary: report.summary,
    lang: 'fr',
    tags: [],
    entities: [],
    countries: [],
    sources: [],
  };
}

/**
 * An arc linker over a fresh store (after `before` wrote what it was to hold), and `file`: links
 * a new story of `report` and stores both as clustering does. Reports then join stories through
 * `linker.touch`.
 */
export function setup(
  before?: (stored: {
    arcs: ReturnType<typeof createSqliteArcStore>;
    stories: ReturnType<typeof createSqliteStoryStore>;
  }) => void,
) {
  const opened = openDatabase({ path: ':memory:' });
  db = opened;
  const arcs = createSqliteArcStore(opened);
  const stories = createSqliteStoryStore(opened);
  before?.({ arcs, stories });
  const created = createArcLinker({ config, arcs }, T0 + 5 * HOUR);
  if (created === null) throw new Error('no linker with an arc store');
  const linker = created;
  function file(report: StoredItem) {
    const placed = linker.link(storyOf(report), arcInput(report));
    stories.insert(placed.story, {});
    linker.commit(placed);
    return placed;
  }
  return { arcs, linker, file };
}
