import { execFile, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../../fakes/feed-server.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { createSqliteAdminStore } from '../../../src/store/sqlite-admin-store.js';
import { createSqliteSubscriptionStore } from '../../../src/store/sqlite-subscription-store.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/fake-discord.js';
import { attachFakeGateway, interactionPayload } from '../../fakes/fake-discord-gateway.js';

const CHANNEL = '1200000000000000001';
const ADMIN = '1200000000000000002';
const XML = { 'content-type': 'application/rss+xml' };
const now = new Date().toUTCString();

interface Entry {
  readonly guid: string;
  readonly title: string;
  readonly description: string;
}

const rss = (entries: readonly Entry[]): string =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Outlet</title><link>https://example.org/</link>` +
  entries
    .map(
      (e) =>
        `<item><guid>${e.guid}</guid><title>${e.title}</title><link>https://example.org/${e.guid}</link><description>${e.description}</description><pubDate>${now}</pubDate></item>`,
    )
    .join('') +
  '</channel></rss>';

const OLD: Entry = {
  guid: 'a1',
  title: 'Mali transition council adopts budget',
  description: 'The council in Bamako adopted the budget.',
};
/** A feed item written to ping everyone, a role, and to spoof a link. */
const HOSTILE: Entry = {
  guid: 'a2',
  title: '@everyone &lt;@&amp;123&gt; [click](https://evil.example) JNIM claims attack near Kidal',
  description:
    'The al-Qaeda affiliate JNIM said it attacked an army convoy near Kidal in northern Mali, killing 12 soldiers.',
};

let server: FeedServer;
let fake: FakeDiscord;
let dir: string;

function args(...rest: string[]): string[] {
  return [
    'bin/sahel-digest.js',
    ...rest,
    '--config',
    join(dir, 'config'),
    '--db',
    join(dir, 'bot.db'),
  ];
}

function env(token: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '',
    LOG_LEVEL: 'silent',
    DISCORD_TOKEN: token,
    DISCORD_API_BASE: fake.api,
  };
}

function once(): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      args('once'),
      { timeout: 60_000, env: env(fake.token) },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, out: stdout, err: stderr }),
    );
  });
}

beforeAll(async () => {
  server = await startFeedServer({ '/one.xml': { body: rss([OLD]), headers: XML } });
  fake = await startFakeDiscord({ channels: [CHANNEL, ADMIN] });
  dir = mkdtempSync(join(tmpdir(), 'sahel-discord-'));
  mkdirSync(join(dir, 'config'));
  for (const file of ['watchlist.yaml', 'facts.yaml', 'timeline.yaml', 'settings.yaml'])
    copyFileSync(join('config', file), join(dir, 'config', file));
  writeFileSync(
    join(dir, 'config', 'feeds.yaml'),
    `feeds:\n  - { id: one, url: "${server.url('/one.xml')}", name: Outlet One, language: en, tier: 1 }\n`,
  );
  writeFileSync(
    join(dir, 'config', 'subscriptions.yaml'),
    `subscriptions:\n  - { platform: discord, channel: "${CHANNEL}", kind: alert, query: 'Kidal AND attack' }\n`,
  );
});

afterAll(async () => {
  await server.close();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('sahel-digest with DISCORD_TOKEN', () => {
  it('once delivers an alert through REST alone, exactly once across runs, pinging nobody', async () => {
    const seed = await once();
    expect(seed.code, seed.err).toBe(0);
    expect(fake.messages(CHANNEL)).toHaveLength(0);

    server.route('/one.xml', { body: rss([OLD, HOSTILE]), headers: XML });
    const second = await once();
    expect(second.code, second.err).toBe(0);
    expect(second.out).toContain('delivery: 1 sent, 0 failed, 0 retrying');
    const third = await once();
    expect(third.code, third.err).toBe(0);

    const posted = fake.messages(CHANNEL);
    expect(posted).toHaveLength(1);
    const body = posted[0]?.body ?? {};
    const [embed] = body.embeds as { title: string; author?: { name: string } }[];
    expect(embed?.title).toContain('JNIM claims attack near Kidal');
    expect(embed?.title).toContain('everyone');
    expect(body.allowed_mentions).toEqual({ parse: [] });
    const json = JSON.stringify(body);
    expect(json).not.toContain('@everyone');
    expect(json).not.toMatch(/(?<!\\\\)<@&123>/);
    expect(json).not.toContain('[click](https://evil.example)');
    expect(fake.calls.some((c) => c.route === 'gateway')).toBe(false);
  });

  it('once pauses the subscriptions of a channel the bot lost and tells the admin channel once', async () => {
    const db = openDatabase({ path: join(dir, 'bot.db') });
    createSqliteAdminStore(db).setAdminChannel('discord', ADMIN, Date.now());
    db.close();
    fake.forbid(CHANNEL);
    const later: Entry[] = [1, 2].map((n) => ({
      guid: `late-${n}`,
      title: `Suicide attack on a military camp near Kidal, report ${n}`,
      description: `Gunmen attacked the camp outside Kidal in northern Mali, report number ${n} says.`,
    }));
    server.route('/one.xml', { body: rss([OLD, HOSTILE, later[0] as Entry]), headers: XML });
    const first = await once();
    expect(first.code, first.err).toBe(0);
    const refused = fake.calls.filter((c) => c.status === 403).length;
    expect(refused).toBeGreaterThanOrEqual(1);

    const paused = openDatabase({ path: join(dir, 'bot.db') });
    const subscriptions = createSqliteSubscriptionStore({ db: paused, clock: { now: Date.now } });
    const [subscription] = subscriptions.list({ platform: 'discord', channel: CHANNEL });
    paused.close();
    expect(subscription?.paused?.reason).toBe(
      `the bot may not post in Discord channel ${CHANNEL} (Missing Access, 50001)`,
    );

    server.route('/one.xml', { body: rss([OLD, HOSTILE, ...later]), headers: XML });
    const second = await once();
    expect(second.code, second.err).toBe(0);

    expect(fake.messages(CHANNEL)).toHaveLength(1);
    expect(fake.calls.filter((c) => c.status === 403)).toHaveLength(refused);
    const notices = fake.messages(ADMIN);
    expect(notices).toHaveLength(1);
    const text = JSON.stringify(notices[0]?.body);
    // Named from the server's channel list, since Discord no longer shows the bot the channel,
    // and with the permission that is missing.
    expect(text).toContain(
      `The bot may not post in channel #channel-${CHANNEL}: it lacks View Channel there, so it cannot even see the channel`,
    );
    expect(text).toContain('Missing Access, 50001');
    expect(text).toContain(`Paused until an admin resumes them: #${subscription?.id} `);
    expect(text).toContain('/sahel-admin alert resume');
  });

  it('run exits 1 with one line when the token is refused', async () => {
    const result = await new Promise<{ code: number; err: string }>((resolve) => {
      execFile(
        process.execPath,
        args('run'),
        { timeout: 60_000, env: env('wrong-token') },
        (error, _out, stderr) =>
          resolve({ code: error ? Number(error.code ?? 1) : 0, err: stderr }),
      );
    });
    expect(result).toEqual({
      code: 1,
      err: 'discord: Discord refused the bot token: check DISCORD_TOKEN\n',
    });
  });

  it('run logs in over the gateway, answers a slash command, and stops on SIGTERM', async () => {
    const gateway = attachFakeGateway(fake, [CHANNEL]);
    const ready = gateway.ready();
    const child = spawn(process.execPath, args('run'), {
      env: env(fake.token),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    try {
      await ready;
      // discord.js answers interactions once its guilds are in; give it a moment after READY.
      const raw = interactionPayload(fake, { channel: CHANNEL }, 2, {
        id: '1',
        name: 'mali',
        type: 1,
        options: [{ type: 1, name: 'fact', options: [{ type: 3, name: 'id', value: 'kidal' }] }],
      });
      let callback: (typeof fake.callbacks)[number] | undefined;
      for (let i = 0; i < 200 && callback === undefined; i += 1) {
        if (i % 20 === 0) gateway.sendInteraction({ ...raw });
        await new Promise((r) => setTimeout(r, 50));
        callback = fake.callbacks.find((c) => c.id === raw.id);
      }
      expect(callback?.body.type).toBe(4);
      expect(JSON.stringify(callback?.body)).toContain('Kidal');
      expect(gateway.identifies).toEqual([1]);
    } finally {
      const exited = new Promise<number | null>((resolve) =>
        child.on('exit', (code) => resolve(code)),
      );
      child.kill('SIGTERM');
      expect(await exited, stderr).toBe(0);
      await gateway.close();
    }
  });
});
