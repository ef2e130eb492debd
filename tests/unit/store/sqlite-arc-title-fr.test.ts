import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { migrations } from '../../../src/store/migrations/index.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { runMigrations } from '../../../src/store/run-migrations.js';
import { createSqliteArcStore } from '../../../src/store/sqlite-arc-store.js';
import { frenchArcTitler } from '../../../src/stories/arc-title-fr.js';

const loaded = loadConfig('config');
if (!loaded.ok) throw new Error('the default config does not load');
const titler = frenchArcTitler(loaded.value.watchlist);

/** What arc linking stores for a Niger coup told by two developments. */
const COUP = {
  principals: { niger: 3 },
  named: { niger: 2 },
  developments: 2,
  tags: { coup: 2 },
  keys: {},
  stems: {},
  names: {},
  lead: 'Soldiers detain president in Niger coup',
};

/** A database at version 8, holding one arc, as stored before French titles were kept. */
function oldDatabase() {
  const db = openDatabase({ path: ':memory:', migrations: migrations.slice(0, 8) });
  db.prepare(
    `INSERT INTO arcs (id, title, first_seen_at, last_seen_at, signature)
     VALUES ('arc-1', 'Niger coup', 1, 2, ?)`,
  ).run(JSON.stringify(COUP));
  return db;
}

describe('the arcs French title column', () => {
  it('keeps an existing database’s arcs through the migration, without a French title yet', () => {
    const db = oldDatabase();
    runMigrations(db, migrations);
    expect(createSqliteArcStore(db).getArc('arc-1')).toMatchObject({ title: 'Niger coup' });
    expect(createSqliteArcStore(db).getArc('arc-1')?.titleFr).toBeUndefined();
  });

  it('builds an old arc’s French title on first read and stores it', () => {
    const db = oldDatabase();
    runMigrations(db, migrations);
    const store = createSqliteArcStore(db, { frenchTitle: titler });
    expect(store.getArc('arc-1')?.titleFr).toBe("Coup d'État au Niger");
    const stored = db.prepare("SELECT title_fr FROM arcs WHERE id = 'arc-1'").pluck().get();
    expect(stored).toBe("Coup d'État au Niger");
    expect(store.recentArcs(0)[0]?.arc.titleFr).toBe("Coup d'État au Niger");
  });

  it('stores both titles of a new arc and keeps the French one when an update has none', () => {
    const db = openDatabase({ path: ':memory:' });
    const store = createSqliteArcStore(db);
    store.insertArc(
      {
        id: 'a',
        title: 'Mali fuel blockade',
        titleFr: 'Blocus du carburant au Mali',
        firstSeenAt: 1,
        lastSeenAt: 1,
        storyIds: [],
      },
      {},
    );
    store.addToArc('a', 's1', { title: 'Mali fuel blockade', lastSeenAt: 2, signature: {} });
    expect(store.getArc('a')?.titleFr).toBe('Blocus du carburant au Mali');
    store.addToArc('a', 's2', {
      title: 'Mali fuel shortage',
      titleFr: 'Pénurie de carburant au Mali',
      lastSeenAt: 3,
      signature: {},
    });
    expect(store.getArc('a')).toMatchObject({
      title: 'Mali fuel shortage',
      titleFr: 'Pénurie de carburant au Mali',
    });
  });
});
