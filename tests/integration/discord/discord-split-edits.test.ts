import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Message } from '../../../src/core/message.js';
import { silentLogger, type ChatPlatform } from '../../../src/core/ports.js';
import { createOutboxWorker } from '../../../src/deliver/outbox-worker.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { createSqliteOutboxStore } from '../../../src/store/sqlite-outbox-store.js';
import {
  createDiscordPlatform,
  nonceFor,
} from '../../../src/platforms/discord/discord-platform.js';
import { MESSAGE_FLAGS } from '../../../src/platforms/discord/discord-payload.js';
import { renderDiscord } from '../../../src/platforms/discord/render-discord.js';
import { editionCard } from './edition-card.js';
import { startFakeDiscord, type FakeDiscord, type FakeMessage } from '../../fakes/fake-discord.js';

const TEXT = '1200000000000000001';
const FORUM = '1200000000000000002';

/** A digest of `stories` story cards whose titles start with `edition`. */
const digest = (stories: number, edition: string): Message => ({
  blocks: [
    { type: 'heading', text: 'Sahel digest' },
    ...Array.from({ length: stories }, (_, i) => ({
      type: 'story' as const,
      card: editionCard(i, edition),
    })),
  ],
  fallback: 'Sahel digest',
});

/** Story counts that render as one, two and three Discord messages (checked below). */
const ONE = 5;
const TWO = 14;
const THREE = 25;

/** The story titles a posted message shows (the digest's heading left out). */
const titlesOf = (message: FakeMessage | undefined): string[] =>
  ((message?.body.embeds ?? []) as { title?: string }[]).flatMap((e) =>
    e.title === undefined || e.title === 'Sahel digest' ? [] : [e.title],
  );

describe('Discord edits of split messages', () => {
  let fake: FakeDiscord;
  let platform: ChatPlatform;

  beforeEach(async () => {
    fake = await startFakeDiscord({ channels: [TEXT], forums: [FORUM] });
    platform = createDiscordPlatform({ token: fake.token, apiBase: fake.api });
  });
  afterEach(() => fake.close());

  async function send(channel: string, message: Message, key = 'digest:1:w1'): Promise<string> {
    const sent = await platform.send({ channel, message, idempotencyKey: key });
    if (!sent.ok) throw new Error(sent.error.message);
    return sent.value.remoteId;
  }

  it('renders the test digests as one, two and three messages', () => {
    expect([ONE, TWO, THREE].map((n) => renderDiscord(digest(n, 'x')).length)).toEqual([1, 2, 3]);
  });

  it('edits every part in order and posts the extra part as a silent reply to the last one', async () => {
    const remoteId = await send(TEXT, digest(TWO, 'Old'));
    const [first, second] = fake.messages(TEXT).map((m) => m.id);
    expect(remoteId).toBe(`${first},${second}`);
    const edited = await platform.edit(TEXT, remoteId, digest(THREE, 'New'));
    const messages = fake.messages(TEXT);
    expect(edited).toEqual({ ok: true, value: { remoteId: `${remoteId},${messages[2]?.id}` } });
    expect(messages).toHaveLength(3);
    expect(messages.map((m) => m.edits)).toEqual([1, 1, 0]);
    expect(messages.flatMap(titlesOf)).toEqual(
      Array.from({ length: THREE }, (_, i) => `New story ${i}`),
    );
    const added = messages[2];
    expect(added?.body).toMatchObject({
      flags: MESSAGE_FLAGS.SuppressNotifications,
      message_reference: { message_id: second, channel_id: TEXT },
      nonce: nonceFor(`edit:${first}`, 2),
      enforce_nonce: true,
      allowed_mentions: { parse: [], replied_user: false },
    });
    const edits = fake.calls.filter((c) => c.route === 'editMessage').map((c) => c.path);
    expect(edits).toEqual([first, second].map((id) => `/api/v10/channels/${TEXT}/messages/${id}`));
  });

  it('finds the part an earlier edit added, so a later edit rewrites it instead of posting again', async () => {
    const remoteId = await send(TEXT, digest(TWO, 'Old'));
    await platform.edit(TEXT, remoteId, digest(THREE, 'New'));
    const again = await createDiscordPlatform({ token: fake.token, apiBase: fake.api }).edit(
      TEXT,
      remoteId,
      digest(THREE, 'Newer'),
    );
    expect(again.ok).toBe(true);
    const messages = fake.messages(TEXT);
    expect(messages).toHaveLength(3);
    expect(messages.map((m) => m.edits)).toEqual([2, 2, 1]);
    expect(titlesOf(messages[2])[0]).toMatch(/^Newer story/);
  });

  it('turns parts a shorter rendering does not need into a one-line stub, and fills them again later', async () => {
    const remoteId = await send(TEXT, digest(THREE, 'Old'));
    const shorter = await platform.edit(TEXT, remoteId, digest(ONE, 'Short'));
    expect(shorter.ok).toBe(true);
    const [head, ...stale] = fake.messages(TEXT);
    expect(titlesOf(head)).toEqual(Array.from({ length: ONE }, (_, i) => `Short story ${i}`));
    expect(stale.map((m) => [m.body.content, m.body.embeds, m.body.components])).toEqual([
      ['-# (continued above)', [], []],
      ['-# (continued above)', [], []],
    ]);
    const longer = await platform.edit(TEXT, remoteId, digest(THREE, 'Long'));
    expect(longer.ok).toBe(true);
    const messages = fake.messages(TEXT);
    expect(messages).toHaveLength(3);
    expect(messages.flatMap(titlesOf)).toEqual(
      Array.from({ length: THREE }, (_, i) => `Long story ${i}`),
    );
    expect(messages.map((m) => m.body.content ?? '')).toEqual(['', '', '']);
  });

  it('writes the stub in French for a French channel', async () => {
    const french = createDiscordPlatform({ token: fake.token, apiBase: fake.api, locale: 'fr' });
    const sent = await french.send({
      channel: TEXT,
      message: digest(TWO, 'A'),
      idempotencyKey: 'k',
    });
    if (!sent.ok) throw new Error(sent.error.message);
    await french.edit(TEXT, sent.value.remoteId, digest(ONE, 'B'));
    expect(fake.messages(TEXT)[1]?.body.content).toBe('-# (suite plus haut)');
  });

  it('converges when an edit is retried after a 500 on the second part', async () => {
    const remoteId = await send(TEXT, digest(TWO, 'Old'));
    fake.fail({ route: 'editMessage', status: 500, after: 1 });
    const failed = await platform.edit(TEXT, remoteId, digest(THREE, 'New'));
    expect(failed).toMatchObject({ ok: false, error: { code: 'SERVER_ERROR', retryable: true } });
    expect(fake.messages(TEXT).map((m) => m.edits)).toEqual([1, 0]);
    const retried = await platform.edit(TEXT, remoteId, digest(THREE, 'New'));
    expect(retried.ok).toBe(true);
    const messages = fake.messages(TEXT);
    expect(messages).toHaveLength(3);
    expect(messages.flatMap(titlesOf)).toEqual(
      Array.from({ length: THREE }, (_, i) => `New story ${i}`),
    );
  });

  it('does not post an added part twice when the edit failed after posting it', async () => {
    const remoteId = await send(TEXT, digest(ONE, 'Old'));
    // The first edit posts parts 2 and 3; Discord fails the post of part 3.
    fake.fail({ route: 'createMessage', status: 502, after: 1 });
    const failed = await platform.edit(TEXT, remoteId, digest(THREE, 'New'));
    expect(failed).toMatchObject({ ok: false, error: { retryable: true } });
    expect(fake.messages(TEXT)).toHaveLength(2);
    const retried = await platform.edit(TEXT, remoteId, digest(THREE, 'New'));
    expect(retried.ok).toBe(true);
    const messages = fake.messages(TEXT);
    expect(messages).toHaveLength(3);
    expect(messages[2]?.body.message_reference).toMatchObject({ message_id: messages[1]?.id });
    expect(messages.flatMap(titlesOf)).toHaveLength(THREE);
  });

  it('does not take a development replying to the post for a part of it', async () => {
    const remoteId = await send(TEXT, digest(ONE, 'Old'), 'alert:1:s1');
    const reply = await platform.send({
      channel: TEXT,
      message: digest(ONE, 'Development'),
      idempotencyKey: 'alert:1:s2',
      thread: { arcId: 'a', title: 'Arc', root: remoteId, previous: remoteId },
    });
    expect(reply.ok).toBe(true);
    const edited = await platform.edit(TEXT, remoteId, digest(TWO, 'New'));
    expect(edited.ok).toBe(true);
    const [original, development, added] = fake.messages(TEXT);
    expect(titlesOf(development)[0]).toBe('Development story 0');
    expect(development?.edits).toBe(0);
    expect(titlesOf(original)[0]).toBe('New story 0');
    expect(added?.body.message_reference).toMatchObject({ message_id: original?.id });
  });

  it('reports a deleted part in one line naming the channel and the part, and edits the others', async () => {
    const remoteId = await send(TEXT, digest(THREE, 'Old'));
    const [, middle] = fake.messages(TEXT);
    fake.deleteMessage(TEXT, middle?.id ?? '');
    const result = await platform.edit(TEXT, remoteId, digest(THREE, 'New'));
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'MESSAGE_GONE',
        message: `part 2 of 3 of the message to edit in Discord channel ${TEXT} was deleted`,
        retryable: false,
      },
    });
    const messages = fake.messages(TEXT);
    expect(messages).toHaveLength(2);
    const rendered = renderDiscord(digest(THREE, 'New'));
    expect(messages.map((m) => m.body.embeds)).toEqual([rendered[0]?.embeds, rendered[2]?.embeds]);
  });

  it('posts the extra part inside the forum post that holds the message', async () => {
    const remoteId = await send(FORUM, digest(TWO, 'Old'));
    const [post] = fake.threads(FORUM);
    const thread = post?.id ?? '';
    expect(remoteId.startsWith(`${thread}/${thread},`)).toBe(true);
    const edited = await platform.edit(FORUM, remoteId, digest(THREE, 'New'));
    expect(edited.ok).toBe(true);
    const messages = fake.messages(thread);
    expect(messages).toHaveLength(3);
    expect(messages.flatMap(titlesOf)).toEqual(
      Array.from({ length: THREE }, (_, i) => `New story ${i}`),
    );
    expect(fake.messages(FORUM)).toEqual([]);
  });

  it('still edits a message whose id was stored before parts were listed', async () => {
    await send(TEXT, digest(ONE, 'Old'));
    const [only] = fake.messages(TEXT);
    const edited = await platform.edit(TEXT, only?.id ?? '', digest(ONE, 'New'));
    expect(edited).toEqual({ ok: true, value: { remoteId: only?.id } });
    expect(titlesOf(fake.messages(TEXT)[0])[0]).toBe('New story 0');
  });

  it('retries an update row whose edit failed on the second part until every part shows it', async () => {
    const outbox = createSqliteOutboxStore(openDatabase({ path: ':memory:' }));
    let now = Date.UTC(2026, 11, 6, 12);
    const worker = createOutboxWorker({
      outbox,
      platforms: [platform],
      clock: { now: () => now },
      logger: silentLogger,
    });
    const row = {
      platform: 'discord',
      channel: TEXT,
      subscriptionId: null,
      storyId: 's1',
    } as const;
    const alert = outbox.enqueue(
      { ...row, kind: 'alert', message: digest(TWO, 'Old'), idempotencyKey: 'alert:1:s1' },
      now,
    ).id;
    await worker.drain();
    const update = outbox.enqueue(
      {
        ...row,
        kind: 'update',
        message: digest(THREE, 'New'),
        idempotencyKey: 'update:1:2',
        editOf: alert,
      },
      now,
    ).id;
    fake.fail({ route: 'editMessage', status: 500, after: 1 });
    await worker.drain();
    expect(outbox.get(update)).toMatchObject({ status: 'pending', attempts: 1 });
    now += 3_600_000;
    await worker.drain();
    expect(outbox.get(update)).toMatchObject({ status: 'sent', attempts: 2 });
    const messages = fake.messages(TEXT);
    expect(messages).toHaveLength(3);
    expect(messages.flatMap(titlesOf)).toEqual(
      Array.from({ length: THREE }, (_, i) => `New story ${i}`),
    );
  });
});
