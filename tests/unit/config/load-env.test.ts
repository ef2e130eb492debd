import { describe, expect, it } from 'vitest';
import { loadEnv } from '../../../src/config/load-env.js';

describe('loadEnv', () => {
  it('applies the defaults when nothing is set', () => {
    expect(loadEnv({})).toEqual({
      ok: true,
      value: { databasePath: 'data/sahel-digest.db', logLevel: 'info', allowPrivateFeeds: false },
    });
  });

  it('reads every variable into its typed field', () => {
    const loaded = loadEnv({
      DISCORD_TOKEN: 'discord-token',
      DISCORD_APPLICATION_ID: '111',
      DISCORD_GUILD_ID: '222',
      DISCORD_API_BASE: 'http://127.0.0.1:4000/api',
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 'secret',
      SLACK_APP_TOKEN: 'xapp-1',
      SLACK_API_URL: 'http://127.0.0.1:4001/api/',
      DATABASE_PATH: '/var/lib/sahel.db',
      LOG_LEVEL: 'debug',
      LOG_FORMAT: 'json',
      ALLOW_PRIVATE_FEEDS: 'true',
    });
    expect(loaded).toEqual({
      ok: true,
      value: {
        discordToken: 'discord-token',
        discordApplicationId: '111',
        discordGuildId: '222',
        discordApiBase: 'http://127.0.0.1:4000/api',
        slackBotToken: 'xoxb-1',
        slackSigningSecret: 'secret',
        slackAppToken: 'xapp-1',
        slackApiUrl: 'http://127.0.0.1:4001/api/',
        logFormat: 'json',
        databasePath: '/var/lib/sahel.db',
        logLevel: 'debug',
        allowPrivateFeeds: true,
      },
    });
  });

  it('treats empty strings as unset, leaving the optional keys absent', () => {
    const loaded = loadEnv({ DISCORD_TOKEN: '', LOG_LEVEL: '', DATABASE_PATH: '' });
    expect(loaded.ok && loaded.value).toEqual({
      databasePath: 'data/sahel-digest.db',
      logLevel: 'info',
      allowPrivateFeeds: false,
    });
    expect(loaded.ok && 'discordToken' in loaded.value).toBe(false);
  });

  it('ignores variables it does not know', () => {
    expect(loadEnv({ PATH: '/usr/bin', HOME: '/root' }).ok).toBe(true);
  });

  it('reports every bad variable at once, each naming the variable and the value', () => {
    expect(
      loadEnv({
        LOG_LEVEL: 'loud',
        LOG_FORMAT: 'colourful',
        ALLOW_PRIVATE_FEEDS: 'yes',
        DISCORD_API_BASE: 'ftp://discord.test',
        DISCORD_GUILD_ID: 'my-guild',
      }),
    ).toEqual({
      ok: false,
      error: [
        'DISCORD_GUILD_ID: expected a numeric id (got "my-guild")',
        'DISCORD_API_BASE: expected an http(s) URL (got "ftp://discord.test")',
        'LOG_LEVEL: expected one of trace, debug, info, warn, error, fatal, silent (got "loud")',
        'LOG_FORMAT: expected pretty or json (got "colourful")',
        'ALLOW_PRIVATE_FEEDS: expected true or false (got "yes")',
      ],
    });
  });
});
