import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCommandSet } from '../../commands/index.js';
import { createApp, type App } from '../../src/app.js';
import { createCommandPorts } from '../../src/command-ports.js';
import { loadEnv } from '../../src/config/load-env.js';
import { silentLogger } from '../../src/core/ports.js';
import { createDiscordBot } from '../../src/platforms/discord/discord-bot.js';
import type { FakeDiscord } from './fake-discord.js';
import { attachFakeGateway, type FakeGateway } from './fake-discord-gateway.js';

/** The real Discord bot and app, on a fresh database, connected to a fake Discord's gateway. */
export interface DiscordBotHarness {
  readonly app: App;
  readonly gateway: FakeGateway;
  /** Stops the bot, the gateway and the app, and removes the database; the fake stays up. */
  close(): Promise<void>;
}

/** Starts the bot of the shipped configuration against `fake`, its gateway serving `channels`. */
export async function startDiscordBotHarness(
  fake: FakeDiscord,
  channels: readonly string[],
): Promise<DiscordBotHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'discord-bot-'));
  const gateway = attachFakeGateway(fake, channels);
  const env = loadEnv({});
  if (!env.ok) throw new Error(env.error.join('\n'));
  const created = createApp({
    configDir: 'config',
    env: env.value,
    dbPath: join(dir, 'db.sqlite'),
    workers: false,
    logger: silentLogger,
  });
  if (!created.ok) throw new Error(created.error.join('\n'));
  const app = created.value;
  const bot = createDiscordBot({
    token: fake.token,
    apiBase: fake.api,
    commands: createCommandSet(app.config),
    base: { config: app.config, clock: app.clock, ports: createCommandPorts(app) },
    logger: silentLogger,
  });
  const started = await bot.start();
  if (!started.ok) throw new Error(started.error);
  return {
    app,
    gateway,
    async close() {
      await bot.stop();
      await gateway.close();
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Polls `find` until it gives a value, for what the fake Discord receives asynchronously. */
export async function waitFor<T>(find: () => T | undefined, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > until) throw new Error('timed out waiting for the fake Discord');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
