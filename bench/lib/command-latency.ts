import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createApp, type App } from '../../src/app.js';
import { startDiscordBot } from '../../src/cli/discord.js';
import { loadConfig } from '../../src/config/load-config.js';
import { loadEnv } from '../../src/config/load-env.js';
import type { Config } from '../../src/core/config-types.js';
import { silentLogger } from '../../src/core/ports.js';
import { farmUrls } from './contender.js';
import { summarise, type LatencySummary } from './latency-stats.js';
import { lineFrom, spawnTs } from './spawn-process.js';

/** Command latency over `cycles` cold cycles of the farm. */
export interface CommandLatency {
  readonly cycles: number;
  readonly interactions: number;
  readonly unanswered: number;
  readonly cycleSeconds: readonly number[];
  readonly itemsStored: number;
  readonly latency: LatencySummary;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SIDE = fileURLToPath(new URL('./discord-side.ts', import.meta.url));

/** The repository's config with the farm's 1,000 feeds, no subscriptions, per-host limit 16 as in the poll bench. */
function farmConfig(port: number): Config {
  const loaded = loadConfig(new URL('../../config/', import.meta.url).pathname);
  if (!loaded.ok) throw new Error('the default config does not load');
  const polling = { ...loaded.value.settings.polling, concurrency: 16, perHostConcurrency: 16 };
  return {
    ...loaded.value,
    settings: { ...loaded.value.settings, polling },
    feeds: farmUrls(port).map((url, f) => ({ id: `f${f}`, url, name: `Outlet ${f}`, language: 'en', tier: 2, intervalMs: 600_000 })),
    subscriptions: [],
  };
}

/** Starts the fake Discord process; resolves once it has printed its API base. */
async function startDiscordSide(): Promise<{ child: ChildProcess; api: string; token: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', SIDE], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  const [api = '', token = ''] = (await lineFrom(child, 'API ', 60_000)).split(' ');
  return { child, api, token };
}

/** One cold cycle with the bot answering meanwhile; resolves to the Discord side's result. */
async function oneCycle(port: number): Promise<{ latencies: number[]; unanswered: number; seconds: number; items: number }> {
  const side = await startDiscordSide();
  const dir = mkdtempSync(join(tmpdir(), 'sahel-bench-cmd-'));
  const env = loadEnv({ DISCORD_TOKEN: side.token, DISCORD_API_BASE: side.api });
  if (!env.ok) throw new Error(env.error.join('; '));
  const created = createApp({ configDir: 'config', config: farmConfig(port), env: env.value, dbPath: join(dir, 'bench.db'), logger: silentLogger });
  if (!created.ok) throw new Error(created.error.join('; '));
  const app: App = created.value;
  // Seeded feeds: every item of the cold cycle goes the whole way (match, store, stories).
  for (const feed of app.store.feeds.list()) app.store.feeds.update(feed.id, { seededAt: 1 });
  const bot = await startDiscordBot(app);
  try {
    if (!bot.ok || bot.value === null) throw new Error(`discord bot: ${bot.ok ? 'no token' : bot.error}`);
    const result = lineFrom(side.child, 'RESULT ', 600_000);
    // Awaited below; a timeout meanwhile must reach the finally blocks, not end the process.
    result.catch(() => undefined);
    side.child.stdin?.write('GO\n');
    const started = performance.now();
    const report = await app.pollOnce({ all: true });
    const seconds = (performance.now() - started) / 1000;
    side.child.stdin?.write('STOP\n');
    const parsed = JSON.parse(await result) as { latencies: number[]; unanswered: number };
    return { ...parsed, seconds, items: report?.newItems.length ?? 0 };
  } finally {
    if (bot.ok) await bot.value?.stop();
    await app.close();
    side.child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Command latency while a cold cycle runs: the feed farm (1,000 feeds × 50 items) in its own
 * process, the app as `run` wires it (poll cycle on the parse worker pool, delivery, the
 * discord.js bot logged in over the gateway), and a fake Discord in another process that sends
 * INTERACTION_CREATE for `/mali timeline` every 100 ms while the cycle runs and times each
 * from dispatch to its accepted interaction callback. Each cycle starts on a fresh database
 * with every feed already seeded, so all 50,000 items are matched and stored.
 */
export async function measureCommandLatency(cycles: number): Promise<CommandLatency> {
  const farm = spawnTs(fileURLToPath(new URL('./feed-farm-server.ts', import.meta.url)), []);
  const port = Number(await lineFrom(farm, 'PORT ', 60_000));
  const latencies: number[] = [];
  const cycleSeconds: number[] = [];
  let unanswered = 0;
  let itemsStored = 0;
  try {
    for (let c = 0; c < cycles; c += 1) {
      const cycle = await oneCycle(port);
      latencies.push(...cycle.latencies);
      unanswered += cycle.unanswered;
      cycleSeconds.push(Math.round(cycle.seconds * 1000) / 1000);
      itemsStored = cycle.items;
    }
  } finally {
    farm.kill('SIGTERM');
  }
  return { cycles, interactions: latencies.length + unanswered, unanswered, cycleSeconds, itemsStored, latency: summarise(latencies) };
}
