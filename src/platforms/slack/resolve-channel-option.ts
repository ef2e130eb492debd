import type { WebClient } from '@slack/web-api';
import type { Invocation } from '../../core/command.js';
import type { Language } from '../../core/config-types.js';
import { postsHere } from '../../core/posts-here.js';
import { err, ok, type Result } from '../../core/result.js';
import type { SlackChannelDirectory, SlackChannelFailure } from './slack-channel-directory.js';

/** `#sahel-alerts` as Slack users type a channel (Slack sends it as text, unescaped). */
const TYPED_NAME = /^#([^\s<>|#]{1,80})$/;

const OR_ID = {
  en: 'or give the channel as <#C…> or its id',
  fr: 'ou donnez le canal sous la forme <#C…> ou son id',
} as const satisfies Record<Language, string>;

const WORDS = {
  en: {
    notFound: (option: string, name: string, suggestion?: string) =>
      `${option}: no channel #${name} that the app can see${suggestion === undefined ? '' : ` — did you mean #${suggestion}?`} (a private channel needs /invite @sahel-digest there first)`,
    ambiguous: (option: string, name: string, ids: readonly string[]) =>
      `${option}: ${ids.length} channels are named #${name} (${ids.join(', ')}) — give the one you mean by its id`,
    notMember: (option: string, label: string) =>
      `${option}: the app is not in ${label} — invite it there with /invite @sahel-digest, then try again`,
    missingScope: (option: string, needed: string) =>
      `${option}: Slack will not list channels by name: the app lacks the ${needed} scope — add it under OAuth & Permissions and reinstall the app, ${OR_ID.en}`,
    rateLimited: (option: string) =>
      `${option}: Slack is limiting how often the app may list channels — try again in a minute, ${OR_ID.en}`,
    failed: (option: string, name: string, reason: string) =>
      `${option}: could not look up #${name} on Slack (${reason}) — try again, ${OR_ID.en}`,
  },
  fr: {
    notFound: (option: string, name: string, suggestion?: string) =>
      `${option}: aucun canal #${name} visible par l’application${suggestion === undefined ? '' : ` — vouliez-vous dire #${suggestion} ?`} (un canal privé demande d’abord /invite @sahel-digest)`,
    ambiguous: (option: string, name: string, ids: readonly string[]) =>
      `${option}: ${ids.length} canaux s’appellent #${name} (${ids.join(', ')}) — donnez celui que vous voulez par son id`,
    notMember: (option: string, label: string) =>
      `${option}: l’application n’est pas dans ${label} — invitez-la avec /invite @sahel-digest, puis réessayez`,
    missingScope: (option: string, needed: string) =>
      `${option}: Slack refuse de lister les canaux par nom : il manque à l’application la permission ${needed} — ajoutez-la dans OAuth & Permissions et réinstallez l’application, ${OR_ID.fr}`,
    rateLimited: (option: string) =>
      `${option}: Slack limite la fréquence à laquelle l’application liste les canaux — réessayez dans une minute, ${OR_ID.fr}`,
    failed: (option: string, name: string, reason: string) =>
      `${option}: impossible de trouver #${name} sur Slack (${reason}) — réessayez, ${OR_ID.fr}`,
  },
} as const satisfies Record<Language, unknown>;

/**
 * The one-line reason a `#name` did not resolve, in the user's language, led by the option
 * it was typed in (`channel:`, `admin-channel:`).
 */
export function describeChannelFailure(
  failure: SlackChannelFailure,
  typed: string,
  locale: Language,
  option = 'channel',
): string {
  const words = WORDS[locale];
  switch (failure.code) {
    case 'not-found':
      return words.notFound(option, failure.name, failure.suggestion);
    case 'ambiguous':
      return words.ambiguous(option, failure.name, failure.ids);
    case 'missing-scope':
      return words.missingScope(option, failure.needed);
    case 'rate-limited':
      return words.rateLimited(option);
    case 'failed':
      return words.failed(option, typed, failure.reason);
  }
}

/** A channel as Slack sends it (`<#C123|ops>`, `<#C123>`, `<#C123|>`) or a bare channel id. */
const MENTION_OR_ID = /^(?:<#([CG][A-Z0-9]+)(?:\|([^>]*))?>|([CG][A-Z0-9]{6,}))$/;

/** Values of `admin-channel:` that are not a channel (this one, or none), in both languages. */
const NOT_A_CHANNEL = new Set(['here', 'ici', 'none', 'aucun', 'off']);

/**
 * The options that name a channel on this invocation, and whether the app would post there:
 * `channel:` of a command that posts (`alert add`, `digest subscribe`, `… resume`), and
 * `admin-channel:` of `settings`, where warnings go.
 */
function channelOptions(invocation: Invocation): readonly { name: string; posts: boolean }[] {
  const isSettings = invocation.group === undefined && invocation.name === 'settings';
  return isSettings
    ? [{ name: 'admin-channel', posts: true }]
    : [{ name: 'channel', posts: postsHere(invocation) }];
}

/**
 * The invocation with each typed `#name` (`channel:#sahel-alerts`, `admin-channel:#ops`)
 * replaced by the channel's mention (`<#C123|sahel-alerts>`), the form the neutral commands
 * read; other values are left as they are. An option that makes the app post in the channel
 * (`alert add`, `digest subscribe`, `alert resume`, `digest resume`, `settings admin-channel:`)
 * is refused when the app is not in it, whether it was typed as `#name` or picked as a mention
 * (`<#C…>`): Slack lets a command name any channel, but the app posts only where it was
 * invited. Reading or removing a channel's subscriptions is not refused.
 */
export async function resolveChannelOption(
  invocation: Invocation,
  io: {
    readonly client: WebClient;
    readonly directory: SlackChannelDirectory;
    readonly locale: Language;
  },
): Promise<Result<Invocation, string>> {
  let args = invocation.args;
  for (const option of channelOptions(invocation)) {
    const value = args[option.name];
    if (typeof value !== 'string' || NOT_A_CHANNEL.has(value.trim().toLowerCase())) continue;
    const resolved = await resolveOne(value.trim(), option, io);
    if (!resolved.ok) return resolved;
    args = { ...args, [option.name]: resolved.value };
  }
  return ok(args === invocation.args ? invocation : { ...invocation, args });
}

/** One option's value: `#name` as a mention, a mention or id as it is; refused as above. */
async function resolveOne(
  value: string,
  option: { readonly name: string; readonly posts: boolean },
  io: {
    readonly client: WebClient;
    readonly directory: SlackChannelDirectory;
    readonly locale: Language;
  },
): Promise<Result<string, string>> {
  const words = WORDS[io.locale];
  const typed = TYPED_NAME.exec(value)?.[1];
  if (typed !== undefined) {
    const found = await io.directory.find(io.client, typed);
    if (!found.ok) return err(describeChannelFailure(found.error, typed, io.locale, option.name));
    const channel = found.value;
    if (!channel.isMember && option.posts)
      return err(words.notMember(option.name, `#${channel.name}`));
    return ok(`<#${channel.id}|${channel.name}>`);
  }
  const mention = MENTION_OR_ID.exec(value);
  const id = mention?.[1] ?? mention?.[3];
  if (id === undefined || !option.posts) return ok(value);
  const membership = await membershipOf(io.client, id);
  if (membership.outside) {
    const name = mention?.[2]?.trim() || membership.name;
    return err(words.notMember(option.name, name === undefined ? `#${id}` : `#${name}`));
  }
  return ok(value);
}

/**
 * Whether the app is known to be outside a channel, from `conversations.info`: `is_member:
 * false` (a public channel it was not invited to) or `channel_not_found` (a private channel it
 * is not in, or no such channel). Anything else (a missing scope, Slack unreachable) is not
 * known, and the command goes on.
 * @see https://docs.slack.dev/reference/methods/conversations.info
 */
async function membershipOf(
  client: WebClient,
  channel: string,
): Promise<{ readonly outside: boolean; readonly name?: string }> {
  try {
    const info = (await client.conversations.info({ channel })).channel;
    return {
      outside: info?.is_member === false,
      ...(info?.name === undefined ? {} : { name: info.name }),
    };
  } catch (error) {
    const data = (error as { data?: { error?: unknown } }).data;
    return { outside: data?.error === 'channel_not_found' };
  }
}
