import type { REST, Routes } from 'discord.js';
import type { DiscordMessagePayload } from './discord-payload.js';

/**
 * Forum delivery: a subscription whose channel is a forum (or media) channel gets one post
 * (thread) per arc, and the other messages one post each.
 * @see https://discord.com/developers/docs/resources/channel#start-thread-in-forum-or-media-channel
 */

export interface DiscordApi {
  readonly rest: REST;
  readonly routes: typeof Routes;
}

/** What the adapter needs to know of a channel; a channel's type never changes. */
export interface ChannelInfo {
  readonly type: number;
  readonly guildId: string | null;
  /** The channel's name (`sahel-alerts`), when Discord gave one. */
  readonly name?: string;
}

/** Channel info by id, fetched once; `nameOf` answers at once from what was fetched. */
export interface ChannelInfoCache {
  (channel: string): Promise<ChannelInfo>;
  /** The name Discord last gave for `channel`, kept after the bot loses it (to name it then). */
  nameOf(channel: string): string | undefined;
}

/** Forum (15) and media (16) channels hold posts, not messages. */
const FORUM_TYPES: ReadonlySet<number> = new Set([15, 16]);

export function isForum(info: ChannelInfo): boolean {
  return FORUM_TYPES.has(info.type);
}

/**
 * Channel types, fetched once per channel and process (`GET /channels/{id}`). A failed fetch is
 * not remembered: the next send asks again.
 * @see https://discord.com/developers/docs/resources/channel#get-channel
 */
export function createChannelInfoCache(api: () => Promise<DiscordApi>): ChannelInfoCache {
  const known = new Map<string, Promise<ChannelInfo>>();
  const names = new Map<string, string>();
  const lookup = (channel: string): Promise<ChannelInfo> => {
    const cached = known.get(channel);
    if (cached !== undefined) return cached;
    const fetched = api()
      .then(({ rest, routes }) => rest.get(routes.channel(channel)))
      .then((raw) => {
        const body = raw as { type?: unknown; guild_id?: unknown; name?: unknown };
        if (typeof body.name === 'string') names.set(channel, body.name);
        return {
          type: typeof body.type === 'number' ? body.type : 0,
          guildId: typeof body.guild_id === 'string' ? body.guild_id : null,
          ...(typeof body.name === 'string' ? { name: body.name } : {}),
        };
      });
    known.set(channel, fetched);
    fetched.catch(() => known.delete(channel));
    return fetched;
  };
  return Object.assign(lookup, { nameOf: (channel: string) => names.get(channel) });
}

/**
 * Opens a post named `name` in `forum` with `payload` as its first message and returns the
 * thread id (which is also that first message's id). Discord takes no `nonce` on this route, so
 * a retry of a send whose answer was lost first looks for the post it may already have made:
 * an active post of this forum with the same name whose first message shows the same embeds.
 */
export async function openPost(
  api: DiscordApi,
  forum: string,
  info: ChannelInfo,
  name: string,
  payload: DiscordMessagePayload,
): Promise<string> {
  const made = await findPost(api, forum, info, name, payload);
  if (made !== null) return made;
  const created = (await api.rest.post(api.routes.threads(forum), {
    body: { name, message: payload },
  })) as { id: string };
  return created.id;
}

async function findPost(
  api: DiscordApi,
  forum: string,
  info: ChannelInfo,
  name: string,
  payload: DiscordMessagePayload,
): Promise<string | null> {
  if (info.guildId === null) return null;
  const { threads } = (await api.rest.get(api.routes.guildActiveThreads(info.guildId))) as {
    threads: { id: string; parent_id?: string; name?: string }[];
  };
  const candidates = threads.filter((t) => t.parent_id === forum && t.name === name).reverse();
  for (const thread of candidates) {
    const starter = await api.rest
      .get(api.routes.channelMessage(thread.id, thread.id))
      .catch(() => null);
    if (starter !== null && sameEmbeds(starter as DiscordMessagePayload, payload)) return thread.id;
  }
  return null;
}

/** Discord adds fields of its own to embeds it returns: compare what the bot wrote. */
function sameEmbeds(
  posted: Partial<DiscordMessagePayload>,
  payload: DiscordMessagePayload,
): boolean {
  const key = (p: Partial<DiscordMessagePayload>): string =>
    JSON.stringify((p.embeds ?? []).map((e) => [e.title ?? '', e.description ?? '', e.url ?? '']));
  return key(posted) === key(payload);
}

/**
 * Unarchives a thread so it takes messages again; false when Discord refuses (a moderator
 * locked it: unlocking needs Manage Threads, which the bot does not ask for).
 * @see https://discord.com/developers/docs/resources/channel#modify-channel-json-params-thread
 */
export async function unarchive(api: DiscordApi, thread: string): Promise<boolean> {
  try {
    await api.rest.patch(api.routes.channel(thread), { body: { archived: false } });
    return true;
  } catch {
    return false;
  }
}

/**
 * Renames an arc's post to `name` when it is named otherwise: the arc's title grows as its
 * developments come ("Mali fuel" → "Mali fuel blockade"), and the forum's list of posts should
 * name the situation as its latest development does. Discord allows two renames of a channel
 * per ten minutes; a refusal (that limit, beyond what the adapter waits, or a moderator's lock)
 * leaves the name as it was, because the development itself is already posted.
 * @see https://discord.com/developers/docs/resources/channel#modify-channel-json-params-thread
 */
export async function renamePost(api: DiscordApi, thread: string, name: string): Promise<void> {
  try {
    const current = (await api.rest.get(api.routes.channel(thread))) as { name?: unknown };
    if (current.name !== name) await api.rest.patch(api.routes.channel(thread), { body: { name } });
  } catch {
    // The name is cosmetic: the post and its messages are what was asked for.
  }
}

/** Discord error code 50083: the thread is archived. */
export function isArchived(error: unknown): boolean {
  return codeOf(error) === 50083;
}

/** 404 Unknown Channel (10003): the thread was deleted. */
export function isUnknownChannel(error: unknown): boolean {
  return codeOf(error) === 10003;
}

function codeOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null
    ? (error as { code?: unknown }).code
    : undefined;
}
