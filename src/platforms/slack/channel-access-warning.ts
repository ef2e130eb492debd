import type { WebClient } from '@slack/web-api';
import type { Invocation } from '../../core/command.js';
import type { Language } from '../../core/config-types.js';
import type { Message } from '../../core/message.js';

const WARNING: Readonly<Record<Language, string>> = {
  en:
    'the app is not in this channel: invite it with /invite @sahel-digest, or the first post ' +
    'will pause this channel’s alerts and digests.',
  fr:
    'l’application n’est pas dans ce canal : invitez-la avec /invite @sahel-digest, sinon la ' +
    'première publication mettra en pause les alertes et revues de ce canal.',
};

/**
 * Admin commands whose effect is the app posting in the channel they are typed in, by their
 * neutral path (`alert add`); `settings admin-channel:here` makes it the channel for warnings.
 */
const POSTS_HERE = new Set([
  'alert add',
  'alert resume',
  'digest subscribe',
  'digest now',
  'digest resume',
]);

function postsHere(invocation: Invocation): boolean {
  const path = [invocation.group, invocation.name].filter((p) => p !== undefined).join(' ');
  if (POSTS_HERE.has(path)) return true;
  return path === 'settings' && invocation.args['admin-channel'] === 'here';
}

/**
 * Whether the app is known to be outside `channel`: `conversations.info` says `is_member:
 * false` (a public channel) or `channel_not_found` (a private channel it was not invited to).
 * Anything else (a direct message, a missing scope, Slack unreachable) is not known: false.
 * @see https://docs.slack.dev/reference/methods/conversations.info
 */
async function knownOutside(client: WebClient, channel: string): Promise<boolean> {
  try {
    const info = await client.conversations.info({ channel });
    return info.channel?.is_member === false;
  } catch (error) {
    const data = (error as { data?: { error?: unknown } }).data;
    return data?.error === 'channel_not_found';
  }
}

/**
 * Adds one warning line to the answer of an admin command that makes the app post in this
 * channel (an alert, a digest, the admin channel) when the app is not in it: slash commands
 * work in every channel, posts only where the app was invited, so without it the command
 * succeeds and nothing arrives until the first post fails and pauses the channel. Answers
 * that already refuse (an error line) are left as they are, and Slack is not asked then.
 */
export async function withChannelAccessWarning(
  message: Message,
  invocation: Invocation,
  where: { readonly client: WebClient; readonly channel: string; readonly locale: Language },
): Promise<Message> {
  if (!postsHere(invocation)) return message;
  if (message.blocks.some((b) => b.type === 'text' && b.tone === 'error')) return message;
  if (!(await knownOutside(where.client, where.channel))) return message;
  const text = WARNING[where.locale];
  return {
    ...message,
    blocks: [...message.blocks, { type: 'text', text, tone: 'error' }],
    fallback: `${message.fallback}\n${text}`,
  };
}
