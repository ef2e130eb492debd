import { closestMatch } from '../src/core/closest-match.js';
import type { CommandDefinition, TopCommand } from '../src/core/command.js';
import type { Language } from '../src/core/config-types.js';
import { foldString } from '../src/core/fold-text.js';
import type { Block, ListEntry, Message } from '../src/core/message.js';
import { usageOf } from './dispatch-args.js';
import { errorReply } from './dispatch-reply.js';
import { buildTopCommands, commandPath, SAHEL_TOP } from './dispatch-tops.js';
import { commandNameIn, exampleIn, groupNameIn } from './local-names.js';

const WORDS = {
  en: {
    title: 'Commands',
    intro: 'Options are typed name:value (quote values with spaces); bare text fills <…>.',
    countries: 'For each country',
    admin: '(admin)',
    example: 'e.g.',
    unknown: (topic: string) => `no help on "${topic}"`,
    closest: (name: string) => `did you mean "${name}"?`,
    tryAll: (names: readonly string[]) => `try ${names.join(', ')}`,
  },
  fr: {
    title: 'Commandes',
    intro:
      'Les options s’écrivent nom:valeur (entre guillemets si elles ont des espaces) ; le texte libre remplit <…>.',
    countries: 'Pour chaque pays',
    admin: '(admin)',
    example: 'ex.',
    unknown: (topic: string) => `pas d’aide sur « ${topic} »`,
    closest: (name: string) => `vouliez-vous dire « ${name} » ?`,
    tryAll: (names: readonly string[]) => `essayez ${names.join(', ')}`,
  },
} as const;

/** A section of the help: a heading and the commands under it, typed under `top`. */
interface Section {
  readonly heading: string;
  readonly subtitle: string;
  readonly top: string;
  readonly commands: readonly CommandDefinition[];
}

/**
 * `/sahel help [topic]`: every command in the user's language, with usage, examples and admin
 * commands marked, one section for the country commands (`/mali · /burkina · /niger`) and one
 * for `/sahel`. `topic` narrows it to a top-level command (`mali`), a group (`alert`) or a
 * command (`search`, `alert add`). `commands` is read at every call, so help lists whatever the set holds.
 */
export function createHelpCommand(commands: () => readonly CommandDefinition[]): CommandDefinition {
  return {
    name: 'help',
    nameFr: 'aide',
    scope: 'sahel',
    description: {
      en: 'Every command, with examples; help <topic> for one command or group',
      fr: 'Toutes les commandes, avec des exemples ; aide <sujet> pour une commande ou un groupe',
    },
    options: [
      {
        name: 'topic',
        nameFr: 'sujet',
        type: 'string',
        required: false,
        description: {
          en: 'A command, a group or a country (search, alert, mali)',
          fr: 'Une commande, un groupe ou un pays (search, alert, mali)',
        },
      },
    ],
    mainOption: 'topic',
    admin: false,
    examples: ['/sahel help', '/sahel help alert', '/sahel help mali'],
    handle(args, context) {
      const tops = buildTopCommands(context.config, commands());
      const topic = typeof args['topic'] === 'string' ? args['topic'] : undefined;
      const sections = selectSections(tops, topic, context.locale);
      if (typeof sections === 'string') return errorReply(sections);
      return renderHelp(sections, tops, context.locale);
    },
  };
}

function allSections(tops: readonly TopCommand[], locale: Language): Section[] {
  const countries = tops.filter((t) => t.country !== undefined);
  const sahel = tops.find((t) => t.name === SAHEL_TOP);
  const sections: Section[] = [];
  const first = countries[0];
  if (first !== undefined && first.commands.length > 0) {
    sections.push({
      heading: countries.map((t) => `/${t.name}`).join(' · '),
      subtitle: WORDS[locale].countries,
      top: first.name,
      commands: first.commands,
    });
  }
  if (sahel !== undefined) {
    sections.push({
      heading: `/${sahel.name}`,
      subtitle: sahel.description[locale],
      top: sahel.name,
      commands: groupTogether(sahel.commands),
    });
  }
  return sections;
}

/** Keeps each group's commands together, at the place of the group's first command. */
function groupTogether(commands: readonly CommandDefinition[]): CommandDefinition[] {
  const keys = [...new Set(commands.map((c) => c.group ?? `\u0000${c.name}`))];
  return keys.flatMap((key) => commands.filter((c) => (c.group ?? `\u0000${c.name}`) === key));
}

function selectSections(
  tops: readonly TopCommand[],
  topic: string | undefined,
  locale: Language,
): Section[] | string {
  const sections = allSections(tops, locale);
  if (topic === undefined) return sections;
  const typed = foldString(topic.replace(/^\//, '').trim()).split(/\s+/);
  // `mali fact` and `/sahel alert add` name a command as it is typed: the top-level name goes.
  const wanted = (
    typed.length > 1 && tops.some((t) => t.name === typed[0]) ? typed.slice(1) : typed
  ).join(' ');
  const top = tops.find((t) => t.name === wanted);
  if (top !== undefined) {
    return sections
      .filter(
        (s) => s.commands === top.commands || (top.name === SAHEL_TOP) === (s.top === SAHEL_TOP),
      )
      .map((s) => ({ ...s, heading: `/${top.name}`, top: top.name }))
      .slice(0, 1);
  }
  const narrowed = sections
    .map((s) => ({
      ...s,
      commands: s.commands.filter((c) =>
        [c.group, c.groupFr, c.name, c.nameFr, commandPath(c)].some(
          (n) => n !== undefined && foldString(n) === wanted.replace(/\s+/g, ' '),
        ),
      ),
    }))
    .filter((s) => s.commands.length > 0);
  if (narrowed.length > 0) return narrowed;
  const names = [
    ...tops.map((t) => t.name),
    ...new Set(
      tops.flatMap((t) =>
        t.commands.map((c) => groupNameIn(c, locale) ?? commandNameIn(c, locale)),
      ),
    ),
  ];
  const closest = closestMatch(wanted, names);
  const words = WORDS[locale];
  return `${words.unknown(topic)} — ${
    closest === undefined ? words.tryAll(names) : words.closest(closest)
  }`;
}

function renderHelp(
  sections: readonly Section[],
  tops: readonly TopCommand[],
  locale: Language,
): Message {
  const words = WORDS[locale];
  const blocks: Block[] = [{ type: 'heading', text: words.title, subtitle: words.intro }];
  const lines = [`${words.title} — ${words.intro}`];
  for (const section of sections) {
    const entries = section.commands.map((c) => toEntry(c, section.top, tops, locale));
    blocks.push({ type: 'heading', text: section.heading, subtitle: section.subtitle });
    blocks.push({ type: 'list', entries });
    lines.push('', `${section.heading} — ${section.subtitle}`);
    for (const entry of entries) {
      lines.push(`${entry.label ?? ''} — ${entry.text}`);
      if (entry.detail !== undefined) lines.push(`    ${entry.detail}`);
    }
  }
  return { blocks, fallback: lines.join('\n') };
}

/** One command's line: usage, description and examples, with names in the reader's language. */
function toEntry(
  definition: CommandDefinition,
  top: string,
  tops: readonly TopCommand[],
  locale: Language,
): ListEntry {
  const words = WORDS[locale];
  const text = definition.admin
    ? `${definition.description[locale]} ${words.admin}`
    : definition.description[locale];
  const examples = (definition.examples ?? []).map((e) =>
    exampleIn(e.startsWith('/') ? e : `/${top} ${e}`, definition, tops, locale),
  );
  return {
    label: usageOf(top, definition, locale),
    text,
    ...(examples.length === 0 ? {} : { detail: `${words.example} ${examples.join(' · ')}` }),
  };
}
