import type {
  CommandArgs,
  CommandDefinition,
  CommandOption,
  CommandSet,
  InvocationContext,
  TopCommand,
} from '../core/command.js';
import { commandNameIn, groupNameIn, optionNameIn } from '../../commands/local-names.js';
import { foldString } from '../core/fold-text.js';
import { QUERY_FIELDS } from '../match/query-tokens.js';

/**
 * Tab completion for the console chat, in node:readline's shape: the candidates for the word
 * being typed, and that word. Completes top-level commands, sub-commands and groups, option
 * names (`from:`), option values with fixed choices or ids (`entity:jn` → `entity:jnim`, through
 * `CommandSet.complete`), ids for a bare main option (`/mali fact jn` → `jnim`), and the
 * query language's fields inside a free-text option (`/sahel search entity:jn` → `entity:jnim`).
 * Ids of remove and resume are those of the channel a `channel:#ops` already typed names.
 */
export async function completeChatLine(
  commands: CommandSet,
  line: string,
  context: InvocationContext,
): Promise<[string[], string]> {
  const words = line.trimStart().split(/\s+/);
  const fragment = words.pop() ?? '';
  const [topWord, ...rest] = words;
  if (topWord === undefined) {
    return [
      startingWith(
        commands.tops.map((t) => `/${t.name} `),
        fragment.replace(/^(?!\/)/, '/'),
      ),
      fragment,
    ];
  }
  const top = commands.tops.find((t) => t.name === topWord.replace(/^\//, '').toLowerCase());
  if (top === undefined) return [[], fragment];
  const found = findDefinition(top, rest);
  const { locale } = context;
  if (found === 'group') {
    const group = foldString(rest[0] ?? '');
    const names = top.commands
      .filter(
        (c) => c.group === group || (c.groupFr !== undefined && foldString(c.groupFr) === group),
      )
      .map((c) => `${commandNameIn(c, locale)} `);
    return [startingWith(names, fragment), fragment];
  }
  if (found === undefined) {
    if (rest.length > 0) return [[], fragment];
    const names = [
      ...new Set(top.commands.map((c) => `${groupNameIn(c, locale) ?? commandNameIn(c, locale)} `)),
    ];
    return [startingWith(names, fragment), fragment];
  }
  return [await completeArgument(commands, found, rest, fragment, context), fragment];
}

/** The definition the words after the top-level command name, `'group'` after a lone group. */
function findDefinition(
  top: TopCommand,
  words: readonly string[],
): CommandDefinition | 'group' | undefined {
  const [first, second] = words.map(foldString);
  if (first === undefined) return undefined;
  const named = (c: CommandDefinition, word: string | undefined): boolean =>
    c.name === word || (c.nameFr !== undefined && foldString(c.nameFr) === word);
  const inGroup = top.commands.filter(
    (c) => c.group === first || (c.groupFr !== undefined && foldString(c.groupFr) === first),
  );
  if (inGroup.length > 0) {
    return second === undefined ? 'group' : inGroup.find((c) => named(c, second));
  }
  return top.commands.find((c) => c.group === undefined && named(c, first));
}

async function completeArgument(
  commands: CommandSet,
  definition: CommandDefinition,
  words: readonly string[],
  fragment: string,
  context: InvocationContext,
): Promise<string[]> {
  const colon = fragment.indexOf(':');
  const main = definition.options.find((o) => o.name === definition.mainOption);
  const filled = filledOptions(definition, words);
  if (colon > 0) {
    const name = fragment.slice(0, colon);
    const option = definition.options.find((o) => o.name === name || o.nameFr === name);
    if (option === undefined) {
      const values =
        main?.complete === undefined
          ? await fieldValues(commands, name, fragment.slice(colon + 1), context)
          : [];
      return values.map((v) => `${name}:${v}`);
    }
    const values = await optionValues(
      commands,
      option,
      fragment.slice(colon + 1),
      context,
      filled,
      definition,
    );
    return values.map((v) => `${name}:${v}`);
  }
  const given = new Set(Object.keys(filled));
  const names = definition.options
    .filter((o) => !given.has(o.name))
    .map((o) => `${optionNameIn(o, context.locale)}:`);
  const ids =
    main !== undefined && !given.has(main.name) && (fragment !== '' || main.complete !== undefined)
      ? await optionValues(commands, main, fragment, context, filled, definition)
      : [];
  return [...ids, ...startingWith(names, fragment)];
}

/** The `name:value` options typed before the word being completed, by their English name. */
function filledOptions(definition: CommandDefinition, words: readonly string[]): CommandArgs {
  const filled: Record<string, string> = {};
  for (const word of words) {
    const colon = word.indexOf(':');
    if (colon <= 0) continue;
    const name = word.slice(0, colon);
    const option = definition.options.find((o) => o.name === name || o.nameFr === name);
    if (option !== undefined) filled[option.name] = word.slice(colon + 1);
  }
  return filled;
}

async function optionValues(
  commands: CommandSet,
  option: CommandOption,
  prefix: string,
  context: InvocationContext,
  filled: CommandArgs,
  definition: CommandDefinition,
): Promise<string[]> {
  if (option.choices !== undefined) return startingWith(option.choices, prefix);
  if (option.type === 'boolean') return startingWith(['yes', 'no'], prefix);
  if (option.complete === undefined) return [];
  return (await commands.complete(option.complete, prefix, context, filled, definition)).map(
    (c) => c.value,
  );
}

/**
 * Values of a field of the alert query language typed in a free-text option
 * (`/sahel search entity:jn` → `entity:jnim`): ids from the config, languages, feed ids.
 */
async function fieldValues(
  commands: CommandSet,
  field: string,
  prefix: string,
  context: InvocationContext,
): Promise<string[]> {
  if (!(QUERY_FIELDS as readonly string[]).includes(field)) return [];
  if (field === 'lang') return startingWith(['en', 'fr'], prefix);
  const source = field === 'country' ? 'country' : field === 'source' ? 'feed' : 'entity';
  return (await commands.complete(source, prefix, context)).map((c) => c.value);
}

function startingWith(candidates: readonly string[], prefix: string): string[] {
  const wanted = foldString(prefix);
  return candidates.filter((c) => foldString(c).startsWith(wanted));
}
