import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Message } from '../../../src/core/message.js';
import { createDiscordPlatform } from '../../../src/platforms/discord/discord-platform.js';
import { openEditCalls, type EditCalls } from '../../fakes/edit-calls-harness.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/fake-discord.js';
import { editionCard } from './edition-card.js';

const TEXT = '1200000000000000001';

/** A message of `stories` story cards (5 render as one Discord message, 25 as three). */
const cards = (stories: number, edition: string): Message => ({
  blocks: Array.from({ length: stories }, (_, i) => ({
    type: 'story' as const,
    card: editionCard(i, edition),
  })),
  fallback: edition,
});
const ONE = 5;
const THREE = 25;

const firstTitle = (fake: FakeDiscord, part: number): string | undefined =>
  (fake.messages(TEXT)[part]?.body.embeds as { title?: string }[] | undefined)?.[0]?.title;

describe('Discord edits through the outbox', () => {
  let fake: FakeDiscord;
  let calls: EditCalls;
  const callsAfter = (mark: number): string[] => fake.calls.slice(mark).map((c) => c.route);

  beforeEach(async () => {
    fake = await startFakeDiscord({ channels: [TEXT] });
    calls = openEditCalls(TEXT, () =>
      createDiscordPlatform({ token: fake.token, apiBase: fake.api }),
    );
  });
  afterEach(async () => {
    calls.close();
    await fake.close();
  });

  it('makes one call per "also reported by" edit of a one-part alert, listing no messages', async () => {
    const alert = await calls.post(cards(ONE, 'Posted'));
    const mark = fake.calls.length;
    for (const edition of ['First', 'Second', 'Third'])
      await calls.edit(alert, cards(ONE, edition));
    expect(callsAfter(mark)).toEqual(['editMessage', 'editMessage', 'editMessage']);
    expect(fake.messages(TEXT)).toHaveLength(1);
    expect(firstTitle(fake, 0)).toBe('Third story 0');
  });

  it('edits the parts an earlier edit added after a restart, without listing or posting again', async () => {
    const alert = await calls.post(cards(ONE, 'Posted'));
    await calls.edit(alert, cards(THREE, 'Longer'));
    expect(fake.messages(TEXT)).toHaveLength(3);
    calls.restart();
    const mark = fake.calls.length;
    await calls.edit(alert, cards(THREE, 'Again'));
    expect(callsAfter(mark)).toEqual(['editMessage', 'editMessage', 'editMessage']);
    expect(fake.messages(TEXT)).toHaveLength(3);
    expect([0, 1, 2].map((part) => firstTitle(fake, part))).toEqual([
      'Again story 0',
      expect.stringMatching(/^Again story/),
      expect.stringMatching(/^Again story/),
    ]);
    const shorter = fake.calls.length;
    await calls.edit(alert, cards(ONE, 'Short'));
    expect(callsAfter(shorter)).toEqual(['editMessage', 'editMessage', 'editMessage']);
    expect(fake.messages(TEXT).map((m) => m.body.content ?? '')).toEqual([
      '',
      '-# (continued above)',
      '-# (continued above)',
    ]);
  });

  it('lists the messages again after an edit failed having posted a part, and posts it once', async () => {
    const alert = await calls.post(cards(ONE, 'Posted'));
    // The edit posts part 2, then Discord fails the post of part 3 and every retry of it.
    fake.fail({ route: 'createMessage', status: 403, after: 1 });
    const failed = await calls.edit(alert, cards(THREE, 'Longer'));
    expect(calls.outbox.get(failed)?.status).toBe('failed');
    expect(fake.messages(TEXT)).toHaveLength(2);
    const mark = fake.calls.length;
    await calls.edit(alert, cards(THREE, 'Again'));
    expect(callsAfter(mark)).toContain('listMessages');
    expect(fake.messages(TEXT)).toHaveLength(3);
    const next = fake.calls.length;
    await calls.edit(alert, cards(THREE, 'Settled'));
    expect(callsAfter(next)).toEqual(['editMessage', 'editMessage', 'editMessage']);
  });

  it('lists the messages when it resumes an edit a crash interrupted after it posted a part', async () => {
    const alert = await calls.post(cards(ONE, 'Posted'));
    const { id } = calls.outbox.enqueue(
      {
        ...calls.row,
        kind: 'update',
        message: cards(THREE, 'Longer'),
        idempotencyKey: 'update:crash',
        editOf: alert,
      },
      calls.now,
    );
    // A worker claims the row and posts parts 2 and 3, then dies before recording the edit.
    expect(calls.outbox.claimNext(calls.now, 'gone:1', 60_000, ['discord'])?.id).toBe(id);
    const dying = createDiscordPlatform({ token: fake.token, apiBase: fake.api });
    const target = calls.outbox.editTarget(id);
    expect(target?.complete).toBe(true);
    await dying.edit(TEXT, target?.remoteId ?? '', cards(THREE, 'Longer'), { complete: true });
    expect(fake.messages(TEXT)).toHaveLength(3);
    calls.restart();
    calls.now += 10 * 60_000;
    expect(calls.worker.recover()).toEqual({ resumed: 1, unknown: 0 });
    const mark = fake.calls.length;
    await calls.worker.drain();
    expect(calls.outbox.get(id)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(callsAfter(mark)).toContain('listMessages');
    expect(fake.messages(TEXT)).toHaveLength(3);
    const next = fake.calls.length;
    await calls.edit(alert, cards(THREE, 'Settled'));
    expect(callsAfter(next)).toEqual(['editMessage', 'editMessage', 'editMessage']);
  });

  it('lists the messages for an edit of a post whose earlier edits were sent before parts were kept', async () => {
    const alert = await calls.post(cards(ONE, 'Posted'));
    await calls.edit(alert, cards(THREE, 'Longer'));
    calls.db.prepare('UPDATE outbox SET edited_parts = NULL, edited_at = NULL').run();
    const mark = fake.calls.length;
    await calls.edit(alert, cards(THREE, 'Again'));
    expect(callsAfter(mark)).toContain('listMessages');
    expect(fake.messages(TEXT)).toHaveLength(3);
    expect(fake.messages(TEXT).map((m) => m.edits)).toEqual([2, 1, 1]);
  });

  it('lists the messages when a stored part was deleted, and reports it', async () => {
    const alert = await calls.post(cards(ONE, 'Posted'));
    await calls.edit(alert, cards(THREE, 'Longer'));
    const [, middle] = fake.messages(TEXT);
    fake.deleteMessage(TEXT, middle?.id ?? '');
    const mark = fake.calls.length;
    const failed = await calls.edit(alert, cards(THREE, 'Again'));
    expect(callsAfter(mark)).toContain('listMessages');
    expect(calls.outbox.get(failed)?.lastError).toMatch(/^MESSAGE_GONE: part 2 of 3/);
  });
});
