import { closestMatch } from '../src/core/closest-match.js';
import type { CommandDefinition, CommandOption, TopCommand } from '../src/core/command.js';
import type { Language } from '../src/core/config-types.js';
import { foldString } from '../src/core/fold-text.js';
import { tokenizeCommandLine } from './tokenize-command-line.js';

/**
 * Command and option names as a reader of `locale` types them, read from the definitions'
 * `nameFr` and `groupFr` so help, usage lines and errors never keep a second copy of them.
 * A name without a French form stays English, as the parser accepts it in both languages.
 */

/** `digest-size`, or `taille-digest` for a French reader. */
export function optionNameIn(option: CommandOption, locale: Language): string {
  return locale === 'fr' ? (option.nameFr ?? option.name) : option.name;
}

/** `alert add`, or `alerte ajouter` for a French reader. */
export function commandPathIn(definition: CommandDefinition, locale: Language): string {
  const name = commandNameIn(definition, locale);
  if (definition.group === undefined) return name;
  return `${groupNameIn(definition, locale) ?? definition.group} ${name}`;
}

/** `add`, or `ajouter` for a French reader: the sub-command's own name, without its group. */
export function commandNameIn(definition: CommandDefinition, locale: Language): string {
  return locale === 'fr' ? (definition.nameFr ?? definition.name) : definition.name;
}

/** `alert`, or `alerte` for a French reader; undefined for a command in no group. */
export function groupNameIn(definition: CommandDefinition, locale: Language): string | undefined {
  if (definition.group === undefined) return undefined;
  return locale === 'fr' ? (definition.groupFr ?? definition.group) : definition.group;
}

/**
 * The option a mistyped name is closest to, among the English and French names, given by its
 * name in the reader's language (`forme` → `depuis` for a French reader, `from` otherwise).
 */
export function closestOptionIn(
  typed: string,
  options: readonly CommandOption[],
  locale: Language,
): string | undefined {
  const names = options.flatMap((o) => [o.name, ...(o.nameFr === undefined ? [] : [o.nameFr])]);
  const closest = closestMatch(typed, names);
  if (closest === undefined) return undefined;
  const option = options.find((o) => o.name === closest || o.nameFr === closest);
  return option === undefined ? undefined : optionNameIn(option, locale);
}

/**
 * Words of an example that are values the commands also accept in French: the admin channel's
 * `here` and `none` (settings reads `ici` and `aucun`).
 */
const VALUES_FR: Readonly<Record<string, string>> = { here: 'ici', none: 'aucun' };

/**
 * An example as a French reader would type it: `/sahel settings admin-channel:here` →
 * `/sahel reglages canal-admin:ici`, `/sahel help alert` → `/sahel aide alerte`. Only names
 * change (the command path, option names, a bare value naming a group or command); anything
 * else is kept as written. English, or a line that does not tokenize, comes back unchanged.
 */
export function exampleIn(
  example: string,
  definition: CommandDefinition,
  tops: readonly TopCommand[],
  locale: Language,
): string {
  if (locale !== 'fr') return example;
  const tokens = tokenizeCommandLine(example);
  if (!tokens.ok) return example;
  const words = tokens.value;
  const lead = words[0]?.kind === 'word' && words[0].value.startsWith('/') ? 1 : 0;
  const pathLength = definition.group === undefined ? 1 : 2;
  const head = words.slice(0, lead).map((t) => t.raw);
  const rest = words.slice(lead + pathLength).map((token) => {
    if (token.kind === 'word') {
      return bareValueIn(token.raw, words.length - lead - pathLength === 1, tops);
    }
    const option = definition.options.find((o) => o.name === token.name);
    const value = token.raw.slice(token.name.length + 1);
    const name = option === undefined ? token.name : optionNameIn(option, locale);
    return `${name}:${VALUES_FR[value] ?? value}`;
  });
  return [...head, commandPathIn(definition, locale), ...rest].join(' ');
}

/** A lone bare value naming a group or a command (help's topic) takes its French name. */
function bareValueIn(raw: string, alone: boolean, tops: readonly TopCommand[]): string {
  if (!alone) return raw;
  const wanted = foldString(raw);
  for (const command of tops.flatMap((t) => t.commands)) {
    if (command.group === wanted && command.groupFr !== undefined) return command.groupFr;
    if (command.group === undefined && command.name === wanted && command.nameFr !== undefined) {
      return command.nameFr;
    }
  }
  return raw;
}
