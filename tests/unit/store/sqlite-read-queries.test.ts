import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Story } from '../../../src/core/story.js';
import { createSqliteStore, type SqliteStore } from '../../../src/store/create-sqlite-store.js';
import { migrations } from '../../../src/store/migrations/index.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { createSqliteReadQueries } from '../../../src/store/sqlite-read-queries.js';
import { createSqliteStoryStore } from '../../../src/store/sqlite-story-store.js';
import { story, source } from '../digest/make-story.js';

describe('read queries over migration 005', () => {
  let store: SqliteStore;
  beforeEach(() => {
    store = createSqliteStore({ path: ':memory:' });
  });
  afterEach(() => store.close());

  const insert = (value: Story): void => void createSqliteStoryStore(store.db).insert(value, null);

  it('finds stories by entity, country or tag, and follows updates and pruning', () => {
    const stories = createSqliteStoryStore(store.db);
    const queries = createSqliteReadQueries(store.db);
    insert(
      story('a', { entities: ['kidal'], countries: ['mali'], tags: ['attack'], lastSeenAt: 1_000 }),
    );
    insert(story('b', { entities: ['gao'], countries: ['mali'], lastSeenAt: 2_000 }));
    expect(queries.storiesAbout(['kidal'], 0).map((r) => r.id)).toEqual(['a']);
    expect(
      queries
        .storiesAbout(['mali'], 0)
        .map((r) => r.id)
        .sort(),
    ).toEqual(['a', 'b']);
    expect(queries.storiesAbout(['mali'], 1_500).map((r) => r.id)).toEqual(['b']);
    expect(queries.storiesAbout(['mali'], 0, 'attack').map((r) => r.id)).toEqual(['a']);
    expect(queries.storiesNaming(['mali'], 5)).toEqual(['b', 'a']);

    stories.update(
      story('a', { entities: ['kidal', 'jnim'], countries: ['mali'], tags: [], lastSeenAt: 3_000 }),
      null,
    );
    expect(queries.storiesAbout(['jnim'], 2_500)).toMatchObject([
      { id: 'a', lastSeenAt: 3_000, entitiesJson: null },
    ]);
    expect(queries.storiesAbout(['jnim'], 2_500, undefined, true)).toMatchObject([
      { id: 'a', entitiesJson: '["kidal","jnim"]' },
    ]);
    expect(queries.storiesAbout(['mali'], 0, 'attack')).toEqual([]);
    expect(queries.storiesNaming(['mali'], 1)).toEqual(['a']);

    expect(stories.prune(2_500)).toBe(1);
    expect(queries.storiesAbout(['mali'], 0).map((r) => r.id)).toEqual(['a']);
    expect(
      store.db
        .prepare(
          'SELECT COUNT(*) FROM story_subjects WHERE story_seq NOT IN (SELECT seq FROM stories)',
        )
        .pluck()
        .get(),
    ).toBe(0);
  });

  it('counts distinct outlets and the best tier as sources arrive', () => {
    const stories = createSqliteStoryStore(store.db);
    const queries = createSqliteReadQueries(store.db);
    const first = story('a', { countries: ['mali'], sources: [source('RFI', { tier: 2 })] });
    insert(first);
    expect(queries.storiesAbout(['mali'], 0)).toMatchObject([{ outlets: 1, bestTier: 2 }]);
    stories.update(
      {
        ...first,
        sources: [
          ...first.sources,
          source('RFI', { itemId: 'rfi-2', tier: 2 }),
          source('AFP', { tier: 1 }),
        ],
      },
      null,
    );
    expect(queries.storiesAbout(['mali'], 0)).toMatchObject([{ outlets: 2, bestTier: 1 }]);
  });
});

describe('migration 005 on a database with stories', () => {
  it('copies the stories already stored into the read tables', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sahel-005-'));
    const path = join(dir, 'db.sqlite');
    try {
      const old = openDatabase({ path, migrations: migrations.slice(0, 4) });
      insertAsVersion4(
        old,
        'a',
        ['mali'],
        [
          { itemId: 'rfi-1', outlet: 'RFI', tier: 2 },
          { itemId: 'afp-1', outlet: 'AFP', tier: 1 },
        ],
      );
      old.close();
      const db = openDatabase({ path });
      expect(createSqliteReadQueries(db).storiesAbout(['mali'], 0)).toMatchObject([
        { id: 'a', outlets: 2, bestTier: 1 },
      ]);
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** A story and its sources written as the schema of migration 004 stored them. */
function insertAsVersion4(
  db: Database.Database,
  id: string,
  countries: readonly string[],
  sources: readonly { itemId: string; outlet: string; tier: number }[],
): void {
  db.prepare(
    `INSERT INTO stories (id, first_seen_at, last_seen_at, lead_item_id, title, url, summary,
       lang, tags, entities, countries, signature)
     VALUES (?, 1, 1, ?, 'Title', NULL, '', 'en', '[]', '[]', ?, 'null')`,
  ).run(id, sources[0]?.itemId ?? '', JSON.stringify(countries));
  sources.forEach((s, position) => {
    db.prepare(
      `INSERT INTO story_items (story_id, item_id, position, feed_id, outlet, url, title, lang,
         tier, published_at)
       VALUES (?, ?, ?, 'feed', ?, NULL, 'Title', 'en', ?, 1)`,
    ).run(id, s.itemId, position, s.outlet, s.tier);
  });
}
