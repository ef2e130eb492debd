import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommandSet } from '../../../commands/index.js';
import { silentLogger } from '../../../src/core/ports.js';
import { createSlackBot, type SlackBot } from '../../../src/platforms/slack/slack-bot.js';
import {
  botBaseOf,
  config,
  openAdminHarness,
  subscriptionsOf,
  type AdminHarness,
} from '../commands/admin-harness.js';
import { postSlackRequest, startFakeSlack, type FakeSlack } from '../../fakes/fake-slack.js';

const SECRET = 'test-signing-secret';

let fake: FakeSlack;
let harness: AdminHarness;
let bot: SlackBot;
let events: string;

beforeAll(async () => {
  fake = await startFakeSlack();
  fake.addUser('UADMIN', { admin: true });
  fake.addUser('UUSER');
  fake.addChannel('C0ADMIN', 'bot-admin');
  fake.addChannel('C0ALERTS', 'sahel-alerts');
  fake.addChannel('C0LURK', 'lurking', { member: false });
  fake.addChannel('G0SECRET', 'war-room', { private: true });
  fake.addChannel('G0HIDDEN', 'hidden', { private: true, member: false });
  harness = openAdminHarness();
  bot = createSlackBot({
    token: fake.token,
    signingSecret: SECRET,
    apiUrl: fake.apiUrl,
    port: 0,
    commands: createCommandSet(config),
    base: botBaseOf(harness),
    logger: silentLogger,
  });
  const started = await bot.start();
  if (!started.ok) throw new Error(started.error);
  events = `http://127.0.0.1:${started.value.port}/slack/events`;
});

afterAll(async () => {
  await bot.stop();
  await fake.close();
  harness.close();
});

let responses = 0;
/** `/sahel <text>` typed in #bot-admin by `user`; the first answer's text at the response URL. */
async function slash(text: string, user = 'UADMIN'): Promise<string> {
  const id = `n${(responses += 1)}`;
  const body = new URLSearchParams({
    command: '/sahel',
    text,
    user_id: user,
    user_name: user.toLowerCase(),
    channel_id: 'C0ADMIN',
    team_id: fake.teamId,
    response_url: fake.responseUrl(id),
    trigger_id: `t${id}`,
    api_app_id: 'A0FAKE',
  }).toString();
  expect((await postSlackRequest(events, SECRET, body)).status).toBe(200);
  const end = Date.now() + 5000;
  while (!fake.responses.some((r) => r.id === id)) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
  return String(fake.responses.find((r) => r.id === id)?.body.text);
}

const alertsIn = (channel: string): string[] =>
  subscriptionsOf(harness)
    .list({ kind: 'alert', platform: 'slack', channel })
    .map((s) => (s.kind === 'alert' ? s.query : ''));

describe('channel:#name on Slack', () => {
  it('adds an alert to the channel named #sahel-alerts, found with conversations.list', async () => {
    const answer = await slash('alert add Kidal channel:#sahel-alerts');
    expect(answer).toContain('added in #sahel-alerts: Kidal');
    expect(alertsIn('C0ALERTS')).toEqual(['Kidal']);
    const listed = fake.calls.filter((c) => c.method === 'conversations.list');
    expect(listed[0]?.args).toMatchObject({
      types: 'public_channel,private_channel',
      exclude_archived: 'true',
    });
  });

  it('points alert list in a channel without alerts to #sahel-alerts, with the command', async () => {
    expect(await slash('alert list')).toBe(
      'No alert in this channel. 1 alert posts in #sahel-alerts — /sahel alert list channel:#sahel-alerts',
    );
    const listed = await slash('alert list channel:#sahel-alerts');
    expect(listed).toContain('Alerts in #sahel-alerts');
    expect(listed).toContain('Kidal');
  });

  it('removes another channel’s alert only when channel: names it', async () => {
    const id = subscriptionsOf(harness).list({ platform: 'slack', channel: 'C0ALERTS' })[0]?.id;
    expect(await slash(`alert remove ${id}`)).toContain(
      `alert ${id} posts in #sahel-alerts, not in this channel — /sahel alert remove ${id} channel:#sahel-alerts`,
    );
    expect(alertsIn('C0ALERTS')).toEqual(['Kidal']);
    expect(await slash(`alert remove ${id} channel:#sahel-alerts`)).toContain(
      `Alert #${id} removed from #sahel-alerts: Kidal`,
    );
    expect(alertsIn('C0ALERTS')).toEqual([]);
  });

  it('resolves a private channel the app is in', async () => {
    expect(await slash('digest subscribe channel:#war-room')).toContain('for #war-room:');
  });

  it('refuses a name it cannot find in one line, with the nearest name', async () => {
    expect(await slash('alert add Gao channel:#sahel-alert')).toBe(
      'channel: no channel #sahel-alert that the app can see — did you mean #sahel-alerts? (a private channel needs /invite @sahel-digest there first)',
    );
    expect(await slash('alert list channel:#hidden')).toContain('no channel #hidden');
    expect(alertsIn('C0ALERTS')).toEqual([]);
  });

  it('refuses to post in a channel the app is not in, but lists it', async () => {
    expect(await slash('alert add Gao channel:#lurking')).toBe(
      'channel: the app is not in #lurking — invite it there with /invite @sahel-digest, then try again',
    );
    expect(alertsIn('C0LURK')).toEqual([]);
    expect(await slash('alert list channel:#lurking')).toContain('No alert in #lurking');
  });

  it('asks Slack nothing for a user who is not an admin', async () => {
    const before = fake.calls.filter((c) => c.method === 'conversations.list').length;
    expect(await slash('alert list channel:#nowhere', 'UUSER')).not.toContain('#nowhere');
    expect(fake.calls.filter((c) => c.method === 'conversations.list')).toHaveLength(before);
  });
});
