import { expect } from 'vitest';
import { createCommandSet } from '../../commands/index.js';
import { silentLogger } from '../../src/core/ports.js';
import { createSlackBot, type SlackBot } from '../../src/platforms/slack/slack-bot.js';
import {
  botBaseOf,
  config,
  openAdminHarness,
  type AdminHarness,
} from '../integration/commands/admin-harness.js';
import { postSlackRequest, startFakeSlack, type FakeSlack } from './fake-slack.js';

/**
 * The real Slack bot (Bolt and the WebClient) over the fake Slack and an admin harness's store,
 * as the Slack integration tests start it; `prepare` adds the users, channels and stories a test
 * needs before the bot starts.
 */
export interface SlackBotHarness {
  readonly fake: FakeSlack;
  readonly harness: AdminHarness;
  readonly bot: SlackBot;
  /** The bot's events URL, where slash commands and events are posted signed. */
  readonly events: string;
  readonly secret: string;
  /** Runs a slash command as `user` in `channel`; the bot's answers at the response URL. */
  slash(
    command: string,
    text: string,
    user: string,
    channel: string,
  ): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

export interface SlackBotOptions {
  readonly secret?: string;
  /** Slack user ids that are admins by configuration. */
  readonly admins?: readonly string[];
  readonly prepare?: (fake: FakeSlack, harness: AdminHarness) => void;
}

let requests = 0;

export async function startSlackBotHarness(
  options: SlackBotOptions = {},
): Promise<SlackBotHarness> {
  const secret = options.secret ?? 'test-signing-secret';
  const fake = await startFakeSlack();
  const harness = openAdminHarness();
  options.prepare?.(fake, harness);
  const bot = createSlackBot({
    token: fake.token,
    signingSecret: secret,
    apiUrl: fake.apiUrl,
    port: 0,
    commands: createCommandSet(config),
    base: botBaseOf(harness),
    ...(options.admins === undefined ? {} : { admins: [...options.admins] }),
    logger: silentLogger,
  });
  const started = await bot.start();
  if (!started.ok) throw new Error(started.error);
  const events = `http://127.0.0.1:${started.value.port}/slack/events`;
  return {
    fake,
    harness,
    bot,
    events,
    secret,
    async slash(command, text, user, channel) {
      const id = `h${(requests += 1)}`;
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
      expect((await postSlackRequest(events, secret, body)).status).toBe(200);
      await waitUntil(() => fake.responses.some((r) => r.id === id));
      return fake.responses
        .filter((r) => r.id === id)
        .map((r) => r.body as Record<string, unknown>);
    },
    async close() {
      await bot.stop();
      await fake.close();
      harness.close();
    },
  };
}

/** Waits until `done()` holds, or fails after `ms`. */
export async function waitUntil(done: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}
