import { commandNameIn, groupNameIn, optionNameIn } from '../../commands/local-names.js';
import { formatCommandLine, parseCommandLine } from '../../commands/parse-command-line.js';
import { tokenizeCommandLine } from '../../commands/tokenize-command-line.js';
import type {
  CommandArgs,
  CommandOption,
  CommandSet,
  InvocationContext,
  TopCommand,
} from '../core/command.js';
import type { Language } from '../core/config-types.js';
import type { Block, Message } from '../core/message.js';

/**
 * A command line as a reader of `locale` types it: `/sahel feeds status page:2` →
 * `/sahel flux etat page:2`, `/sahel search query:kidal sort:newest` →
 * `/sahel recherche requete:kidal tri:recents`. The command and its options take the names
 * refusals and usage lines give them (`commandPathIn`, `optionNameIn`), a fixed choice its
 * first other word (`choiceAliases`); values are kept. The line parses back to the same
 * invocation in either language. English, or a line that does not parse, comes back as it is.
 */
export function commandLineIn(line: string, tops: readonly TopCommand[], locale: Language): string {
  if (locale === 'en') return line;
  const parsed = parseCommandLine(line, tops);
  if (!parsed.ok) return line;
  const { top, group, name, args } = parsed.value;
  const definition = tops
    .find((t) => t.name === top)
    ?.commands.find((c) => c.name === name && c.group === group);
  if (definition === undefined) return line;
  // The main option typed bare (`/mali fact kidal`) stays bare, as typed.
  const bare = bareText(line, definition.group === undefined ? 2 : 3);
  const local: Record<string, string | number | boolean | undefined> = {};
  for (const [option, value] of Object.entries(args)) {
    const known = definition.options.find((o) => o.name === option);
    if (known === undefined) return line;
    if (bare !== '' && option === definition.mainOption) continue;
    local[optionNameIn(known, locale)] = choiceIn(known, value);
  }
  const localGroup = groupNameIn(definition, locale);
  const path = {
    top,
    ...(localGroup === undefined ? {} : { group: localGroup }),
    name: commandNameIn(definition, locale),
  };
  const head = formatCommandLine({ ...path, args: {} });
  const full = formatCommandLine({ ...path, args: local });
  return bare === '' ? full : `${head} ${bare}${full.slice(head.length)}`;
}

/** The bare words after the command path (`pathLength` words), as typed. */
function bareText(line: string, pathLength: number): string {
  const tokens = tokenizeCommandLine(line);
  if (!tokens.ok) return '';
  return tokens.value
    .slice(pathLength)
    .flatMap((t) => (t.kind === 'word' ? [t.raw] : []))
    .join(' ');
}

/** A fixed choice by the first other word the parser reads for it (`newest` → `recents`). */
function choiceIn(option: CommandOption, value: CommandArgs[string]): CommandArgs[string] {
  if (typeof value !== 'string' || option.choiceAliases === undefined) return value;
  const alias = Object.entries(option.choiceAliases).find(([, choice]) => choice === value);
  return alias?.[0] ?? value;
}

/** How long a command line a platform can carry as a button's id (Discord: 100 characters). */
export interface LocalLineOptions {
  readonly maxLength?: number;
}

/**
 * The command set whose answers show their command lines in the asker's language: each
 * command button's id (which Slack and Discord send back, and the console prints), a story
 * card's fact commands, and those lines where the fallback text quotes them. Runs and
 * completion are the wrapped set's. A line longer in French than `maxLength` keeps its English
 * form, which runs the same, rather than losing its button.
 */
export function withLocalCommandLines(
  commands: CommandSet,
  options: LocalLineOptions = {},
): CommandSet {
  const answer = (message: Message, context: InvocationContext): Message =>
    localLines(message, lineIn(commands.tops, context.locale, options));
  return {
    ...commands,
    run: async (invocation, context) => answer(await commands.run(invocation, context), context),
    runAction: async (actionId, context) =>
      answer(await commands.runAction(actionId, context), context),
  };
}

/**
 * A scheduled post (an alert, its update, a digest) with the command lines it carries as a
 * reader of its language types them, by the rewrite command answers get: its story cards' fact
 * commands (`/mali fiche kidal`), any command button and the fallback lines quoting them. The
 * post's language is the one its cards were written in (`StoryCard.locale`, which the builders
 * take from the subscription's or digest's language); a post without cards, or in English,
 * comes back as it is.
 */
export function withPostLines(
  message: Message,
  tops: readonly TopCommand[],
  options: LocalLineOptions = {},
): Message {
  const card = message.blocks.find((b) => b.type === 'story')?.card;
  const locale = card?.locale ?? 'en';
  return locale === 'en' ? message : localLines(message, lineIn(tops, locale, options));
}

/** The rewrite of one line into `locale`, keeping its English form past `maxLength`. */
function lineIn(
  tops: readonly TopCommand[],
  locale: Language,
  options: LocalLineOptions,
): (line: string) => string {
  return (line) => {
    const local = commandLineIn(line, tops, locale);
    return options.maxLength !== undefined && local.length > options.maxLength ? line : local;
  };
}

/** `message` with every command line it carries rewritten by `rewrite`. */
function localLines(message: Message, rewrite: (line: string) => string): Message {
  const changed = new Map<string, string>();
  const local = (line: string): string => {
    const rewritten = changed.get(line) ?? rewrite(line);
    if (rewritten !== line) changed.set(line, rewritten);
    return rewritten;
  };
  const blocks = message.blocks.map((block): Block => {
    if (block.type === 'actions') {
      return {
        ...block,
        actions: block.actions.map((a) => (a.url === undefined ? { ...a, id: local(a.id) } : a)),
      };
    }
    if (block.type === 'story' && block.card.facts.length > 0) {
      const facts = block.card.facts.map((f) => ({ ...f, command: local(f.command) }));
      return { ...block, card: { ...block.card, facts } };
    }
    return block;
  });
  if (changed.size === 0) return message;
  // Longest first, so a line that begins another (`/mali timeline`) never splits it.
  const lines = [...changed].sort(([a], [b]) => b.length - a.length);
  const fallback = lines.reduce((text, [from, to]) => text.split(from).join(to), message.fallback);
  return { ...message, blocks, fallback };
}
