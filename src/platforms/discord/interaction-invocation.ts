import type { CommandArgs, CommandDefinition, Invocation, TopCommand } from '../../core/command.js';
import type { Language } from '../../core/config-types.js';
import { err, ok, type Result } from '../../core/result.js';
import { neutralTop, OptionType } from './build-discord-commands.js';

/** An option of a chat-input interaction, as Discord sends it (and discord.js keeps it). */
export interface InteractionOption {
  readonly name: string;
  readonly type: number;
  readonly value?: string | number | boolean | undefined;
  readonly focused?: boolean | undefined;
  readonly options?: readonly InteractionOption[] | undefined;
  /** A channel option's channel, from the interaction's resolved data. */
  readonly channel?: { readonly name?: string | null } | null | undefined;
}

/** What a slash command interaction names, resolved against the neutral commands. */
export interface ResolvedCommand {
  readonly invocation: Invocation;
  readonly definition: CommandDefinition;
  /** The option being typed, for autocomplete. */
  readonly focused?: { readonly name: string; readonly value: string };
}

/**
 * Turns a slash command interaction (`/sahel-admin alert add query:Kidal`) into the neutral
 * `Invocation` (`top: 'sahel', group: 'alert', name: 'add', args: { query: 'Kidal' }`) and the
 * command it names. Discord sends option names as registered (English), whatever the user's
 * language; values arrive typed (string, integer, boolean).
 */
export function resolveCommand(
  commandName: string,
  options: readonly InteractionOption[],
  tops: readonly TopCommand[],
): Result<ResolvedCommand, string> {
  const top = neutralTop(commandName, tops);
  if (top === undefined) return err(`unknown command /${commandName}`);
  let level = options;
  let group: string | undefined;
  const first = level[0];
  if (first?.type === OptionType.SubCommandGroup) {
    group = first.name;
    level = first.options ?? [];
  }
  const sub = level[0];
  if (sub?.type !== OptionType.SubCommand) return err(`/${commandName} needs a sub-command`);
  const definition = top.commands.find((c) => c.name === sub.name && c.group === group);
  const path = [commandName, group, sub.name].filter((p) => p !== undefined).join(' ');
  if (definition === undefined) return err(`unknown command /${path}`);
  const args: Record<string, string | number | boolean> = {};
  let focused: ResolvedCommand['focused'];
  for (const option of sub.options ?? []) {
    if (option.value === undefined) continue;
    args[option.name] = optionValue(option);
    if (option.focused === true) focused = { name: option.name, value: String(option.value) };
  }
  const invocation: Invocation = {
    top: top.name,
    ...(group === undefined ? {} : { group }),
    name: sub.name,
    args: args as CommandArgs,
  };
  return ok({ invocation, definition, ...(focused === undefined ? {} : { focused }) });
}

/**
 * A picked channel arrives as its id, with its name in the resolved data; it is passed on as
 * a mention with its name (`<#id|alerts>`), the form Slack sends, so the answer can name it.
 */
function optionValue(option: InteractionOption): string | number | boolean {
  const value = option.value ?? '';
  if (option.type !== OptionType.Channel || typeof value !== 'string') return value;
  const name = option.channel?.name?.replace(/[|>]/g, '').trim();
  return name === undefined || name === '' ? `<#${value}>` : `<#${value}|${name}>`;
}

/** The answer's language: the user's when it is French (`fr`, `fr-FR`…), else the default. */
export function localeOf(userLocale: string | undefined, fallback: Language): Language {
  return userLocale?.toLowerCase().startsWith('fr') === true ? 'fr' : fallback;
}
