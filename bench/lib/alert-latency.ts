import { mkdtempSync, rmSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApp, type App } from '../../src/app.js';
import { discordPlatforms } from '../../src/cli/discord.js';
import { slackPlatforms } from '../../src/cli/slack.js';
import { loadConfig } from '../../src/config/load-config.js';
import { loadEnv } from '../../src/config/load-env.js';
import type { Config } from '../../src/core/config-types.js';
import { silentLogger } from '../../src/core/ports.js';
import { wireDelivery } from '../../src/pipeline/wire-delivery.js';
import { startFakeDiscord, type FakeDiscord } from '../../tests/fakes/fake-discord.js';
import { startFakeSlack, type FakeSlack } from '../../tests/fakes/fake-slack.js';
import { startFeedServer, type FeedServer } from '../../tests/fakes/feed-server.js';
import { summarise, type LatencySummary } from './latency-stats.js';

/** Alert latency measured over `items` items, one published every `paceMs`. */
export interface AlertLatency {
  readonly items: number;
  readonly paceMs: number;
  readonly discord: LatencySummary;
  readonly slack: LatencySummary;
}

const DISCORD_CHANNEL = '1200000000000000001';
const SLACK_CHANNEL = 'C0ALERTS';
const FEED_PATH = '/news.xml';
/** How many of the latest items the feed serves, as a real feed keeps its last few. */
const FEED_WINDOW = 20;
/** Items sent first and not counted: the first sends open connections and load the SDKs' code. */
const WARMUP = 5;
/** Syllables of made-up plain words: no names, no watchlist topic, no two items alike. */
const SYLLABLES = 'ba ko li mu sa te ri no da fe gu hi ja ke lo ma ne pi ru so'.split(' ');

/** A deterministic list of `count` made-up words for item `n`. */
function words(n: number, count: number, salt: number): string {
  let seed = ((n + 1) * 7_919 + salt * 104_729) % 2 ** 31;
  const next = (): string => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return SYLLABLES[(seed >> 8) % SYLLABLES.length] ?? 'ba';
  };
  return Array.from({ length: count }, () => `${next()}${next()}${next()}`).join(' ');
}

/**
 * Item `n`: Malian news carrying its own token `ref-n`, worded at random from plain words, so
 * each item starts its own story and alerts (the bench times new alerts, not edits of a post).
 */
function itemXml(n: number, publishedAt: number): string {
  const title = `Mali ${words(n, 6, 1)} ref-${n}`;
  const text = `In Mali, ${words(n, 24, 2)}.`;
  return (
    `<item><guid isPermaLink="false">bench-${n}</guid><title>${title}</title>` +
    `<link>https://outlet.example/${n}</link><description>${text}</description>` +
    `<pubDate>${new Date(publishedAt).toUTCString()}</pubDate></item>`
  );
}

/** The benchmark's config: the repository's watchlist and settings, one feed, one alert per platform. */
function benchConfig(feedUrl: string): Config {
  const loaded = loadConfig(new URL('../../config/', import.meta.url).pathname);
  if (!loaded.ok) throw new Error('the default config does not load');
  const query = 'Mali';
  return {
    ...loaded.value,
    feeds: [{ id: 'bench', url: feedUrl, name: 'Bench Outlet', language: 'en', tier: 1, intervalMs: 600_000 }],
    subscriptions: [
      { platform: 'discord', channel: DISCORD_CHANNEL, kind: 'alert', query },
      { platform: 'slack', channel: SLACK_CHANNEL, kind: 'alert', query },
    ],
  };
}

/** Calls `onAccept(body)` each time `calls` records an accepted call that `accepts` picks. */
function watchCalls<T>(calls: T[], accepts: (call: T) => boolean, onAccept: (text: string) => void): void {
  const push = calls.push.bind(calls);
  calls.push = (...added: T[]): number => {
    const at = push(...added);
    for (const call of added) if (accepts(call)) onAccept(JSON.stringify(call));
    return at;
  };
}

/** Records the first moment each `ref-N` token is seen in `text`. */
function stampTokens(text: string, stamps: Map<number, number>, at: number): void {
  for (const match of text.matchAll(/ref-(\d+)/g)) {
    const n = Number(match[1]);
    if (!stamps.has(n)) stamps.set(n, at);
  }
}

interface Rig {
  readonly feed: FeedServer;
  readonly discord: FakeDiscord;
  readonly slack: FakeSlack;
  readonly app: App;
  readonly dir: string;
}

async function startRig(serve: (response: ServerResponse) => void): Promise<Rig> {
  const feed = await startFeedServer({ [FEED_PATH]: (_request, response) => serve(response) });
  const discord = await startFakeDiscord({ channels: [DISCORD_CHANNEL] });
  const slack = await startFakeSlack();
  const env = loadEnv({
    DISCORD_TOKEN: discord.token,
    DISCORD_API_BASE: discord.api,
    SLACK_BOT_TOKEN: slack.token,
    SLACK_API_URL: slack.apiUrl,
  });
  if (!env.ok) throw new Error(env.error.join('; '));
  const dir = mkdtempSync(join(tmpdir(), 'sahel-bench-latency-'));
  const created = createApp({
    configDir: 'config',
    config: benchConfig(feed.url(FEED_PATH)),
    env: env.value,
    dbPath: join(dir, 'bench.db'),
    logger: silentLogger,
  });
  if (!created.ok) throw new Error(created.error.join('; '));
  return { feed, discord, slack, app: created.value, dir };
}

/**
 * Alert latency through the real path: a feed server on 127.0.0.1 serves one feed; the app
 * polls it (`pollOnce` for that feed, as a scheduler tick does for a due feed), stores, clusters
 * and queues alerts, and the outbox worker sends them through discord.js REST and the Slack
 * WebClient to the fakes. Each item carries a token `ref-N`; latency is from the end of the
 * feed response that first carried it to the moment the fake recorded the accepted create call
 * (Discord's message create, Slack's `chat.postMessage`) whose payload carries it. Items are
 * published one every `paceMs`, as news arrives, which also keeps Discord's REST under its 50
 * requests per second. Everything runs in this one process, so the figures include the fakes' own
 * share of the event loop. The first `WARMUP` items are not counted (connections, lazy loads).
 */
export async function measureAlertLatency(items: number, paceMs: number): Promise<AlertLatency> {
  const published: string[] = [];
  const served = new Map<number, number>();
  const accepted = { discord: new Map<number, number>(), slack: new Map<number, number>() };
  const rig = await startRig((response) => {
    const body = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench Outlet</title>` +
      `<link>https://outlet.example/</link>${published.slice(-FEED_WINDOW).join('')}</channel></rss>`;
    response.once('finish', () => stampTokens(body, served, performance.now()));
    response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
    response.end(body);
  });
  const { app, discord, slack } = rig;
  watchCalls(discord.calls, (c) => c.route === 'createMessage' && c.status === 200, (t) => stampTokens(t, accepted.discord, performance.now()));
  watchCalls(slack.calls, (c) => c.method === 'chat.postMessage' && c.error === undefined, (t) => stampTokens(t, accepted.slack, performance.now()));
  const delivery = wireDelivery(app, [...discordPlatforms(app), ...slackPlatforms(app)]);
  delivery.start();
  try {
    // The first poll of a feed only seeds it: alerts start with the next item.
    published.push(itemXml(1_000_000, Date.now()));
    await app.pollOnce({ feedIds: ['bench'] });
    const poller = createPoller(app);
    for (let n = 0; n < WARMUP + items; n += 1) {
      published.push(itemXml(n, Date.now()));
      poller.poll();
      await sleep(paceMs);
    }
    await poller.idle();
    await waitUntil(() => accepted.discord.size >= WARMUP + items && accepted.slack.size >= WARMUP + items, 30_000);
  } finally {
    await delivery.stop();
    await app.close();
    await Promise.all([rig.feed.close(), discord.close(), slack.close()]);
    rmSync(rig.dir, { recursive: true, force: true });
  }
  const latencies = (stamps: Map<number, number>): number[] =>
    [...stamps].flatMap(([n, at]) => (n >= WARMUP && served.has(n) ? [at - (served.get(n) ?? 0)] : []));
  return { items, paceMs, discord: summarise(latencies(accepted.discord)), slack: summarise(latencies(accepted.slack)) };
}

/** Polls the feed on demand; a request during a running poll makes one more poll after it. */
function createPoller(app: App): { poll(): void; idle(): Promise<void> } {
  let wanted = false;
  let running: Promise<void> | null = null;
  const drive = async (): Promise<void> => {
    while (wanted) {
      wanted = false;
      await app.pollOnce({ feedIds: ['bench'] });
    }
    running = null;
  };
  return {
    poll() {
      wanted = true;
      running ??= drive();
    },
    idle: () => running ?? Promise.resolve(),
  };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntil(done: () => boolean, ms: number): Promise<void> {
  const until = performance.now() + ms;
  while (!done() && performance.now() < until) await sleep(20);
}
