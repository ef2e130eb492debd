import { ChannelType, type Client } from 'discord.js';
import type { Invocation } from '../../core/command.js';
import type { Language } from '../../core/config-types.js';
import { missingPermissions } from './channel-access-warning.js';

/** Admin commands that take `channel:` (where the subscription posts). */
const TAKES_CHANNEL = new Set(['alert add', 'digest subscribe']);
/** Those, and the commands that make a channel's paused subscription post there again. */
const POSTS_THERE = new Set([...TAKES_CHANNEL, 'alert resume', 'digest resume']);

const WORDS = {
  en: {
    unseen: (channel: string) =>
      `the bot cannot see ${channel}: give its role View Channel there (channel settings, Permissions), then try again.`,
    missing: (channel: string, missing: string) =>
      `the bot cannot post in ${channel}: it lacks ${missing} there. Give its role these permissions in that channel's settings (Permissions), then try again.`,
    forumPost:
      'This is a forum post: alerts and digests added here all go to this post. To get one post per story, add them with channel: set to the forum.',
  },
  fr: {
    unseen: (channel: string) =>
      `le bot ne voit pas ${channel} : donnez à son rôle Voir le salon dans ce salon (paramètres, Permissions), puis réessayez.`,
    missing: (channel: string, missing: string) =>
      `le bot ne peut pas publier dans ${channel} : il lui manque ${missing}. Donnez ces permissions à son rôle dans les paramètres de ce salon (Permissions), puis réessayez.`,
    forumPost:
      'Ceci est un post de forum : les alertes et revues ajoutées ici vont toutes dans ce post. Pour un post par récit, ajoutez-les avec channel: réglé sur le forum.',
  },
} as const satisfies Record<Language, unknown>;

const PERMISSION_NAMES: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  en: { viewChannel: 'View Channel', sendMessages: 'Send Messages', embedLinks: 'Embed Links' },
  fr: {
    viewChannel: 'Voir le salon',
    sendMessages: 'Envoyer des messages',
    embedLinks: 'Intégrer des liens',
  },
};

function pathOf(invocation: Invocation): string {
  return [invocation.group, invocation.name].filter((p) => p !== undefined).join(' ');
}

/**
 * The channel id and label `channel:` names (`<#id|name>`, as the interaction gives it), on a
 * command that makes the bot post there: it is checked before the command runs.
 */
export function chosenChannel(
  invocation: Invocation,
): { readonly id: string; readonly label: string } | undefined {
  if (!POSTS_THERE.has(pathOf(invocation))) return undefined;
  const value = invocation.args['channel'];
  if (typeof value !== 'string') return undefined;
  const match = /^<#(\d+)(?:\|([^>]*))?>$/.exec(value.trim());
  if (match?.[1] === undefined) return undefined;
  const name = match[2]?.trim();
  return { id: match[1], label: name === undefined || name === '' ? `#${match[1]}` : `#${name}` };
}

/**
 * Whether the bot can post in a channel an admin picked with `channel:`, before the subscription
 * is made: the channel is fetched as the bot (403 or 404: it cannot see it), then the bot's
 * permissions there are computed from the server's roles and overwrites when the gateway cache
 * holds the bot's member. A one-line refusal naming the channel, or null when it can post.
 * The interaction's `resolved.channels[id].permissions` are the invoking user's, not the bot's.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object-resolved-data-structure
 */
export async function refuseChosenChannel(
  client: Client,
  chosen: { readonly id: string; readonly label: string },
  locale: Language,
): Promise<string | null> {
  const words = WORDS[locale];
  const channel = await client.channels.fetch(chosen.id, { force: true }).catch(() => null);
  if (channel === null || channel.isDMBased()) return words.unseen(chosen.label);
  const permissions = client.user === null ? null : channel.permissionsFor(client.user);
  if (permissions === null) return null;
  const missing = missingPermissions({ permissions: permissions.bitfield, inThread: false });
  if (missing.length === 0) return null;
  const names = missing.map((p) => PERMISSION_NAMES[locale][p] ?? p).join(', ');
  return words.missing(chosen.label, names);
}

/**
 * A note for `alert add` or `digest subscribe` typed inside a forum post without `channel:`:
 * everything added there goes to that one post, which is rarely what a forum is for.
 */
export async function forumPostNote(
  client: Client,
  invocation: Invocation,
  channelId: string | null,
  locale: Language,
): Promise<string | null> {
  if (!TAKES_CHANNEL.has(pathOf(invocation)) || channelId === null) return null;
  if (typeof invocation.args['channel'] === 'string' && invocation.args['channel'].trim() !== '')
    return null;
  const channel =
    client.channels.cache.get(channelId) ??
    (await client.channels.fetch(channelId).catch(() => null));
  if (channel === null || !channel.isThread() || channel.parentId === null) return null;
  const parent =
    channel.parent ?? (await client.channels.fetch(channel.parentId).catch(() => null));
  return parent?.type === ChannelType.GuildForum || parent?.type === ChannelType.GuildMedia
    ? WORDS[locale].forumPost
    : null;
}
