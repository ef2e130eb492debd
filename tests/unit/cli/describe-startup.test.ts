import { describe, expect, it } from 'vitest';
import { describeStartup, type StartupFacts } from '../../../src/cli/describe-startup.js';

const feeds = ['RFI Afrique', 'Studio Tamani', 'Sahel Intelligence', 'Le Faso', 'ActuNiger', 'Jeune Afrique'].map((name) => ({ name }));
const facts: StartupFacts = {
  feeds,
  tick: '* * * * *',
  configDir: 'config/',
  databasePath: '/srv/sahel/data/sahel-digest.db',
  platforms: ['console'],
  env: {},
};

describe('describeStartup', () => {
  it('says what it polls, where it stores and posts, and how to connect Discord or Slack when no token is set', () => {
    expect(describeStartup(facts)).toMatchInlineSnapshot(`
      [
        "polling 6 feeds (tick "* * * * *"): RFI Afrique, Studio Tamani, Sahel Intelligence, Le Faso and 2 more",
        "database: /srv/sahel/data/sahel-digest.db",
        "platforms: console (no Discord or Slack token set: digests and alerts print here)",
        "to post to Discord: set DISCORD_TOKEN (the bot token; add DISCORD_GUILD_ID to try it on one server), run \`sahel-digest discord register\`, open the invite URL it prints, then restart",
        "to post to Slack: run \`sahel-digest slack manifest\`, create the app from it and set SLACK_BOT_TOKEN and SLACK_APP_TOKEN (Socket Mode; with \`--url https://…\` set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET instead), then restart",
        "environment variables: see .env.example",
        "Ctrl-C stops",
      ]
    `);
  });

  it('leaves out the connection hints once a token is set, and names the platforms that run', () => {
    const lines = describeStartup({ ...facts, platforms: ['discord'], env: { discordToken: 'x' } });
    expect(lines.slice(1)).toEqual(['database: /srv/sahel/data/sahel-digest.db', 'platforms: discord', 'Ctrl-C stops']);
    expect(describeStartup({ ...facts, platforms: [], env: { slackBotToken: 'x' } })[2]).toBe('platforms: none running');
  });

  it('lists every feed when there are few, and says where to add feeds when there are none', () => {
    expect(describeStartup({ ...facts, feeds: feeds.slice(0, 1) })[0]).toBe('polling 1 feed (tick "* * * * *"): RFI Afrique');
    expect(describeStartup({ ...facts, feeds: [] })[0]).toBe('polling no feeds: add some to config/feeds.yaml');
  });

  it('says how to subscribe the console when nothing is, so more than new items print', () => {
    const lines = describeStartup({ ...facts, consoleSubscriptions: 0 });
    expect(lines.at(-2)).toBe(
      'no alert or digest for the console yet, so only new items print here: in another terminal, run `npx sahel-digest chat`, then `/sahel alert add Kidal` or `/sahel digest subscribe`',
    );
    expect(describeStartup({ ...facts, consoleSubscriptions: 2 })).toEqual(describeStartup(facts));
    expect(describeStartup({ ...facts, platforms: ['discord'], env: { discordToken: 'x' }, consoleSubscriptions: 0 })).not.toContain(lines.at(-2));
  });
});
