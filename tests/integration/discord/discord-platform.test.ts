import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TopCommand } from '../../../src/core/command.js';
import type { Message, StoryCard } from '../../../src/core/message.js';
import type { ChatPlatform } from '../../../src/core/ports.js';
import {
  createDiscordPlatform,
  nonceFor,
  type ChannelLost,
} from '../../../src/platforms/discord/discord-platform.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/fake-discord.js';

const CHANNEL = '1200000000000000001';

const card: StoryCard = {
  storyId: 's1',
  title: 'JNIM claims attack near Kidal',
  url: 'https://example.org/kidal',
  summary: 'Fighters attacked an army post near Kidal on Monday.',
  sources: [{ name: 'RFI', url: 'https://example.org/kidal' }],
  tags: ['attack'],
  facts: [
    { id: 'kidal', title: 'Kidal', gist: 'Town of northern Mali.', command: '/mali fact kidal' },
  ],
};

const alert = (title = card.title): Message => ({
  blocks: [
    { type: 'heading', text: 'Alert', subtitle: 'Kidal' },
    { type: 'story', card: { ...card, title } },
  ],
  fallback: title,
});

describe('Discord platform against a fake Discord', () => {
  let fake: FakeDiscord;
  let platform: ChatPlatform;
  const lost: ChannelLost[] = [];

  beforeEach(async () => {
    fake = await startFakeDiscord({ channels: [CHANNEL] });
    lost.length = 0;
    platform = createDiscordPlatform({
      token: fake.token,
      apiBase: fake.api,
      onChannelLost: (l) => lost.push(l),
    });
  });
  afterEach(() => fake.close());

  it('posts a message with a nonce, enforce_nonce and no mentions allowed', async () => {
    const result = await platform.send({
      channel: CHANNEL,
      message: alert(),
      idempotencyKey: 'alert:1:s1',
    });
    expect(result.ok).toBe(true);
    const [posted] = fake.messages(CHANNEL);
    expect(result.ok && result.value.remoteId).toBe(posted?.id);
    expect(posted?.body).toMatchObject({
      nonce: nonceFor('alert:1:s1', 0),
      enforce_nonce: true,
      allowed_mentions: { parse: [] },
    });
    expect(String(posted?.body.nonce).length).toBeLessThanOrEqual(25);
    expect(fake.calls.at(-1)?.authorization).toBe(`Bot ${fake.token}`);
  });

  it('derives a nonce of at most 25 characters, the same for a row and part, different otherwise', () => {
    expect(nonceFor('alert:1:s1', 0)).toBe(nonceFor('alert:1:s1', 0));
    expect(nonceFor('alert:1:s1', 0)).not.toBe(nonceFor('alert:1:s1', 1));
    expect(nonceFor('alert:1:s1', 0)).not.toBe(nonceFor('alert:1:s2', 0));
    expect(nonceFor('x'.repeat(500), 3)).toHaveLength(25);
  });

  it('posts once when the same outbox row is sent again', async () => {
    const request = { channel: CHANNEL, message: alert(), idempotencyKey: 'alert:1:s1' };
    const first = await platform.send(request);
    const again = await createDiscordPlatform({ token: fake.token, apiBase: fake.api }).send(
      request,
    );
    expect(fake.messages(CHANNEL)).toHaveLength(1);
    expect(again).toEqual(first);
    expect(fake.calls.filter((c) => c.route === 'createMessage')).toHaveLength(2);
  });

  it('waits out a 429 as discord.js does and then posts once', async () => {
    fake.fail({ route: 'createMessage', status: 429, retryAfter: 0.3 });
    const started = Date.now();
    const result = await platform.send({
      channel: CHANNEL,
      message: alert(),
      idempotencyKey: 'k429',
    });
    expect(result.ok).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(fake.calls.filter((c) => c.route === 'createMessage').map((c) => c.status)).toEqual([
      429, 200,
    ]);
    expect(fake.messages(CHANNEL)).toHaveLength(1);
  });

  it('gives a 5xx back as a retryable failure, and the retry posts', async () => {
    fake.fail({ route: 'createMessage', status: 503 });
    const failed = await platform.send({
      channel: CHANNEL,
      message: alert(),
      idempotencyKey: 'k5',
    });
    expect(failed).toEqual({
      ok: false,
      error: {
        code: 'SERVER_ERROR',
        message: `Discord answered 503 for channel ${CHANNEL}`,
        retryable: true,
      },
    });
    expect(fake.messages(CHANNEL)).toHaveLength(0);
    const retried = await platform.send({
      channel: CHANNEL,
      message: alert(),
      idempotencyKey: 'k5',
    });
    expect(retried.ok).toBe(true);
    expect(fake.messages(CHANNEL)).toHaveLength(1);
  });

  it('fails a 403 without retry, naming the channel, and reports the lost channel', async () => {
    fake.forbid(CHANNEL);
    const result = await platform.send({
      channel: CHANNEL,
      message: alert(),
      idempotencyKey: 'k403',
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: `the bot may not post in Discord channel ${CHANNEL} (Missing Access, 50001)`,
        retryable: false,
      },
    });
    expect(lost.map((l) => l.channel)).toEqual([CHANNEL]);
  });

  it('fails an unknown channel (404) without retry', async () => {
    const result = await platform.send({
      channel: '1299999999999999999',
      message: alert(),
      idempotencyKey: 'k404',
    });
    expect(result.ok ? null : result.error).toEqual({
      code: 'NOT_FOUND',
      message:
        'Discord channel 1299999999999999999 does not exist or the bot cannot see it (Unknown Channel, 10003)',
      retryable: false,
    });
    expect(lost).toHaveLength(1);
  });

  it('edits the posted message for a story update', async () => {
    const sent = await platform.send({
      channel: CHANNEL,
      message: alert(),
      idempotencyKey: 'k-edit',
    });
    if (!sent.ok) throw new Error(sent.error.message);
    const edited = await platform.edit(CHANNEL, sent.value.remoteId, alert('Updated title'));
    expect(edited).toEqual({ ok: true, value: { remoteId: sent.value.remoteId } });
    const [message] = fake.messages(CHANNEL);
    expect(message?.edits).toBe(1);
    expect((message?.body.embeds as { title: string }[])[0]?.title).toBe('Updated title');
  });

  it('fails an edit of a deleted message without pausing the channel', async () => {
    const result = await platform.edit(CHANNEL, '1288888888888888888', alert());
    expect(result.ok ? null : result.error.code).toBe('MESSAGE_GONE');
    expect(lost).toHaveLength(0);
  });

  it('posts a 30-story digest as several messages Discord accepts, in order', async () => {
    const blocks: Message['blocks'] = [
      { type: 'heading', text: 'Digest' },
      ...Array.from({ length: 30 }, (_, i) => ({
        type: 'story' as const,
        card: {
          ...card,
          storyId: `s${i}`,
          title: `Story ${i}`,
          summary: 'Words about the day. '.repeat(60),
        },
      })),
    ];
    const result = await platform.send({
      channel: CHANNEL,
      message: { blocks, fallback: 'Digest' },
      idempotencyKey: 'digest:1',
    });
    expect(result.ok).toBe(true);
    expect(fake.calls.every((c) => c.status === 200)).toBe(true);
    const posted = fake.messages(CHANNEL);
    expect(posted.length).toBeGreaterThan(3);
    const titles = posted.flatMap((m) =>
      (m.body.embeds as { title?: string }[]).map((e) => e.title),
    );
    expect(titles.filter((t) => t?.startsWith('Story'))).toEqual(
      Array.from({ length: 30 }, (_, i) => `Story ${i}`),
    );
    expect(new Set(posted.map((m) => m.nonce)).size).toBe(posted.length);
  });

  it('lets a hostile feed title ping nobody', async () => {
    const hostile = '@everyone <@&123> [click](https://evil.example)';
    await platform.send({ channel: CHANNEL, message: alert(hostile), idempotencyKey: 'evil' });
    const [posted] = fake.messages(CHANNEL);
    const json = JSON.stringify(posted?.body);
    expect(posted?.body.allowed_mentions).toEqual({ parse: [] });
    expect(json).not.toContain('@everyone');
    expect(json).not.toMatch(/(?<!\\\\)<@&123>/);
    expect(json).not.toContain('[click](https://evil.example)');
  });

  it('shows admin command paths in delivered notices as typed on Discord', async () => {
    const tops: TopCommand[] = [
      {
        name: 'sahel',
        description: { en: 's', fr: 's' },
        commands: [
          {
            name: 'status',
            group: 'feeds',
            scope: 'sahel',
            admin: true,
            description: { en: 's', fr: 's' },
            options: [],
            handle: () => ({ blocks: [], fallback: '' }),
          },
        ],
      },
    ];
    const withTops = createDiscordPlatform({ token: fake.token, apiBase: fake.api, tops });
    const text = 'Feed disabled. /sahel feeds status shows its state.';
    await withTops.send({
      channel: CHANNEL,
      message: { blocks: [{ type: 'text', text }], fallback: text },
      idempotencyKey: 'notice:1',
    });
    const [posted] = fake.messages(CHANNEL);
    expect(JSON.stringify(posted?.body)).toContain('/sahel-admin feeds status shows its state');
  });

  it('fails a bad token once, without retry, telling which variable to check', async () => {
    const bad = createDiscordPlatform({ token: 'wrong', apiBase: fake.api });
    const result = await bad.send({ channel: CHANNEL, message: alert(), idempotencyKey: 'k401' });
    expect(result.ok ? null : result.error).toEqual({
      code: 'UNAUTHORIZED',
      message: 'Discord refused the bot token (401): check DISCORD_TOKEN',
      retryable: false,
    });
  });
});
