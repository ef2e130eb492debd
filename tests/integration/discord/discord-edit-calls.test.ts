import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutboxStore } from '../../../src/core/delivery-ports.js';
import type { Message } from '../../../src/core/message.js';
import { silentLogger } from '../../../src/core/ports.js';
import { createOutboxWorker, type OutboxWorker } from '../../../src/deliver/outbox-worker.js';
import { createDiscordPlatform } from '../../../src/platforms/discord/discord-platform.js';
import { openDatabase, type SqliteDatabase } from '../../../src/store/open-database.js';
import { createSqliteOutboxStore } from '../../../src/store/sqlite-outbox-store.js';
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

/** One process: a database connection, a Discord platform and an outbox worker over them. */
interface Process {
  readonly db: SqliteDatabase;
  readonly outbox: OutboxStore;
  readonly worker: OutboxWorker;
}

describe('Discord edits through the outbox', () => {
  let fake: FakeDiscord;
  let dir: string;
  let now = Date.UTC(2026, 11, 6, 12);
  let current: Process;

  const start = (): Process => {
    const db = openDatabase({ path: join(dir, 'store.db') });
    const outbox = createSqliteOutboxStore(db);
    const platform = createDiscordPlatform({ token: fake.token, apiBase: fake.api });
    const worker = createOutboxWorker({
      outbox,
      platforms: [platform],
      clock: { now: () => now },
      logger: silentLogger,
    });
    return { db, outbox, worker };
  };
  const row = { platform: 'discord', channel: TEXT, subscriptionId: 1, storyId: 's1' } as const;
  const post = async (message: Message): Promise<number> => {
    const { id } = current.outbox.enqueue(
      { ...row, kind: 'alert', message, idempotencyKey: 'alert:1:s1' },
      now,
    );
    await current.worker.drain();
    return id;
  };
  let edits = 0;
  const edit = async (alert: number, message: Message): Promise<number> => {
    edits += 1;
    const { id } = current.outbox.enqueue(
      {
        ...row,
        kind: 'update',
        message,
        idempotencyKey: `update:${alert}:${edits}`,
        editOf: alert,
      },
      now,
    );
    now += 60_000;
    await current.worker.drain();
    return id;
  };
  const callsAfter = (mark: number): string[] => fake.calls.slice(mark).map((c) => c.route);

  beforeEach(async () => {
    fake = await startFakeDiscord({ channels: [TEXT] });
    dir = mkdtempSync(join(tmpdir(), 'discord-edit-calls-'));
    current = start();
  });
  afterEach(async () => {
    current.db.close();
    rmSync(dir, { recursive: true, force: true });
    await fake.close();
  });

  it('makes one call per "also reported by" edit of a one-part alert, listing no messages', async () => {
    const alert = await post(cards(ONE, 'Posted'));
    const mark = fake.calls.length;
    for (const edition of ['First', 'Second', 'Third']) await edit(alert, cards(ONE, edition));
    expect(callsAfter(mark)).toEqual(['editMessage', 'editMessage', 'editMessage']);
    expect(fake.messages(TEXT)).toHaveLength(1);
    expect(firstTitle(fake, 0)).toBe('Third story 0');
  });

  it('edits the parts an earlier edit added after a restart, without listing or posting again', async () => {
    const alert = await post(cards(ONE, 'Posted'));
    await edit(alert, cards(THREE, 'Longer'));
    expect(fake.messages(TEXT)).toHaveLength(3);
    current.db.close();
    current = start();
    const mark = fake.calls.length;
    await edit(alert, cards(THREE, 'Again'));
    expect(callsAfter(mark)).toEqual(['editMessage', 'editMessage', 'editMessage']);
    expect(fake.messages(TEXT)).toHaveLength(3);
    expect([0, 1, 2].map((part) => firstTitle(fake, part))).toEqual([
      'Again story 0',
      expect.stringMatching(/^Again story/),
      expect.stringMatching(/^Again story/),
    ]);
    const shorter = fake.calls.length;
    await edit(alert, cards(ONE, 'Short'));
    expect(callsAfter(shorter)).toEqual(['editMessage', 'editMessage', 'editMessage']);
    expect(fake.messages(TEXT).map((m) => m.body.content ?? '')).toEqual([
      '',
      '-# (continued above)',
      '-# (continued above)',
    ]);
  });

  it('lists the messages again after an edit failed having posted a part, and posts it once', async () => {
    const alert = await post(cards(ONE, 'Posted'));
    // The edit posts part 2, then Discord fails the post of part 3 and every retry of it.
    fake.fail({ route: 'createMessage', status: 403, after: 1 });
    const failed = await edit(alert, cards(THREE, 'Longer'));
    expect(current.outbox.get(failed)?.status).toBe('failed');
    expect(fake.messages(TEXT)).toHaveLength(2);
    const mark = fake.calls.length;
    await edit(alert, cards(THREE, 'Again'));
    expect(callsAfter(mark)).toContain('listMessages');
    expect(fake.messages(TEXT)).toHaveLength(3);
    const next = fake.calls.length;
    await edit(alert, cards(THREE, 'Settled'));
    expect(callsAfter(next)).toEqual(['editMessage', 'editMessage', 'editMessage']);
  });

  it('lists the messages when it resumes an edit a crash interrupted after it posted a part', async () => {
    const alert = await post(cards(ONE, 'Posted'));
    const { id } = current.outbox.enqueue(
      {
        ...row,
        kind: 'update',
        message: cards(THREE, 'Longer'),
        idempotencyKey: 'update:crash',
        editOf: alert,
      },
      now,
    );
    // A worker claims the row and posts parts 2 and 3, then dies before recording the edit.
    expect(current.outbox.claimNext(now, 'gone:1', 60_000, ['discord'])?.id).toBe(id);
    const dying = createDiscordPlatform({ token: fake.token, apiBase: fake.api });
    const target = current.outbox.editTarget(id);
    expect(target?.complete).toBe(true);
    await dying.edit(TEXT, target?.remoteId ?? '', cards(THREE, 'Longer'), { complete: true });
    expect(fake.messages(TEXT)).toHaveLength(3);
    current.db.close();
    current = start();
    now += 10 * 60_000;
    expect(current.worker.recover()).toEqual({ resumed: 1, unknown: 0 });
    const mark = fake.calls.length;
    await current.worker.drain();
    expect(current.outbox.get(id)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(callsAfter(mark)).toContain('listMessages');
    expect(fake.messages(TEXT)).toHaveLength(3);
    const next = fake.calls.length;
    await edit(alert, cards(THREE, 'Settled'));
    expect(callsAfter(next)).toEqual(['editMessage', 'editMessage', 'editMessage']);
  });

  it('lists the messages for an edit of a post whose earlier edits were sent before parts were kept', async () => {
    const alert = await post(cards(ONE, 'Posted'));
    await edit(alert, cards(THREE, 'Longer'));
    current.db.prepare('UPDATE outbox SET edited_parts = NULL, edited_at = NULL').run();
    const mark = fake.calls.length;
    await edit(alert, cards(THREE, 'Again'));
    expect(callsAfter(mark)).toContain('listMessages');
    expect(fake.messages(TEXT)).toHaveLength(3);
    expect(fake.messages(TEXT).map((m) => m.edits)).toEqual([2, 1, 1]);
  });

  it('lists the messages when a stored part was deleted, and reports it', async () => {
    const alert = await post(cards(ONE, 'Posted'));
    await edit(alert, cards(THREE, 'Longer'));
    const [, middle] = fake.messages(TEXT);
    fake.deleteMessage(TEXT, middle?.id ?? '');
    const mark = fake.calls.length;
    const failed = await edit(alert, cards(THREE, 'Again'));
    expect(callsAfter(mark)).toContain('listMessages');
    expect(current.outbox.get(failed)?.lastError).toMatch(/^MESSAGE_GONE: part 2 of 3/);
  });
});
