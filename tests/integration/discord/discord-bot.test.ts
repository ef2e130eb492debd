import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.js';
import { createSqliteSubscriptionStore } from '../../../src/store/sqlite-subscription-store.js';
import { silentLogger } from '../../../src/core/ports.js';
import { createDiscordBot } from '../../../src/platforms/discord/discord-bot.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/fake-discord.js';
import {
  startDiscordBotHarness,
  waitFor,
  type DiscordBotHarness,
} from '../../fakes/discord-bot-harness.js';
import {
  interactionPayload,
  type FakeGateway,
  type InteractionSpec,
} from '../../fakes/fake-discord-gateway.js';

const CHANNEL = '1200000000000000001';

type Body = Record<string, unknown>;
interface Embed {
  readonly title?: string;
  readonly description?: string;
}

describe('Discord bot over a fake gateway', () => {
  let fake: FakeDiscord;
  let gateway: FakeGateway;
  let app: App;
  let harness: DiscordBotHarness;

  beforeAll(async () => {
    fake = await startFakeDiscord({ channels: [CHANNEL] });
    harness = await startDiscordBotHarness(fake, [CHANNEL]);
    ({ app, gateway } = harness);
  });

  afterAll(async () => {
    await harness.close();
    await fake.close();
  });

  /** Sends an interaction and waits for its callback. */
  async function interact(
    spec: Omit<InteractionSpec, 'channel'>,
    type: 2 | 3 | 4,
    data: Body,
  ): Promise<{ id: string; token: string; body: Body }> {
    const raw = interactionPayload(fake, { channel: CHANNEL, ...spec }, type, data);
    gateway.sendInteraction(raw);
    return waitFor(() => fake.callbacks.find((c) => c.id === raw.id));
  }

  const command = (name: string, sub: Body): Body => ({ id: '1', name, type: 1, options: [sub] });
  const sub = (name: string, options: Body[] = []): Body => ({ type: 1, name, options });
  const embedsOf = (body: Body): Embed[] => ((body.data as Body).embeds as Embed[]) ?? [];

  it('identifies with the Guilds intent only', () => {
    expect(gateway.identifies).toEqual([1]);
  });

  it('answers /mali timeline from:2023 with the events from 2023 and a next-page button', async () => {
    const callback = await interact(
      {},
      2,
      command('mali', sub('timeline', [{ type: 3, name: 'from', value: '2023' }])),
    );
    expect(callback.body.type).toBe(4);
    const [embed] = embedsOf(callback.body);
    expect(embed?.title).toMatch(/Mali/);
    const years = [...(embed?.description ?? '').matchAll(/\*\*\d{1,2} \w+ (\d{4})\*\*/g)].map(
      (m) => Number(m[1]),
    );
    expect(years.length).toBeGreaterThan(0);
    expect(years.every((y) => y >= 2023)).toBe(true);
    const data = callback.body.data as Body;
    expect(data.allowed_mentions).toEqual({ parse: [] });
    const ids = JSON.stringify(data.components);
    expect(ids).toContain('page:2');
  });

  it('runs a button custom_id as a command line and answers only the presser', async () => {
    const callback = await interact({}, 3, { custom_id: '/mali fact kidal', component_type: 2 });
    expect(callback.body.type).toBe(4);
    expect((callback.body.data as Body).flags).toBe(64);
    expect(embedsOf(callback.body)[0]?.title).toMatch(/Kidal/);
  });

  it('turns the page of a private answer in place, but never edits a public post', async () => {
    const press = { custom_id: '/mali timeline page:2', component_type: 2 };
    const onPrivate = await interact({ messageFlags: 64 }, 3, press);
    expect(onPrivate.body.type).toBe(7);
    expect(embedsOf(onPrivate.body)[0]?.title).toMatch(/Mali/);
    const onPublic = await interact({}, 3, press);
    expect(onPublic.body.type).toBe(4);
    expect((onPublic.body.data as Body).flags).toBe(64);
  });

  it('completes a fact id while it is typed', async () => {
    const callback = await interact(
      {},
      4,
      command('mali', sub('fact', [{ type: 3, name: 'id', value: 'kid', focused: true }])),
    );
    expect(callback.body.type).toBe(8);
    const choices = (callback.body.data as { choices: { value: string }[] }).choices;
    expect(choices.map((c) => c.value)).toContain('kidal');
  });

  it('stores an alert an admin adds, after a deferred private answer', async () => {
    const data = {
      id: '2',
      name: 'sahel-admin',
      type: 1,
      options: [
        {
          type: 2,
          name: 'alert',
          options: [sub('add', [{ type: 3, name: 'query', value: 'Kidal' }])],
        },
      ],
    };
    const callback = await interact({ admin: true }, 2, data);
    expect(callback.body).toEqual({ type: 5, data: { flags: 64 } });
    const reply = await waitFor(() => fake.followUps.find((f) => f.token === callback.token));
    expect(JSON.stringify(reply.body)).toContain('Kidal');
    const alerts = createSqliteSubscriptionStore({ db: app.store.db, clock: app.clock }).list({
      kind: 'alert',
      platform: 'discord',
      channel: CHANNEL,
    });
    expect(alerts.map((a) => (a.kind === 'alert' ? a.query : ''))).toEqual(['Kidal']);
  });

  it('refuses the same command to a member without Manage Server, privately', async () => {
    const data = {
      id: '2',
      name: 'sahel-admin',
      type: 1,
      options: [
        {
          type: 2,
          name: 'alert',
          options: [sub('add', [{ type: 3, name: 'query', value: 'Gao' }])],
        },
      ],
    };
    const callback = await interact({ admin: false }, 2, data);
    const reply =
      callback.body.type === 5
        ? (await waitFor(() => fake.followUps.find((f) => f.token === callback.token))).body
        : (callback.body.data as Body);
    expect(callback.body).toEqual({ type: 5, data: { flags: 64 } });
    expect(JSON.stringify(reply)).toContain('only server admins can change alerts');
    expect(JSON.stringify(reply)).toContain('/sahel-admin alert add');
    const alerts = createSqliteSubscriptionStore({ db: app.store.db, clock: app.clock }).list({
      kind: 'alert',
      platform: 'discord',
      channel: CHANNEL,
    });
    expect(alerts.map((a) => (a.kind === 'alert' ? a.query : ''))).toEqual(['Kidal']);
  });

  it('warns an admin who subscribes a channel the bot cannot post in, naming what it lacks', async () => {
    const closed = '1200000000000000009';
    fake.addChannel(closed);
    fake.forbid(closed);
    const adminLine = (group: string, name: string, options: Body[] = []): Body => ({
      id: '2',
      name: 'sahel-admin',
      type: 1,
      options: [{ type: 2, name: group, options: [sub(name, options)] }],
    });
    const answerIn = async (channel: string, data: Body, locale?: string): Promise<string> => {
      const raw = interactionPayload(
        fake,
        { channel, admin: true, ...(locale === undefined ? {} : { locale }) },
        2,
        data,
      );
      gateway.sendInteraction(raw);
      const callback = await waitFor(() => fake.callbacks.find((c) => c.id === raw.id));
      if (callback.body.type !== 5) return JSON.stringify(callback.body);
      return JSON.stringify(
        (await waitFor(() => fake.followUps.find((f) => f.token === callback.token))).body,
      );
    };
    const alert = await answerIn(
      closed,
      adminLine('alert', 'add', [{ type: 3, name: 'query', value: 'Tessalit' }]),
    );
    expect(alert).toContain('Tessalit');
    expect(alert).toContain(
      'the bot cannot post in this channel: it lacks View Channel, Send Messages, Embed Links here.',
    );
    const digest = await answerIn(closed, adminLine('digest', 'subscribe'), 'fr');
    expect(digest).toContain(
      'le bot ne peut pas publier dans ce salon : il lui manque Voir le salon, Envoyer des messages, Intégrer des liens ici.',
    );
    const list = await answerIn(closed, adminLine('alert', 'list'));
    expect(list).not.toContain('cannot post');
    const open = await answerIn(
      CHANNEL,
      adminLine('alert', 'add', [{ type: 3, name: 'query', value: 'Tessalit' }]),
    );
    expect(open).toContain('Tessalit');
    expect(open).not.toContain('cannot post');
  });

  it('lists admin commands in /sahel help as they are typed on Discord, under /sahel-admin', async () => {
    const callback = await interact({}, 2, command('sahel', sub('help')));
    const text = embedsOf(callback.body)
      .map((e) => e.description ?? '')
      .join('\n');
    expect(text).toContain(
      '**/sahel-admin alert add \\<query> \\[ping:…\\] \\[quiet:…\\] \\[max:…\\] \\[timezone:…\\] \\[channel:…\\]**',
    );
    expect(text).toContain('**/sahel-admin digest now**');
    expect(text).toContain('**/sahel search \\<query>');
    expect(text).not.toMatch(/\*\*\/sahel (alert|digest|feeds|settings)\b/);
  });

  it('answers in French to a French-speaking user, whose page button runs the French line', async () => {
    const callback = await interact({ locale: 'fr' }, 2, command('mali', sub('timeline')));
    expect(embedsOf(callback.body)[0]?.title).toMatch(/Chronologie/);
    const ids = JSON.stringify((callback.body.data as Body).components);
    expect(ids).toContain('"custom_id":"/mali chronologie page:2"');
    expect(ids).not.toContain('timeline');
    const press = { custom_id: '/mali chronologie page:2', component_type: 2 };
    const next = await interact({ locale: 'fr', messageFlags: 64 }, 3, press);
    expect(next.body.type).toBe(7);
    expect(JSON.stringify((next.body.data as Body).components)).toContain(
      '"custom_id":"/mali chronologie page:3"',
    );
  });

  it('resumes after a dropped connection and keeps answering', async () => {
    const resumed = gateway.ready();
    gateway.drop();
    await resumed;
    expect(gateway.resumes).toEqual(['fake-session-1']);
    const callback = await interact({}, 2, command('mali', sub('timeline')));
    expect(callback.body.type).toBe(4);
  });
});

describe('Discord bot that cannot start', () => {
  const noCommands = {
    tops: [],
    parse: () => ({ ok: false as const, error: '' }),
    run: async () => ({ blocks: [], fallback: '' }),
    runAction: async () => ({ blocks: [], fallback: '' }),
    complete: () => Promise.resolve([]),
  };

  it('gives up on an unreachable gateway with one line instead of waiting forever', async () => {
    const fake = await startFakeDiscord();
    try {
      const bot = createDiscordBot({
        token: fake.token,
        apiBase: fake.api,
        readyTimeoutMs: 1500,
        commands: noCommands,
        base: {} as never,
        logger: silentLogger,
      });
      expect(await bot.start()).toEqual({
        ok: false,
        error: 'could not connect to Discord: no READY from the gateway within 1500 ms',
      });
    } finally {
      await fake.close();
    }
  });

  it('fails to start with one line naming the variable', async () => {
    const fake = await startFakeDiscord();
    try {
      const bot = createDiscordBot({
        token: 'wrong',
        apiBase: fake.api,
        commands: noCommands,
        base: {} as never,
        logger: silentLogger,
      });
      expect(await bot.start()).toEqual({
        ok: false,
        error: 'Discord refused the bot token: check DISCORD_TOKEN',
      });
    } finally {
      await fake.close();
    }
  });
});
