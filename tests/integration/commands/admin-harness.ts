import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCommandSet } from '../../../commands/index.js';
import { createAdminPorts } from '../../../src/command-ports-admin.js';
import { createReadPorts } from '../../../src/command-ports-read.js';
import { loadConfig } from '../../../src/config/load-config.js';
import type { AdminPorts } from '../../../src/core/admin-ports.js';
import type { CommandContext, InvocationContext } from '../../../src/core/command.js';
import type { Config, Env } from '../../../src/core/config-types.js';
import type { SubscriptionStore } from '../../../src/core/delivery-ports.js';
import type { Message } from '../../../src/core/message.js';
import type { Story } from '../../../src/core/story.js';
import { createSqliteStore, type SqliteStore } from '../../../src/store/create-sqlite-store.js';
import { createSqliteStoryStore } from '../../../src/store/sqlite-story-store.js';
import { createSqliteSubscriptionStore } from '../../../src/store/sqlite-subscription-store.js';
import { makeContext, unexpectedPorts } from '../../fakes/command-context.js';
import { perTest } from '../../per-test.js';

const loaded = loadConfig('tests/fixtures/config/valid');
if (!loaded.ok) throw new Error('the fixture config does not load');

/** The fixture config plus one console alert from the config, to try removing it from chat. */
export const config: Config = {
  ...loaded.value,
  subscriptions: [
    ...loaded.value.subscriptions,
    { platform: 'console', channel: 'console', kind: 'alert', query: 'Kidal OR Ménaka' },
  ],
};

/** `makeContext`'s clock: Sunday 6 December 2026, 12:00 UTC. */
export const NOW = Date.UTC(2026, 11, 6, 12);
const HOUR = 3_600_000;

export interface AdminHarness {
  readonly dbPath: string;
  readonly store: SqliteStore;
  readonly ports: AdminPorts;
  /**
   * Runs a command line as typed in the console, as an admin; resolves to the whole answer (a
   * line the parser refuses answers with its one-line reason, as `say` prints it).
   */
  say(line: string, overrides?: Partial<CommandContext>): Promise<Message>;
  /** Like `say`, the answer's plain text. */
  text(line: string, overrides?: Partial<CommandContext>): Promise<string>;
  /** Closes the store and opens it again, with new ports, as a restarted process would. */
  reopen(): AdminHarness;
  close(): void;
}

/** Real admin ports over a real SQLite file in a temporary folder. */
export function openAdminHarness(
  options: { readonly allowPrivateFeeds?: boolean; readonly dir?: string } = {},
): AdminHarness {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'sahel-admin-'));
  const dbPath = join(dir, 'bot.db');
  const env: Env = {
    databasePath: dbPath,
    logLevel: 'silent',
    allowPrivateFeeds: options.allowPrivateFeeds ?? false,
  };
  const store = createSqliteStore({ path: dbPath });
  const clock = { now: () => NOW };
  const ports = createAdminPorts({ config, env, clock, store });
  const commands = createCommandSet(config);
  const say = (line: string, overrides: Partial<CommandContext> = {}): Promise<Message> =>
    commands.runAction(
      line,
      makeContext(config, {
        clock,
        ports: { read: unexpectedPorts().read, admin: ports },
        ...overrides,
      }),
    );
  const harness: AdminHarness = {
    dbPath,
    store,
    ports,
    say,
    text: async (line, overrides) => (await say(line, overrides)).fallback,
    reopen() {
      store.close();
      return openAdminHarness({ ...options, dir });
    },
    close() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return harness;
}

/**
 * A fresh harness (default options) for every test of the calling file or `describe`, closed
 * after it. The handle returned reaches the running test's harness.
 */
export function useAdminHarness(): AdminHarness {
  return perTest(openAdminHarness, (h) => h.close());
}

/**
 * What a chat bot under test gives every invocation: the harness's config and clock, and real
 * read and admin ports over its store.
 */
export function botBaseOf(
  harness: AdminHarness,
): Pick<InvocationContext, 'config' | 'clock' | 'ports'> {
  const clock = { now: () => NOW };
  return {
    config,
    clock,
    ports: { read: createReadPorts({ config, clock, store: harness.store }), admin: harness.ports },
  };
}

/** The subscriptions stored in a harness's database, read directly. */
export function subscriptionsOf(harness: AdminHarness): SubscriptionStore {
  return createSqliteSubscriptionStore({ db: harness.store.db, clock: { now: () => NOW } });
}

/** The id in `Digest #12 …` / `Alert #12 …`. */
export function idIn(text: string): number {
  return Number(/#(\d+)/.exec(text)?.[1]);
}

/** A story first seen `hoursAgo` before `NOW`, told by one outlet. */
export function story(id: string, title: string, hoursAgo: number, summary = ''): Story {
  const at = NOW - hoursAgo * HOUR;
  return {
    id,
    firstSeenAt: at,
    lastSeenAt: at,
    leadItemId: `${id}-item`,
    title,
    url: `https://outlet.example/${id}`,
    summary,
    lang: 'en',
    tags: [],
    entities: [],
    countries: ['mali'],
    sources: [
      {
        itemId: `${id}-item`,
        feedId: 'rfi-en',
        outlet: 'RFI English',
        url: `https://outlet.example/${id}`,
        title,
        lang: 'en',
        tier: 1,
        publishedAt: at,
      },
    ],
  };
}

/** Stores stories as the pipeline would, for the alert preview and `digest now`. */
export function addStories(store: SqliteStore, stories: readonly Story[]): void {
  const stored = createSqliteStoryStore(store.db);
  for (const s of stories) stored.insert(s, null);
}
