import { describe, expect, it } from 'vitest';
import type { CommandDefinition, TopCommand } from '../../../../src/core/command.js';
import type { Message } from '../../../../src/core/message.js';
import { withDiscordPaths } from '../../../../src/platforms/discord/discord-command-paths.js';
import { createCommandSet } from '../../../../commands/index.js';
import { fixtureConfig } from '../../commands/dispatch-fixtures.js';

const reply = () => ({ blocks: [], fallback: '' });
const command = (name: string, admin: boolean, group?: string): CommandDefinition => ({
  name,
  ...(group === undefined ? {} : { group }),
  scope: 'sahel',
  admin,
  description: { en: name, fr: name },
  options: [],
  handle: reply,
});

const tops: TopCommand[] = [
  {
    name: 'mali',
    country: 'mali',
    description: { en: 'm', fr: 'm' },
    commands: [command('timeline', false)],
  },
  {
    name: 'sahel',
    description: { en: 's', fr: 's' },
    commands: [
      command('search', false),
      command('add', true, 'alert'),
      command('list', true, 'alert'),
      command('settings', true),
    ],
  },
];

describe('withDiscordPaths', () => {
  it('shows admin command paths as typed on Discord and leaves the others alone', () => {
    const message: Message = {
      blocks: [
        { type: 'text', text: 'only server admins can change alerts (/sahel alert add)' },
        {
          type: 'list',
          entries: [{ text: '/sahel settings admin-channel:here', detail: '/sahel search wagner' }],
        },
        {
          type: 'heading',
          text: '/sahel-admin alert list',
          subtitle: '/sahel alerts /sahelx alert /mali timeline',
        },
        {
          type: 'actions',
          actions: [{ id: '/sahel alert list', label: 'Open /sahel alert list' }],
        },
      ],
      fallback: 'see /sahel alert list',
    };
    expect(withDiscordPaths(message, tops)).toEqual({
      blocks: [
        { type: 'text', text: 'only server admins can change alerts (/sahel-admin alert add)' },
        {
          type: 'list',
          entries: [
            { text: '/sahel-admin settings admin-channel:here', detail: '/sahel search wagner' },
          ],
        },
        {
          type: 'heading',
          text: '/sahel-admin alert list',
          subtitle: '/sahel alerts /sahelx alert /mali timeline',
        },
        {
          type: 'actions',
          actions: [{ id: '/sahel alert list', label: 'Open /sahel-admin alert list' }],
        },
      ],
      fallback: 'see /sahel-admin alert list',
    });
  });

  it('shows French admin paths as a French reader types them on Discord', () => {
    const { tops: real } = createCommandSet(fixtureConfig);
    const refusal = 'seuls les administrateurs du serveur peuvent modifier les flux';
    const message: Message = {
      blocks: [{ type: 'text', text: `${refusal} (/sahel flux etat)` }],
      fallback: '/sahel recherche kidal · /sahel alerte liste · /sahel reglages',
    };
    expect(withDiscordPaths(message, real)).toEqual({
      blocks: [{ type: 'text', text: `${refusal} (/sahel-admin flux etat)` }],
      fallback: '/sahel recherche kidal · /sahel-admin alerte liste · /sahel-admin reglages',
    });
  });
});
