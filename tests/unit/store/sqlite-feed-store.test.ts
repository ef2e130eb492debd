import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteStore, type SqliteStore } from '../../../src/store/create-sqlite-store.js';
import { feed } from './helpers.js';

let store: SqliteStore;
beforeEach(() => {
  store = createSqliteStore({ path: ':memory:' });
});
afterEach(() => store.close());

describe('sqlite feed store', () => {
  it('adds new feeds due at the planned time', () => {
    const report = store.feeds.sync([feed('a'), feed('b')], (f) => (f.id === 'a' ? 100 : 200));
    expect(report).toEqual({ added: ['a', 'b'], updated: [], deactivated: [] });
    expect(store.feeds.get('b')).toMatchObject({ active: true, nextPollAt: 200, failures: 0, seededAt: null });
  });

  it('marks feeds that left the config inactive and keeps their state', () => {
    store.feeds.sync([feed('a'), feed('b')], () => 0);
    store.feeds.update('b', { validators: { etag: '"v1"', lastModified: null, bodyHash: 'h' }, seededAt: 5 });
    expect(store.feeds.sync([feed('a')], () => 0).deactivated).toEqual(['b']);
    expect(store.feeds.get('b')).toMatchObject({ active: false, seededAt: 5, validators: { etag: '"v1"' } });
    expect(store.feeds.due(1).map((f) => f.id)).toEqual(['a']);
    const back = store.feeds.sync([feed('a'), feed('b')], () => 0);
    expect(back.updated).toEqual(['b']);
    expect(store.feeds.get('b')).toMatchObject({ active: true, seededAt: 5 });
  });

  it('updates a changed registration without resetting its poll state', () => {
    store.feeds.sync([feed('a')], () => 50);
    store.feeds.update('a', { failures: 2 });
    store.feeds.sync([feed('a', { name: 'Renamed', intervalMs: 60_000 })], () => 999);
    expect(store.feeds.get('a')).toMatchObject({ name: 'Renamed', intervalMs: 60_000, failures: 2, nextPollAt: 50 });
  });

  it('lists as due only active, enabled feeds whose time has come, earliest first', () => {
    store.feeds.sync([feed('a'), feed('b'), feed('c')], (f) => ({ a: 30, b: 10, c: 20 })[f.id] ?? 0);
    store.feeds.update('c', { disabled: { code: 'HTTP', reason: 'disabled after 5 consecutive failures', at: 1 } });
    expect(store.feeds.due(25).map((f) => f.id)).toEqual(['b']);
    expect(store.feeds.due(30).map((f) => f.id)).toEqual(['b', 'a']);
    expect(store.feeds.get('c')?.disabled).toEqual({ code: 'HTTP', reason: 'disabled after 5 consecutive failures', at: 1 });
  });

  it('clears an error and a disabled reason when asked to', () => {
    store.feeds.sync([feed('a')], () => 0);
    store.feeds.update('a', { lastError: { code: 'TIMEOUT', message: 'timed out' }, disabled: { code: 'MANUAL', reason: 'x', at: 1 } });
    store.feeds.update('a', { lastError: null, disabled: null });
    expect(store.feeds.get('a')).toMatchObject({ lastError: null, disabled: null });
  });

  it('finds a feed by URL and upserts one without touching the others', () => {
    store.feeds.sync([feed('a')], () => 0);
    const added = store.feeds.upsert(feed('x', { url: 'http://127.0.0.1/other.xml' }), 7);
    expect(added).toMatchObject({ id: 'x', nextPollAt: 7, active: true });
    expect(store.feeds.findByUrl('http://127.0.0.1/other.xml')?.id).toBe('x');
    expect(store.feeds.findByUrl('http://127.0.0.1/none.xml')).toBeNull();
    expect(store.feeds.list().map((f) => f.id)).toEqual(['a', 'x']);
  });
});
