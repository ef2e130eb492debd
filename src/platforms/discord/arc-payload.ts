import type { Message } from '../../core/message.js';
import type { DiscordMessagePayload } from './discord-payload.js';
import { truncateWords } from './escape-markdown.js';

/** Discord's limit on a thread's (forum post's) name. */
export const THREAD_NAME_LIMIT = 100;

/** A Discord snowflake: the only shape of role id that may reach `content`. */
const SNOWFLAKE = /^\d{17,20}$/;

/**
 * The first payload of a message that carries an admin's role ping: the role mention as the
 * only content and that role, alone, in `allowed_mentions`. Any other payload, and a role that
 * is not a snowflake, is left as rendered (nobody pinged).
 * @see https://discord.com/developers/docs/resources/message#allowed-mentions-object
 */
export function withPing(
  payload: DiscordMessagePayload,
  ping: Message['ping'],
): DiscordMessagePayload {
  if (ping === undefined || !SNOWFLAKE.test(ping.role)) return payload;
  return {
    ...payload,
    content: `<@&${ping.role}>`,
    allowed_mentions: { ...payload.allowed_mentions, roles: [ping.role] },
  };
}

/**
 * A payload posted as a reply to `messageId` in `channel`, without pinging that message's
 * author; a deleted target turns it into a plain message instead of failing the send.
 * @see https://discord.com/developers/docs/resources/message#message-reference-structure
 */
export function asReply(
  payload: DiscordMessagePayload,
  channel: string,
  messageId: string,
): DiscordMessagePayload {
  return {
    ...payload,
    message_reference: { message_id: messageId, channel_id: channel, fail_if_not_exists: false },
    allowed_mentions: { ...payload.allowed_mentions, replied_user: false },
  };
}

/**
 * The name of the forum post a message opens: its arc's title, else the story's title when it
 * shows one story (an alert), else its first heading (a digest's), else the first line of its
 * fallback. One line, at most 100 characters, cut at a word. Thread names never ping, so no
 * escaping is needed.
 */
export function postTitle(message: Message): string {
  const stories = message.blocks.flatMap((b) => (b.type === 'story' ? [b.card.title] : []));
  const heading = message.blocks.find((b) => b.type === 'heading');
  const candidates = [
    message.arc?.title,
    stories.length === 1 ? stories[0] : undefined,
    heading?.type === 'heading' ? heading.text : undefined,
    message.fallback.split('\n')[0],
  ];
  const title = candidates.map((c) => c?.replace(/\s+/g, ' ').trim() ?? '').find((c) => c !== '');
  return truncateWords(title ?? 'Sahel digest', THREAD_NAME_LIMIT);
}
