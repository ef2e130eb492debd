import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Message } from '../../../src/core/message.js';
import { silentLogger, type ChatPlatform } from '../../../src/core/ports.js';
import { createOutboxWorker } from '../../../src/deliver/outbox-worker.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { createSqliteOutboxStore } from '../../../src/store/sqlite-outbox-store.js';
import {
  createSlackClient,
  createSlackPlatform,
  OUTBOX_EVENT,
} from '../../../src/platforms/slack/slack-platform.js';
import { renderSlack } from '../../../src/platforms/slack/render-slack.js';
import { threadRootOf } from '../../../src/platforms/slack/slack-remote-id.js';
import { startFakeSlack, type FakeSlack, type FakeSlackMessage } from '../../fakes/fake-slack.js';

/** A digest of `lines` text blocks, each starting with `edition`. */
const digest = (lines: number, edition: string): Message => ({
  blocks: Array.from({ length: lines }, (_, i) => ({
    type: 'text' as const,
    text: `${edition} line ${i}`,
  })),
  fallback: `${edition} digest`,
});

/** Line counts that render as one, two and three Slack messages (checked below). */
const ONE = 30;
const TWO = 70;
const THREE = 120;

/** The digest lines a posted message shows, in order. */
const linesOf = (message: FakeSlackMessage | undefined): string[] =>
  [...JSON.stringify(message?.blocks ?? []).matchAll(/(\w+) line (\d+)/g)].map((m) => m[0]);

const allLines = (lines: number, edition: string): string[] =>
  Array.from({ length: lines }, (_, i) => `${edition} line ${i}`);

describe('Slack edits of split messages', () => {
  let fake: FakeSlack;
  let platform: ChatPlatform;
  const make = (locale: 'en' | 'fr' = 'en'): ChatPlatform =>
    createSlackPlatform({
      token: fake.token,
      locale,
      client: createSlackClient({
        token: fake.token,
        apiUrl: fake.apiUrl,
        retryConfig: { retries: 0 },
      }),
    });
  beforeEach(async () => {
    fake = await startFakeSlack();
    platform = make();
  });
  afterEach(() => fake.close());

  async function send(message: Message, key = 'digest:1:w1'): Promise<string> {
    const sent = await platform.send({ channel: 'C1', message, idempotencyKey: key });
    if (!sent.ok) throw new Error(sent.error.message);
    return sent.value.remoteId;
  }

  const payloadsOf = (): unknown[] => fake.messages('C1').map((m) => m.metadata?.event_payload);

  it('renders the test digests as one, two and three messages', () => {
    expect([ONE, TWO, THREE].map((n) => renderSlack(digest(n, 'x')).length)).toEqual([1, 2, 3]);
  });

  it('updates every part in order and posts the extra part after the last one', async () => {
    const remoteId = await send(digest(TWO, 'Old'));
    const edited = await platform.edit('C1', remoteId, digest(THREE, 'New'));
    const messages = fake.messages('C1');
    // The answer lists every part, for the next edit to start from.
    const listed = `${messages.map((m) => m.ts).join(',')}#3`;
    expect(edited).toEqual({ ok: true, value: { remoteId: listed } });
    expect(messages).toHaveLength(3);
    expect(messages.flatMap(linesOf)).toEqual(allLines(THREE, 'New'));
    expect(messages.map((m) => m.edited === true)).toEqual([true, true, false]);
    const updated = fake.calls.filter((c) => c.method === 'chat.update').map((c) => c.args.ts);
    expect(updated).toEqual(messages.slice(0, 2).map((m) => m.ts));
    expect(payloadsOf()).toEqual([0, 1, 2].map((part) => ({ key: 'digest:1:w1', part, parts: 3 })));
    expect(messages[2]).toMatchObject({ metadata: { event_type: OUTBOX_EVENT } });
    expect(messages[2]?.thread_ts).toBeUndefined();
  });

  it('finds the part an earlier edit added, so a later edit rewrites it instead of posting again', async () => {
    const remoteId = await send(digest(TWO, 'Old'));
    // Another message in the channel between the post and the edits.
    await send(digest(ONE, 'Other'), 'alert:2:s9');
    await platform.edit('C1', remoteId, digest(THREE, 'New'));
    const again = await make().edit('C1', remoteId, digest(THREE, 'Newer'));
    expect(again.ok).toBe(true);
    const messages = fake.messages('C1');
    expect(messages).toHaveLength(4);
    expect([0, 1, 3].flatMap((i) => linesOf(messages[i]))).toEqual(allLines(THREE, 'Newer'));
    expect(linesOf(messages[2])).toEqual(allLines(ONE, 'Other'));
  });

  it('turns parts a shorter rendering does not need into a one-line stub, and fills them again later', async () => {
    const remoteId = await send(digest(THREE, 'Old'));
    const shorter = await platform.edit('C1', remoteId, digest(ONE, 'Short'));
    expect(shorter.ok).toBe(true);
    const [head, ...stale] = fake.messages('C1');
    expect(linesOf(head)).toEqual(allLines(ONE, 'Short'));
    expect(stale.map((m) => [m.text, m.blocks])).toEqual(
      stale.map(() => [
        '(continued above)',
        [
          {
            type: 'context',
            elements: [{ type: 'mrkdwn', text: '_(continued above)_', verbatim: true }],
          },
        ],
      ]),
    );
    expect(payloadsOf()).toEqual([0, 1, 2].map((part) => ({ key: 'digest:1:w1', part, parts: 1 })));
    const longer = await platform.edit('C1', remoteId, digest(THREE, 'Long'));
    expect(longer.ok).toBe(true);
    expect(fake.messages('C1')).toHaveLength(3);
    expect(fake.messages('C1').flatMap(linesOf)).toEqual(allLines(THREE, 'Long'));
  });

  it('writes the stub in French for a French channel', async () => {
    const remoteId = await send(digest(TWO, 'Old'));
    await make('fr').edit('C1', remoteId, digest(ONE, 'New'));
    expect(fake.messages('C1')[1]?.text).toBe('(suite plus haut)');
  });

  it('converges when an edit is retried after a 500 on the second part', async () => {
    const remoteId = await send(digest(TWO, 'Old'));
    fake.fail({ method: 'chat.update', kind: 'status', status: 500, after: 1 });
    const failed = await platform.edit('C1', remoteId, digest(THREE, 'New'));
    expect(failed).toMatchObject({ ok: false, error: { code: 'SERVER_ERROR', retryable: true } });
    expect(fake.messages('C1').map((m) => m.edited === true)).toEqual([true, false]);
    const retried = await platform.edit('C1', remoteId, digest(THREE, 'New'));
    expect(retried.ok).toBe(true);
    expect(fake.messages('C1')).toHaveLength(3);
    expect(fake.messages('C1').flatMap(linesOf)).toEqual(allLines(THREE, 'New'));
  });

  it('does not post an added part twice when the edit failed after posting it', async () => {
    const remoteId = await send(digest(ONE, 'Old'));
    fake.fail({ method: 'chat.postMessage', kind: 'status', status: 503, after: 1 });
    const failed = await platform.edit('C1', remoteId, digest(THREE, 'New'));
    expect(failed).toMatchObject({ ok: false, error: { retryable: true } });
    expect(fake.messages('C1')).toHaveLength(2);
    const retried = await platform.edit('C1', remoteId, digest(THREE, 'New'));
    expect(retried.ok).toBe(true);
    expect(fake.messages('C1')).toHaveLength(3);
    expect(fake.messages('C1').flatMap(linesOf)).toEqual(allLines(THREE, 'New'));
  });

  it('posts the extra part of a reply in its thread, without broadcasting it', async () => {
    const root = threadRootOf(await send(digest(ONE, 'First'), 'alert:1:s1'));
    const reply = await platform.send({
      channel: 'C1',
      message: digest(TWO, 'Old'),
      idempotencyKey: 'alert:1:s2',
      thread: { arcId: 'a', title: 'Arc', root, previous: root },
    });
    if (!reply.ok) throw new Error(reply.error.message);
    expect(reply.value.remoteId).toBe(
      `${root}/${fake
        .messages('C1')
        .slice(1, 3)
        .map((m) => m.ts)
        .join(',')}#2`,
    );
    const edited = await platform.edit('C1', reply.value.remoteId, digest(THREE, 'New'));
    expect(edited.ok).toBe(true);
    const [first, ...parts] = fake.messages('C1');
    expect(linesOf(first)).toEqual(allLines(ONE, 'First'));
    expect(parts.flatMap(linesOf)).toEqual(allLines(THREE, 'New'));
    expect(parts.map((m) => [m.thread_ts, m.subtype])).toEqual([
      [root, 'thread_broadcast'],
      [root, undefined],
      [root, undefined],
    ]);
    const added = fake.calls.filter((c) => c.method === 'chat.postMessage').at(-1);
    expect(added?.args).toMatchObject({ thread_ts: root, reply_broadcast: 'false' });
  });

  it('reports a deleted part in one line naming the channel and the part, and edits the others', async () => {
    const remoteId = await send(digest(THREE, 'Old'));
    fake.deleteMessage('C1', fake.messages('C1')[1]?.ts ?? '');
    const result = await platform.edit('C1', remoteId, digest(THREE, 'New'));
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'MESSAGE_GONE',
        message: 'part 2 of 3 of the message to edit in Slack channel C1 was deleted',
        retryable: false,
      },
    });
    const messages = fake.messages('C1');
    expect(messages).toHaveLength(2);
    const rendered = renderSlack(digest(THREE, 'New'));
    expect(messages.map((m) => m.text)).toEqual([rendered[0]?.text, rendered[2]?.text]);
    expect(messages.every((m) => m.edited === true)).toBe(true);
  });

  it('edits the first part of a post that carries no outbox key', async () => {
    const remoteId = await send(digest(TWO, 'Old'));
    for (const message of fake.messages('C1')) delete message.metadata;
    const edited = await platform.edit('C1', remoteId, digest(TWO, 'New'));
    expect(edited.ok).toBe(true);
    expect(fake.messages('C1').map((m) => m.edited === true)).toEqual([true, false]);
    expect(fake.messages('C1')).toHaveLength(2);
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
    const row = { platform: 'slack', channel: 'C1', subscriptionId: null, storyId: 's1' } as const;
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
    fake.fail({ method: 'chat.update', kind: 'status', status: 500, after: 1 });
    await worker.drain();
    expect(outbox.get(update)).toMatchObject({ status: 'pending', attempts: 1 });
    now += 3_600_000;
    await worker.drain();
    expect(outbox.get(update)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(fake.messages('C1')).toHaveLength(3);
    expect(fake.messages('C1').flatMap(linesOf)).toEqual(allLines(THREE, 'New'));
  });
});
