import type { ChannelRef } from '../src/core/admin-ports.js';
import type { CommandArgs, CommandContext, CommandOption } from '../src/core/command.js';
import type { Language } from '../src/core/config-types.js';
import { here } from './admin-reply.js';

/** A channel an admin command names in its `channel:` option, or the one it is typed in. */
export interface TargetChannel {
  readonly where: ChannelRef;
  /** How the answer names it: `#alerts` when its name came with it, else `#<id>`. */
  readonly label: string;
  /** True when `channel:` named it. */
  readonly chosen: boolean;
}

/**
 * The `channel:` option of `alert add` and `digest subscribe`. Discord registers it as a
 * channel picker (text, announcement and forum channels); Slack and the console take a
 * channel mention (`<#C…>`, `<#C…|name>`) or a channel id.
 */
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

/** A mention as platforms send it (`<#123>`, `<#C123|ops>`), or a bare channel id. */
const MENTION = /^<#([A-Za-z0-9]+)(?:\|([^>]*))?>$/;
const BARE_ID = /^(?:\d{17,20}|[CG][A-Z0-9]{6,})$/;

const WORDS = {
  en: {
    bad: (value: string) =>
      `channel: "${value}" is not a channel — pick one in the channel option, or give <#id> or the channel id`,
  },
  fr: {
    bad: (value: string) =>
      `channel: « ${value} » n’est pas un salon — choisissez-en un dans l’option channel, ou donnez <#id> ou l’id du salon`,
  },
} as const satisfies Record<Language, unknown>;

/**
 * Where the command's subscription goes: the channel `channel:` names, or the current one when
 * the option is absent or empty; a value that is not a channel is refused with one line.
 */
export function targetChannel(
  args: CommandArgs,
  context: CommandContext,
): { readonly target: TargetChannel } | { readonly refusal: string } {
  const raw = typeof args['channel'] === 'string' ? args['channel'].trim() : '';
  if (raw === '') {
    return { target: { where: here(context), label: `#${context.channel}`, chosen: false } };
  }
  const mention = MENTION.exec(raw);
  const id = mention?.[1] ?? (BARE_ID.test(raw) ? raw : undefined);
  if (id === undefined) return { refusal: WORDS[context.locale].bad(raw) };
  const name = mention?.[2]?.trim();
  const label = name === undefined || name === '' ? `#${id}` : `#${name}`;
  return { target: { where: { platform: context.platform, channel: id }, label, chosen: true } };
}
