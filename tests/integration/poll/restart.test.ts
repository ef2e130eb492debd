import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../../src/store/create-sqlite-store.js';
import { startFeedServer, type FeedServer } from '../../fakes/feed-server.js';
import { createHarness, feedAt, rss, type RssEntry } from './poll-harness.js';

const CHILD = fileURLToPath(new URL('./crash-child.ts', import.meta.url));
const FEEDS = 10;
const ITEMS = 20;
const XML = { 'content-type': 'application/rss+xml' };

let server: FeedServer | undefined;
let dir: string | undefined;
afterEach(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const entriesOf = (feed: number): RssEntry[] =>
  Array.from({ length: ITEMS }, (_, i) => ({ guid: `f${feed}-${i}`, title: `Feed ${feed} item ${i}`, link: `https://outlet.example/${feed}/${i}` }));

/** Feeds 0–3 answer at once; the others wait, so a cycle is still running when the child dies. */
async function startServer(): Promise<string[]> {
  server = await startFeedServer();
  return Array.from({ length: FEEDS }, (_, f) => {
    server!.route(`/f${f}.xml`, { headers: XML, body: rss(entriesOf(f)), ...(f >= 4 ? { delayMs: 1500 } : {}) });
    return server!.url(`/f${f}.xml`);
  });
}

/** Runs the child; resolves with the ids it printed and how it ended. */
function runChild(args: string[], killAfter: number | null): Promise<{ ids: string[]; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    const ids: string[] = [];
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('committed ')) ids.push(line.slice(10));
      if (killAfter !== null && ids.length >= killAfter) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ ids, signal }));
  });
}

function storedIds(dbPath: string): string[] {
  const store = createSqliteStore({ path: dbPath });
  const rows = store.db.prepare('SELECT id FROM items').pluck().all() as string[];
  store.close();
  return rows;
}

async function restart(dbPath: string, urls: string[]): Promise<string[]> {
  const harness = createHarness(urls.map((url, i) => feedAt(`f${i}`, url)), { dbPath });
  const report = await harness.cycle.run();
  // The report reads its items back from the store: read them before closing it.
  const ids = (report?.newItems ?? []).map((i) => i.id);
  harness.close();
  return ids;
}

describe('restart safety', () => {
  it('yields every item exactly once when a cycle is killed after N items and restarted on the same file', async () => {
    const urls = await startServer();
    dir = mkdtempSync(join(tmpdir(), 'sahel-restart-'));
    const dbPath = join(dir, 'poll.db');
    const first = await runChild([dbPath, ...urls], 4 * ITEMS);
    expect(first.signal).toBe('SIGKILL');
    const survived = storedIds(dbPath);
    expect(survived.length).toBeGreaterThanOrEqual(4 * ITEMS);
    expect(survived.length).toBeLessThan(FEEDS * ITEMS);
    expect(survived).toEqual(expect.arrayContaining(first.ids));

    const second = await restart(dbPath, urls);
    expect(second.filter((id) => survived.includes(id))).toEqual([]);
    const all = [...survived, ...second];
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(FEEDS * ITEMS);
    expect(storedIds(dbPath)).toHaveLength(FEEDS * ITEMS);
  }, 20_000);

  it('rolls back the feed whose transaction was cut by SIGKILL and stores it whole after restart', async () => {
    const urls = await startServer();
    dir = mkdtempSync(join(tmpdir(), 'sahel-restart-'));
    const dbPath = join(dir, 'poll.db');
    // The quick feeds commit first; the child dies inside the transaction of the slow ones.
    const first = await runChild([dbPath, ...urls, '--crash-inside', String(4 * ITEMS + 1)], null);
    expect(first.signal).toBe('SIGKILL');
    const survived = storedIds(dbPath);
    expect(survived).toHaveLength(4 * ITEMS);
    expect(first.ids.sort()).toEqual([...survived].sort());

    const second = await restart(dbPath, urls);
    expect(second).toHaveLength((FEEDS - 4) * ITEMS);
    expect(new Set([...survived, ...second]).size).toBe(FEEDS * ITEMS);
  }, 20_000);
});
