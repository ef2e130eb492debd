import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message } from '../../../src/core/message.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { createSqliteOutboxStore } from '../../../src/store/sqlite-outbox-store.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/fake-discord.js';

const CHILD = fileURLToPath(new URL('./discord-crash-child.ts', import.meta.url));
const CHANNEL = '1200000000000000001';
const ALERTS = 50;

const alert = (i: number): Message => ({
  blocks: [
    { type: 'heading', text: 'Alert', subtitle: 'Kidal' },
    {
      type: 'story',
      card: {
        storyId: `s${i}`,
        title: `Alert ${i}`,
        url: `https://example.org/${i}`,
        summary: 'Fighters attacked an army post near Kidal.',
        sources: [{ name: 'RFI', url: `https://example.org/${i}` }],
        tags: [],
        facts: [],
      },
    },
  ],
  fallback: `Alert ${i}`,
});

let fake: FakeDiscord;
let dir: string;

beforeAll(async () => {
  // A little latency between creating a message and answering: kills land in that gap too.
  fake = await startFakeDiscord({ channels: [CHANNEL], latencyMs: 15 });
  dir = mkdtempSync(join(tmpdir(), 'sahel-discord-crash-'));
  const db = openDatabase({ path: join(dir, 'outbox.db') });
  const outbox = createSqliteOutboxStore(db);
  for (let i = 0; i < ALERTS; i += 1) {
    outbox.enqueue(
      {
        platform: 'discord',
        channel: CHANNEL,
        kind: 'alert',
        subscriptionId: 1,
        storyId: `s${i}`,
        message: alert(i),
        idempotencyKey: `alert:1:s${i}`,
      },
      Date.now(),
    );
  }
  db.close();
});

afterAll(async () => {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the worker; SIGKILLs it once `killAfter` more messages have been created, if given. */
function runWorker(
  killAfter: number | null,
): Promise<{ killed: boolean; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [
    '--import',
    'tsx',
    CHILD,
    join(dir, 'outbox.db'),
    fake.api,
    fake.token,
  ]);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const target = killAfter === null ? null : fake.calls.length + killAfter;
  const watch = setInterval(() => {
    if (target !== null && fake.calls.length >= target) child.kill('SIGKILL');
  }, 1);
  return new Promise((resolve) =>
    child.on('exit', (_code, signal) => {
      clearInterval(watch);
      resolve({ killed: signal === 'SIGKILL', stdout, stderr });
    }),
  );
}

describe('Discord delivery killed at random moments', () => {
  it('holds each of 50 alerts exactly once after repeated SIGKILLs and restarts', async () => {
    let kills = 0;
    for (let round = 0; round < 8; round += 1) {
      const run = await runWorker(1 + Math.floor(Math.random() * 8));
      if (run.killed) kills += 1;
      else expect(run.stderr).toBe('');
    }
    const last = await runWorker(null);
    expect(last.stderr).toBe('');
    expect(kills).toBeGreaterThanOrEqual(3);

    const titles = fake
      .messages(CHANNEL)
      .map((m) => (m.body.embeds as { title: string }[])[0]?.title);
    expect(titles).toHaveLength(ALERTS);
    expect(new Set(titles).size).toBe(ALERTS);
    const db = openDatabase({ path: join(dir, 'outbox.db') });
    const statuses = createSqliteOutboxStore(db)
      .list()
      .map((r) => r.status);
    db.close();
    expect(statuses.filter((s) => s === 'sent')).toHaveLength(ALERTS);
    // Some kills fell between Discord creating a message and the worker recording it: the
    // resend carried the same nonce and Discord gave back the first message.
    const creates = fake.calls.filter((c) => c.route === 'createMessage' && c.status === 200);
    expect(creates.length).toBeGreaterThan(ALERTS);
  }, 180_000);
});
