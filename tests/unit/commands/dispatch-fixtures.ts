import type { CommandDefinition, CommandOption } from '../../../src/core/command.js';
import { loadConfig } from '../../../src/config/load-config.js';
import type { Config } from '../../../src/core/config-types.js';
import type { Message } from '../../../src/core/message.js';

const loaded = loadConfig('tests/fixtures/config/valid');
if (!loaded.ok) throw new Error('the valid fixture must load');
/** The valid fixture config: /mali, /burkina, /niger and /sahel. */
export const fixtureConfig: Config = loaded.value;

const text = (en: string): { en: string; fr: string } => ({ en, fr: `${en} (fr)` });

function option(name: string, extra: Partial<CommandOption> = {}): CommandOption {
  return { name, type: 'string', required: false, description: text(name), ...extra };
}

/** A handler's answer that shows what it received, so tests read arguments and country back. */
export function echo(args: object, country: string | undefined): Message {
  const fallback = JSON.stringify({ args, country });
  return { blocks: [{ type: 'text', text: fallback }], fallback };
}

/** Commands shaped like the real ones, with handlers that echo what they were given. */
export const testCommands: readonly CommandDefinition[] = [
  {
    name: 'timeline',
    scope: 'country',
    description: text('Key events'),
    options: [
      option('from', { nameFr: 'depuis' }),
      option('to'),
      option('entity', { complete: 'entity' }),
      option('page', { type: 'integer', min: 1 }),
    ],
    admin: false,
    handle: (args, context) => echo(args, context.country),
  },
  {
    name: 'fact',
    nameFr: 'fiche',
    scope: 'country',
    description: text('A fact card'),
    options: [option('id', { complete: 'fact' })],
    mainOption: 'id',
    admin: false,
    examples: ['fact jnim'],
    handle: (args, context) => echo(args, context.country),
  },
  {
    name: 'search',
    scope: 'sahel',
    description: text('Search stored items'),
    options: [
      option('query', { required: true, nameFr: 'requête' }),
      option('since'),
      option('limit', { type: 'integer', min: 1, max: 50 }),
      option('loose', { type: 'boolean' }),
      option('sort', { choices: ['relevance', 'date'] }),
    ],
    mainOption: 'query',
    admin: false,
    examples: ['/sahel search wagner convoy'],
    handle: (args, context) => echo(args, context.country),
  },
  {
    name: 'add',
    group: 'alert',
    groupFr: 'alerte',
    scope: 'sahel',
    description: text('Add an alert'),
    options: [option('query', { required: true })],
    mainOption: 'query',
    admin: true,
    handle: (args, context) => echo(args, context.country),
  },
  {
    name: 'list',
    group: 'alert',
    groupFr: 'alerte',
    scope: 'sahel',
    description: text('List alerts'),
    options: [],
    admin: true,
    handle: (args, context) => echo(args, context.country),
  },
  {
    name: 'boom',
    scope: 'sahel',
    description: text('Always fails'),
    options: [],
    admin: false,
    handle: () => {
      throw new Error('database locked at https://user:secret@db.example/x?token=abc');
    },
  },
];
