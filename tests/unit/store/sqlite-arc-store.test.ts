import { describe, expect, it } from 'vitest';
import type { Arc, Story } from '../../../src/core/story.js';
import { createSqliteStore } from '../../../src/store/create-sqlite-store.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { createSqliteArcStore } from '../../../src/store/sqlite-arc-store.js';
import { createSqliteStoryStore } from '../../../src/store/sqlite-story-store.js';

const story = (id: string, at: number, extra: Partial<Story> = {}): Story => ({
  id,
  firstSeenAt: at,
  lastSeenAt: at,
  leadItemId: `${id}-1`,
  title: `Story ${id}`,
  url: null,
  summary: 'Summary.',
  lang: 'en',
  tags: ['coup'],
  entities: ['niamey', 'niger'],
  countries: ['niger'],
  sources: [
    {
      itemId: `${id}-1`,
      feedId: 'rfi',
      outlet: 'RFI',
      url: null,
      title: `Story ${id}`,
      lang: 'en',
      tier: 1,
      publishedAt: at,
    },
  ],
  ...extra,
});

const arc = (
  id: string,
  storyIds: string[],
  firstSeenAt: number,
  lastSeenAt = firstSeenAt,
): Arc => ({
  id,
  title: 'Niger coup',
  firstSeenAt,
  lastSeenAt,
  storyIds,
});

function stores() {
  const db = openDatabase({ path: ':memory:' });
  return {
    db,
    stories: createSqliteStoryStore(db),
    arcs: createSqliteArcStore<{ keys: string[] }>(db),
  };
}

describe('SQLite arc store', () => {
  it('keeps an arc with its developments in the order they began, and marks each story', () => {
    const { stories, arcs } = stores();
    stories.insert(story('s1', 100), null);
    stories.insert(story('s2', 300), null);
    stories.insert(story('s3', 200), null);
    arcs.insertArc(arc('a1', ['s1'], 100), { keys: ['niger'] });
    arcs.addToArc('a1', 's2', {
      title: 'Niger coup',
      lastSeenAt: 300,
      signature: { keys: ['coup'] },
    });
    arcs.addToArc('a1', 's3', {
      title: 'Niger junta',
      lastSeenAt: 200,
      signature: { keys: ['junta'] },
    });
    expect(arcs.getArc('a1')).toEqual({
      id: 'a1',
      title: 'Niger junta',
      firstSeenAt: 100,
      lastSeenAt: 300,
      storyIds: ['s1', 's3', 's2'],
    });
    expect(stories.get('s3')?.story.arcId).toBe('a1');
    expect(arcs.recentArcs(0)[0]?.signature).toEqual({ keys: ['junta'] });
  });

  it('lists only arcs last seen at or after the cut-off, each with its own stories', () => {
    const { stories, arcs } = stores();
    for (const [id, at] of [
      ['s1', 100],
      ['s2', 500],
      ['s3', 600],
    ] as const)
      stories.insert(story(id, at), null);
    arcs.insertArc(arc('old', ['s1'], 100), { keys: [] });
    arcs.insertArc(arc('new', ['s2', 's3'], 500, 600), { keys: ['x'] });
    const recent = arcs.recentArcs(500);
    expect(recent.map((r) => [r.arc.id, r.arc.storyIds])).toEqual([['new', ['s2', 's3']]]);
    expect(arcs.getArc('missing')).toBeNull();
  });

  it('refuses to add a development to an arc that does not exist', () => {
    const { stories, arcs } = stores();
    stories.insert(story('s1', 100), null);
    expect(() =>
      arcs.addToArc('ghost', 's1', { title: 't', lastSeenAt: 1, signature: { keys: [] } }),
    ).toThrow('arc ghost not found');
    expect(stories.get('s1')?.story.arcId).toBeNull();
  });

  it('reads back the kind of a story and leaves its arc to the arc store on update', () => {
    const { stories, arcs } = stores();
    stories.insert(story('s1', 100, { kind: 'analysis' }), null);
    arcs.insertArc(arc('a1', ['s1'], 100), { keys: [] });
    stories.update(story('s1', 100, { lastSeenAt: 150, kind: 'news', arcId: 'stale' }), null);
    const loaded = stories.get('s1')?.story;
    expect(loaded?.kind).toBe('news');
    expect(loaded?.arcId).toBe('a1');
    stories.insert(story('s2', 100), null);
    expect(stories.get('s2')?.story.kind).toBe('news');
  });

  it('prunes a quiet story only when its whole arc is quiet, and drops arcs left empty', () => {
    const { stories, arcs } = stores();
    stories.insert(story('early', 100), null);
    stories.insert(story('late', 900), null);
    stories.insert(story('alone', 100), null);
    stories.insert(story('gone', 100), null);
    stories.insert(story('gone2', 150), null);
    arcs.insertArc(arc('live', ['early', 'late'], 100, 900), { keys: [] });
    arcs.insertArc(arc('quiet', ['gone', 'gone2'], 100, 150), { keys: [] });
    expect(stories.prune(500)).toBe(3);
    expect(stories.get('early')).not.toBeNull();
    expect(stories.get('alone')).toBeNull();
    expect(arcs.getArc('live')?.storyIds).toEqual(['early', 'late']);
    expect(arcs.getArc('quiet')).toBeNull();
  });

  it('finds an arc by the names it was stored with, replaced on update, gone with the arc', () => {
    const { db, stories, arcs } = stores();
    stories.insert(story('s1', 100), null);
    stories.insert(story('s2', 200), null);
    arcs.insertArc(arc('a1', ['s1'], 100), { keys: [] }, ['barsal']);
    arcs.insertArc(arc('a2', ['s2'], 200), { keys: [] });
    const named = (names: string[], since = 0) => arcs.arcsNamed(names, since).map((a) => a.arc);
    expect(named(['kaya', 'barsal'])).toEqual([arc('a1', ['s1'], 100)]);
    expect(named(['barsal'], 150)).toEqual([]);
    expect(named([])).toEqual([]);
    arcs.addToArc('a2', 's2', {
      title: 't',
      lastSeenAt: 300,
      signature: { keys: [] },
      names: ['barsal', 'kaya'],
    });
    arcs.addToArc('a1', 's1', { title: 't', lastSeenAt: 300, signature: { keys: [] }, names: [] });
    expect(named(['barsal']).map((a) => a.id)).toEqual(['a2']);
    arcs.addToArc('a2', 's2', { title: 't', lastSeenAt: 300, signature: { keys: ['x'] } });
    expect(named(['kaya']).map((a) => [a.id, a.storyIds])).toEqual([['a2', ['s2']]]);
    expect(stories.prune(1_000)).toBe(2);
    expect(db.prepare('SELECT COUNT(*) FROM arc_names').pluck().get()).toBe(0);
  });

  it('is exposed on the SQLite store object as `arcs`', () => {
    const store = createSqliteStore({ path: ':memory:' });
    try {
      createSqliteStoryStore(store.db).insert(story('s1', 100), null);
      store.arcs.insertArc(arc('a1', ['s1'], 100), {});
      expect(store.arcs.getArc('a1')?.storyIds).toEqual(['s1']);
    } finally {
      store.close();
    }
  });
});
