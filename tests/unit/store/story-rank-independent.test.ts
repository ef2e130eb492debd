import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteStore, type SqliteStore } from '../../../src/store/create-sqlite-store.js';
import { createSqliteReadQueries } from '../../../src/store/sqlite-read-queries.js';
import { createSqliteStoryStore } from '../../../src/store/sqlite-story-store.js';
import { source, story } from '../digest/make-story.js';

const DISPATCH = 'Mali: army says it repelled an attack on a base near Boulkessi';

describe('the rank table counts independent sources, as the digest ranking does', () => {
  let store: SqliteStore;
  beforeEach(() => {
    store = createSqliteStore({ path: ':memory:' });
  });
  afterEach(() => store.close());

  const outlets = (): number | undefined =>
    createSqliteReadQueries(store.db).storiesAbout(['mali'], 0)[0]?.outlets;

  it('counts word-for-word reprints of one dispatch once, then a report in other words as a second', () => {
    const stories = createSqliteStoryStore(store.db);
    const reprinted = story('a', {
      countries: ['mali'],
      sources: ['Sahel Wire', 'Mali Web', 'Bamako News'].map((o) => source(o, { title: DISPATCH })),
    });
    stories.insert(reprinted, null);
    expect(outlets()).toBe(1);
    stories.update(
      {
        ...reprinted,
        sources: [
          ...reprinted.sources,
          source('Studio Tamani', { title: 'Boulkessi : le camp militaire attaqué' }),
        ],
      },
      null,
    );
    expect(outlets()).toBe(2);
  });

  it('counts the editions of one outlet once', () => {
    createSqliteStoryStore(store.db).insert(
      story('b', {
        countries: ['mali'],
        sources: [
          source('RFI English — Africa'),
          source('RFI — Afrique', { lang: 'fr', title: 'Attaque près de Boulkessi' }),
        ],
      }),
      null,
    );
    expect(outlets()).toBe(1);
  });
});
