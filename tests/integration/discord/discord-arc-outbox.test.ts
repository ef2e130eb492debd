import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutboxStore } from '../../../src/core/delivery-ports.js';
import type { Message } from '../../../src/core/message.js';
import { silentLogger, type ChatPlatform } from '../../../src/core/ports.js';
import { createOutboxWorker, type OutboxWorker } from '../../../src/deliver/outbox-worker.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { createSqliteOutboxStore } from '../../../src/store/sqlite-outbox-store.js';
import { createDiscordPlatform } from '../../../src/platforms/discord/discord-platform.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/fake-discord.js';
import { arcDevelopment } from '../../fakes/arc-message.js';

/**
 * An arc's developments through the real outbox (SQLite) and worker to the fake Discord: the
 * worker hands the platform the arc's earlier posts in the channel (`arcPosts`), and the
 * platform makes a forum post per arc, or replies in a text channel.
 */

const NOW = Date.UTC(2026, 11, 6, 12);
const ARC = 'arc-niger-coup';
const TEXT = '1200000000000000001';
const FORUM = '1200000000000000002';
const ROLE = '1250000000000000007';

function development(
  position: number,
  title: string,
  note?: string,
  arcTitle = 'Niger coup',
): Message {
  const since = NOW - 86_400_000;
  return arcDevelopment(position, title, {
    arcId: ARC,
    arcTitle,
    since,
    pingRole: ROLE,
    ...(note === undefined ? {} : { note }),
  });
}

describe('Discord arc posts through the outbox', () => {
  let fake: FakeDiscord;
  let outbox: OutboxStore;
  let platform: ChatPlatform;
  let worker: OutboxWorker;
  const enqueue = (channel: string, position: number, title: string, arcTitle?: string): number =>
    outbox.enqueue(
      {
        platform: 'discord',
        channel,
        kind: 'alert',
        subscriptionId: null,
        storyId: `s${position}`,
        message: development(position, title, undefined, arcTitle),
        idempotencyKey: `alert:${channel}:s${position}`,
        arcId: ARC,
      },
      NOW,
    ).id;
  const update = (channel: string, editOf: number, position: number, title: string): void =>
    void outbox.enqueue(
      {
        platform: 'discord',
        channel,
        kind: 'update',
        subscriptionId: null,
        storyId: `s${position}`,
        message: development(position, title, 'Also reported by Le Monde'),
        idempotencyKey: `update:${channel}:s${position}:1`,
        editOf,
        arcId: ARC,
      },
      NOW,
    );

  beforeEach(async () => {
    fake = await startFakeDiscord({ channels: [TEXT], forums: [FORUM] });
    outbox = createSqliteOutboxStore(openDatabase({ path: ':memory:' }));
    platform = createDiscordPlatform({ token: fake.token, apiBase: fake.api });
    worker = createOutboxWorker({
      outbox,
      platforms: [platform],
      clock: { now: () => NOW },
      logger: silentLogger,
    });
  });
  afterEach(() => fake.close());

  it('makes one forum post for the arc, a message per development, and edits inside it', async () => {
    enqueue(FORUM, 1, 'Soldiers detain the president');
    await worker.drain();
    const second = enqueue(FORUM, 2, 'Junta names a prime minister');
    enqueue(FORUM, 3, 'ECOWAS sets a deadline');
    await worker.drain();
    const [post, ...others] = fake.threads(FORUM);
    expect(others).toEqual([]);
    expect(post?.name).toBe('Niger coup');
    const messages = fake.messages(post?.id ?? '');
    expect(messages).toHaveLength(3);

    update(FORUM, second, 2, 'Junta names a prime minister');
    await worker.drain();
    const edited = messages.find((m) => `${post?.id}/${m.id}` === outbox.get(second)?.remoteId);
    expect(edited?.edits).toBe(1);
    expect(JSON.stringify(edited?.body.embeds)).toContain('Also reported by Le Monde');
    expect(messages.map((m) => fake.pings(m))).toEqual([
      [`role:${ROLE}`],
      [`role:${ROLE}`],
      [`role:${ROLE}`],
    ]);
    expect(fake.messages(FORUM)).toEqual([]);
  });

  it('renames the post as the arc’s title grows, and posts a development the rename limit refuses', async () => {
    enqueue(FORUM, 1, 'Jihadists stop fuel tankers on the Dakar road', 'Mali fuel');
    await worker.drain();
    const [post] = fake.threads(FORUM);
    expect(post?.name).toBe('Mali fuel');
    enqueue(FORUM, 2, 'Schools close as the blockade bites', 'Mali fuel blockade');
    await worker.drain();
    expect(fake.threads(FORUM)[0]?.name).toBe('Mali fuel blockade');
    // Same title: no rename spent.
    enqueue(FORUM, 3, 'Convoy of tankers reaches Bamako', 'Mali fuel blockade');
    await worker.drain();
    enqueue(FORUM, 4, 'US tells citizens to leave', 'Mali fuel shortage');
    await worker.drain();
    expect(fake.threads(FORUM)[0]?.name).toBe('Mali fuel shortage');
    // A third rename within ten minutes is refused (429 for ten minutes): the development is
    // posted all the same, in the same post, under the name it had.
    enqueue(FORUM, 5, 'Junta bans fuel sales in jerrycans', 'Mali fuel blockade');
    await worker.drain();
    const [same, ...others] = fake.threads(FORUM);
    expect(others).toEqual([]);
    expect(same?.name).toBe('Mali fuel shortage');
    expect(fake.messages(same?.id ?? '')).toHaveLength(5);
  });

  it('replies to the previous development in a text channel, pinging only the role', async () => {
    const first = enqueue(TEXT, 1, 'Soldiers detain the president');
    await worker.drain();
    enqueue(TEXT, 2, 'Junta names a prime minister');
    await worker.drain();
    const [one, two] = fake.messages(TEXT);
    expect(one?.id).toBe(outbox.get(first)?.remoteId);
    expect(two?.body.message_reference).toMatchObject({ message_id: one?.id });
    expect(fake.pings(two!)).toEqual([`role:${ROLE}`]);
  });

  it('does not open a second post when the process died after opening the first', async () => {
    const first = enqueue(FORUM, 1, 'Soldiers detain the president');
    // The post reached Discord, then the process died before the outbox recorded it.
    await createDiscordPlatform({ token: fake.token, apiBase: fake.api }).send({
      channel: FORUM,
      message: development(1, 'Soldiers detain the president'),
      idempotencyKey: `alert:${FORUM}:s1`,
      thread: { arcId: ARC, title: 'Niger coup', root: null, previous: null },
    });
    await worker.drain();
    const [post, ...others] = fake.threads(FORUM);
    expect(others).toEqual([]);
    expect(outbox.get(first)).toMatchObject({
      status: 'sent',
      remoteId: `${post?.id}/${post?.id}`,
    });
  });
});
