import { describe, expect, it } from 'vitest';
import { createCommandSet } from '../../../../commands/index.js';
import { manifestMode } from '../../../../src/cli/slack.js';
import { loadConfig } from '../../../../src/config/load-config.js';
import type { CommandDefinition, TopCommand } from '../../../../src/core/command.js';
import {
  buildSlackManifest,
  type SlackManifest,
} from '../../../../src/platforms/slack/build-slack-manifest.js';

const command = (name: string, extra: Partial<CommandDefinition> = {}): CommandDefinition => ({
  name,
  scope: 'country',
  description: { en: name, fr: name },
  options: [],
  admin: false,
  handle: () => ({ blocks: [], fallback: '' }),
  ...extra,
});

const tops: TopCommand[] = [
  {
    name: 'mali',
    country: 'mali',
    description: { en: 'News, timeline and background facts: Mali', fr: 'Mali' },
    commands: [
      command('timeline'),
      command('fact', {
        mainOption: 'id',
        options: [
          { name: 'id', type: 'string', required: true, description: { en: 'id', fr: 'id' } },
        ],
      }),
    ],
  },
  {
    name: 'sahel',
    description: { en: 'Search, alerts and help for the whole region', fr: 'Sahel' },
    commands: [command('add', { group: 'alert', scope: 'sahel', admin: true }), command('help')],
  },
];

/** The documented structure and limits of a manifest, checked field by field. */
function expectValidManifest(manifest: SlackManifest): void {
  const { display_information: info, features, settings } = manifest;
  expect(info.name.length).toBeGreaterThan(0);
  expect(info.name.length).toBeLessThanOrEqual(35);
  expect(info.description.length).toBeLessThanOrEqual(140);
  expect(info.background_color).toMatch(/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i);
  expect(features.bot_user.display_name).toMatch(/^[a-z0-9._-]{1,80}$/);
  expect(features.slash_commands.length).toBeGreaterThan(0);
  for (const slash of features.slash_commands) {
    expect(slash.command).toMatch(/^\/[a-z0-9_-]{1,31}$/);
    expect(slash.description.length).toBeGreaterThan(0);
    expect(slash.description.length).toBeLessThanOrEqual(2000);
    expect(slash.usage_hint.length).toBeLessThanOrEqual(1000);
    if (slash.url !== undefined) expect(slash.url).toMatch(/^https:\/\//);
  }
  const names = features.slash_commands.map((s) => s.command);
  expect(new Set(names).size).toBe(names.length);
  const scopes = manifest.oauth_config.scopes.bot;
  expect(new Set(scopes).size).toBe(scopes.length);
  expect(settings.interactivity.is_enabled).toBe(true);
  const urls = [settings.interactivity.request_url, settings.event_subscriptions.request_url];
  if (settings.socket_mode_enabled) expect(urls).toEqual([undefined, undefined]);
  else for (const url of urls) expect(url).toMatch(/^https:\/\/.+\/slack\/events$/);
}

describe('buildSlackManifest', () => {
  it('builds a Socket Mode manifest: commands with usage hints, used scopes, App Home', () => {
    const manifest = buildSlackManifest(tops, { mode: 'socket' });
    expectValidManifest(manifest);
    expect(manifest).toMatchInlineSnapshot(`
      {
        "display_information": {
          "background_color": "#8a6d0b",
          "description": "News digests, alerts and background facts on Mali, Burkina Faso and Niger, in English and French.",
          "name": "Sahel Digest",
        },
        "features": {
          "app_home": {
            "home_tab_enabled": true,
            "messages_tab_enabled": true,
            "messages_tab_read_only_enabled": true,
          },
          "bot_user": {
            "always_online": true,
            "display_name": "sahel-digest",
          },
          "slash_commands": [
            {
              "command": "/mali",
              "description": "News, timeline and background facts: Mali",
              "should_escape": false,
              "usage_hint": "timeline | fact <id>",
            },
            {
              "command": "/sahel",
              "description": "Search, alerts and help for the whole region",
              "should_escape": false,
              "usage_hint": "alert add | help",
            },
          ],
        },
        "oauth_config": {
          "scopes": {
            "bot": [
              "chat:write",
              "commands",
              "channels:history",
              "groups:history",
              "users:read",
              "channels:read",
              "groups:read",
            ],
          },
        },
        "settings": {
          "event_subscriptions": {
            "bot_events": [
              "app_home_opened",
            ],
          },
          "interactivity": {
            "is_enabled": true,
          },
          "org_deploy_enabled": false,
          "socket_mode_enabled": true,
          "token_rotation_enabled": false,
        },
      }
    `);
  });

  it('points commands, interactivity and events at /slack/events under --url', () => {
    const manifest = buildSlackManifest(tops, { mode: 'http', url: 'https://bot.example.org/' });
    expectValidManifest(manifest);
    expect(manifest.settings.socket_mode_enabled).toBe(false);
    expect(manifest.settings.interactivity.request_url).toBe(
      'https://bot.example.org/slack/events',
    );
    expect(manifest.features.slash_commands.map((s) => s.url)).toEqual([
      'https://bot.example.org/slack/events',
      'https://bot.example.org/slack/events',
    ]);
  });

  it('gives a valid manifest for the default configuration', () => {
    const config = loadConfig('config');
    if (!config.ok) throw new Error('the default config does not load');
    const manifest = buildSlackManifest(createCommandSet(config.value).tops, { mode: 'socket' });
    expectValidManifest(manifest);
    expect(manifest.features.slash_commands.map((s) => s.command)).toEqual([
      '/mali',
      '/burkina',
      '/niger',
      '/sahel',
    ]);
  });
});

describe('manifestMode', () => {
  it('defaults to Socket Mode and takes an https --url', () => {
    expect(manifestMode({})).toEqual({ ok: true, value: { mode: 'socket' } });
    expect(manifestMode({ url: 'https://a.example' })).toEqual({
      ok: true,
      value: { mode: 'http', url: 'https://a.example' },
    });
  });

  it('refuses a plain http URL and both flags at once, in one line', () => {
    expect(manifestMode({ url: 'http://a.example' })).toEqual({
      ok: false,
      error: '--url must be an https URL that Slack can reach, got "http://a.example"',
    });
    expect(manifestMode({ url: 'https://a.example', socket: true })).toEqual({
      ok: false,
      error: 'choose --socket or --url, not both',
    });
  });
});
