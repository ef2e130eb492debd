import type { Client } from 'discord.js';
import type { ServerChannels } from '../../core/admin-ports.js';

/** Channels looked up per question; more are left out rather than fetched one by one. */
const MAX_LOOKUPS = 25;

/**
 * The channels of the server a command is typed in (`guildId`), read from the gateway cache and,
 * for a channel not cached (an archived thread, a channel the cache lost), fetched as the bot.
 * A channel of another server the bot is in, or one the bot cannot see, is left out, so an
 * answer never names another server's channel. Outside a server (null), none is.
 * @see https://discord.com/developers/docs/resources/channel#get-channel
 */
export function discordServerChannels(client: Client, guildId: string | null): ServerChannels {
  return {
    async sameServer(channels) {
      const found = new Map<string, string | null>();
      if (guildId === null) return found;
      const looked = await Promise.all(
        [...new Set(channels)].slice(0, MAX_LOOKUPS).map(async (id) => {
          const channel =
            client.channels.cache.get(id) ?? (await client.channels.fetch(id).catch(() => null));
          if (channel === null || channel.isDMBased() || channel.guildId !== guildId) return null;
          return [id, channel.name] as const;
        }),
      );
      for (const entry of looked) if (entry !== null) found.set(entry[0], entry[1]);
      return found;
    },
  };
}
