import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommandSet } from '../../../commands/index.js';
import { silentLogger } from '../../../src/core/ports.js';
import { createSlackBot, type SlackBot } from '../../../src/platforms/slack/slack-bot.js';
import {
  botBaseOf,
  config,
  openAdminHarness,
  type AdminHarness,
} from '../commands/admin-harness.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/fake-slack.js';
import { attachFakeSocketMode, type FakeSocketMode } from '../../fakes/fake-slack-socket.js';

let fake: FakeSlack;
let socket: FakeSocketMode;
let harness: AdminHarness;
let bot: SlackBot;

beforeAll(async () => {
  fake = await startFakeSlack();
  socket = await attachFakeSocketMode(fake);
  harness = openAdminHarness();
  bot = createSlackBot({
    token: fake.token,
    appToken: fake.appToken,
    apiUrl: fake.apiUrl,
    commands: createCommandSet(config),
    base: botBaseOf(harness),
    logger: silentLogger,
  });
  const started = await bot.start();
  if (!started.ok) throw new Error(started.error);
});

afterAll(async () => {
  await bot.stop();
  await socket.close();
  await fake.close();
  harness.close();
});

describe('Slack bot in Socket Mode', () => {
  it('connects through apps.connections.open with the app token, no public URL', async () => {
    await socket.connected();
    const open = fake.calls.find((c) => c.method === 'apps.connections.open');
    expect(open?.status).toBe(200);
    expect(open?.error).toBeUndefined();
  });

  it('acknowledges a slash command envelope and answers at its response URL', async () => {
    await socket.connected();
    const ack = await socket.deliver('slash_commands', {
      command: '/mali',
      text: 'timeline from:2023',
      user_id: 'U1',
      user_name: 'u1',
      channel_id: 'C1',
      team_id: fake.teamId,
      api_app_id: 'A0FAKE',
      response_url: fake.responseUrl('socket-1'),
      trigger_id: 't1',
    });
    expect(ack.envelope_id).toEqual(expect.any(String));
    for (let i = 0; i < 100 && !fake.responses.some((r) => r.id === 'socket-1'); i += 1)
      await new Promise((r) => setTimeout(r, 20));
    const answer = fake.responses.find((r) => r.id === 'socket-1')?.body;
    expect(answer).toMatchObject({ response_type: 'in_channel' });
  });
});
