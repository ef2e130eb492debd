import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/open-database.js';
import { migrations } from '../../../src/store/migrations/index.js';
import type { Migration } from '../../../src/store/migrations/migration.js';
import { migration001 } from '../../../src/store/migrations/001-initial.js';
import { runMigrations } from '../../../src/store/run-migrations.js';
import { createSqliteStore } from '../../../src/store/create-sqlite-store.js';
import { feed, item } from './helpers.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sahel-store-'));
  dirs.push(dir);
  return join(dir, 'nested', 'test.db');
}

describe('openDatabase', () => {
  it('creates the folder, turns on WAL and applies every migration once', () => {
    const path = tempPath();
    const db = openDatabase({ path });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const versions = db.prepare('SELECT version FROM schema_migrations').pluck().all();
    expect(versions).toEqual(migrations.map((m) => m.version));
    db.close();
    const again = openDatabase({ path });
    expect(again.prepare('SELECT COUNT(*) FROM schema_migrations').pluck().get()).toBe(migrations.length);
    again.close();
  });

  it('creates the tables and the FTS5 index', () => {
    const db = openDatabase({ path: ':memory:' });
    const names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(names).toEqual(
      expect.arrayContaining(['feeds', 'items', 'seen_items', 'items_fts', 'command_log']),
    );
    db.close();
  });
});

describe('migration 003 (the item store indexes instead of triggers)', () => {
  it('keeps the items a version-2 database indexed through its triggers searchable', () => {
    const path = tempPath();
    const old = openDatabase({ path, migrations: migrations.slice(0, 2) });
    old.prepare("INSERT INTO feeds (id, url, name, language, tier, interval_ms, created_at) VALUES ('a', 'https://a.example/rss', 'A', 'en', 1, 600000, 0)").run();
    old.prepare(`INSERT INTO items (id, feed_id, title, summary, content, lang, published_at, date_from_feed, first_seen_at)
      VALUES ('old', 'a', 'Tessalit airfield', '', '', 'en', 0, 1, 100)`).run();
    old.close();

    const store = createSqliteStore({ path });
    store.feeds.sync([feed('a')], () => 0);
    store.items.commitPoll({ feedId: 'a', items: [{ item: item('a', 'new', { title: 'Tessalit convoy' }), matches: [] }], seed: null, state: {}, now: 200 });
    expect(store.items.search('tessalit', { limit: 5 }).map((i) => i.id).sort()).toEqual(['new', 'old']);
    expect(store.items.prune(150).items).toBe(1);
    store.db.prepare("INSERT INTO items_fts (items_fts, rank) VALUES ('integrity-check', 1)").run();
    expect(store.items.search('tessalit', { limit: 5 }).map((i) => i.id)).toEqual(['new']);
    const triggers = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'items'").pluck().all();
    expect(triggers).toEqual(['items_fts_update']);
    store.close();
  });
});

describe('runMigrations', () => {
  const extra: Migration = {
    version: 2,
    name: 'add-notes',
    up: (db) => db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY)'),
  };

  it('applies only the migrations newer than the recorded version', () => {
    const db = new Database(':memory:');
    expect(runMigrations(db, [migration001]).applied).toEqual([1]);
    expect(runMigrations(db, [migration001, extra])).toEqual({ applied: [2], version: 2 });
    expect(runMigrations(db, [migration001, extra]).applied).toEqual([]);
    db.close();
  });

  it('leaves the previous version in place when a migration fails', () => {
    const db = new Database(':memory:');
    const broken: Migration = {
      version: 2,
      name: 'broken',
      up: (d) => d.exec('CREATE TABLE half (id INTEGER); SELECT * FROM missing_table'),
    };
    expect(() => runMigrations(db, [migration001, broken])).toThrow(/migration 2 \(broken\) failed: no such table/);
    expect(db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT MAX(version) FROM schema_migrations').pluck().get()).toBe(1);
    db.close();
  });

  it('refuses a database newer than the program', () => {
    const db = new Database(':memory:');
    runMigrations(db, [migration001, extra]);
    expect(() => runMigrations(db, [migration001])).toThrow(/schema version 2 is newer than this program knows \(1\)/);
    db.close();
  });

  it('refuses a migration list with a gap', () => {
    const db = new Database(':memory:');
    expect(() => runMigrations(db, [migration001, { ...extra, version: 3 }])).toThrow(/out of order: position 2 holds version 3/);
    db.close();
  });
});
