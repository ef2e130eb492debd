import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBackgroundCheckpoints } from '../../../src/store/background-checkpoints.js';
import { createSqliteStore, type SqliteStore } from '../../../src/store/create-sqlite-store.js';

const dirs: string[] = [];
const stores: SqliteStore[] = [];
afterEach(() => {
  stores.splice(0).forEach((s) => s.close());
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

function open(background: boolean): { store: SqliteStore; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sahel-ckpt-'));
  dirs.push(dir);
  const path = join(dir, 'test.db');
  const store = createSqliteStore({ path, backgroundCheckpoints: background ? { intervalMs: 10 } : false });
  stores.push(store);
  store.db.exec('CREATE TABLE blobs (id INTEGER PRIMARY KEY, body BLOB NOT NULL)');
  return { store, path };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Eight transactions of 1 MB with a pause after each; returns the WAL file's size at the end. */
async function writeInBursts(store: SqliteStore, path: string): Promise<number> {
  const insert = store.db.prepare('INSERT INTO blobs (body) VALUES (?)');
  for (let burst = 0; burst < 8; burst += 1) {
    store.db.transaction(() => {
      for (let i = 0; i < 16; i += 1) insert.run(Buffer.alloc(64 * 1024, burst));
    })();
    await sleep(60);
  }
  return statSync(`${path}-wal`).size;
}

describe('background checkpoints', () => {
  it('keep the WAL from growing while the writer never checkpoints itself', async () => {
    const withThread = open(true);
    const withoutThread = open(false);
    const walWith = await writeInBursts(withThread.store, withThread.path);
    const walWithout = await writeInBursts(withoutThread.store, withoutThread.path);
    // Each burst finds the WAL checkpointed and starts it over; without the thread it holds all eight.
    expect(walWithout).toBeGreaterThan(7 * 1024 * 1024);
    expect(walWith).toBeLessThan(3 * 1024 * 1024);
  });

  it('lose nothing: every row is there after close and reopen', async () => {
    const { store, path } = open(true);
    await writeInBursts(store, path);
    store.close();
    const again = createSqliteStore({ path });
    stores.push(again);
    expect(again.db.prepare('SELECT COUNT(*) FROM blobs').pluck().get()).toBe(128);
  });

  it('leave the writer only a safety net while running, and its own checkpoints after stop', () => {
    const { store } = open(false);
    const pages = () => store.db.pragma('wal_autocheckpoint', { simple: true }) as number;
    const own = pages();
    const checkpoints = startBackgroundCheckpoints(store.db, { intervalMs: 10 });
    expect(pages()).toBe(own * 4);
    checkpoints.stop();
    expect(pages()).toBe(own);
  });
});
