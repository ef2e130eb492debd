import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/fake-discord.js';
import { startFeedServer, type FeedServer } from '../../fakes/feed-server.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/fake-slack.js';
import { freshRss, makeCliFolder, runCli, type CliRun } from '../cli-fixture.js';

const SLACK_CHANNEL = 'C0ALERTS';
const DISCORD_CHANNEL = '1200000000000000001';
const XML = { 'content-type': 'application/rss+xml' };
const OLD = {
  guid: 'a1',
  title: 'Mali transition council adopts budget',
  description: 'The council in Bamako adopted the budget.',
};
const ATTACK = {
  guid: 'a2',
  title: 'JNIM claims attack near Kidal',
  description:
    'The al-Qaeda affiliate JNIM said it attacked an army convoy near Kidal in northern Mali.',
};

let server: FeedServer;
let slack: FakeSlack;
let discord: FakeDiscord;
let dir: string;

function once(): Promise<CliRun> {
  return runCli(dir, ['once'], {
    SLACK_BOT_TOKEN: slack.token,
    SLACK_API_URL: slack.apiUrl,
    DISCORD_TOKEN: discord.token,
    DISCORD_API_BASE: discord.api,
  });
}

beforeAll(async () => {
  server = await startFeedServer({ '/one.xml': { body: freshRss([OLD]), headers: XML } });
  slack = await startFakeSlack();
  discord = await startFakeDiscord({ channels: [DISCORD_CHANNEL] });
  dir = makeCliFolder('sahel-two-', {
    feeds: `feeds:\n  - { id: one, url: "${server.url('/one.xml')}", name: Outlet One, language: en, tier: 1 }\n`,
    subscriptions:
      'subscriptions:\n' +
      `  - { platform: slack, channel: "${SLACK_CHANNEL}", kind: alert, query: 'Kidal AND attack' }\n` +
      `  - { platform: discord, channel: "${DISCORD_CHANNEL}", kind: alert, query: 'Kidal AND attack' }\n`,
  });
});

afterAll(async () => {
  await server.close();
  await slack.close();
  await discord.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('one config delivering to Discord and Slack', () => {
  it('gives each platform the alert once, across repeated runs', async () => {
    expect((await once()).code).toBe(0);
    server.route('/one.xml', { body: freshRss([OLD, ATTACK]), headers: XML });
    const second = await once();
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('delivery: 2 sent, 0 failed, 0 retrying');
    expect((await once()).code).toBe(0);
    expect(slack.messages(SLACK_CHANNEL)).toHaveLength(1);
    expect(discord.messages(DISCORD_CHANNEL)).toHaveLength(1);
    expect(JSON.stringify(slack.messages(SLACK_CHANNEL)[0]?.blocks)).toContain(
      'JNIM claims attack near Kidal',
    );
  });
});
