import type { WebClient } from '@slack/web-api';
import type { Invocation } from '../../core/command.js';
import type { Language } from '../../core/config-types.js';
import type { Message } from '../../core/message.js';
import { postsHere } from '../../core/posts-here.js';

const WARNING: Readonly<Record<Language, string>> = {
  en:
    'the app is not in this channel: invite it with /invite @sahel-digest, or the first post ' +
    'will pause this channel’s alerts and digests.',
  fr:
    'l’application n’est pas dans ce canal : invitez-la avec /invite @sahel-digest, sinon la ' +
    'première publication mettra en pause les alertes et revues de ce canal.',
};

const WARNING_THERE: Readonly<Record<Language, (channel: string) => string>> = {
  en: (channel) =>
    `the app is not in ${channel}: invite it there with /invite @sahel-digest, or the first ` +
    'post will pause that channel’s alerts and digests.',
  fr: (channel) =>
    `l’application n’est pas dans ${channel} : invitez-la avec /invite @sahel-digest, sinon la ` +
    'première publication mettra en pause les alertes et revues de ce canal.',
};

/** Admin commands that take `channel:`, the channel their subscription posts in. */
const TAKES_CHANNEL = new Set(['alert add', 'digest subscribe', 'alert resume', 'digest resume']);

/**
 * The channel `channel:` names (`<#C…>`, `<#C…|name>` or an id) on a command that takes it,
 * with how the warning names it; undefined when the command posts where it was typed.
 */
export function chosenChannel(
  invocation: Invocation,
): { readonly id: string; readonly label: string } | undefined {
  const path = [invocation.group, invocation.name].filter((p) => p !== undefined).join(' ');
  const value = invocation.args['channel'];
  if (!TAKES_CHANNEL.has(path) || typeof value !== 'string') return undefined;
  const match = /^(?:<#([A-Z0-9]+)(?:\|([^>]*))?>|([CG][A-Z0-9]{6,}))$/.exec(value.trim());
  const id = match?.[1] ?? match?.[3];
  if (id === undefined) return undefined;
  const name = match?.[2]?.trim();
  return { id, label: name === undefined || name === '' ? `#${id}` : `#${name}` };
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
 * channel (an alert, a digest, the admin channel), or in the one its `channel:` names, when
 * the app is not in it: slash commands
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
  // A channel named with `channel:` is the one the subscription posts in: that one is checked.
  const chosen = chosenChannel(invocation);
  if (!(await knownOutside(where.client, chosen?.id ?? where.channel))) return message;
  const text =
    chosen === undefined ? WARNING[where.locale] : WARNING_THERE[where.locale](chosen.label);
  return {
    ...message,
    blocks: [...message.blocks, { type: 'text', text, tone: 'error' }],
    fallback: `${message.fallback}\n${text}`,
  };
}
