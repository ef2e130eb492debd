import { closestMatch } from '../src/core/closest-match.js';
import type {
  CommandArgs,
  CommandDefinition,
  Invocation,
  TopCommand,
} from '../src/core/command.js';
import type { Language } from '../src/core/config-types.js';
import { foldString } from '../src/core/fold-text.js';
import { err, ok, type Result } from '../src/core/result.js';
import { convertArgs, usageOf, withUsage } from './dispatch-args.js';
import { SAHEL_TOP } from './dispatch-tops.js';
import { closestOptionIn, commandNameIn, groupNameIn, optionNameIn } from './local-names.js';
import { tokenizeCommandLine, type Token } from './tokenize-command-line.js';

export { formatCommandLine } from './tokenize-command-line.js';

/**
 * Parses a command line as typed on Slack or the console, against the given top-level commands:
 * `/mali timeline from:2023 entity:jnim`, `/sahel alert add query:"Kidal AND (attack OR drone)"`.
 *
 * - Values may be double-quoted, with `\"` and `\\` inside; option names are matched in any case,
 *   in English or French (`nameFr`, accents optional). A URL (`https://…`) is a word, not an
 *   option named `https`.
 * - Bare words fill the command's `mainOption`, joined as typed (`/sahel search wagner convoy` →
 *   query `wagner convoy`, quotes kept for the query language); a single quoted word is unquoted.
 *   When that option is free text, a `name:value` naming no option joins it too (`/sahel search
 *   wagner lang:fr` → query `wagner lang:fr`); elsewhere it is an unknown option.
 * - The leading `/` is optional. A top-level command alone (`/mali`), or a group alone
 *   (`/sahel alert`), parses as `/sahel help` about it, so the answer lists its sub-commands.
 * - Arguments are converted and checked (`convertArgs`); every error is one line with a
 *   suggestion and a usage hint: `unknown option "form" — did you mean "from"? Usage: …`.
 *   With `locale` fr, the usage hint and the options the error names take their French names,
 *   for the dispatcher to word the rest in French.
 */
export function parseCommandLine(
  line: string,
  tops: readonly TopCommand[],
  locale: Language = 'en',
): Result<Invocation, string> {
  const tokens = tokenizeCommandLine(line);
  if (!tokens.ok) return tokens;
  const [first, ...rest] = tokens.value;
  if (first === undefined || first.kind !== 'word' || first.value.replace(/^\//, '') === '') {
    return err(`type a command such as /${tops[0]?.name ?? SAHEL_TOP} … — try /sahel help`);
  }
  const topName = first.value.replace(/^\//, '').toLowerCase();
  const top = tops.find((t) => t.name === topName);
  if (top === undefined) {
    const holder = tops.find((t) =>
      t.commands.some((c) =>
        [c.group, c.groupFr, c.name, c.nameFr].some(
          (n) => n !== undefined && foldString(n) === foldString(topName),
        ),
      ),
    );
    if (holder !== undefined) {
      return err(`"${topName}" goes after a top-level command: try /${holder.name} ${topName}`);
    }
    const names = tops.map((t) => t.name);
    const closest = closestMatch(topName, names);
    return err(
      closest === undefined
        ? `unknown command "/${topName}" — try ${names.map((n) => `/${n}`).join(', ')}`
        : `unknown command "/${topName}" — did you mean "/${closest}"?`,
    );
  }
  const found = findCommand(top, rest, tops, locale);
  if (!found.ok) return found;
  if ('help' in found.value) return helpAbout(found.value.help, tops);
  const { definition, remaining } = found.value;
  const usage = usageOf(top.name, definition, locale);
  const args = collectArgs(definition, remaining, locale);
  if (!args.ok) return err(withUsage(args.error, usage));
  const converted = convertArgs(definition, args.value, locale);
  if (!converted.ok) return err(withUsage(converted.error, usage));
  return ok({
    top: top.name,
    ...(definition.group === undefined ? {} : { group: definition.group }),
    name: definition.name,
    args: converted.value,
  });
}

type Found =
  | { readonly definition: CommandDefinition; readonly remaining: readonly Token[] }
  | { readonly help: string };

function findCommand(
  top: TopCommand,
  tokens: readonly Token[],
  tops: readonly TopCommand[],
  locale: Language,
): Result<Found, string> {
  const [word, ...rest] = tokens;
  if (word === undefined) return ok({ help: top.name });
  if (word.kind !== 'word') {
    return err(
      `/${top.name} needs a sub-command before ${word.name}: — it has ${namesOf(top.commands, locale).join(', ')}`,
    );
  }
  const wanted = foldString(word.value);
  const grouped = top.commands.find(
    (c) =>
      c.group !== undefined &&
      (c.group === wanted || (c.groupFr !== undefined && foldString(c.groupFr) === wanted)),
  );
  if (grouped?.group !== undefined) {
    const inGroup = top.commands.filter((c) => c.group === grouped.group);
    const groupPath = `/${top.name} ${groupNameIn(grouped, locale) ?? grouped.group}`;
    const [sub, ...after] = rest;
    if (sub === undefined) return ok({ help: grouped.group });
    if (sub.kind !== 'word') {
      return err(
        `${groupPath} needs a sub-command before ${sub.name}: — ${namesOf(inGroup, locale).join(', ')}`,
      );
    }
    const definition = matchName(inGroup, sub.value);
    if (definition !== undefined) return ok({ definition, remaining: after });
    return err(unknownCommand(sub.value, inGroup, groupPath, locale));
  }
  const loose = top.commands.filter((c) => c.group === undefined);
  const definition = matchName(loose, word.value);
  if (definition !== undefined) return ok({ definition, remaining: rest });
  const elsewhere = tops.find(
    (t) =>
      t !== top &&
      t.commands.some((c) =>
        [c.group, c.groupFr, c.name, c.nameFr].some(
          (n) => n !== undefined && foldString(n) === wanted,
        ),
      ),
  );
  if (elsewhere !== undefined && closestCommand(wanted, top.commands) === undefined) {
    return err(`"${word.value}" is under /${elsewhere.name}: try /${elsewhere.name} ${word.value}`);
  }
  return err(unknownCommand(word.value, top.commands, `/${top.name}`, locale));
}

function matchName(
  commands: readonly CommandDefinition[],
  typed: string,
): CommandDefinition | undefined {
  const wanted = foldString(typed);
  return commands.find(
    (c) => c.name === wanted || (c.nameFr !== undefined && foldString(c.nameFr) === wanted),
  );
}

/**
 * What a reader of `locale` types to reach each of `commands` from where they stand: a command
 * in no group by its name, a group once by the group's name (`search, …, alerte, flux`), or,
 * for commands of one group, each by its name.
 */
function namesOf(commands: readonly CommandDefinition[], locale: Language): readonly string[] {
  const inGroup = oneGroup(commands);
  return [...new Set(commands.map((c) => nameAmong(c, inGroup, locale)))];
}

function nameAmong(command: CommandDefinition, inGroup: boolean, locale: Language): string {
  return inGroup || command.group === undefined
    ? commandNameIn(command, locale)
    : (groupNameIn(command, locale) ?? command.group);
}

/** True when every command is of one group: they are then told apart by their own names. */
function oneGroup(commands: readonly CommandDefinition[]): boolean {
  return commands.every((c) => c.group !== undefined && c.group === commands[0]?.group);
}

/**
 * Words other bots and shells use for our sub-commands (Slack's `/feed remove`, `rm`, `ls`), in
 * English and French: `/sahel alert delete 3` is answered with "did you mean remove?".
 */
const REMOVE = ['remove', 'unsubscribe'];
const ADD = ['add', 'subscribe'];
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  delete: REMOVE,
  del: REMOVE,
  rm: REMOVE,
  stop: REMOVE,
  unsubscribe: REMOVE,
  supprimer: REMOVE,
  effacer: REMOVE,
  enlever: REMOVE,
  create: ADD,
  new: ADD,
  subscribe: ADD,
  ajouter: ADD,
  creer: ADD,
  ls: ['list'],
  show: ['list'],
  lister: ['list'],
  afficher: ['list'],
};

/**
 * The command (or group) a mistyped word is closest to, by its English or French name, or by a
 * synonym (`supprimer` → remove).
 */
function closestCommand(
  typed: string,
  commands: readonly CommandDefinition[],
): CommandDefinition | undefined {
  const sameGroup = oneGroup(commands);
  const keyOf = (c: CommandDefinition): readonly string[] =>
    sameGroup || c.group === undefined
      ? [c.name, ...(c.nameFr === undefined ? [] : [c.nameFr])]
      : [c.group, ...(c.groupFr === undefined ? [] : [c.groupFr])];
  const synonym = SYNONYMS[foldString(typed)]?.find((name) =>
    commands.some((c) => keyOf(c)[0] === name),
  );
  const closest = synonym ?? closestMatch(typed, commands.flatMap(keyOf));
  return commands.find((c) => closest !== undefined && keyOf(c).includes(closest));
}

function unknownCommand(
  typed: string,
  commands: readonly CommandDefinition[],
  where: string,
  locale: Language,
): string {
  const closest = closestCommand(typed, commands);
  if (closest === undefined) {
    return `unknown command "${typed}" — ${where} has ${namesOf(commands, locale).join(', ')}`;
  }
  return `unknown command "${typed}" — did you mean "${nameAmong(closest, oneGroup(commands), locale)}"?`;
}

function helpAbout(topic: string, tops: readonly TopCommand[]): Result<Invocation, string> {
  const sahel = tops.find((t) => t.name === SAHEL_TOP);
  const help = sahel?.commands.find((c) => c.name === 'help' && c.group === undefined);
  if (help === undefined) return err(`/${topic} needs a sub-command`);
  return ok({ top: SAHEL_TOP, name: 'help', args: { [help.mainOption ?? 'topic']: topic } });
}

function collectArgs(
  definition: CommandDefinition,
  tokens: readonly Token[],
  locale: Language,
): Result<CommandArgs, string> {
  const args: Record<string, string> = {};
  const words: Extract<Token, { kind: 'word' }>[] = [];
  for (const token of tokens) {
    if (token.kind === 'word') {
      words.push(token);
      continue;
    }
    const wanted = foldString(token.name);
    const option = definition.options.find(
      (o) => o.name === wanted || (o.nameFr !== undefined && foldString(o.nameFr) === wanted),
    );
    if (option === undefined && takesFreeText(definition)) {
      // `entity:jnim` in `/sahel search wagner entity:jnim` belongs to the query language.
      words.push({ kind: 'word', value: token.raw, raw: token.raw, quoted: false });
      continue;
    }
    if (option === undefined) {
      const closest = closestOptionIn(token.name, definition.options, locale);
      return err(
        `unknown option "${token.name}"${closest === undefined ? '' : ` — did you mean "${closest}"?`}`,
      );
    }
    if (args[option.name] !== undefined) {
      return err(`${optionNameIn(option, locale)} is given twice`);
    }
    args[option.name] = token.value;
  }
  if (words.length === 0) return ok(args);
  const text =
    words.length === 1 && words[0]?.quoted === true
      ? words[0].value
      : words.map((w) => w.raw).join(' ');
  const main = definition.options.find((o) => o.name === definition.mainOption);
  if (main === undefined) return err(`unexpected text "${text}"`);
  if (args[main.name] !== undefined) {
    const name = optionNameIn(main, locale);
    return err(`${name} is given twice (as ${name}: and as text)`);
  }
  args[main.name] = text;
  return ok(args);
}

/**
 * Whether the main option is free text (a required string with no fixed choices and no ids to
 * complete: a query, a text to explain; not news's `since` or a digest's cron, where
 * `limite:5` is a mistyped option), so that a `name:value` that names none of the command's options
 * is part of that text, for the query language's own fields. Its errors then come from the
 * handler, which knows the fields.
 */
function takesFreeText(definition: CommandDefinition): boolean {
  const main = definition.options.find((o) => o.name === definition.mainOption);
  return (
    main !== undefined &&
    main.required &&
    main.type === 'string' &&
    main.choices === undefined &&
    main.complete === undefined
  );
}
