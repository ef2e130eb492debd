import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/open-database.js';
import { createSqliteOutboxStore } from '../../../src/store/sqlite-outbox-store.js';
import { createFakePlatform } from '../../fakes/fake-platform.js';

const CHILD = fileURLToPath(new URL('./outbox-crash-child.ts', import.meta.url));
const dirs: string[] = [];

function workspace(keys: readonly string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'sahel-outbox-'));
  dirs.push(dir);
  const paths = { db: join(dir, 'test.db'), journal: join(dir, 'posts.jsonl') };
  const db = openDatabase({ path: paths.db });
  const outbox = createSqliteOutboxStore(db);
  for (const key of keys) {
    const message = { blocks: [], fallback: key };
    outbox.enqueue(
      {
        platform: 'discord',
        channel: 'c1',
        kind: 'alert',
        subscriptionId: 1,
        storyId: key,
        message,
        idempotencyKey: key,
      },
      Date.now(),
    );
  }
  db.close();
  return paths;
}

function runChild(
  paths: { db: string; journal: string },
  kind: 'idempotent' | 'plain',
  mode: 'crash' | 'finish',
) {
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', CHILD, paths.db, paths.journal, kind, mode],
    { encoding: 'utf8', timeout: 20_000 },
  );
}

function inspect(paths: { db: string; journal: string }) {
  const db = openDatabase({ path: paths.db });
  const rows = createSqliteOutboxStore(db)
    .list()
    .map((r) => ({ key: r.idempotencyKey, status: r.status, remoteId: r.remoteId }));
  db.close();
  const posts = createFakePlatform({ journalPath: paths.journal })
    .posts()
    .map((p) => p.idempotencyKey);
  return { rows, posts };
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('outbox after a crash between "sent" and "recorded"', () => {
  it('does not post twice on an idempotent platform, and sends the rows still pending', () => {
    const paths = workspace(['a', 'b', 'c']);
    const crashed = runChild(paths, 'idempotent', 'crash');
    expect(crashed.signal).toBe('SIGKILL');
    expect(inspect(paths)).toEqual({
      posts: ['a'],
      rows: [
        { key: 'a', status: 'sending', remoteId: null },
        { key: 'b', status: 'pending', remoteId: null },
        { key: 'c', status: 'pending', remoteId: null },
      ],
    });

    const restarted = runChild(paths, 'idempotent', 'finish');
    expect(restarted.status, restarted.stderr).toBe(0);
    expect(JSON.parse(restarted.stdout)).toEqual({
      recovery: { resumed: 1, unknown: 0 },
      report: { sent: 3, retried: 0, failed: 0 },
    });
    expect(inspect(paths)).toEqual({
      posts: ['a', 'b', 'c'],
      rows: [
        { key: 'a', status: 'sent', remoteId: 'm1' },
        { key: 'b', status: 'sent', remoteId: 'm2' },
        { key: 'c', status: 'sent', remoteId: 'm3' },
      ],
    });
  });

  it('marks the interrupted row unknown instead of re-posting on a platform without idempotent sends', () => {
    const paths = workspace(['a', 'b']);
    expect(runChild(paths, 'plain', 'crash').signal).toBe('SIGKILL');
    const restarted = runChild(paths, 'plain', 'finish');
    expect(restarted.status, restarted.stderr).toBe(0);
    expect(JSON.parse(restarted.stdout)).toEqual({
      recovery: { resumed: 0, unknown: 1 },
      report: { sent: 1, retried: 0, failed: 0 },
    });
    expect(inspect(paths)).toEqual({
      posts: ['a', 'b'],
      rows: [
        { key: 'a', status: 'unknown', remoteId: null },
        { key: 'b', status: 'sent', remoteId: 'm2' },
      ],
    });
  });
});
