import type { ChannelRef } from '../src/core/admin-ports.js';
import type { CommandArgs, CommandContext, CommandOption } from '../src/core/command.js';
import type { Language } from '../src/core/config-types.js';
import { here } from './admin-reply.js';
import { optionNameIn } from './local-names.js';

/** A channel an admin command names in its `channel:` option, or the one it is typed in. */
export interface TargetChannel {
  readonly where: ChannelRef;
  /** How the answer names it: `#alerts` when its name is known, else `#<id>`. */
  readonly label: string;
  /** What to type after `channel:` to name it again: `#alerts`, or `<#id>` without a name. */
  readonly option: string;
  /** True when `channel:` named it. */
  readonly chosen: boolean;
}

/**
 * The `channel:` option of the alert and digest commands. Discord registers it as a channel
 * picker (text, announcement and forum channels); Slack takes a channel mention (`<#C…>`,
 * `<#C…|name>`), an id or `#name` (resolved by the Slack adapter); the console takes `#name`.
 */
/** The id of one of the channel's alerts: `alert remove`, `alert set`. */
export const ALERT_ID_OPTION: CommandOption = {
  name: 'id',
  type: 'integer',
  required: true,
  min: 1,
  complete: 'subscription',
  description: {
    en: 'Alert id (see /sahel alert list)',
    fr: "Numéro de l'alerte (voir /sahel alerte liste)",
  },
};

export const CHANNEL_OPTION: CommandOption = {
  name: 'channel',
  nameFr: 'salon',
  type: 'string',
  required: false,
  description: {
    en: 'Where it posts, when not here: a channel or a Discord forum (one post per story)',
    fr: 'Où publier, si ce n’est pas ici : un salon ou un forum Discord (un post par récit)',
  },
};

/** The same option on commands that read a channel's subscriptions rather than add one. */
export const OTHER_CHANNEL_OPTION: CommandOption = {
  ...CHANNEL_OPTION,
  description: {
    en: 'Another channel of this server, when not this one',
    fr: 'Un autre salon de ce serveur, si ce n’est pas celui-ci',
  },
};

/** A mention as platforms send it (`<#123>`, `<#C123|ops>`), or a bare channel id. */
const MENTION = /^<#([A-Za-z0-9]+)(?:\|([^>]*))?>$/;
const BARE_ID = /^(?:\d{17,20}|[CG][A-Z0-9]{6,})$/;
/** `#ops` as typed on the console, where a channel's name is its id. */
const CONSOLE_NAME = /^#([\w-]{1,80})$/;

const WORDS = {
  en: {
    bad: (option: string, value: string) =>
      `${option}: "${value}" is not a channel — ${option === 'channel' ? 'pick one in the channel option, or give' : 'give #name,'} <#id> or the channel id`,
    foreign: (option: string, label: string, platform: ChannelRef['platform']) =>
      `${option}: ${label} is not a channel of this ${platform === 'slack' ? 'workspace' : 'server'} — pick one of its channels`,
  },
  fr: {
    bad: (option: string, value: string) =>
      `${option} : « ${value} » n’est pas un salon — ${option === 'salon' ? 'choisissez-en un dans l’option salon, ou donnez' : 'donnez #nom,'} <#id> ou l’id du salon`,
    foreign: (option: string, label: string, platform: ChannelRef['platform']) =>
      `${option} : ${label} n’est pas un ${platform === 'slack' ? 'canal de cet espace de travail' : 'salon de ce serveur'} — choisissez-en un`,
  },
} as const satisfies Record<Language, unknown>;

/** How answers name channel `id` of `platform`, with its name when known. */
export function describeChannel(
  platform: ChannelRef['platform'],
  id: string,
  name: string | null,
): Pick<TargetChannel, 'label' | 'option'> {
  if (name !== null && name !== '') return { label: `#${name}`, option: `#${name}` };
  return { label: `#${id}`, option: platform === 'console' ? `#${id}` : `<#${id}>` };
}

/**
 * Where the command acts: the channel `channel:` (or the option named `option`) names, or the
 * current one when the option is absent or empty; a value that is not a channel is refused
 * with one line. Format only: see `resolveTarget` for the check that the channel is of this
 * server.
 */
export function targetChannel(
  args: CommandArgs,
  context: CommandContext,
  declared: CommandOption = CHANNEL_OPTION,
): { readonly target: TargetChannel } | { readonly refusal: string } {
  const value = args[declared.name];
  const option = optionNameIn(declared, context.locale);
  const raw = typeof value === 'string' ? value.trim() : '';
  if (raw === '') {
    const { label, option } = describeChannel(context.platform, context.channel, null);
    return { target: { where: here(context), label, option, chosen: false } };
  }
  const mention = MENTION.exec(raw);
  const typed = context.platform === 'console' ? CONSOLE_NAME.exec(raw)?.[1] : undefined;
  const id = mention?.[1] ?? typed ?? (BARE_ID.test(raw) ? raw : undefined);
  if (id === undefined) return { refusal: WORDS[context.locale].bad(option, raw) };
  const name = mention?.[2]?.trim() ?? null;
  return {
    target: {
      where: { platform: context.platform, channel: id },
      ...describeChannel(context.platform, id, name),
      chosen: true,
    },
  };
}

/**
 * Of `channels`, those of the server or workspace the command is typed in, with their names:
 * the platform's answer when it gives one; else every channel on Slack and the console (one
 * workspace) and only the current one on Discord (a bot there serves many servers).
 */
export async function sameServer(
  context: CommandContext,
  channels: readonly string[],
): Promise<ReadonlyMap<string, string | null>> {
  if (channels.length === 0) return new Map();
  if (context.server !== undefined) return context.server.sameServer(channels);
  if (context.platform === 'discord')
    return new Map(channels.filter((c) => c === context.channel).map((c) => [c, null]));
  return new Map(channels.map((c) => [c, context.platform === 'console' ? c : null]));
}

/**
 * `targetChannel`, then a channel `channel:` names is refused unless it is of this server or
 * workspace (so no command reads or changes another server's subscriptions), and named by its
 * name when the platform knows it.
 */
export async function resolveTarget(
  args: CommandArgs,
  context: CommandContext,
  declared: CommandOption = CHANNEL_OPTION,
): Promise<{ readonly target: TargetChannel } | { readonly refusal: string }> {
  const parsed = targetChannel(args, context, declared);
  const option = optionNameIn(declared, context.locale);
  if ('refusal' in parsed || !parsed.target.chosen) return parsed;
  const { target } = parsed;
  const names = await sameServer(context, [target.where.channel]);
  if (!names.has(target.where.channel))
    return { refusal: WORDS[context.locale].foreign(option, target.label, context.platform) };
  const name = names.get(target.where.channel) ?? null;
  if (name === null || target.label !== `#${target.where.channel}`) return { target };
  return {
    target: { ...target, ...describeChannel(context.platform, target.where.channel, name) },
  };
}
