import { closestMatch } from '../src/core/closest-match.js';
import type { CommandArgs, CommandDefinition, CommandOption } from '../src/core/command.js';
import type { Language } from '../src/core/config-types.js';
import { foldString } from '../src/core/fold-text.js';
import { err, ok, type Result } from '../src/core/result.js';
import { closestOptionIn, commandPathIn, optionNameIn } from './local-names.js';

const TRUE_WORDS = new Set(['yes', 'y', 'true', 'oui', 'o', 'on', '1']);
const FALSE_WORDS = new Set(['no', 'n', 'false', 'non', 'off', '0']);

/**
 * One line showing how a command is typed: `/mali timeline [from:…] [to:…] [entity:…]`,
 * `/sahel search <query> [since:…]`. The main option comes first as bare text (`<query>` when
 * required, `[id]` when not), unless it is optional and the examples give it by name
 * (`/mali news [since:…]`, as search shows `since:`); required named options have no brackets;
 * `page` is left out. In French, the command and its options take their French names
 * (`/sahel reglages [canal-admin:…]`).
 */
export function usageOf(
  top: string,
  definition: CommandDefinition,
  locale: Language = 'en',
): string {
  const parts = [`/${top} ${commandPathIn(definition, locale)}`];
  const main = bareMainOption(definition);
  if (main !== undefined) {
    const name = optionNameIn(main, locale);
    parts.push(main.required ? `<${name}>` : `[${name}]`);
  }
  for (const option of definition.options) {
    // Pages are reached through the answer's buttons; the usage line stays about the content.
    if (option === main || option.name === 'page') continue;
    const name = optionNameIn(option, locale);
    parts.push(option.required ? `${name}:…` : `[${name}:…]`);
  }
  return parts.join(' ');
}

/** The main option the usage shows as bare text: required, or typed bare in the examples. */
function bareMainOption(definition: CommandDefinition): CommandOption | undefined {
  const main = definition.options.find((o) => o.name === definition.mainOption);
  if (main === undefined || main.required) return main;
  const named = (definition.examples ?? []).some((e) => e.includes(` ${main.name}:`));
  return named ? undefined : main;
}

/** Appends a usage hint to a one-line error, after a suggestion's question mark or a dash. */
export function withUsage(message: string, usage: string): string {
  return message.endsWith('?') ? `${message} Usage: ${usage}` : `${message} — usage: ${usage}`;
}

/**
 * Checks and converts a command's arguments, whether typed as text (every value a string) or
 * sent typed by a platform (Discord's integers and booleans): integers within `min`/`max`,
 * booleans from yes/no/true/false/oui/non, fixed choices (any case, answered in canonical
 * case), required options present. Empty strings count as absent; strings are trimmed.
 * Errors are one line naming the option: `"abc" is not a number for limit`, by its French
 * name when the reply is French (`nombre`), which the dispatcher then words in French.
 */
export function convertArgs(
  definition: CommandDefinition,
  args: CommandArgs,
  locale: Language = 'en',
): Result<CommandArgs, string> {
  const known = definition.options.map((o) => o.name);
  for (const name of Object.keys(args)) {
    if (known.includes(name) || args[name] === undefined) continue;
    const closest = closestOptionIn(name, definition.options, locale);
    return err(
      `unknown option "${name}"${closest === undefined ? '' : ` — did you mean "${closest}"?`}`,
    );
  }
  const converted: Record<string, string | number | boolean> = {};
  for (const option of definition.options) {
    const raw = args[option.name];
    const absent = raw === undefined || (typeof raw === 'string' && raw.trim() === '');
    if (absent) {
      if (option.required) return err(`missing ${optionNameIn(option, locale)}`);
      continue;
    }
    const value = convertValue({ ...option, name: optionNameIn(option, locale) }, raw);
    if (!value.ok) return value;
    converted[option.name] = value.value;
  }
  return ok(converted);
}

function convertValue(
  option: CommandOption,
  raw: string | number | boolean,
): Result<string | number | boolean, string> {
  switch (option.type) {
    case 'integer':
      return convertInteger(option, raw);
    case 'boolean': {
      if (typeof raw === 'boolean') return ok(raw);
      const word = String(raw).trim().toLowerCase();
      if (TRUE_WORDS.has(word)) return ok(true);
      if (FALSE_WORDS.has(word)) return ok(false);
      return err(`"${String(raw)}" is not yes or no for ${option.name}`);
    }
    case 'string':
      return convertString(option, String(raw).trim());
  }
}

function convertInteger(
  option: CommandOption,
  raw: string | number | boolean,
): Result<number, string> {
  const text = String(raw).trim();
  if (typeof raw === 'boolean' || !/^[+-]?\d+$/.test(text)) {
    return err(
      /^[+-]?\d*\.\d+$/.test(text)
        ? `"${text}" is not a whole number for ${option.name}`
        : `"${text}" is not a number for ${option.name}`,
    );
  }
  const value = Number(text);
  const { min, max } = option;
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
    const range =
      min !== undefined && max !== undefined
        ? `from ${min} to ${max}`
        : min !== undefined
          ? `at least ${min}`
          : `at most ${max ?? ''}`;
    return err(`${option.name} must be ${range} (got ${value})`);
  }
  return ok(value);
}

function convertString(option: CommandOption, text: string): Result<string, string> {
  if (option.choices === undefined) return ok(text);
  const found = option.choices.find((c) => c.toLowerCase() === text.toLowerCase());
  if (found !== undefined) return ok(found);
  const alias = option.choiceAliases?.[foldString(text)];
  if (alias !== undefined) return ok(alias);
  const closest = closestMatch(text, option.choices);
  return err(
    `"${text}" is not one of ${option.choices.join(', ')} for ${option.name}` +
      (closest === undefined ? '' : ` — did you mean "${closest}"?`),
  );
}
