import { describe, expect, it } from 'vitest';
import type { CommandDefinition, TopCommand } from '../../../../src/core/command.js';
import {
  localeOf,
  resolveCommand,
} from '../../../../src/platforms/discord/interaction-invocation.js';

const reply = () => ({ blocks: [], fallback: '' });
const definition = (name: string, group?: string, admin = false): CommandDefinition => ({
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
    description: { en: 'Mali', fr: 'Mali' },
    commands: [definition('timeline')],
  },
  {
    name: 'sahel',
    description: { en: 'Sahel', fr: 'Sahel' },
    commands: [definition('search'), definition('add', 'alert', true)],
  },
];

describe('resolveCommand', () => {
  it("passes a role picker's choice (type 8) on as the role id alert add's ping reads", () => {
    const resolved = resolveCommand(
      'sahel-admin',
      [
        {
          name: 'alert',
          type: 2,
          options: [
            {
              name: 'add',
              type: 1,
              options: [
                { name: 'query', type: 3, value: 'Kidal' },
                { name: 'ping', type: 8, value: '1250000000000000007' },
              ],
            },
          ],
        },
      ],
      tops,
    );
    expect(resolved.ok && resolved.value.invocation.args).toEqual({
      query: 'Kidal',
      ping: '1250000000000000007',
    });
  });

  it('maps /sahel-admin alert add back to the neutral /sahel alert add with its arguments', () => {
    const resolved = resolveCommand(
      'sahel-admin',
      [
        {
          name: 'alert',
          type: 2,
          options: [
            { name: 'add', type: 1, options: [{ name: 'query', type: 3, value: 'Kidal' }] },
          ],
        },
      ],
      tops,
    );
    expect(resolved.ok && resolved.value.invocation).toEqual({
      top: 'sahel',
      group: 'alert',
      name: 'add',
      args: { query: 'Kidal' },
    });
  });

  it('keeps typed values and reports the option being typed', () => {
    const resolved = resolveCommand(
      'mali',
      [
        {
          name: 'timeline',
          type: 1,
          options: [
            { name: 'page', type: 4, value: 2 },
            { name: 'entity', type: 3, value: 'jn', focused: true },
          ],
        },
      ],
      tops,
    );
    expect(resolved.ok && resolved.value.invocation.args).toEqual({ page: 2, entity: 'jn' });
    expect(resolved.ok && resolved.value.focused).toEqual({ name: 'entity', value: 'jn' });
  });

  it('says which command is unknown', () => {
    expect(resolveCommand('burkina', [{ name: 'timeline', type: 1 }], tops)).toEqual({
      ok: false,
      error: 'unknown command /burkina',
    });
    expect(resolveCommand('sahel', [{ name: 'nope', type: 1 }], tops)).toEqual({
      ok: false,
      error: 'unknown command /sahel nope',
    });
    expect(resolveCommand('sahel', [], tops)).toEqual({
      ok: false,
      error: '/sahel needs a sub-command',
    });
  });
});

describe('localeOf', () => {
  it('answers in French to any French locale and in the default otherwise', () => {
    expect(localeOf('fr', 'en')).toBe('fr');
    expect(localeOf('fr-CA', 'en')).toBe('fr');
    expect(localeOf('en-GB', 'fr')).toBe('fr');
    expect(localeOf('de', 'en')).toBe('en');
    expect(localeOf(undefined, 'en')).toBe('en');
  });
});
