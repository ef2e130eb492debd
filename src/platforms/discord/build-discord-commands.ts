import type {
  CommandDefinition,
  CommandOption,
  LocalText,
  TopCommand,
} from '../../core/command.js';
import { truncateWords } from './escape-markdown.js';

/**
 * Slash commands as Discord registers them (bulk overwrite body), built from the neutral
 * `CommandSet.tops`. Admin sub-commands go under a separate top-level command, `/<top>-admin`
 * (`/sahel-admin alert add`), because Discord's `default_member_permissions` applies to a whole
 * top-level command: that one carries Manage Server, so Discord hides it from everyone else,
 * while `/sahel search` stays visible to all. `neutralTop` maps the name back.
 * @see https://discord.com/developers/docs/interactions/application-commands
 */

/** Suffix of the top-level command that holds a top's admin sub-commands. */
export const ADMIN_SUFFIX = '-admin';

/** Manage Server (`MANAGE_GUILD`, 1 << 5), as Discord's permission string. */
export const MANAGE_GUILD = String(1n << 5n);

export const OptionType = {
  SubCommand: 1,
  SubCommandGroup: 2,
  String: 3,
  Integer: 4,
  Boolean: 5,
  Channel: 7,
  Role: 8,
} as const;

/**
 * Text options Discord offers a picker for: `ping` (alert add) names a role, so Discord shows
 * the server's roles and sends the chosen role's id, the same text the neutral command reads;
 * `channel` (alert add, list and remove, digest subscribe and unsubscribe) names a channel of
 * the server, of the kinds alerts and digests post in.
 */
const PICKERS: Readonly<Record<string, typeof OptionType.Role | typeof OptionType.Channel>> = {
  ping: OptionType.Role,
  channel: OptionType.Channel,
};

/**
 * Channel kinds the `channel` picker offers: text (0), announcement (5) and forum (15), where
 * the bot posts alerts and digests (a forum gets one post per story).
 * @see https://discord.com/developers/docs/resources/channel#channel-object-channel-types
 */
export const POSTABLE_CHANNEL_TYPES = [0, 5, 15] as const;

export interface DiscordCommandChoice {
  readonly name: string;
  readonly value: string | number;
}

export interface DiscordCommandOption {
  readonly type: (typeof OptionType)[keyof typeof OptionType];
  readonly name: string;
  readonly name_localizations?: { readonly fr: string };
  readonly description: string;
  readonly description_localizations: { readonly fr: string };
  readonly required?: boolean;
  readonly choices?: readonly DiscordCommandChoice[];
  readonly autocomplete?: boolean;
  readonly min_value?: number;
  readonly max_value?: number;
  readonly channel_types?: readonly number[];
  readonly options?: readonly DiscordCommandOption[];
}

export interface DiscordCommand {
  readonly type: 1;
  readonly name: string;
  readonly description: string;
  readonly description_localizations: { readonly fr: string };
  readonly options: readonly DiscordCommandOption[];
  /** Null: everyone; Manage Server for the admin command. Server admins can change it. */
  readonly default_member_permissions: string | null;
  /** Guild channels only (0); commands act on a server's channels. */
  readonly contexts: readonly [0];
}

const NAME = /^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u;
const MAX_OPTIONS = 25;

/**
 * Every top-level command for Discord: `/<top>` with the sub-commands anyone may run, and
 * `/<top>-admin` with the admin ones (when there are any). Sub-commands with a `group` become a
 * sub-command group. Pure: the same tops always give the same JSON.
 */
export function buildDiscordCommands(tops: readonly TopCommand[]): DiscordCommand[] {
  return tops.flatMap((top) => {
    const open = top.commands.filter((c) => !c.admin);
    const admin = top.commands.filter((c) => c.admin);
    const built: DiscordCommand[] = [];
    if (open.length > 0) built.push(topCommand(top.name, top.description, open, null));
    if (admin.length > 0) {
      const description = {
        en: `Admin: ${top.description.en}`,
        fr: `Admin : ${top.description.fr}`,
      };
      built.push(topCommand(`${top.name}${ADMIN_SUFFIX}`, description, admin, MANAGE_GUILD));
    }
    return built;
  });
}

/** The neutral top-level command a Discord command name stands for (`sahel-admin` → `sahel`). */
export function neutralTop(
  discordName: string,
  tops: readonly TopCommand[],
): TopCommand | undefined {
  const name = discordName.endsWith(ADMIN_SUFFIX)
    ? discordName.slice(0, -ADMIN_SUFFIX.length)
    : discordName;
  return tops.find((t) => t.name === name);
}

function topCommand(
  name: string,
  description: LocalText,
  commands: readonly CommandDefinition[],
  permissions: string | null,
): DiscordCommand {
  const options: DiscordCommandOption[] = [];
  const groups = new Map<string, DiscordCommandOption[]>();
  for (const command of commands) {
    const sub = subCommand(command);
    if (command.group === undefined) {
      options.push(sub);
      continue;
    }
    let group = groups.get(command.group);
    if (group === undefined) {
      group = [];
      groups.set(command.group, group);
      const known = GROUPS[command.group];
      options.push({
        type: OptionType.SubCommandGroup,
        name: command.group,
        ...localizedName(command.group, known?.nameFr),
        ...texts(known ?? { en: command.group, fr: command.group }),
        options: group,
      });
    }
    group.push(sub);
  }
  return {
    type: 1,
    name,
    ...texts(description),
    options: options.slice(0, MAX_OPTIONS),
    default_member_permissions: permissions,
    contexts: [0],
  };
}

function subCommand(command: CommandDefinition): DiscordCommandOption {
  // Discord wants required options first; the neutral order is kept within each half.
  const ordered = [
    ...command.options.filter((o) => o.required),
    ...command.options.filter((o) => !o.required),
  ];
  return {
    type: OptionType.SubCommand,
    name: command.name,
    ...localizedName(command.name, command.nameFr),
    ...texts(command.description),
    options: ordered.slice(0, MAX_OPTIONS).map(option),
  };
}

function option(o: CommandOption): DiscordCommandOption {
  const picker = o.type === 'string' ? PICKERS[o.name] : undefined;
  const type =
    picker ??
    (o.type === 'integer'
      ? OptionType.Integer
      : o.type === 'boolean'
        ? OptionType.Boolean
        : OptionType.String);
  const choices = (o.choices ?? []).slice(0, MAX_OPTIONS).map((c) => ({
    name: truncateWords(c, 100),
    value: type === OptionType.Integer ? Number(c) : c,
  }));
  return {
    type,
    name: o.name,
    ...localizedName(o.name, o.nameFr),
    ...texts(o.description),
    required: o.required,
    ...(choices.length > 0 ? { choices } : {}),
    ...(choices.length === 0 && o.complete !== undefined && type !== OptionType.Boolean
      ? { autocomplete: true }
      : {}),
    ...(type === OptionType.Integer && o.min !== undefined ? { min_value: o.min } : {}),
    ...(type === OptionType.Integer && o.max !== undefined ? { max_value: o.max } : {}),
    ...(type === OptionType.Channel ? { channel_types: POSTABLE_CHANNEL_TYPES } : {}),
  };
}

/** A French name only when it differs and is a name Discord accepts (lower case, no spaces). */
function localizedName(
  name: string,
  nameFr: string | undefined,
): { name_localizations?: { fr: string } } {
  const fr = nameFr?.toLowerCase();
  return fr === undefined || fr === name || !NAME.test(fr) ? {} : { name_localizations: { fr } };
}

/** Discord descriptions hold 1 to 100 characters. */
function texts(text: LocalText): {
  description: string;
  description_localizations: { fr: string };
} {
  const fit = (s: string): string => truncateWords(s.trim() === '' ? '…' : s.trim(), 100);
  return { description: fit(text.en), description_localizations: { fr: fit(text.fr) } };
}

/** Descriptions and French names of the sub-command groups (the neutral model has only the name). */
const GROUPS: Readonly<Record<string, LocalText & { readonly nameFr: string }>> = {
  alert: {
    nameFr: 'alerte',
    en: 'Keyword alerts of this channel',
    fr: 'Alertes par mots-clés de ce salon',
  },
  digest: {
    nameFr: 'resume',
    en: 'Scheduled digests of this channel',
    fr: 'Résumés programmés de ce salon',
  },
  feeds: {
    nameFr: 'flux',
    en: 'The news feeds the bot polls',
    fr: "Les flux d'actualité que lit le bot",
  },
};
