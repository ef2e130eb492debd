/**
 * The fake Slack's answers to Web API methods, once a call passed its auth and failure checks:
 * what Slack would do and return, including its platform errors for channel states.
 */
import { checkMessage } from './fake-slack-checks.js';
import { listConversations } from './fake-slack-conversations.js';
import type { FakeSlackMessage, Json, State } from './fake-slack.js';

function channelError(state: State, channel: unknown, writing: boolean): string | null {
  const found = state.channels.get(String(channel)) ?? 'ok';
  if (typeof channel !== 'string' || channel === '') return 'channel_not_found';
  if (found === 'is_archived' && !writing) return null;
  return found === 'ok' ? null : found;
}

export function answer(state: State, method: string, args: Json): Json {
  const { fake } = state;
  switch (method) {
    case 'apps.connections.open':
      return fake.socketUrl === null
        ? { ok: false, error: 'internal_error' }
        : { ok: true, url: fake.socketUrl };
    case 'auth.test':
      return {
        ok: true,
        url: 'https://fake.slack.test/',
        team: 'Fake',
        user: 'sahel-digest',
        team_id: fake.teamId,
        user_id: fake.botUserId,
        bot_id: fake.botId,
      };
    case 'chat.postMessage':
      return postMessage(state, args);
    case 'chat.update':
      return updateMessage(state, args);
    case 'chat.postEphemeral': {
      const problem = channelError(state, args.channel, true) ?? checkMessage(args);
      if (problem !== null) return { ok: false, error: problem.split(':')[0] };
      fake.ephemerals.push(args);
      return { ok: true, message_ts: nextTs(state) };
    }
    case 'conversations.history':
      return history(state, args);
    case 'conversations.info':
      return channelInfo(state, args);
    case 'conversations.list':
      return listConversations(state, args);
    case 'conversations.replies':
      return replies(state, args);
    case 'views.publish':
      fake.views.set(String(args.user_id), asJson(args.view));
      return { ok: true, view: args.view };
    case 'users.conversations': {
      const member = state.members.get(String(args.user)) ?? [];
      return { ok: true, channels: member.map((id) => ({ id, is_channel: true })) };
    }
    case 'users.info': {
      const user = state.users.get(String(args.user));
      if (user === undefined) return { ok: false, error: 'user_not_found' };
      const withLocale = args.include_locale === 'true' || args.include_locale === true;
      return {
        ok: true,
        user: {
          id: args.user,
          is_admin: user.admin,
          is_owner: user.owner,
          ...(withLocale ? { locale: user.locale } : {}),
        },
      };
    }
    default:
      return { ok: false, error: 'unknown_method' };
  }
}

/**
 * A channel as the bot sees it: `is_member` false where it was not invited (a public channel),
 * `channel_not_found` for a private channel it is not in or a deleted one.
 */
function channelInfo(state: State, args: Json): Json {
  const found = state.channels.get(String(args.channel)) ?? 'ok';
  if (found === 'channel_not_found') return { ok: false, error: 'channel_not_found' };
  const named = state.named.get(String(args.channel));
  if (named?.private === true && !named.member) return { ok: false, error: 'channel_not_found' };
  return {
    ok: true,
    channel: {
      id: args.channel,
      ...(named === undefined ? {} : { name: named.name }),
      is_channel: true,
      is_archived: found === 'is_archived',
      // A named channel the app was not added to says so, as a public channel does on Slack.
      is_member: found !== 'not_in_channel' && named?.member !== false,
    },
  };
}

function asJson(value: unknown): Json {
  return typeof value === 'object' && value !== null ? (value as Json) : {};
}

function nextTs(state: State): string {
  state.clock += 1;
  return `${state.clock}.000100`;
}

const isTrue = (value: unknown): boolean => value === true || value === 'true';

/** A top-level message of the channel with that ts: what a thread can hang from. */
function rootOf(state: State, channel: string, ts: unknown): FakeSlackMessage | undefined {
  return state.messages
    .get(channel)
    ?.find((m) => m.ts === ts && (m.thread_ts === undefined || m.thread_ts === m.ts));
}

function postMessage(state: State, args: Json): Json {
  const problem = channelError(state, args.channel, true) ?? checkMessage(args);
  if (problem !== null) return { ok: false, error: problem.split(':')[0], detail: problem };
  const channel = String(args.channel);
  const threaded = typeof args.thread_ts === 'string';
  if (threaded && rootOf(state, channel, args.thread_ts) === undefined)
    return { ok: false, error: 'thread_not_found' };
  const metadata = asJson(args.metadata);
  const message: FakeSlackMessage = {
    ts: nextTs(state),
    channel,
    text: String(args.text ?? ''),
    blocks: Array.isArray(args.blocks) ? args.blocks : [],
    bot_id: state.fake.botId,
    unfurl_links: args.unfurl_links,
    ...(typeof metadata.event_type === 'string'
      ? {
          metadata: {
            event_type: metadata.event_type,
            event_payload: asJson(metadata.event_payload),
          },
        }
      : {}),
    ...(threaded ? { thread_ts: String(args.thread_ts) } : {}),
    ...(threaded && isTrue(args.reply_broadcast) ? { subtype: 'thread_broadcast' as const } : {}),
  };
  const list = state.messages.get(channel) ?? [];
  list.push(message);
  state.messages.set(channel, list);
  return { ok: true, channel, ts: message.ts, message: { ...message } };
}

function updateMessage(state: State, args: Json): Json {
  const problem = channelError(state, args.channel, true) ?? checkMessage(args);
  if (problem !== null) return { ok: false, error: problem.split(':')[0], detail: problem };
  const message = state.messages.get(String(args.channel))?.find((m) => m.ts === args.ts);
  if (message === undefined) return { ok: false, error: 'message_not_found' };
  message.text = String(args.text ?? '');
  message.blocks = Array.isArray(args.blocks) ? args.blocks : [];
  const metadata = asJson(args.metadata);
  if (typeof metadata.event_type === 'string')
    message.metadata = {
      event_type: metadata.event_type,
      event_payload: asJson(metadata.event_payload),
    };
  message.edited = true;
  return { ok: true, channel: args.channel, ts: message.ts, text: message.text };
}

/** A stored message as the Web API lists it, with its metadata only when asked for. */
function listed(message: FakeSlackMessage, withMetadata: boolean): Json {
  const { metadata, ...rest } = message;
  return {
    type: 'message',
    ...rest,
    ...(withMetadata && metadata !== undefined ? { metadata } : {}),
  };
}

/** Top-level messages, newest first: replies, even broadcast ones, stay in their thread. */
function history(state: State, args: Json): Json {
  const problem = channelError(state, args.channel, false);
  if (problem !== null) return { ok: false, error: problem };
  const limit = Math.min(Number(args.limit ?? 100) || 100, 999);
  const inclusive = isTrue(args.inclusive);
  const oldest = Number(args.oldest ?? 0);
  const latest = args.latest === undefined ? Infinity : Number(args.latest);
  const within = (ts: number): boolean =>
    (inclusive ? ts >= oldest : ts > oldest) && (inclusive ? ts <= latest : ts < latest);
  const all = [...(state.messages.get(String(args.channel)) ?? [])]
    .filter((m) => (m.thread_ts === undefined || m.thread_ts === m.ts) && within(Number(m.ts)))
    .reverse();
  return page(all, args, limit, (m) => listed(m, isTrue(args.include_all_metadata)));
}

/** A thread, oldest first: its root, then its replies. */
function replies(state: State, args: Json): Json {
  const problem = channelError(state, args.channel, false);
  if (problem !== null) return { ok: false, error: problem };
  const channel = String(args.channel);
  const root = rootOf(state, channel, args.ts);
  if (root === undefined) return { ok: false, error: 'thread_not_found' };
  const limit = Math.min(Number(args.limit ?? 1000) || 1000, 1000);
  const thread = (state.messages.get(channel) ?? []).filter(
    (m) => m === root || m.thread_ts === root.ts,
  );
  return page(thread, args, limit, (m) => listed(m, isTrue(args.include_all_metadata)));
}

/** One page of `limit` messages from the `cursor` on (an offset, opaque to the client). */
function page(
  all: readonly FakeSlackMessage[],
  args: Json,
  limit: number,
  show: (m: FakeSlackMessage) => Json,
): Json {
  const start = typeof args.cursor === 'string' ? Number(args.cursor.replace(/^offset:/, '')) : 0;
  const messages = all.slice(start, start + limit).map(show);
  const more = start + limit < all.length;
  return {
    ok: true,
    messages,
    has_more: more,
    response_metadata: { next_cursor: more ? `offset:${start + limit}` : '' },
  };
}
