import type { Client } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { discordServerChannels } from '../../../../src/platforms/discord/server-channels.js';

/** A guild channel as discord.js holds it: enough for the server check. */
const channel = (guildId: string, name: string) => ({
  guildId,
  name,
  isDMBased: () => false,
});

/** A client whose cache holds `cached`, and whose REST fetch finds `fetched` (else fails). */
function clientOf(
  cached: Record<string, ReturnType<typeof channel>>,
  fetched: Record<string, ReturnType<typeof channel>> = {},
): { client: Client; fetches: string[] } {
  const fetches: string[] = [];
  const client = {
    channels: {
      cache: new Map(Object.entries(cached)),
      fetch: (id: string) => {
        fetches.push(id);
        const found = fetched[id];
        return found === undefined
          ? Promise.reject(new Error('Unknown Channel'))
          : Promise.resolve(found);
      },
    },
  } as unknown as Client;
  return { client, fetches };
}

describe('discordServerChannels', () => {
  it('keeps the channels of the command’s server, with their names, and drops another server’s', async () => {
    const { client, fetches } = clientOf(
      { a: channel('G1', 'sahel-alerts'), b: channel('G2', 'their-ops') },
      { c: channel('G1', 'archived-post'), d: channel('G2', 'their-post') },
    );
    const found = await discordServerChannels(client, 'G1').sameServer(['a', 'b', 'c', 'd', 'e']);
    expect(found).toEqual(
      new Map([
        ['a', 'sahel-alerts'],
        ['c', 'archived-post'],
      ]),
    );
    expect(fetches).toEqual(['c', 'd', 'e']);
  });

  it('names no channel outside a server', async () => {
    const { client } = clientOf({ a: channel('G1', 'sahel-alerts') });
    expect(await discordServerChannels(client, null).sameServer(['a'])).toEqual(new Map());
  });
});
