import type { DiscordApi } from './discord-forum.js';

/** Servers searched at most: a bot in more servers names a lost channel by its id. */
const MAX_GUILDS = 10;

/**
 * The name of `channel` when Discord no longer shows the bot the channel itself (403 Missing
 * Access answers the channel route too): the bot's servers list their channels, the ones it
 * may not see included, so a lost channel can still be named `#sahel-alerts` rather than by
 * its id. Undefined when no server of the bot lists it or Discord refuses the lists; never
 * throws, since it only adds a name to a report.
 * @see https://discord.com/developers/docs/resources/user#get-current-user-guilds
 * @see https://discord.com/developers/docs/resources/guild#get-guild-channels
 */
export async function findChannelName(
  api: DiscordApi,
  channel: string,
): Promise<string | undefined> {
  try {
    const guilds = (await api.rest.get(api.routes.userGuilds())) as { id?: unknown }[];
    for (const guild of guilds.slice(0, MAX_GUILDS)) {
      if (typeof guild.id !== 'string') continue;
      const channels = (await api.rest.get(api.routes.guildChannels(guild.id))) as {
        id?: unknown;
        name?: unknown;
      }[];
      const found = channels.find((c) => c.id === channel);
      if (found !== undefined) return typeof found.name === 'string' ? found.name : undefined;
    }
  } catch {
    // A name is a courtesy: the report goes out with the id.
  }
  return undefined;
}
