import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../commands/dispatch.js';
import { completeChatLine } from '../../../src/cli/chat-complete.js';
import type { CommandPorts } from '../../../src/core/command-ports.js';
import type { CommandDefinition } from '../../../src/core/command.js';
import { makeContext } from '../../fakes/command-context.js';
import { fixtureConfig, testCommands } from '../commands/dispatch-fixtures.js';

const remove: CommandDefinition = {
  name: 'remove',
  group: 'alert',
  scope: 'sahel',
  description: { en: 'Remove an alert', fr: 'Retirer une alerte' },
  options: [
    {
      name: 'id',
      type: 'integer',
      required: true,
      complete: 'subscription',
      description: { en: 'id', fr: 'id' },
    },
  ],
  mainOption: 'id',
  admin: true,
  handle: () => ({ blocks: [], fallback: '' }),
};
const commands = createDispatcher(fixtureConfig, [...testCommands, remove]);
const ports = {
  read: {},
  admin: {
    completeSubscriptions: () => [
      { value: '3', label: '#3 Kidal' },
      { value: '4', label: '#4 Gao' },
    ],
  },
} as unknown as CommandPorts;
const context = makeContext(fixtureConfig, { ports });
const complete = (line: string): [string[], string] => completeChatLine(commands, line, context);

describe('completeChatLine', () => {
  it('completes top-level commands, with or without the slash', () => {
    expect(complete('/')).toEqual([['/mali ', '/burkina ', '/niger ', '/sahel '], '/']);
    expect(complete('bu')).toEqual([['/burkina '], 'bu']);
  });

  it('completes sub-commands and groups, then a group’s sub-commands', () => {
    expect(complete('/sahel ')).toEqual([['search ', 'alert ', 'boom '], '']);
    expect(complete('/sahel al')).toEqual([['alert '], 'al']);
    expect(complete('/sahel alert ')).toEqual([['add ', 'list ', 'remove '], '']);
    expect(complete('/mali f')).toEqual([['fact '], 'f']);
  });

  it('completes option names not given yet', () => {
    expect(complete('/mali timeline ')).toEqual([['from:', 'to:', 'entity:', 'page:'], '']);
    expect(complete('/mali timeline from:2020 ')).toEqual([['to:', 'entity:', 'page:'], '']);
    expect(complete('/mali timeline t')).toEqual([['to:'], 't']);
  });

  it('completes option values from their completion source, choices or yes/no', () => {
    expect(complete('/mali timeline entity:goi')).toEqual([['entity:assimi-goita'], 'entity:goi']);
    expect(complete('/sahel search x sort:d')).toEqual([['sort:date'], 'sort:d']);
    expect(complete('/sahel search x loose:')).toEqual([['loose:yes', 'loose:no'], 'loose:']);
  });

  it('completes ids for the bare main option, through the ports for stored ids', () => {
    expect(complete('/mali fact jn')).toEqual([['jnim'], 'jn']);
    expect(complete('/sahel alert remove ')).toEqual([['3', '4', 'id:'], '']);
  });

  it('completes the query language’s fields inside a free-text option', () => {
    expect(complete('/sahel search wagner entity:jn')).toEqual([['entity:jnim'], 'entity:jn']);
    expect(complete('/sahel alert add country:burk')).toEqual([
      ['country:burkina-faso'],
      'country:burk',
    ]);
    expect(complete('/sahel search lang:')).toEqual([['lang:en', 'lang:fr'], 'lang:']);
    expect(complete('/sahel search nope:x')).toEqual([[], 'nope:x']);
    expect(complete('/mali fact entity:jn')).toEqual([[], 'entity:jn']);
  });

  it('offers nothing after an unknown command', () => {
    expect(complete('/nowhere x')).toEqual([[], 'x']);
    expect(complete('/mali nothing ')).toEqual([[], '']);
  });
});
