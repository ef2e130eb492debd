import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Message } from '../../../src/core/message.js';
import {
  createSlackClient,
  createSlackPlatform,
} from '../../../src/platforms/slack/slack-platform.js';
import { openEditCalls, type EditCalls } from '../../fakes/edit-calls-harness.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/fake-slack.js';

/** A message of `count` text blocks starting with `edition` (30 render as one part, 120 as three). */
const lines = (count: number, edition: string): Message => ({
  blocks: Array.from({ length: count }, (_, i) => ({
    type: 'text' as const,
    text: `${edition} line ${i}`,
  })),
  fallback: edition,
});
const ONE = 30;
const THREE = 120;
const UPDATES = ['chat.update', 'chat.update', 'chat.update'];

describe('Slack edits through the outbox: what they call', () => {
  let fake: FakeSlack;
  let calls: EditCalls;

  /** The editions the channel's messages show, by the first line of each. */
  const shown = (): string[] =>
    fake.messages('C1').map((m) => /(\w+) line \d+/.exec(JSON.stringify(m.blocks))?.[1] ?? m.text);
  const callsAfter = (mark: number): string[] => fake.calls.slice(mark).map((c) => c.method);

  beforeEach(async () => {
    fake = await startFakeSlack();
    calls = openEditCalls('C1', () =>
      createSlackPlatform({
        token: fake.token,
        client: createSlackClient({
          token: fake.token,
          apiUrl: fake.apiUrl,
          retryConfig: { retries: 0 },
        }),
      }),
    );
  });
  afterEach(async () => {
    calls.close();
    await fake.close();
  });

  it('makes one call per "also reported by" edit of a one-part alert, reading no history', async () => {
    const alert = await calls.post(lines(ONE, 'Posted'));
    const mark = fake.calls.length;
    for (const edition of ['First', 'Second', 'Third'])
      await calls.edit(alert, lines(ONE, edition));
    expect(callsAfter(mark)).toEqual(UPDATES);
    expect(shown()).toEqual(['Third']);
  });

  it('edits the parts an earlier edit added after a restart, without reading or posting again', async () => {
    const alert = await calls.post(lines(ONE, 'Posted'));
    await calls.edit(alert, lines(THREE, 'Longer'));
    expect(shown()).toEqual(['Longer', 'Longer', 'Longer']);
    calls.restart();
    const mark = fake.calls.length;
    await calls.edit(alert, lines(THREE, 'Again'));
    expect(callsAfter(mark)).toEqual(UPDATES);
    const shorter = fake.calls.length;
    await calls.edit(alert, lines(ONE, 'Short'));
    expect(callsAfter(shorter)).toEqual(UPDATES);
    expect(shown()).toEqual(['Short', '(continued above)', '(continued above)']);
  });

  it('reads the history again for a retried edit that posted a part, and posts it once', async () => {
    const alert = await calls.post(lines(ONE, 'Posted'));
    // The edit posts part 2, then Slack fails the post of part 3.
    fake.fail({ method: 'chat.postMessage', kind: 'status', status: 500, after: 1 });
    const failed = await calls.edit(alert, lines(THREE, 'Longer'));
    expect(calls.outbox.get(failed)).toMatchObject({ status: 'pending', attempts: 1 });
    expect(fake.messages('C1')).toHaveLength(2);
    const mark = fake.calls.length;
    calls.now += 3_600_000;
    await calls.worker.drain();
    expect(callsAfter(mark)).toContain('conversations.history');
    expect(shown()).toEqual(['Longer', 'Longer', 'Longer']);
    const next = fake.calls.length;
    await calls.edit(alert, lines(THREE, 'Settled'));
    expect(callsAfter(next)).toEqual(UPDATES);
  });

  it('reads the history once for a post whose id names only its first part, as ids once did', async () => {
    const alert = await calls.post(lines(THREE, 'Posted'));
    const [first] = fake.messages('C1');
    calls.db.prepare('UPDATE outbox SET remote_id = ? WHERE id = ?').run(first?.ts, alert);
    const mark = fake.calls.length;
    await calls.edit(alert, lines(THREE, 'First'));
    expect(callsAfter(mark)).toEqual(['conversations.history', ...UPDATES]);
    const next = fake.calls.length;
    await calls.edit(alert, lines(THREE, 'Second'));
    expect(callsAfter(next)).toEqual(UPDATES);
    expect(shown()).toEqual(['Second', 'Second', 'Second']);
  });
});
