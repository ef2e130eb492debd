import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommandSet } from '../../../commands/index.js';
import { silentLogger } from '../../../src/core/ports.js';
import { createSqliteSubscriptionStore } from '../../../src/store/sqlite-subscription-store.js';
import {
  createSlackBot,
  startSlackBotWithRetry,
  type SlackBot,
} from '../../../src/platforms/slack/slack-bot.js';
import {
  botBaseOf,
  config,
  openAdminHarness,
  type AdminHarness,
} from '../commands/admin-harness.js';
import {
  postSlackRequest,
  signSlackRequest,
  startFakeSlack,
  type FakeSlack,
} from '../../fakes/fake-slack.js';

const SECRET = 'test-signing-secret';

let fake: FakeSlack;
let harness: AdminHarness;
let bot: SlackBot;
let events: string;

function makeBot(apiUrl: string): SlackBot {
  return createSlackBot({
    token: fake.token,
    signingSecret: SECRET,
    apiUrl,
    port: 0,
    commands: createCommandSet(config),
    base: botBaseOf(harness),
    logger: silentLogger,
  });
}

beforeAll(async () => {
  fake = await startFakeSlack();
  fake.addUser('UADMIN', { admin: true });
  fake.addUser('UOWNER', { owner: true });
  fake.addUser('UUSER');
  harness = openAdminHarness();
  bot = makeBot(fake.apiUrl);
  const started = await bot.start();
  if (!started.ok) throw new Error(started.error);
  events = `http://127.0.0.1:${started.value.port}/slack/events`;
});

afterAll(async () => {
  await bot.stop();
  await fake.close();
  harness.close();
});

/** Posts a body to the events endpoint, signed as Slack signs it (or with the given headers). */
function post(body: string, headers?: Record<string, string>): Promise<Response> {
  return postSlackRequest(events, SECRET, body, headers);
}

/**
 * Presses a button labelled JNIM whose value is `value`, as UUSER, where `surface` says (a
 * message in a channel, with its response URL, or the Home tab).
 */
function pressButton(value: string, surface: Record<string, unknown>): Promise<Response> {
  const payload = {
    type: 'block_actions',
    user: { id: 'UUSER', username: 'uuser', team_id: fake.teamId },
    api_app_id: 'A0FAKE',
    team: { id: fake.teamId, domain: 'fake' },
    ...surface,
    actions: [
      {
        type: 'button',
        action_id: 'run:0',
        block_id: 'b1',
        value,
        text: { type: 'plain_text', text: 'JNIM' },
        action_ts: '1.1',
      },
    ],
  };
  return post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString());
}

let responses = 0;
/** Runs a slash command as `user` and waits for the bot's answers at the response URL. */
async function slash(command: string, text: string, user = 'UUSER', channel = 'C1') {
  const id = `r${(responses += 1)}`;
  const body = new URLSearchParams({
    command,
    text,
    user_id: user,
    user_name: user.toLowerCase(),
    channel_id: channel,
    team_id: fake.teamId,
    response_url: fake.responseUrl(id),
    trigger_id: `t${id}`,
    api_app_id: 'A0FAKE',
  }).toString();
  const answer = await post(body);
  expect(answer.status).toBe(200);
  await until(() => fake.responses.some((r) => r.id === id));
  return fake.responses.filter((r) => r.id === id).map((r) => r.body);
}

async function until(done: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const allText = (bodies: readonly Record<string, unknown>[]): string => JSON.stringify(bodies);

describe('Slack bot (Bolt over HTTP)', () => {
  it('answers /mali timeline from:2023 in the channel, within the Block Kit limits', async () => {
    const [answer] = await slash('/mali', 'timeline from:2023');
    expect(answer).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(Array.isArray(answer?.blocks) && answer.blocks.length).toBeGreaterThan(0);
    expect(String(answer?.text)).not.toBe('');
  });

  it('answers a typo with a one-line reason and usage, only to the user', async () => {
    const [answer] = await slash('/mali', 'timeline form:2023');
    expect(answer?.response_type).toBe('ephemeral');
    expect(String(answer?.text)).toMatch(/from/);
  });

  it('stores /sahel alert add Kidal from a workspace admin and answers privately', async () => {
    const [answer] = await slash('/sahel', 'alert add Kidal', 'UADMIN', 'C7');
    expect(answer?.response_type).toBe('ephemeral');
    const list = await harness.text('/sahel alert list', { platform: 'slack', channel: 'C7' });
    expect(list).toMatch(/Kidal/);
  });

  it('refuses /sahel alert add to a user who is not an admin, and stores nothing', async () => {
    const [answer] = await slash('/sahel', 'alert add Gao', 'UUSER', 'C8');
    expect(String(answer?.text)).toMatch(/^only workspace admins can change alerts/);
    expect(answer?.response_type).toBe('ephemeral');
    const list = await harness.text('/sahel alert list', { platform: 'slack', channel: 'C8' });
    expect(list).not.toMatch(/Gao/);
  });

  it('warns an admin who subscribes a channel the app is not in, and asks Slack only then', async () => {
    fake.setChannel('CNOAPP', 'not_in_channel');
    fake.setChannel('CPRIVATE', 'channel_not_found');
    fake.addUser('UADMINFR', { admin: true, locale: 'fr-FR' });
    const warning =
      'the app is not in this channel: invite it with /invite @sahel-digest, or the first post ' +
      'will pause this channel’s alerts and digests.';
    const [alert] = await slash('/sahel', 'alert add Tessalit', 'UADMIN', 'CNOAPP');
    expect(alert?.response_type).toBe('ephemeral');
    expect(allText([alert ?? {}])).toContain('Tessalit');
    expect(allText([alert ?? {}])).toContain(warning);
    expect(String(alert?.text)).toContain(warning);
    const [digest] = await slash('/sahel', 'digest subscribe', 'UADMIN', 'CPRIVATE');
    expect(allText([digest ?? {}])).toContain(warning);
    const [french] = await slash('/sahel', 'digest now', 'UADMINFR', 'CNOAPP');
    expect(allText([french ?? {}])).toContain(
      'l’application n’est pas dans ce canal : invitez-la avec /invite @sahel-digest',
    );
    const asked = fake.calls.filter((c) => c.method === 'conversations.info').length;
    const [list] = await slash('/sahel', 'alert list', 'UADMIN', 'CNOAPP');
    expect(allText([list ?? {}])).not.toContain('not in this channel');
    const [here] = await slash('/sahel', 'alert add Tessalit', 'UADMIN', 'C1');
    expect(allText([here ?? {}])).not.toContain('not in this channel');
    expect(fake.calls.filter((c) => c.method === 'conversations.info')).toHaveLength(asked + 1);
  });

  it('subscribes the channel named with channel:, names it, and warns when the app is not in it', async () => {
    fake.setChannel('C0OUTSIDE', 'not_in_channel');
    const [picked] = await slash(
      '/sahel',
      'alert add query:Ansongo channel:<#C0ALERTS|sahel-alerts>',
      'UADMIN',
      'C9',
    );
    expect(String(picked?.text)).toContain('Alert #');
    expect(String(picked?.text)).toContain('added in #sahel-alerts: Ansongo');
    expect(String(picked?.text)).not.toContain('not in');
    const there = await harness.text('/sahel alert list', {
      platform: 'slack',
      channel: 'C0ALERTS',
    });
    expect(there).toMatch(/Ansongo/);
    const here = await harness.text('/sahel alert list', { platform: 'slack', channel: 'C9' });
    expect(here).not.toMatch(/Ansongo/);
    // A channel the app is not in is refused before anything is stored, named or not.
    const [outside] = await slash('/sahel', 'alert add Ansongo channel:C0OUTSIDE', 'UADMIN', 'C9');
    expect(String(outside?.text)).toBe(
      'channel: the app is not in #C0OUTSIDE — invite it there with /invite @sahel-digest, then try again',
    );
    expect(
      await harness.text('/sahel alert list', { platform: 'slack', channel: 'C0OUTSIDE' }),
    ).not.toMatch(/Ansongo/);
    const [bad] = await slash('/sahel', 'alert add Ansongo channel:alerts', 'UADMIN', 'C9');
    expect(String(bad?.text)).toContain('channel: "alerts" is not a channel');
  });

  it('answers a fact button privately through runAction', async () => {
    const id = 'button-1';
    const answer = await pressButton('/mali fact jnim', {
      channel: { id: 'C1', name: 'news' },
      container: { type: 'message', is_ephemeral: false, channel_id: 'C1', message_ts: '1.0' },
      response_url: fake.responseUrl(id),
      trigger_id: 't-button',
    });
    expect(answer.status).toBe(200);
    await until(() => fake.responses.some((r) => r.id === id));
    const [body] = fake.responses.filter((r) => r.id === id).map((r) => r.body);
    expect(body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(allText([body ?? {}])).toMatch(/JNIM/);
  });

  it('publishes the Home tab with the alerts of the user’s channels when they open it', async () => {
    fake.setMemberships('UUSER', ['C7']);
    const event = {
      type: 'event_callback',
      team_id: fake.teamId,
      api_app_id: 'A0FAKE',
      event: {
        type: 'app_home_opened',
        user: 'UUSER',
        channel: 'D1',
        tab: 'home',
        event_ts: '1.2',
      },
      event_id: 'Ev1',
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ team_id: fake.teamId, user_id: fake.botUserId, is_bot: true }],
    };
    const answer = await post(JSON.stringify(event));
    expect(answer.status).toBe(200);
    await until(() => fake.views.has('UUSER'));
    const view = fake.views.get('UUSER');
    expect(view?.type).toBe('home');
    expect(JSON.stringify(view)).toMatch(/"value":"\/mali news since:24h"/);
    expect(JSON.stringify(view)).toMatch(/alert\* — Kidal/);
  });

  it('names each subscription’s channel on the Home tab and says which are paused and how to resume', async () => {
    await slash('/sahel', 'alert add Tessalit', 'UADMIN', 'C0NEWS');
    await slash('/sahel', 'alert add Ménaka', 'UADMIN', 'C0GONE');
    const subscriptions = createSqliteSubscriptionStore({
      db: harness.store.db,
      clock: { now: Date.now },
    });
    const [paused] = subscriptions.pause('slack', 'C0GONE', 'the channel was archived', Date.now());
    fake.setMemberships('UHOME', ['C0NEWS', 'C0GONE']);
    const event = {
      type: 'event_callback',
      team_id: fake.teamId,
      api_app_id: 'A0FAKE',
      event: {
        type: 'app_home_opened',
        user: 'UHOME',
        channel: 'D2',
        tab: 'home',
        event_ts: '1.3',
      },
      event_id: 'Ev2',
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ team_id: fake.teamId, user_id: fake.botUserId, is_bot: true }],
    };
    expect((await post(JSON.stringify(event))).status).toBe(200);
    await until(() => fake.views.has('UHOME'));
    const sections = (fake.views.get('UHOME')?.blocks as { text?: { text?: string } }[])
      .map((b) => b.text?.text ?? '')
      .join('\n');
    expect(sections).toContain('Tessalit\n<#C0NEWS>\n');
    expect(sections).toContain(
      `Ménaka\n<#C0GONE>\n:double_vertical_bar: paused: the channel was archived — an admin resumes it with /sahel alert resume ${paused?.id}`,
    );
  });

  it('answers a button on the Home tab with a direct message to the presser', async () => {
    const answer = await pressButton('/mali fact jnim', {
      container: { type: 'view', view_id: 'V1' },
      view: { id: 'V1', type: 'home' },
      trigger_id: 't-home',
    });
    expect(answer.status).toBe(200);
    await until(() => fake.messages('UUSER').length > 0);
    const [direct] = fake.messages('UUSER');
    expect(JSON.stringify(direct?.blocks)).toMatch(/JNIM/);
    expect(direct?.unfurl_links).toBe('false');
  });

  it('answers 401 to a wrong signature and runs nothing', async () => {
    const body = new URLSearchParams({
      command: '/mali',
      text: 'timeline',
      user_id: 'UUSER',
    }).toString();
    const headers = signSlackRequest('another-secret', body);
    expect((await post(body, headers)).status).toBe(401);
  });

  it('answers 401 to a correctly signed request older than five minutes', async () => {
    const body = new URLSearchParams({
      command: '/mali',
      text: 'timeline',
      user_id: 'UUSER',
    }).toString();
    const old = Math.floor(Date.now() / 1000) - 6 * 60;
    expect((await post(body, signSlackRequest(SECRET, body, old))).status).toBe(401);
  });
});

describe('Slack bot start-up', () => {
  it('says in one line that the Web API is unreachable instead of crashing, and retries', async () => {
    const down = makeBot('http://127.0.0.1:9/api/');
    const first = await down.start();
    expect(first).toEqual({
      ok: false,
      error: expect.stringMatching(/^could not reach the Slack Web API: /),
    });
    const warnings: string[] = [];
    let attempts = 0;
    const flaky: SlackBot = {
      start: () =>
        attempts++ < 2
          ? down.start()
          : Promise.resolve({ ok: true, value: { user: 'bot', port: null } }),
      stop: () => down.stop(),
    };
    const result = await startSlackBotWithRetry(flaky, {
      logger: { ...silentLogger, warn: (msg) => warnings.push(msg) },
      sleep: async () => undefined,
    });
    expect(result.ok).toBe(true);
    expect(warnings).toEqual([
      'slack: cannot start, will retry',
      'slack: cannot start, will retry',
    ]);
  });

  it('does not retry a refused token', async () => {
    const refused = createSlackBot({
      token: 'xoxb-wrong',
      signingSecret: SECRET,
      apiUrl: fake.apiUrl,
      commands: createCommandSet(config),
      base: botBaseOf(harness),
      logger: silentLogger,
    });
    const result = await startSlackBotWithRetry(refused, {
      logger: silentLogger,
      sleep: async () => undefined,
    });
    expect(result).toEqual({
      ok: false,
      error: 'Slack refused the bot token (invalid_auth): check SLACK_BOT_TOKEN',
    });
  });
});

describe('Slack bot with a slow command', () => {
  it('acknowledges within Slack’s 3 s and posts the answer to the response URL when ready', async () => {
    const real = createCommandSet(config);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = createSlackBot({
      token: fake.token,
      signingSecret: SECRET,
      apiUrl: fake.apiUrl,
      port: 0,
      commands: {
        ...real,
        run: async (invocation, context) => {
          await gate;
          return real.run(invocation, context);
        },
      },
      base: botBaseOf(harness),
      logger: silentLogger,
    });
    const started = await slow.start();
    if (!started.ok) throw new Error(started.error);
    try {
      const body = new URLSearchParams({
        command: '/mali',
        text: 'timeline from:2023',
        user_id: 'UUSER',
        channel_id: 'C1',
        team_id: fake.teamId,
        response_url: fake.responseUrl('slow-1'),
      }).toString();
      const sent = Date.now();
      const answer = await postSlackRequest(
        `http://127.0.0.1:${started.value.port}/slack/events`,
        SECRET,
        body,
      );
      expect(answer.status).toBe(200);
      expect(Date.now() - sent).toBeLessThan(3000);
      expect(fake.responses.some((r) => r.id === 'slow-1')).toBe(false);
      release();
      await until(() => fake.responses.some((r) => r.id === 'slow-1'));
    } finally {
      release();
      await slow.stop();
    }
  });
});
