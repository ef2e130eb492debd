import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Message } from '../../../src/core/message.js';
import type { ChatPlatform } from '../../../src/core/ports.js';
import {
  createSlackClient,
  createSlackPlatform,
  OUTBOX_EVENT,
  type ChannelLost,
} from '../../../src/platforms/slack/slack-platform.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/fake-slack.js';

const alert = (title: string): Message => ({
  blocks: [
    { type: 'heading', text: 'Alert', subtitle: 'Kidal' },
    {
      type: 'story',
      card: {
        storyId: 's1',
        title,
        url: 'https://example.org/kidal',
        summary: 'Fighters attacked an army post near Kidal.',
        sources: [{ name: 'RFI', url: 'https://example.org/kidal' }],
        tags: [],
        facts: [
          {
            id: 'kidal',
            title: 'Kidal',
            gist: 'Town of northern Mali.',
            command: '/mali fact kidal',
          },
        ],
      },
    },
  ],
  fallback: `Alert: ${title}`,
});

/** A digest long enough to be split into three Slack messages. */
const longDigest: Message = {
  blocks: Array.from({ length: 120 }, (_, i) => ({ type: 'text' as const, text: `Story ${i}` })),
  fallback: 'Digest',
};

describe('Slack platform', () => {
  let fake: FakeSlack;
  let lost: ChannelLost[];
  let platform: ChatPlatform;
  const make = (retries = 0): ChatPlatform =>
    createSlackPlatform({
      token: fake.token,
      client: createSlackClient({
        token: fake.token,
        apiUrl: fake.apiUrl,
        retryConfig: { retries, minTimeout: 10, maxTimeout: 20 },
      }),
      onChannelLost: (l) => lost.push(l),
    });
  beforeEach(async () => {
    fake = await startFakeSlack();
    lost = [];
    platform = make();
  });
  afterEach(() => fake.close());

  it('posts with the outbox key in message metadata, unfurling off, and returns the ts listed', async () => {
    const result = await platform.send({
      channel: 'C1',
      message: alert('JNIM attack'),
      idempotencyKey: 'alert:1:s1',
    });
    const [posted] = fake.messages('C1');
    expect(result).toEqual({ ok: true, value: { remoteId: `${posted?.ts}#1` } });
    expect(posted?.metadata).toEqual({
      event_type: OUTBOX_EVENT,
      event_payload: { key: 'alert:1:s1', part: 0, parts: 1 },
    });
    expect(posted?.unfurl_links).toBe('false'); // as the WebClient's form sends it
    expect(posted?.text).toBe('Alert: JNIM attack');
    expect(fake.calls.map((c) => c.method)).toEqual(['conversations.history', 'chat.postMessage']);
  });

  it('does not post again when a row is re-sent with the same key (after a crash or a lost answer)', async () => {
    const request = { channel: 'C1', message: alert('JNIM attack'), idempotencyKey: 'alert:1:s1' };
    const first = await platform.send(request);
    const again = await make().send(request);
    expect(fake.messages('C1')).toHaveLength(1);
    expect(again).toEqual(first);
  });

  it('posts only the missing parts of a split message interrupted half-way', async () => {
    const request = { channel: 'C1', message: longDigest, idempotencyKey: 'digest:1:42' };
    fake.fail({ method: 'chat.postMessage', kind: 'status', status: 503, after: 1 });
    const partial = await platform.send(request);
    expect(partial).toMatchObject({ ok: false, error: { code: 'SERVER_ERROR', retryable: true } });
    expect(fake.messages('C1')).toHaveLength(1);
    const resumed = await make().send(request);
    const parts = fake.messages('C1').map((m) => m.metadata?.event_payload);
    expect(parts).toEqual([0, 1, 2].map((part) => ({ key: 'digest:1:42', part, parts: 3 })));
    const listed = `${fake
      .messages('C1')
      .map((m) => m.ts)
      .join(',')}#3`;
    expect(resumed).toEqual({ ok: true, value: { remoteId: listed } });
  });

  it('edits the first part of the original post with chat.update', async () => {
    const sent = await platform.send({
      channel: 'C1',
      message: alert('JNIM attack'),
      idempotencyKey: 'k',
    });
    if (!sent.ok) throw new Error('send failed');
    const edited = await platform.edit(
      'C1',
      sent.value.remoteId,
      alert('JNIM attack, two sources'),
    );
    expect(edited).toEqual(sent);
    const [message] = fake.messages('C1');
    expect(message).toMatchObject({ edited: true, text: 'Alert: JNIM attack, two sources' });
  });

  it('waits out a 429 for its Retry-After and then posts', async () => {
    platform = make(2);
    fake.fail({ method: 'chat.postMessage', kind: 'ratelimited', retryAfter: 1 }, 1);
    const started = Date.now();
    const result = await platform.send({ channel: 'C1', message: alert('x'), idempotencyKey: 'k' });
    expect(result.ok).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(fake.calls.filter((c) => c.method === 'chat.postMessage').map((c) => c.status)).toEqual([
      429, 200,
    ]);
    expect(fake.messages('C1')).toHaveLength(1);
  });

  it('gives a rate limit it cannot wait out back to the outbox as retryable with its delay', async () => {
    fake.fail({ method: 'chat.postMessage', kind: 'ratelimited', retryAfter: 1 }, 1);
    const result = await platform.send({ channel: 'C1', message: alert('x'), idempotencyKey: 'k' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED', retryable: true, retryAfterMs: 1000 },
    });
  });

  it.each([
    [
      'channel_not_found',
      'Slack channel C9 does not exist or the bot cannot see it (channel_not_found)',
    ],
    [
      'not_in_channel',
      'Slack channel C9 does not have the bot as a member (invite it with /invite @sahel-digest) (not_in_channel)',
    ],
    ['is_archived', 'Slack channel C9 is archived (is_archived)'],
  ] as const)('fails for good on %s with a reason naming the channel', async (state, reason) => {
    fake.setChannel('C9', state);
    const result = await platform.send({ channel: 'C9', message: alert('x'), idempotencyKey: 'k' });
    const failure = { code: 'CHANNEL_LOST', message: reason, retryable: false };
    expect(result).toEqual({ ok: false, error: failure });
    expect(lost).toEqual([{ channel: 'C9', failure }]);
  });

  it('comes back retryable after 5xx answers outlast the client retries', async () => {
    platform = make(1);
    fake.fail({ method: 'chat.postMessage', kind: 'status', status: 502 }, 2);
    const result = await platform.send({ channel: 'C1', message: alert('x'), idempotencyKey: 'k' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'SERVER_ERROR',
        message: 'Slack answered 502 for channel C1',
        retryable: true,
      },
    });
    expect(fake.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(2);
  });

  it('comes back retryable, naming the channel, when Slack cannot be reached', async () => {
    await fake.close();
    const result = await platform.send({ channel: 'C1', message: alert('x'), idempotencyKey: 'k' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NETWORK', retryable: true } });
    expect(result.ok || result.error.message).toMatch(/^could not reach Slack for channel C1: /);
  });

  it('refuses a deleted message to edit for good', async () => {
    const result = await platform.edit('C1', '1.000100', alert('x'));
    expect(result).toMatchObject({ ok: false, error: { code: 'MESSAGE_GONE', retryable: false } });
  });
});
