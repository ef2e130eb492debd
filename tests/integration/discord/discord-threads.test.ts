import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArcMark, Message, StoryCard } from '../../../src/core/message.js';
import type { ChatPlatform, SendRequest, ThreadContext } from '../../../src/core/ports.js';
import {
  createDiscordPlatform,
  type ChannelLost,
} from '../../../src/platforms/discord/discord-platform.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/fake-discord.js';

const TEXT = '1200000000000000001';
const FORUM = '1200000000000000002';
const ROLE = '1250000000000000007';
const EVIL = '@everyone <@&123> [click](https://evil.example)';

const arc: ArcMark = {
  id: 'arc-niger-coup',
  title: 'Niger coup',
  position: 1,
  since: Date.UTC(2023, 6, 26),
  previous: null,
};

const card = (storyId: string, title: string): StoryCard => ({
  storyId,
  title,
  url: `https://example.org/${storyId}`,
  summary: 'Soldiers appeared on national television.',
  sources: [{ name: 'RFI', url: `https://example.org/${storyId}` }],
  tags: ['coup'],
  facts: [],
});

/** An alert of development `position` of an arc, as the alert builder marks it. */
const development = (position: number, title: string, mark: ArcMark | null = arc): Message => ({
  blocks: [
    { type: 'heading', text: 'Alert', subtitle: 'Niger' },
    { type: 'story', card: card(`s${position}`, title) },
  ],
  fallback: title,
  ...(mark === null ? {} : { arc: { ...mark, position } }),
});

/** What deliver-row passes: the remote ids of the arc's earlier posts in this channel. */
const threadOf = (ids: readonly string[], title = arc.title): ThreadContext => ({
  arcId: arc.id,
  title,
  root: ids[0] ?? null,
  previous: ids.at(-1) ?? null,
});

describe('Discord arcs: forum posts and replies', () => {
  let fake: FakeDiscord;
  let platform: ChatPlatform;
  const lost: ChannelLost[] = [];

  beforeEach(async () => {
    fake = await startFakeDiscord({ channels: [TEXT], forums: [FORUM] });
    lost.length = 0;
    platform = createDiscordPlatform({
      token: fake.token,
      apiBase: fake.api,
      onChannelLost: (l) => lost.push(l),
    });
  });
  afterEach(() => fake.close());

  /** Sends developments in order, each with the thread context of the ones sent before. */
  async function sendArc(channel: string, titles: readonly string[]): Promise<string[]> {
    const ids: string[] = [];
    for (const [i, title] of titles.entries()) {
      const result = await platform.send({
        channel,
        message: development(i + 1, title),
        idempotencyKey: `alert:1:s${i + 1}`,
        thread: threadOf(ids),
      });
      if (!result.ok) throw new Error(result.error.message);
      ids.push(result.value.remoteId);
    }
    return ids;
  }

  it('opens one forum post per arc, titled with the arc, with one message per development', async () => {
    const ids = await sendArc(FORUM, ['Soldiers seize power in Niamey', 'ECOWAS sets deadline']);
    const [post, ...others] = fake.threads(FORUM);
    expect(others).toHaveLength(0);
    expect(post?.name).toBe('Niger coup');
    const messages = fake.messages(post?.id ?? '');
    expect(messages.map((m) => (m.body.embeds as { title: string }[])[0]?.title)).toEqual([
      'Soldiers seize power in Niamey',
      'ECOWAS sets deadline',
    ]);
    expect(ids).toEqual([`${post?.id}/${post?.id}`, `${post?.id}/${messages[1]?.id}`]);
    expect(fake.messages(FORUM)).toHaveLength(0);
  });

  it('edits the development inside its forum post when more outlets report it', async () => {
    const [, second = ''] = await sendArc(FORUM, ['Soldiers seize power', 'ECOWAS sets deadline']);
    const result = await platform.edit(
      FORUM,
      second,
      development(2, 'ECOWAS sets a deadline (2 sources)'),
    );
    expect(result).toEqual({ ok: true, value: { remoteId: second } });
    const [thread, message] = second.split('/');
    const edited = fake.messages(thread ?? '').find((m) => m.id === message);
    expect(edited?.edits).toBe(1);
    expect((edited?.body.embeds as { title: string }[])[0]?.title).toBe(
      'ECOWAS sets a deadline (2 sources)',
    );
    expect(fake.messages(thread ?? '')[0]?.edits).toBe(0);
  });

  it('opens a separate post for each arc and for a message without one', async () => {
    await sendArc(FORUM, ['Soldiers seize power']);
    const other: SendRequest = {
      channel: FORUM,
      message: development(1, 'Mali army retakes Kidal', {
        ...arc,
        id: 'arc-kidal',
        title: 'Kidal',
      }),
      idempotencyKey: 'alert:1:k1',
      thread: { arcId: 'arc-kidal', title: 'Kidal', root: null, previous: null },
    };
    await platform.send(other);
    await platform.send({
      channel: FORUM,
      message: development(1, 'Drought in Tillabéri', null),
      idempotencyKey: 'alert:1:d1',
    });
    expect(fake.threads(FORUM).map((t) => t.name)).toEqual([
      'Niger coup',
      'Kidal',
      'Drought in Tillabéri',
    ]);
  });

  it('puts every part of a split message in its post, once even when sent again', async () => {
    const digest: Message = {
      blocks: [
        { type: 'heading', text: 'Sahel digest' },
        ...Array.from({ length: 14 }, (_, i) => ({
          type: 'story' as const,
          card: card(`d${i}`, `Story number ${i}`),
        })),
      ],
      fallback: 'Sahel digest',
    };
    const request = { channel: FORUM, message: digest, idempotencyKey: 'digest:1:w1' };
    const first = await platform.send(request);
    await createDiscordPlatform({ token: fake.token, apiBase: fake.api }).send(request);
    const [post, ...others] = fake.threads(FORUM);
    expect(others).toEqual([]);
    expect(post?.name).toBe('Sahel digest');
    const parts = fake.messages(post?.id ?? '').map((m) => m.id);
    expect(first.ok && first.value.remoteId).toBe(`${post?.id}/${parts.join(',')}`);
    const embeds = fake.messages(post?.id ?? '').flatMap((m) => m.body.embeds as unknown[]);
    expect(parts).toHaveLength(2);
    expect(embeds.length).toBeGreaterThanOrEqual(14);
  });

  it('cuts a long arc title at a word, within the 100 characters of a post name', async () => {
    const long = `${'Junta '.repeat(20)}extends the transition`;
    await platform.send({
      channel: FORUM,
      message: development(1, 'x'),
      idempotencyKey: 'alert:1:l1',
      thread: threadOf([], long),
    });
    await platform.send({
      channel: FORUM,
      message: { ...development(1, 'y'), arc: { ...arc, id: 'a2', title: long } },
      idempotencyKey: 'alert:1:l2',
    });
    const names = fake.threads(FORUM).map((t) => t.name);
    expect(names[1]?.length).toBeLessThanOrEqual(100);
    expect(names[1]).toMatch(/^(Junta )+Junta…$/);
  });

  it('makes no second post when a forum send is retried after its answer was lost', async () => {
    const request: SendRequest = {
      channel: FORUM,
      message: development(1, 'Soldiers seize power'),
      idempotencyKey: 'alert:1:s1',
      thread: threadOf([]),
    };
    const first = await platform.send(request);
    const again = await createDiscordPlatform({ token: fake.token, apiBase: fake.api }).send(
      request,
    );
    expect(fake.threads(FORUM)).toHaveLength(1);
    expect(again).toEqual(first);
  });

  it('unarchives an archived post and keeps the arc in it', async () => {
    const [first = ''] = await sendArc(FORUM, ['Soldiers seize power']);
    const thread = first.split('/')[0] ?? '';
    fake.archive(thread);
    const result = await platform.send({
      channel: FORUM,
      message: development(2, 'ECOWAS sets deadline'),
      idempotencyKey: 'alert:1:s2',
      thread: threadOf([first]),
    });
    expect(result.ok).toBe(true);
    expect(fake.threads(FORUM)).toHaveLength(1);
    expect(fake.threads(FORUM)[0]?.archived).toBe(false);
    expect(fake.messages(thread)).toHaveLength(2);
  });

  it('opens a new post when a moderator locked the arc post, and pauses nothing', async () => {
    const [first = ''] = await sendArc(FORUM, ['Soldiers seize power']);
    fake.archive(first.split('/')[0] ?? '', { locked: true });
    const result = await platform.send({
      channel: FORUM,
      message: development(2, 'ECOWAS sets deadline'),
      idempotencyKey: 'alert:1:s2',
      thread: threadOf([first]),
    });
    expect(result.ok).toBe(true);
    expect(fake.threads(FORUM).map((t) => t.name)).toEqual(['Niger coup', 'Niger coup']);
    const edit = await platform.edit(FORUM, first, development(1, 'Soldiers seize power (3)'));
    expect(edit.ok || edit.error.code).toBe('POST_LOCKED');
    expect(lost).toEqual([]);
  });

  it('edits a development inside an archived post by unarchiving it', async () => {
    const [first = ''] = await sendArc(FORUM, ['Soldiers seize power']);
    const thread = first.split('/')[0] ?? '';
    fake.archive(thread);
    const edit = await platform.edit(FORUM, first, development(1, 'Soldiers seize power (3)'));
    expect(edit.ok).toBe(true);
    expect(fake.messages(thread)[0]?.edits).toBe(1);
  });

  it('opens a new post when the arc post was deleted, and pauses nothing', async () => {
    const [first = ''] = await sendArc(FORUM, ['Soldiers seize power']);
    fake.deleteThread(first.split('/')[0] ?? '');
    const result = await platform.send({
      channel: FORUM,
      message: development(2, 'ECOWAS sets deadline'),
      idempotencyKey: 'alert:1:s2',
      thread: threadOf([first]),
    });
    expect(result.ok).toBe(true);
    expect(fake.threads(FORUM)).toHaveLength(1);
    const edit = await platform.edit(FORUM, first, development(1, 'Soldiers seize power (3)'));
    expect(edit.ok || edit.error.code).toBe('MESSAGE_GONE');
    expect(lost).toEqual([]);
  });

  it('posts a new development in a text channel as a reply to the previous one, pinging nobody', async () => {
    const [first = '', second = ''] = await sendArc(TEXT, [
      'Soldiers seize power',
      'ECOWAS deadline',
    ]);
    const [one, two] = fake.messages(TEXT);
    expect(one?.body.message_reference).toBeUndefined();
    expect(two?.id).toBe(second);
    expect(two?.body).toMatchObject({
      message_reference: { message_id: first, channel_id: TEXT, fail_if_not_exists: false },
      allowed_mentions: { parse: [], replied_user: false },
    });
    expect(fake.messages(TEXT).map((m) => fake.pings(m))).toEqual([[], []]);
  });

  it('still posts a development whose previous message was deleted', async () => {
    const result = await platform.send({
      channel: TEXT,
      message: development(2, 'ECOWAS deadline'),
      idempotencyKey: 'alert:1:s2',
      thread: threadOf(['1299999999999999999']),
    });
    expect(result.ok).toBe(true);
    expect(fake.messages(TEXT)).toHaveLength(1);
  });

  it('learns a channel type once per process', async () => {
    await sendArc(TEXT, ['a', 'b', 'c']);
    expect(fake.calls.filter((c) => c.route === 'getChannel')).toHaveLength(1);
  });

  it('lets the admin-chosen role, and only it, be pinged', async () => {
    const pinged = { ...development(1, 'Soldiers seize power'), ping: { role: ROLE } };
    await platform.send({ channel: TEXT, message: pinged, idempotencyKey: 'alert:1:p1' });
    await platform.send({
      channel: FORUM,
      message: pinged,
      idempotencyKey: 'alert:2:p1',
      thread: threadOf([]),
    });
    const inPost = fake.messages(fake.threads(FORUM)[0]?.id ?? '');
    for (const message of [...fake.messages(TEXT), ...inPost]) {
      expect(message.body).toMatchObject({
        content: `<@&${ROLE}>`,
        allowed_mentions: { parse: [], roles: [ROLE] },
      });
      expect(fake.pings(message)).toEqual([`role:${ROLE}`]);
    }
  });

  it('pings nobody for an arc alert titled with mentions and a masked link', async () => {
    const evil: Message = {
      ...development(1, EVIL),
      arc: { ...arc, title: EVIL, previous: { storyId: 's0', title: EVIL, url: null } },
    };
    for (const channel of [TEXT, FORUM]) {
      const first = await platform.send({
        channel,
        message: evil,
        idempotencyKey: `alert:${channel}:e1`,
        thread: threadOf([], EVIL),
      });
      await platform.send({
        channel,
        message: { ...evil, arc: { ...arc, title: EVIL, position: 2 } },
        idempotencyKey: `alert:${channel}:e2`,
        thread: threadOf([first.ok ? first.value.remoteId : ''], EVIL),
      });
    }
    const all = [
      ...fake.messages(TEXT),
      ...fake.threads(FORUM).flatMap((t) => fake.messages(t.id)),
    ];
    expect(all.length).toBeGreaterThanOrEqual(4);
    for (const message of all) {
      expect(fake.pings(message)).toEqual([]);
      expect(JSON.stringify(message.body)).not.toContain('](https://evil.example)');
    }
  });
});
