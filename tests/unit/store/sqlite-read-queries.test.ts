import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Story } from '../../../src/core/story.js';
import { createSqliteStore, type SqliteStore } from '../../../src/store/create-sqlite-store.js';
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
    expect(queries.storiesAbout(['jnim'], 2_500).map((r) => r.id)).toEqual(['a']);
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
