import { describe, expect, it } from 'vitest';
import type { CommandDefinition, TopCommand } from '../../../../src/core/command.js';
import { loadConfig } from '../../../../src/config/load-config.js';
import { createCommandSet } from '../../../../commands/index.js';
import {
  buildDiscordCommands,
  MANAGE_GUILD,
  neutralTop,
} from '../../../../src/platforms/discord/build-discord-commands.js';
import { botPermissions, inviteUrl } from '../../../../src/platforms/discord/invite-url.js';
import { checkCommands } from '../../../fakes/fake-discord-checks.js';

const reply = () => ({ blocks: [], fallback: '' });

const timeline: CommandDefinition = {
  name: 'timeline',
  nameFr: 'chronologie',
  scope: 'country',
  admin: false,
  description: { en: 'Dated events', fr: 'Événements datés' },
  options: [
    {
      name: 'from',
      nameFr: 'depuis',
      type: 'string',
      required: false,
      description: { en: 'Start', fr: 'Début' },
    },
    {
      name: 'entity',
      nameFr: 'entite',
      type: 'string',
      required: false,
      complete: 'entity',
      description: { en: 'Actor', fr: 'Acteur' },
    },
    {
      name: 'page',
      type: 'integer',
      required: false,
      min: 1,
      max: 50,
      description: { en: 'Page', fr: 'Page' },
    },
    {
      name: 'country',
      type: 'string',
      required: true,
      choices: ['mali', 'niger'],
      description: { en: 'Country', fr: 'Pays' },
    },
  ],
  handle: reply,
};

const alertAdd: CommandDefinition = {
  name: 'add',
  nameFr: 'ajouter',
  group: 'alert',
  scope: 'sahel',
  admin: true,
  slow: true,
  description: { en: 'Add an alert', fr: 'Ajouter une alerte' },
  options: [
    {
      name: 'query',
      nameFr: 'requete',
      type: 'string',
      required: true,
      description: { en: 'Query', fr: 'Requête' },
    },
  ],
  handle: reply,
};

const search: CommandDefinition = {
  name: 'search',
  nameFr: 'chercher',
  scope: 'sahel',
  admin: false,
  description: { en: 'Search', fr: 'Chercher' },
  options: [],
  handle: reply,
};

const tops: TopCommand[] = [
  { name: 'mali', country: 'mali', description: { en: 'Mali', fr: 'Mali' }, commands: [timeline] },
  { name: 'sahel', description: { en: 'Region', fr: 'Région' }, commands: [search, alertAdd] },
];

describe('buildDiscordCommands', () => {
  it('builds localised sub-commands and puts admin ones under a separate Manage Server command', () => {
    expect(buildDiscordCommands(tops)).toMatchInlineSnapshot(`
      [
        {
          "contexts": [
            0,
          ],
          "default_member_permissions": null,
          "description": "Mali",
          "description_localizations": {
            "fr": "Mali",
          },
          "name": "mali",
          "options": [
            {
              "description": "Dated events",
              "description_localizations": {
                "fr": "Événements datés",
              },
              "name": "timeline",
              "name_localizations": {
                "fr": "chronologie",
              },
              "options": [
                {
                  "choices": [
                    {
                      "name": "mali",
                      "value": "mali",
                    },
                    {
                      "name": "niger",
                      "value": "niger",
                    },
                  ],
                  "description": "Country",
                  "description_localizations": {
                    "fr": "Pays",
                  },
                  "name": "country",
                  "required": true,
                  "type": 3,
                },
                {
                  "description": "Start",
                  "description_localizations": {
                    "fr": "Début",
                  },
                  "name": "from",
                  "name_localizations": {
                    "fr": "depuis",
                  },
                  "required": false,
                  "type": 3,
                },
                {
                  "autocomplete": true,
                  "description": "Actor",
                  "description_localizations": {
                    "fr": "Acteur",
                  },
                  "name": "entity",
                  "name_localizations": {
                    "fr": "entite",
                  },
                  "required": false,
                  "type": 3,
                },
                {
                  "description": "Page",
                  "description_localizations": {
                    "fr": "Page",
                  },
                  "max_value": 50,
                  "min_value": 1,
                  "name": "page",
                  "required": false,
                  "type": 4,
                },
              ],
              "type": 1,
            },
          ],
          "type": 1,
        },
        {
          "contexts": [
            0,
          ],
          "default_member_permissions": null,
          "description": "Region",
          "description_localizations": {
            "fr": "Région",
          },
          "name": "sahel",
          "options": [
            {
              "description": "Search",
              "description_localizations": {
                "fr": "Chercher",
              },
              "name": "search",
              "name_localizations": {
                "fr": "chercher",
              },
              "options": [],
              "type": 1,
            },
          ],
          "type": 1,
        },
        {
          "contexts": [
            0,
          ],
          "default_member_permissions": "32",
          "description": "Admin: Region",
          "description_localizations": {
            "fr": "Admin : Région",
          },
          "name": "sahel-admin",
          "options": [
            {
              "description": "Keyword alerts of this channel",
              "description_localizations": {
                "fr": "Alertes par mots-clés de ce salon",
              },
              "name": "alert",
              "name_localizations": {
                "fr": "alerte",
              },
              "options": [
                {
                  "description": "Add an alert",
                  "description_localizations": {
                    "fr": "Ajouter une alerte",
                  },
                  "name": "add",
                  "name_localizations": {
                    "fr": "ajouter",
                  },
                  "options": [
                    {
                      "description": "Query",
                      "description_localizations": {
                        "fr": "Requête",
                      },
                      "name": "query",
                      "name_localizations": {
                        "fr": "requete",
                      },
                      "required": true,
                      "type": 3,
                    },
                  ],
                  "type": 1,
                },
              ],
              "type": 2,
            },
          ],
          "type": 1,
        },
      ]
    `);
  });

  it('maps an admin command back to its neutral top-level command', () => {
    expect(neutralTop('sahel-admin', tops)?.name).toBe('sahel');
    expect(neutralTop('mali', tops)?.name).toBe('mali');
    expect(neutralTop('burkina', tops)).toBeUndefined();
  });

  it('registers every command of the shipped configuration in a form Discord accepts', () => {
    const config = loadConfig('config');
    if (!config.ok) throw new Error('config/ does not load');
    const commands = buildDiscordCommands(createCommandSet(config.value).tops);
    expect(checkCommands(commands)).toBeNull();
    const admin = commands.filter((c) => c.default_member_permissions === MANAGE_GUILD);
    expect(admin.map((c) => c.name)).toEqual(['sahel-admin']);
    const json = JSON.stringify(admin);
    for (const path of ['"alert"', '"digest"', '"feeds"', '"settings"'])
      expect(json).toContain(path);
    const open = JSON.stringify(commands.filter((c) => c.default_member_permissions === null));
    expect(open).not.toContain('"alert"');
  });

  it("offers alert add's ping as Discord's role picker and channel as a channel picker, optional", () => {
    const config = loadConfig('config');
    if (!config.ok) throw new Error('config/ does not load');
    const admin = buildDiscordCommands(createCommandSet(config.value).tops).find(
      (c) => c.name === 'sahel-admin',
    );
    const add = admin?.options
      .find((o) => o.name === 'alert')
      ?.options?.find((o) => o.name === 'add');
    expect(add?.options?.map((o) => [o.name, o.type, o.required])).toEqual([
      ['query', 3, true],
      ['ping', 8, false],
      ['quiet', 3, false],
      ['max', 3, false],
      ['timezone', 3, false],
      ['channel', 7, false],
    ]);
    expect(add?.options?.find((o) => o.name === 'channel')?.channel_types).toEqual([0, 5, 15]);
  });
});

describe('inviteUrl', () => {
  it('asks for view, send, embed links and send in threads, with the bot and commands scopes', () => {
    expect(inviteUrl('1100000000000000001')).toBe(
      'https://discord.com/oauth2/authorize?client_id=1100000000000000001&scope=bot+applications.commands&permissions=274877926400',
    );
    expect(botPermissions()).toBe(1024n + 2048n + 16384n + 274877906944n);
  });

  it('adds Create Public Threads only for forum delivery', () => {
    expect(botPermissions({ forum: true }) - botPermissions()).toBe(1n << 35n);
  });
});
