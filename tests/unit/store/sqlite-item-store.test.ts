import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NormalisedItem } from '../../../src/core/item.js';
import type { EntityMatch } from '../../../src/core/match-types.js';
import type { PollCommit } from '../../../src/core/store-ports.js';
import { createSqliteStore, type SqliteStore } from '../../../src/store/create-sqlite-store.js';
import { decodeMatches, encodeMatches } from '../../../src/store/sqlite-item-store.js';
import { feed, item } from './helpers.js';

let store: SqliteStore;
beforeEach(() => {
  store = createSqliteStore({ path: ':memory:' });
  store.feeds.sync([feed('a'), feed('b')], () => 0);
});
afterEach(() => store.close());

const kidal: EntityMatch = { entity: 'kidal', alias: 'Kidal', field: 'title', start: 0, end: 5 };

function commit(feedId: string, items: NormalisedItem[], overrides: Partial<PollCommit> = {}): PollCommit {
  return { feedId, items: items.map((i) => ({ item: i, matches: [] })), seed: null, state: {}, now: 1000, ...overrides };
}

describe('stored match form', () => {
  it('reads back every field, offsets, implied entities and aliases with quotes', () => {
    const matches: EntityMatch[] = [
      { entity: 'kidal', alias: 'Kidal', field: 'title', start: 0, end: 5 },
      { entity: 'mali', alias: 'Kidal', field: 'title', start: 0, end: 5, impliedBy: 'kidal' },
      { entity: 'x', alias: 'l\'État "dit"', field: 'summary', start: 12, end: 24 },
      { entity: 'jnim', alias: 'JNIM', field: 'content', start: 300, end: 304 },
    ];
    expect(decodeMatches(encodeMatches(matches))).toEqual(matches);
    expect(encodeMatches([])).toBe('[]');
    expect(encodeMatches(matches).length).toBeLessThan(JSON.stringify(matches).length * 0.6);
  });

  it('writes one line per match, tab-separated', () => {
    const implied: EntityMatch = { ...kidal, entity: 'mali', impliedBy: 'kidal' };
    const quoted: EntityMatch = { entity: 'x', alias: 'l\'État "dit"', field: 'content', start: 7, end: 9 };
    expect(encodeMatches([kidal, implied, quoted])).toBe(
      'kidal\tKidal\tt\t0\t5\nmali\tKidal\tt\t0\t5\tkidal\nx\tl\'État "dit"\tc\t7\t9',
    );
  });

  it('falls back to JSON tuples for an alias with a tab or a line break, and reads both', () => {
    const odd: EntityMatch = { entity: 'x', alias: 'two\nlines\tand tab', field: 'summary', start: 1, end: 4 };
    const stored = encodeMatches([kidal, odd]);
    expect(stored).toBe('[["kidal","Kidal","t",0,5],["x","two\\nlines\\tand tab","s",1,4]]');
    expect(decodeMatches(stored)).toEqual([kidal, odd]);
  });

  it('reads the JSON tuples that earlier versions stored', () => {
    expect(decodeMatches('[["kidal","Kidal","t",0,5],["mali","Kidal","t",0,5,"kidal"]]')).toEqual([
      kidal,
      { ...kidal, entity: 'mali', impliedBy: 'kidal' },
    ]);
    expect(decodeMatches('[]')).toEqual([]);
  });
});

describe('items returned by a commit', () => {
  it('carry every field of the incoming item plus first-seen time, backfill flag and matches', () => {
    // A structured clone, as items arrive from the parse workers.
    const incoming = structuredClone({ item: item('a', '1', { firstSeenAt: 5 }), matches: [kidal] });
    const result = store.items.commitPoll({ feedId: 'a', items: [incoming], seed: null, state: {}, now: 1000 });
    expect(result.newItems).toEqual([{ ...incoming.item, firstSeenAt: 1000, backfill: false, matches: [kidal] }]);
    expect(store.items.get('1')).toEqual(result.newItems[0]);
  });
});

describe('sqlite item store', () => {
  it('returns only the items not seen before in that feed', () => {
    const first = store.items.commitPoll(commit('a', [item('a', '1'), item('a', '2')]));
    expect(first.newItems.map((i) => i.id)).toEqual(['1', '2']);
    const second = store.items.commitPoll(commit('a', [item('a', '2'), item('a', '3')], { now: 2000 }));
    expect(second.newItems.map((i) => i.id)).toEqual(['3']);
    expect(second.known).toBe(1);
    expect(store.items.count()).toBe(3);
  });

  it('treats the same canonical URL from two feeds as one item', () => {
    store.items.commitPoll(commit('a', [item('a', 'x1', { url: 'https://news.example/story' })]));
    const fromB = store.items.commitPoll(commit('b', [item('b', 'y1', { url: 'https://news.example/story' })]));
    expect(fromB.newItems).toEqual([]);
    expect(fromB.known).toBe(1);
    expect(store.items.count()).toBe(1);
  });

  it('keeps items without a URL apart when their ids differ', () => {
    store.items.commitPoll(commit('a', [item('a', '1', { url: null }), item('a', '2', { url: null })]));
    expect(store.items.count()).toBe(2);
  });

  it('stores matches with their offsets and reads them back', () => {
    const implied: EntityMatch = { ...kidal, entity: 'mali', impliedBy: 'kidal' };
    store.items.commitPoll({ ...commit('a', []), items: [{ item: item('a', '1'), matches: [kidal, implied] }] });
    expect(store.items.get('1')?.matches).toEqual([kidal, implied]);
    expect(store.items.get('1')).toMatchObject({ feedId: 'a', firstSeenAt: 1000, backfill: false, dateFromFeed: true });
    expect(store.items.get('missing')).toBeNull();
  });

  it('seeds a first poll without returning new items, keeping only the newest as backfill', () => {
    const items = [1, 2, 3, 4].map((n) => item('a', `${n}`, { publishedAt: n * 100 }));
    const seeded = store.items.commitPoll(commit('a', items, { seed: { backfill: 2 } }));
    expect(seeded.newItems).toEqual([]);
    expect(seeded.backfilled.map((i) => i.id).sort()).toEqual(['3', '4']);
    expect(store.items.get('4')?.backfill).toBe(true);
    expect(store.items.get('1')).toBeNull();
    const next = store.items.commitPoll(commit('a', [...items, item('a', '5')]));
    expect(next.newItems.map((i) => i.id)).toEqual(['5']);
  });

  it('writes the feed state in the same transaction', () => {
    store.items.commitPoll(commit('a', [item('a', '1')], { state: { seededAt: 1000, failures: 0, nextPollAt: 5000 } }));
    expect(store.feeds.get('a')).toMatchObject({ seededAt: 1000, nextPollAt: 5000 });
  });

  it('rolls back items, seen keys and state together when the hook throws', () => {
    const attempt = () =>
      store.items.commitPoll(commit('a', [item('a', '1')], { state: { nextPollAt: 9 } }), () => {
        throw new Error('outbox full');
      });
    expect(attempt).toThrow('outbox full');
    expect(store.items.count()).toBe(0);
    expect(store.feeds.get('a')?.nextPollAt).toBe(0);
    expect(store.items.commitPoll(commit('a', [item('a', '1')])).newItems).toHaveLength(1);
  });

  it('passes the new items to the hook inside the transaction', () => {
    let seen: string[] = [];
    store.items.commitPoll(commit('a', [item('a', '1')]), (r) => {
      seen = r.newItems.map((i) => i.id);
    });
    expect(seen).toEqual(['1']);
  });

  it('commits several polls in one transaction, each with its own result', () => {
    const results = store.items.commitPolls([commit('a', [item('a', '1')]), commit('b', [item('b', '2'), item('b', '3')])]);
    expect(results.map((r) => r.newItems.length)).toEqual([1, 2]);
    expect(store.items.count()).toBe(3);
  });

  it('stores none of a batch when one poll of it fails', () => {
    const attempt = () =>
      store.items.commitPolls([commit('a', [item('a', '1')]), commit('b', [item('b', '2')])], (c) => {
        if (c.feedId === 'b') throw new Error('outbox full');
      });
    expect(attempt).toThrow('outbox full');
    expect(store.items.count()).toBe(0);
  });

  /** FTS5's own check of the index against the items table; throws when they disagree. */
  const checkIndex = (): void => {
    store.db.prepare("INSERT INTO items_fts (items_fts, rank) VALUES ('integrity-check', 1)").run();
  };

  it('indexes every stored item once, also after a failed batch is retried poll by poll', () => {
    const batch = [
      commit('a', [item('a', '1', { title: 'Gao convoy' }), item('a', '2', { title: 'Gao market' })]),
      commit('b', [item('b', '3', { title: 'Gao airport' })]),
    ];
    expect(() =>
      store.items.commitPolls(batch, (c) => {
        if (c.feedId === 'b') throw new Error('hook failed');
      }),
    ).toThrow('hook failed');
    for (const c of batch) store.items.commitPoll(c);
    store.items.commitPolls([commit('a', [item('a', '4', { title: 'Gao again' })])]);
    checkIndex();
    expect(store.items.search('gao', { limit: 10 }).map((i) => i.id).sort()).toEqual(['1', '2', '3', '4']);
    expect(store.db.prepare('SELECT COUNT(*) FROM items_fts').pluck().get()).toBe(4);
  });

  it('indexes what a poll stores inside a caller\'s transaction', () => {
    store.db.transaction(() => {
      store.items.commitPoll(commit('a', [item('a', '1', { title: 'Niamey talks' })]));
      store.items.commitPoll(commit('b', [item('b', '2', { title: 'Niamey summit' })]));
    })();
    checkIndex();
    expect(store.items.search('niamey', { limit: 10 })).toHaveLength(2);
  });

  it('finds items by words of the title or summary, accents and case ignored', () => {
    store.items.commitPoll(
      commit('a', [
        item('a', '1', { title: 'Attaque près de Ménaka', summary: 'Les FAMa ont riposté' }),
        item('a', '2', { title: 'Wagner leaves Mali', summary: 'Africa Corps takes over' }),
        item('a', '3', { title: 'Sport', summary: 'Nothing about it' }),
      ]),
    );
    expect(store.items.search('menaka', { limit: 10 }).map((i) => i.id)).toEqual(['1']);
    expect(store.items.search('africa corps', { limit: 10 }).map((i) => i.id)).toEqual(['2']);
    expect(store.items.search('"corps takes"', { limit: 10 }).map((i) => i.id)).toEqual(['2']);
    expect(store.items.search('riposte', { limit: 10 }).map((i) => i.id)).toEqual(['1']);
    expect(store.items.search('attaque wagner', { limit: 10 })).toEqual([]);
  });

  it('searches safely whatever the query contains', () => {
    store.items.commitPoll(commit('a', [item('a', '1', { title: 'AND OR NOT' })]));
    expect(store.items.search('(AND* - "or', { limit: 5 }).map((i) => i.id)).toEqual(['1']);
    expect(store.items.search('  ()*:" ', { limit: 5 })).toEqual([]);
  });

  it('honours the search window and limit', () => {
    store.items.commitPoll(commit('a', [item('a', '1', { title: 'Kidal one' })], { now: 100 }));
    store.items.commitPoll(commit('a', [item('a', '2', { title: 'Kidal two' })], { now: 200 }));
    expect(store.items.search('kidal', { limit: 10, since: 150 }).map((i) => i.id)).toEqual(['2']);
    expect(store.items.search('kidal', { limit: 1 })).toHaveLength(1);
  });

  it('lists items first seen in a window, newest first', () => {
    for (const [id, now] of [['1', 100], ['2', 200], ['3', 300]] as const) {
      store.items.commitPoll(commit('a', [item('a', id)], { now }));
    }
    expect(store.items.listSince(150).map((i) => i.id)).toEqual(['3', '2']);
    expect(store.items.listSince(0, { to: 300, limit: 1 }).map((i) => i.id)).toEqual(['2']);
  });

  it('prunes old items and their index entries, and forgets only seen keys no longer served', () => {
    store.items.commitPoll(commit('a', [item('a', 'old', { title: 'Timbuktu' }), item('a', 'kept')], { now: 100 }));
    store.items.commitPoll(commit('a', [item('a', 'kept')], { now: 500 }));
    store.items.commitPoll(commit('a', [item('a', 'new')], { now: 600 }));
    expect(store.items.prune(400)).toEqual({ items: 2, seenKeys: 1 });
    expect(store.items.search('timbuktu', { limit: 5 })).toEqual([]);
    checkIndex();
    const again = store.items.commitPoll(commit('a', [item('a', 'kept'), item('a', 'new')], { now: 700 }));
    expect(again.newItems).toEqual([]);
  });
});
