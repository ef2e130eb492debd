import { invalid, type Answer } from './fake-discord-http.js';
import { checkMessage } from './fake-discord-checks.js';
import { checkAllowedMentions } from './fake-discord-mentions.js';
import {
  nextSnowflake,
  type FakeMessage,
  type FakeThread,
  type State,
} from './fake-discord-state.js';

/**
 * Forum channels and threads of the fake Discord, as the real API treats them: a forum (type 15)
 * or media channel (16) takes no message of its own, only posts (`POST /channels/{id}/threads`
 * with a first message, whose id is the thread's); a thread (type 11) takes messages like a text
 * channel until it is archived (400 code 50083), and an unlocked thread is unarchived by
 * `PATCH /channels/{id}` with `archived: false`; a locked one needs Manage Threads (403).
 * @see https://discord.com/developers/docs/resources/channel#start-thread-in-forum-or-media-channel
 */

export const ChannelKind = { Text: 0, PublicThread: 11, Forum: 15, Media: 16 } as const;

/** `GET /channels/{id}` as Discord answers it for a text channel, forum or thread. */
export function channelObject(state: State, id: string): Record<string, unknown> {
  const guild_id = state.options.guildId;
  const thread = state.threads.get(id);
  if (thread !== undefined)
    return {
      id,
      type: ChannelKind.PublicThread,
      guild_id,
      parent_id: thread.parent,
      name: thread.name,
      owner_id: state.fake.botUserId,
      thread_metadata: {
        archived: thread.archived,
        locked: thread.locked,
        auto_archive_duration: 10080,
        archive_timestamp: thread.createdAt,
        create_timestamp: thread.createdAt,
      },
    };
  return { id, type: state.forums.get(id) ?? ChannelKind.Text, guild_id, name: `channel-${id}` };
}

/** Opens a forum post: a thread named `name` whose first message is `message`. */
export function createThread(state: State, forum: string, body: Record<string, unknown>): Answer {
  if (!state.forums.has(forum))
    return {
      status: 400,
      body: { message: 'Cannot execute action on this channel type', code: 50024 },
    };
  const name = typeof body.name === 'string' ? body.name : '';
  if (name.length < 1 || name.length > 100)
    return invalid('name: must be between 1 and 100 in length');
  const message = (body.message ?? {}) as Record<string, unknown>;
  const problem = checkMessage(message) ?? checkAllowedMentions(message);
  if (problem !== null) return invalid(`message.${problem}`);
  const thread: FakeThread = {
    id: nextSnowflake(),
    parent: forum,
    name,
    renames: [],
    archived: false,
    locked: false,
    createdAt: new Date().toISOString(),
  };
  state.threads.set(thread.id, thread);
  state.channels.add(thread.id);
  // The first message of a post has the thread's id. Forum posts take no nonce.
  const { nonce: _nonce, enforce_nonce: _enforce, ...shown } = message;
  const starter: FakeMessage = { id: thread.id, channel_id: thread.id, body: shown, edits: 0 };
  state.messages.set(thread.id, [starter]);
  return {
    status: 201,
    body: {
      ...channelObject(state, thread.id),
      message: { ...shown, id: thread.id, channel_id: thread.id },
    },
  };
}

/** Discord lets a channel's name change twice per ten minutes. */
const RENAMES = 2;
const RENAME_WINDOW_MS = 600_000;

/**
 * `PATCH /channels/{id}` on a thread: `archived`, and `name` (1–100 characters, its owner may
 * change it, twice per ten minutes: a third rename is a 429 until the first is ten minutes old).
 */
export function editChannel(state: State, id: string, body: Record<string, unknown>): Answer {
  const thread = state.threads.get(id);
  if (thread === undefined)
    return state.channels.has(id)
      ? { status: 200, body: channelObject(state, id) }
      : { status: 404, body: { message: 'Unknown Channel', code: 10003 } };
  if ((body.archived === false || body.name !== undefined) && thread.locked)
    return { status: 403, body: { message: 'Missing Permissions', code: 50013 } };
  if (body.name !== undefined) {
    if (typeof body.name !== 'string' || body.name.length < 1 || body.name.length > 100)
      return invalid('name: must be between 1 and 100 in length');
    const now = Date.now();
    const recent = thread.renames.filter((at) => at > now - RENAME_WINDOW_MS);
    if (recent.length >= RENAMES) return renameLimited((recent[0] ?? now) + RENAME_WINDOW_MS - now);
    thread.renames.push(now);
    thread.name = body.name;
  }
  if (typeof body.archived === 'boolean') thread.archived = body.archived;
  return { status: 200, body: channelObject(state, id) };
}

/** The 429 of a rename over the limit, `ms` before the oldest rename leaves the window. */
function renameLimited(ms: number): Answer {
  const retryAfter = Math.ceil(ms / 1000);
  return {
    status: 429,
    body: { message: 'You are being rate limited.', retry_after: retryAfter, global: false },
    headers: {
      'retry-after': String(retryAfter),
      'x-ratelimit-limit': String(RENAMES),
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset-after': String(retryAfter),
      'x-ratelimit-bucket': 'fake-channel-rename',
      'x-ratelimit-scope': 'shared',
    },
  };
}

/** `GET /guilds/{id}/threads/active`: every thread not archived. */
export function activeThreads(state: State, guild: string): Answer {
  if (guild !== state.options.guildId)
    return { status: 404, body: { message: 'Unknown Guild', code: 10004 } };
  const threads = [...state.threads.values()]
    .filter((t) => !t.archived)
    .map((t) => channelObject(state, t.id));
  return { status: 200, body: { threads, members: [] } };
}

/**
 * Why a message may not be created or edited in `channel` although the bot sees it: a forum
 * takes posts only (50008), an archived thread nothing (50083).
 */
export function writeRefused(state: State, channel: string): Answer | null {
  if (state.forums.has(channel))
    return {
      status: 400,
      body: { message: 'Cannot send messages in a non-text channel', code: 50008 },
    };
  if (state.threads.get(channel)?.archived === true)
    return { status: 400, body: { message: 'Thread is archived', code: 50083 } };
  return null;
}

/**
 * A reply to a message not in the channel is refused (400, 50035) unless the reply says
 * `fail_if_not_exists: false`, in which case it is posted as a plain message.
 */
export function checkReference(
  state: State,
  channel: string,
  body: Record<string, unknown>,
): Answer | null {
  const reference = body.message_reference as Record<string, unknown> | undefined;
  if (reference === undefined) return null;
  const id = typeof reference.message_id === 'string' ? reference.message_id : '';
  const inChannel = reference.channel_id === undefined || reference.channel_id === channel;
  const exists = inChannel && (state.messages.get(channel) ?? []).some((m) => m.id === id);
  if (exists || reference.fail_if_not_exists === false) return null;
  return invalid('message_reference: Unknown message');
}
