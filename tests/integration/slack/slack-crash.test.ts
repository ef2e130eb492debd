import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message } from '../../../src/core/message.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { createSqliteOutboxStore } from '../../../src/store/sqlite-outbox-store.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/fake-slack.js';

const CHILD = fileURLToPath(new URL('./slack-crash-child.ts', import.meta.url));
const CHANNEL = 'C0CRASH';
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

let fake: FakeSlack;
let dir: string;

beforeAll(async () => {
  // A little latency between posting a message and answering: kills land in that gap too.
  fake = await startFakeSlack({ latencyMs: 15 });
  dir = mkdtempSync(join(tmpdir(), 'sahel-slack-crash-'));
  const db = openDatabase({ path: join(dir, 'outbox.db') });
  const outbox = createSqliteOutboxStore(db);
  for (let i = 0; i < ALERTS; i += 1) {
    outbox.enqueue(
      {
        platform: 'slack',
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

/** Runs the worker; SIGKILLs it once `killAfter` more Web API calls have been made, if given. */
function runWorker(killAfter: number | null): Promise<{ killed: boolean; stderr: string }> {
  const child = spawn(process.execPath, [
    '--import',
    'tsx',
    CHILD,
    join(dir, 'outbox.db'),
    fake.apiUrl,
    fake.token,
  ]);
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const target = killAfter === null ? null : fake.calls.length + killAfter;
  const watch = setInterval(() => {
    if (target !== null && fake.calls.length >= target) child.kill('SIGKILL');
  }, 1);
  return new Promise((resolve) =>
    child.on('exit', (_code, signal) => {
      clearInterval(watch);
      resolve({ killed: signal === 'SIGKILL', stderr });
    }),
  );
}

describe('Slack delivery killed at random moments', () => {
  it('holds each of 50 alerts in the channel exactly once after repeated SIGKILLs and restarts', async () => {
    let kills = 0;
    for (let round = 0; round < 8; round += 1) {
      // Each send is a history read and a post: an odd count kills right after a post.
      const run = await runWorker(1 + Math.floor(Math.random() * 16));
      if (run.killed) kills += 1;
      else expect(run.stderr).toBe('');
    }
    const last = await runWorker(null);
    expect(last.stderr).toBe('');
    expect(kills).toBeGreaterThanOrEqual(3);

    const keys = fake.messages(CHANNEL).map((m) => m.metadata?.event_payload.key);
    expect(keys).toHaveLength(ALERTS);
    expect(new Set(keys).size).toBe(ALERTS);
    const db = openDatabase({ path: join(dir, 'outbox.db') });
    const rows = createSqliteOutboxStore(db).list();
    db.close();
    expect(rows.filter((r) => r.status === 'sent')).toHaveLength(ALERTS);
    // Some kills fell between Slack posting a message and the worker recording it: the resend
    // found the post in the channel's history and did not post again.
    const posted = new Map(
      fake.messages(CHANNEL).map((m) => [m.metadata?.event_payload.key, m.ts]),
    );
    expect(rows.every((r) => r.remoteId === `${posted.get(r.idempotencyKey)}#1`)).toBe(true);
    const found = fake.calls.filter((c) => c.method === 'chat.postMessage').length;
    expect(found).toBe(ALERTS);
  }, 180_000);
});
