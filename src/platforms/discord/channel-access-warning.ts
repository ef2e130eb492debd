import type { Invocation } from '../../core/command.js';
import type { Language } from '../../core/config-types.js';
import type { Message } from '../../core/message.js';
import { postsHere } from '../../core/posts-here.js';

/**
 * Discord permission bits the bot needs to post its embeds in a channel; in a thread (a forum
 * post included) Send Messages in Threads stands for Send Messages.
 * @see https://discord.com/developers/docs/topics/permissions#permissions-bitwise-permission-flags
 */
const NEEDED = {
  viewChannel: 1n << 10n,
  sendMessages: 1n << 11n,
  embedLinks: 1n << 14n,
  sendMessagesInThreads: 1n << 38n,
} as const;

type Needed = keyof typeof NEEDED;

/** Each permission as Discord's own settings name it, in the reader's language. */
const NAMES: Readonly<Record<Language, Readonly<Record<Needed, string>>>> = {
  en: {
    viewChannel: 'View Channel',
    sendMessages: 'Send Messages',
    embedLinks: 'Embed Links',
    sendMessagesInThreads: 'Send Messages in Threads',
  },
  fr: {
    viewChannel: 'Voir le salon',
    sendMessages: 'Envoyer des messages',
    embedLinks: 'Intégrer des liens',
    sendMessagesInThreads: 'Envoyer des messages dans les fils',
  },
};

const WARNING: Readonly<Record<Language, (missing: string) => string>> = {
  en: (missing) =>
    `the bot cannot post in this channel: it lacks ${missing} here. Give its role ` +
    'these permissions in the channel settings (Permissions), or the first post will pause ' +
    'this channel’s alerts and digests.',
  fr: (missing) =>
    `le bot ne peut pas publier dans ce salon : il lui manque ${missing} ici. Donnez ces ` +
    'permissions à son rôle dans les paramètres du salon (Permissions), sinon la première ' +
    'publication mettra en pause les alertes et revues de ce salon.',
};

/** The bot's access in the interaction's channel, as Discord computed it for the interaction. */
export interface ChannelAccess {
  /** `app_permissions` of the interaction; null when Discord did not send it. */
  readonly permissions: bigint | null;
  /** The channel is a thread (a forum post included). */
  readonly inThread: boolean;
}

/** The permissions the bot lacks to post embeds in a channel, in Discord's order. */
export function missingPermissions(access: ChannelAccess): Needed[] {
  if (access.permissions === null) return [];
  const needed: Needed[] = [
    'viewChannel',
    access.inThread ? 'sendMessagesInThreads' : 'sendMessages',
    'embedLinks',
  ];
  return needed.filter((p) => (access.permissions! & NEEDED[p]) === 0n);
}

/**
 * Adds one warning line to the answer of an admin command that makes the bot post in this
 * channel (an alert, a digest, the admin channel) when the bot cannot post here, naming the
 * missing permissions as the server settings show them. Without it the command succeeds, and
 * nothing arrives until the first post fails and pauses the channel. Answers that already
 * refuse (an error line) are left as they are.
 */
export function withChannelAccessWarning(
  message: Message,
  invocation: Invocation,
  access: ChannelAccess,
  locale: Language,
): Message {
  if (!postsHere(invocation)) return message;
  if (message.blocks.some((b) => b.type === 'text' && b.tone === 'error')) return message;
  const missing = missingPermissions(access);
  if (missing.length === 0) return message;
  const text = WARNING[locale](missing.map((p) => NAMES[locale][p]).join(', '));
  return {
    ...message,
    blocks: [...message.blocks, { type: 'text', text, tone: 'error' }],
    fallback: `${message.fallback}\n${text}`,
  };
}
