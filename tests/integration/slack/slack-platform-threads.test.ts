import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Message } from '../../../src/core/message.js';
import type { ChatPlatform, ThreadContext } from '../../../src/core/ports.js';
import {
  createSlackClient,
  createSlackPlatform,
} from '../../../src/platforms/slack/slack-platform.js';
import { threadRootOf } from '../../../src/platforms/slack/slack-remote-id.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/fake-slack.js';
import { arcDevelopment } from '../../fakes/arc-message.js';

const ARC = 'arc-kidal';

/** Development `position` of the Kidal arc, as an alert message carrying its arc. */
function development(position: number, title: string, note?: string): Message {
  return arcDevelopment(position, title, {
    arcId: ARC,
    arcTitle: 'Fighting around Kidal',
    since: Date.UTC(2026, 11, 1),
    ...(note === undefined ? {} : { note }),
  });
}

/** The thread context the outbox gives a development once `root` was posted in the channel. */
const threadUnder = (root: string | null): ThreadContext => ({
  arcId: ARC,
  title: 'Fighting around Kidal',
  root,
  previous: root,
});

describe('Slack platform: arc threads', () => {
  let fake: FakeSlack;
  let platform: ChatPlatform;
  beforeEach(async () => {
    fake = await startFakeSlack();
    platform = createSlackPlatform({
      token: fake.token,
      client: createSlackClient({
        token: fake.token,
        apiUrl: fake.apiUrl,
        retryConfig: { retries: 0 },
      }),
    });
  });
  afterEach(() => fake.close());

  /** Posts the first development at the top level and returns its ts (the thread root). */
  async function postFirst(): Promise<string> {
    const first = await platform.send({
      channel: 'C1',
      message: development(1, 'Attack on an army post near Kidal'),
      idempotencyKey: 'alert:1:s1',
      thread: threadUnder(null),
    });
    if (!first.ok) throw new Error(first.error.message);
    return threadRootOf(first.value.remoteId);
  }

  it('posts the first development at the top level and the next as a reply broadcast to the channel', async () => {
    const root = await postFirst();
    const next = await platform.send({
      channel: 'C1',
      message: development(2, 'Army retakes the post near Kidal'),
      idempotencyKey: 'alert:1:s2',
      thread: threadUnder(root),
    });
    const [first, reply] = fake.messages('C1');
    expect(first?.thread_ts).toBeUndefined();
    expect(reply).toMatchObject({
      thread_ts: root,
      subtype: 'thread_broadcast',
      text: 'Alert: Army retakes the post near Kidal',
    });
    expect(next).toEqual({ ok: true, value: { remoteId: `${root}/${reply?.ts}#1` } });
    const post = fake.calls.filter((c) => c.method === 'chat.postMessage').at(-1);
    expect(post?.args).toMatchObject({ thread_ts: root, reply_broadcast: 'true' });
  });

  it('edits a reply in place when another outlet reports the same development', async () => {
    const root = await postFirst();
    const next = await platform.send({
      channel: 'C1',
      message: development(2, 'Army retakes the post near Kidal'),
      idempotencyKey: 'alert:1:s2',
      thread: threadUnder(root),
    });
    if (!next.ok) throw new Error(next.error.message);
    const edited = await platform.edit(
      'C1',
      next.value.remoteId,
      development(2, 'Army retakes the post near Kidal', 'Also reported by Studio Tamani'),
    );
    expect(edited).toEqual({ ok: true, value: { remoteId: next.value.remoteId } });
    const reply = fake.messages('C1').find((m) => `${root}/${m.ts}#1` === next.value.remoteId);
    expect(reply?.edited).toBe(true);
    expect(reply?.thread_ts).toBe(root);
    expect(JSON.stringify(reply?.blocks)).toMatch(/Also reported by Studio Tamani/);
    expect(fake.messages('C1')).toHaveLength(2);
  });

  it('does not post a reply twice when a crash came between the post and its record', async () => {
    const root = await postFirst();
    const request = {
      channel: 'C1',
      message: development(2, 'Army retakes the post near Kidal'),
      idempotencyKey: 'alert:1:s2',
      thread: threadUnder(root),
    };
    const sent = await platform.send(request);
    // The process died before the outbox recorded `sent`: the row is sent again on restart.
    const again = await platform.send(request);
    expect(fake.messages('C1')).toHaveLength(2);
    expect(again).toEqual(sent);
    expect(fake.calls.map((c) => c.method).slice(-2)).toEqual([
      'conversations.history',
      'conversations.replies',
    ]);
  });

  it('posts at the top level, not nowhere, when the thread root was deleted', async () => {
    const root = await postFirst();
    fake.deleteMessage('C1', root);
    const next = await platform.send({
      channel: 'C1',
      message: development(2, 'Army retakes the post near Kidal'),
      idempotencyKey: 'alert:1:s2',
      thread: threadUnder(root),
    });
    const [posted] = fake.messages('C1');
    expect(next).toEqual({ ok: true, value: { remoteId: `${posted?.ts}#1` } });
    expect(posted?.thread_ts).toBeUndefined();
    expect(posted?.text).toBe('Alert: Army retakes the post near Kidal');
  });

  it('posts at the top level when Slack refuses the reply with thread_not_found', async () => {
    const root = await postFirst();
    fake.fail({ method: 'chat.postMessage', kind: 'error', error: 'thread_not_found' });
    const next = await platform.send({
      channel: 'C1',
      message: development(2, 'Army retakes the post near Kidal'),
      idempotencyKey: 'alert:1:s2',
      thread: threadUnder(root),
    });
    const posted = fake.messages('C1').at(-1);
    expect(next).toEqual({ ok: true, value: { remoteId: `${posted?.ts}#1` } });
    expect(posted?.thread_ts).toBeUndefined();
    expect(fake.messages('C1')).toHaveLength(2);
  });

  it('does not look into a thread for a development that has none yet', async () => {
    await postFirst();
    expect(fake.calls.map((c) => c.method)).toEqual(['conversations.history', 'chat.postMessage']);
  });
});
