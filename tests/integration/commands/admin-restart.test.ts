import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCommandSet } from '../../../commands/index.js';
import { createApp, type App } from '../../../src/app.js';
import { createAdminPorts } from '../../../src/command-ports-admin.js';
import type { Config } from '../../../src/core/config-types.js';
import { silentLogger } from '../../../src/core/ports.js';
import { FeedPollStatus } from '../../../src/ingest/poll-cycle.js';
import { deliverOnce, wireDelivery } from '../../../src/pipeline/wire-delivery.js';
import { createSqliteAdminStore } from '../../../src/store/sqlite-admin-store.js';
import { createFakePlatform } from '../../fakes/fake-platform.js';
import { makeContext, unexpectedPorts } from '../../fakes/command-context.js';
import { startFeedServer, type FeedServer } from '../../fakes/feed-server.js';
import { rss } from '../poll/poll-harness.js';
import { config as fixtureConfig, NOW } from './admin-harness.js';

const XML = { 'content-type': 'application/rss+xml' };
const entries = (prefix: string) =>
  [1, 2, 3].map((i) => ({ guid: `${prefix}-${i}`, title: `${prefix} report ${i} from Kidal` }));

let server: FeedServer;
let dir: string;
let config: Config;
const apps: App[] = [];
beforeEach(async () => {
  server = await startFeedServer({
    '/config.xml': { headers: XML, body: rss(entries('config'), 'Config outlet') },
    '/chat.xml': { headers: XML, body: rss(entries('chat'), 'Chat outlet') },
  });
  dir = mkdtempSync(join(tmpdir(), 'sahel-admin-app-'));
  config = {
    ...fixtureConfig,
    feeds: [
      {
        id: 'local-config',
        url: server.url('/config.xml'),
        name: 'Local config outlet',
        language: 'en',
        tier: 2,
        intervalMs: 600_000,
      },
    ],
  };
});
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The app as `run`, `say` and `chat` open it: config feeds synced at start-up. */
function start(allowPrivateFeeds: boolean): App {
  const created = createApp({
    configDir: config.dir,
    config,
    dbPath: join(dir, 'bot.db'),
    env: { databasePath: join(dir, 'bot.db'), logLevel: 'silent', allowPrivateFeeds },
    logger: silentLogger,
    clock: { now: () => NOW },
    parseWorkers: 1,
  });
  if (!created.ok) throw new Error(created.error.join('; '));
  apps.push(created.value);
  return created.value;
}

function commandsOver(app: App) {
  const set = createCommandSet(config);
  const ports = { read: unexpectedPorts().read, admin: createAdminPorts(app) };
  return async (line: string): Promise<string> =>
    (await set.runAction(line, makeContext(config, { ports }))).fallback;
}

describe('admin changes across a restart', () => {
  it('keeps chat feeds, subscriptions and settings, still merged with the config', async () => {
    const first = start(true);
    const say = commandsOver(first);
    expect(await say(`/sahel feeds add url:${server.url('/chat.xml')}`)).toMatch(
      /^Feed chat-outlet added/,
    );
    expect(await say('/sahel alert add Kidal AND drone')).toMatch(/^Alert #\d+ added/);
    expect(await say('/sahel digest subscribe "0 7 * * *" timezone:Africa/Niamey')).toMatch(
      /^Digest subscribed/,
    );
    await say('/sahel settings locale:fr admin-channel:here');
    await first.close();
    apps.splice(0);

    const again = commandsOver(start(true));
    const feeds = await again('/sahel feeds list');
    expect(feeds).toContain('chat-outlet — Chat outlet (en · added from chat)');
    expect(feeds).toContain(
      'local-config — Local config outlet (en · tests/fixtures/config/valid/feeds.yaml)',
    );
    const alerts = await again('/sahel alert list');
    expect(alerts).toMatch(
      /#\d+ Kidal OR Ménaka \(from tests\/fixtures\/config\/valid\/subscriptions\.yaml\)/,
    );
    expect(alerts).toMatch(/#\d+ Kidal AND drone \(added from chat\)/);
    expect(await again('/sahel digest subscribe "0 7 * * *" timezone:Africa/Niamey')).toMatch(
      /already has this digest \(#\d+, added from chat\)/,
    );
    const settings = await again('/sahel settings');
    expect(settings).toContain('Language of this channel: fr (set for this channel)');
    expect(settings).toContain('console (this channel) (set for this platform)');
  });
});

describe('polling chat feeds', () => {
  it('polls a chat feed from the next cycle, seeding it without new items', async () => {
    const app = start(true);
    await commandsOver(app)(`/sahel feeds add url:${server.url('/chat.xml')}`);
    const report = await app.pollOnce();
    const chat = report?.feeds.find((f) => f.feedId === 'chat-outlet');
    expect(chat).toMatchObject({ status: FeedPollStatus.Seeded, newItems: 0 });
    expect(app.store.feeds.get('chat-outlet')?.seededAt).toBe(NOW);
  });

  it('keeps the SSRF guard on every poll of a chat feed, not on config feeds', async () => {
    const app = start(false);
    // A chat feed whose host now points at a private address (the guard refused it at add time
    // too; here it is written directly, as after a DNS change).
    createSqliteAdminStore(app.store.db).addChatFeed(
      {
        id: 'rebound',
        url: server.url('/chat.xml'),
        name: 'Rebound',
        language: 'en',
        tier: 3,
        intervalMs: 600_000,
      },
      NOW,
    );
    const report = await app.pollOnce({ all: true });
    const byId = new Map(report?.feeds.map((f) => [f.feedId, f]));
    expect(byId.get('rebound')).toMatchObject({
      status: FeedPollStatus.Failed,
      failure: { code: 'FORBIDDEN_ADDRESS' },
    });
    expect(byId.get('local-config')?.status).toBe(FeedPollStatus.Seeded);
    expect(server.requestsTo('/chat.xml')).toHaveLength(0);
  });
});

describe('what chat sets up is delivered like the rest', () => {
  it('posts digest now and a chat alert to the console through the outbox', async () => {
    const app = start(true);
    const consolePlatform = createFakePlatform({ name: 'console' });
    const delivery = wireDelivery(app, [consolePlatform]);
    try {
      const say = commandsOver(app);
      await say(`/sahel feeds add url:${server.url('/chat.xml')}`);
      expect(await say('/sahel alert add drone')).toMatch(/^Alert #\d+ added: drone/);
      await app.pollOnce({ all: true });
      expect(await say('/sahel digest now')).toMatch(/^Digest queued/);
      server.route('/chat.xml', {
        headers: XML,
        body: rss(
          [
            ...entries('chat'),
            {
              guid: 'chat-new',
              title: 'JNIM drone strike in central Mali',
              pubDate: 'Sun, 06 Dec 2026 11:30:00 GMT',
            },
          ],
          'Chat outlet',
        ),
      });
      await app.pollOnce({ all: true });
      await deliverOnce(delivery, 0);
      const posts = consolePlatform.posts();
      expect(posts.map((p) => p.idempotencyKey)).toContain(`digest-now:console:console:${NOW}`);
      const alerts = posts.filter((p) => p.idempotencyKey.startsWith('alert:'));
      expect(alerts).toHaveLength(1);
      expect(alerts[0]?.message.fallback).toContain('JNIM drone strike in central Mali');
    } finally {
      await delivery.stop();
    }
  });
});
