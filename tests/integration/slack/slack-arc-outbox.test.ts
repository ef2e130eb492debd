import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutboxStore } from '../../../src/core/delivery-ports.js';
import type { Message } from '../../../src/core/message.js';
import { silentLogger, type ChatPlatform } from '../../../src/core/ports.js';
import { createOutboxWorker, type OutboxWorker } from '../../../src/deliver/outbox-worker.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { createSqliteOutboxStore } from '../../../src/store/sqlite-outbox-store.js';
import {
  createSlackClient,
  createSlackPlatform,
} from '../../../src/platforms/slack/slack-platform.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/fake-slack.js';
import { arcDevelopment } from '../../fakes/arc-message.js';

/**
 * An arc's developments through the real outbox (SQLite) and worker to the fake Slack: the
 * worker hands the platform the arc's earlier posts in the channel, and the platform threads.
 */

const NOW = Date.UTC(2026, 11, 6, 12);
const ARC = 'arc-niger-coup';

function development(position: number, title: string, note?: string): Message {
  const since = NOW - 86_400_000;
  return arcDevelopment(position, title, {
    arcId: ARC,
    arcTitle: 'Niger coup',
    since,
    ...(note === undefined ? {} : { note }),
  });
}

describe('Slack arc threads through the outbox', () => {
  let fake: FakeSlack;
  let outbox: OutboxStore;
  let platform: ChatPlatform;
  let worker: OutboxWorker;
  const enqueue = (position: number, title: string) =>
    outbox.enqueue(
      {
        platform: 'slack',
        channel: 'C1',
        kind: 'alert',
        subscriptionId: null,
        storyId: `s${position}`,
        message: development(position, title),
        idempotencyKey: `alert:C1:s${position}`,
        arcId: ARC,
      },
      NOW,
    ).id;

  beforeEach(async () => {
    fake = await startFakeSlack();
    outbox = createSqliteOutboxStore(openDatabase({ path: ':memory:' }));
    platform = createSlackPlatform({
      token: fake.token,
      client: createSlackClient({
        token: fake.token,
        apiUrl: fake.apiUrl,
        retryConfig: { retries: 0 },
      }),
    });
    worker = createOutboxWorker({
      outbox,
      platforms: [platform],
      clock: { now: () => NOW },
      logger: silentLogger,
    });
  });
  afterEach(() => fake.close());

  it('posts the next development as a broadcast reply under the first, and edits it in place', async () => {
    const first = enqueue(1, 'Soldiers detain the president');
    await worker.drain();
    const second = enqueue(2, 'Junta names a prime minister');
    await worker.drain();
    // Ids list their parts: `<ts>#1` at the top level, `<root>/<ts>#1` for a reply.
    const root = outbox.get(first)?.remoteId?.replace(/#1$/, '');
    const reply = fake
      .messages('C1')
      .find((m) => `${root}/${m.ts}#1` === outbox.get(second)?.remoteId);
    expect(root).toEqual(expect.any(String));
    expect(reply).toMatchObject({ thread_ts: root, subtype: 'thread_broadcast' });

    outbox.enqueue(
      {
        platform: 'slack',
        channel: 'C1',
        kind: 'update',
        subscriptionId: null,
        storyId: 's2',
        message: development(2, 'Junta names a prime minister', 'Also reported by Le Monde'),
        idempotencyKey: 'update:C1:s2:1',
        editOf: second,
        arcId: ARC,
      },
      NOW,
    );
    await worker.drain();
    expect(reply?.edited).toBe(true);
    expect(JSON.stringify(reply?.blocks)).toMatch(/Also reported by Le Monde/);
    expect(fake.messages('C1')).toHaveLength(2);
  });

  it('does not post a development twice when the process died after posting it as a reply', async () => {
    const first = enqueue(1, 'Soldiers detain the president');
    await worker.drain();
    const root = outbox.get(first)?.remoteId ?? null;
    const second = enqueue(2, 'Junta names a prime minister');
    // The post reached Slack, then the process died before the outbox recorded it.
    await platform.send({
      channel: 'C1',
      message: development(2, 'Junta names a prime minister'),
      idempotencyKey: 'alert:C1:s2',
      thread: { arcId: ARC, title: 'Niger coup', root, previous: root },
    });
    await worker.drain();
    expect(fake.messages('C1')).toHaveLength(2);
    expect(outbox.get(second)).toMatchObject({
      status: 'sent',
      remoteId: `${fake.messages('C1')[0]?.ts}/${fake.messages('C1')[1]?.ts}#1`,
    });
  });
});
