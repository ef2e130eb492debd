import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subscriptionsOf, type AdminHarness } from '../commands/admin-harness.js';
import type { FakeSlack } from '../../fakes/fake-slack.js';
import { startSlackBotHarness, type SlackBotHarness } from '../../fakes/slack-bot-harness.js';

let slack: SlackBotHarness;
let harness: AdminHarness;
let fake: FakeSlack;

beforeAll(async () => {
  slack = await startSlackBotHarness({
    prepare: (f) => {
      f.addUser('UADMIN', { admin: true });
      f.addUser('UUSER');
      f.addChannel('C0ADMIN', 'bot-admin');
      f.addChannel('C0ALERTS', 'sahel-alerts');
      f.addChannel('C0LURK', 'lurking', { member: false });
      f.addChannel('G0SECRET', 'war-room', { private: true });
      f.addChannel('G0HIDDEN', 'hidden', { private: true, member: false });
    },
  });
  ({ harness, fake } = slack);
});

afterAll(() => slack.close());

/** `/sahel <text>` typed in #bot-admin by `user`; the first answer's text at the response URL. */
async function slash(text: string, user = 'UADMIN'): Promise<string> {
  const [first] = await slack.slash('/sahel', text, user, 'C0ADMIN');
  return String(first?.text);
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
