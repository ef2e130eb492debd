import { describe, expect, it } from 'vitest';
import { OTHER_CHANNEL_OPTION } from '../../../commands/alert-channel.js';
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
    OTHER_CHANNEL_OPTION,
  ],
  mainOption: 'id',
  admin: true,
  handle: () => ({ blocks: [], fallback: '' }),
};
const commands = createDispatcher(fixtureConfig, [...testCommands, remove]);
const ports = {
  read: {},
  admin: {
    // Every id here is an alert's: remove (of the alert group) offers them all.
    subscriptions: {
      list: ({ kind, channel }: { kind: string; channel: string }) =>
        kind !== 'alert' ? [] : (channel === 'ops' ? [7] : [3, 4]).map((id) => ({ id })),
    },
    completeSubscriptions: (_platform: string, channel: string) =>
      channel === 'ops'
        ? [{ value: '7', label: '#7 Menaka' }]
        : [
            { value: '3', label: '#3 Kidal' },
            { value: '4', label: '#4 Gao' },
          ],
  },
} as unknown as CommandPorts;
const context = makeContext(fixtureConfig, { ports });
const complete = (line: string): Promise<[string[], string]> =>
  completeChatLine(commands, line, context);

describe('completeChatLine', () => {
  it('completes top-level commands, with or without the slash', async () => {
    expect(await complete('/')).toEqual([['/mali ', '/burkina ', '/niger ', '/sahel '], '/']);
    expect(await complete('bu')).toEqual([['/burkina '], 'bu']);
  });

  it('completes sub-commands and groups, then a group’s sub-commands', async () => {
    expect(await complete('/sahel ')).toEqual([['search ', 'alert ', 'boom '], '']);
    expect(await complete('/sahel al')).toEqual([['alert '], 'al']);
    expect(await complete('/sahel alert ')).toEqual([['add ', 'list ', 'remove '], '']);
    expect(await complete('/mali f')).toEqual([['fact '], 'f']);
  });

  it('completes option names not given yet', async () => {
    expect(await complete('/mali timeline ')).toEqual([['from:', 'to:', 'entity:', 'page:'], '']);
    expect(await complete('/mali timeline from:2020 ')).toEqual([['to:', 'entity:', 'page:'], '']);
    expect(await complete('/mali timeline t')).toEqual([['to:'], 't']);
  });

  it('completes option values from their completion source, choices or yes/no', async () => {
    expect(await complete('/mali timeline entity:goi')).toEqual([
      ['entity:assimi-goita'],
      'entity:goi',
    ]);
    expect(await complete('/sahel search x sort:d')).toEqual([['sort:date'], 'sort:d']);
    expect(await complete('/sahel search x loose:')).toEqual([['loose:yes', 'loose:no'], 'loose:']);
  });

  it('completes ids for the bare main option, through the ports for stored ids', async () => {
    expect(await complete('/mali fact jn')).toEqual([['jnim'], 'jn']);
    expect(await complete('/sahel alert remove ')).toEqual([['3', '4', 'id:', 'channel:'], '']);
  });

  it('completes the query language’s fields inside a free-text option', async () => {
    expect(await complete('/sahel search wagner entity:jn')).toEqual([
      ['entity:jnim'],
      'entity:jn',
    ]);
    expect(await complete('/sahel alert add country:burk')).toEqual([
      ['country:burkina-faso'],
      'country:burk',
    ]);
    expect(await complete('/sahel search lang:')).toEqual([['lang:en', 'lang:fr'], 'lang:']);
    expect(await complete('/sahel search nope:x')).toEqual([[], 'nope:x']);
    expect(await complete('/mali fact entity:jn')).toEqual([[], 'entity:jn']);
  });

  it('completes the ids of the channel a channel: typed before names, in either language', async () => {
    expect(await complete('/sahel alert remove channel:#ops ')).toEqual([['7', 'id:'], '']);
    expect(await complete('/sahel alert remove salon:#ops id:')).toEqual([['id:7'], 'id:']);
    expect(await complete('/sahel alert remove channel:ops ')).toEqual([['id:'], '']);
  });

  it('offers nothing after an unknown command', async () => {
    expect(await complete('/nowhere x')).toEqual([[], 'x']);
    expect(await complete('/mali nothing ')).toEqual([[], '']);
  });
});
