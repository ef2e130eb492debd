import { describe, expect, it } from 'vitest';
import { completeValues } from '../../../commands/dispatch-complete.js';
import type { CommandPorts } from '../../../src/core/command-ports.js';
import type { Completion } from '../../../src/core/command.js';
import { makeContext } from '../../fakes/command-context.js';
import { fixtureConfig } from './dispatch-fixtures.js';

const context = makeContext(fixtureConfig);
const values = (list: readonly Completion[]): string[] => list.map((c) => c.value);

describe('completeValues', () => {
  it('offers entities by id prefix, then by a word of their name, accents ignored', async () => {
    expect(values(await completeValues('entity', 'j', context))).toEqual(['jnim']);
    expect(values(await completeValues('entity', 'goi', context))).toEqual(['assimi-goita']);
    expect(await completeValues('entity', 'GOÏ', context)).toEqual([
      { value: 'assimi-goita', label: 'Assimi Goïta (assimi-goita)' },
    ]);
    expect(values(await completeValues('entity', 'gsim', context))).toEqual(['jnim']);
  });

  it('offers everything for an empty prefix and nothing for a prefix that fits nothing', async () => {
    expect(values(await completeValues('entity', '', context))).toEqual([
      'mali',
      'burkina-faso',
      'niger',
      'jnim',
      'assimi-goita',
      'coup',
    ]);
    expect(await completeValues('entity', 'zz', context)).toEqual([]);
  });

  it('offers countries by entity id or command name, labelled in the user language', async () => {
    expect(values(await completeValues('country', 'burk', context))).toEqual(['burkina-faso']);
    expect(await completeValues('country', 'n', context)).toEqual([
      { value: 'niger', label: 'Niger (niger)' },
    ]);
  });

  it('offers fact cards by id or title, with the French title in French', async () => {
    expect(await completeValues('fact', 'groupe', { ...context, locale: 'fr' })).toEqual([
      { value: 'jnim', label: "JNIM — Groupe de soutien à l'islam et aux musulmans (jnim)" },
    ]);
  });

  it('asks the ports for the channel’s subscriptions, feeds and stories', async () => {
    const asked: unknown[] = [];
    const ports = {
      read: {
        completeStories: (prefix: string) => {
          asked.push(['stories', prefix]);
          return [{ value: 's-1', label: 'Story one' }];
        },
      },
      admin: {
        completeSubscriptions: (platform: string, channel: string, prefix: string) => {
          asked.push(['subscriptions', platform, channel, prefix]);
          return Array.from({ length: 30 }, (_, i) => ({ value: String(i), label: `#${i}` }));
        },
        completeFeeds: (prefix: string) => {
          asked.push(['feeds', prefix]);
          return [{ value: 'rfi', label: 'RFI' }];
        },
      },
    } as unknown as CommandPorts;
    const withPorts = { ...context, ports, channel: 'c-9' };
    expect(await completeValues('subscription', '1', withPorts)).toHaveLength(25);
    expect(values(await completeValues('feed', 'r', withPorts))).toEqual(['rfi']);
    expect(values(await completeValues('story', 's', withPorts))).toEqual(['s-1']);
    expect(asked).toEqual([
      ['subscriptions', 'console', 'c-9', '1'],
      ['feeds', 'r'],
      ['stories', 's'],
    ]);
  });

  it('offers no stories when the read ports cannot complete them', async () => {
    const ports = { read: {}, admin: {} } as unknown as CommandPorts;
    expect(await completeValues('story', 's', { ...context, ports })).toEqual([]);
  });
});
