import type { StoryArc } from '../src/core/arc-read-ports.js';
import type { CommandArgs, CommandContext, CommandDefinition } from '../src/core/command.js';
import type { Language } from '../src/core/config-types.js';
import type { Message } from '../src/core/message.js';
import { errorReply } from './dispatch-reply.js';
import { formatMoment } from './format-moment.js';

/**
 * `/sahel story <id>`: one story whole — its card (summary, tags, background facts) and every
 * report of it (outlet, title, link, time), oldest first; when it is one development of a
 * developing situation, the situation's developments in order under the arc's title. Story ids
 * are shown by `news`, `search` and `fact`.
 */
export const storyCommand: CommandDefinition = {
  name: 'story',
  nameFr: 'recit',
  scope: 'sahel',
  description: { en: 'One story with every source', fr: 'Un récit avec toutes ses sources' },
  options: [
    {
      name: 'id',
      type: 'string',
      required: true,
      complete: 'story',
      description: {
        en: 'Story id, as shown by news and search',
        fr: 'Identifiant du récit, tel que news et search l’affichent',
      },
    },
  ],
  mainOption: 'id',
  admin: false,
  examples: ['story st-3f9a1c2b7d4e5f60'],
  handle: (args, context) => answerStory(args, context),
};

function answerStory(args: CommandArgs, context: CommandContext): Message {
  const { locale } = context;
  const words = WORDS[locale];
  const id = typeof args['id'] === 'string' ? args['id'].trim() : '';
  if (id === '') return errorReply(words.missing);
  const detail = context.ports.read.story(id, locale);
  if (detail === null) return errorReply(words.unknown(id));
  const { card, reports } = detail;
  // When its reports were published, not when the bot first read them (a late poll, a backfill).
  const published = reports.map((r) => r.publishedAt);
  const first = published.length === 0 ? detail.firstSeenAt : Math.min(...published);
  const last = published.length === 0 ? detail.lastSeenAt : Math.max(...published);
  const subtitle = words.span(
    reports.length,
    new Set(reports.map((r) => r.outlet)).size,
    formatMoment(first, locale),
    formatMoment(last, locale),
  );
  const entries = reports.map((r) => ({
    label: formatMoment(r.publishedAt, locale),
    text: `${r.outlet}: ${r.title}`,
    ...(r.url === null ? {} : { url: r.url }),
  }));
  const arc = detail.arc === undefined ? null : arcEntries(detail.arc, locale);
  const line = (e: ListEntry): string =>
    `- ${e.label} — ${e.text}${e.url === undefined ? '' : ` <${e.url}>`}`;
  return {
    blocks: [
      { type: 'heading', text: card.title, subtitle },
      { type: 'story', card: { ...card, note: words.id(card.storyId) } },
      { type: 'text', text: words.reports },
      { type: 'list', entries },
      ...(arc === null
        ? []
        : [
            { type: 'text' as const, text: arc.heading },
            { type: 'list' as const, entries: arc.entries },
          ]),
    ],
    fallback: [
      `${card.title} (${subtitle})`,
      ...(card.provenance === undefined ? [] : [card.provenance]),
      card.summary,
      ...entries.map(line),
      ...(arc === null ? [] : [arc.heading, ...arc.entries.map(line)]),
    ].join('\n'),
  };
}

interface ListEntry {
  readonly label: string;
  readonly text: string;
  readonly url?: string;
}

/** The arc's developments, oldest first, this story marked, under the arc's title. */
function arcEntries(arc: StoryArc, locale: Language): { heading: string; entries: ListEntry[] } {
  const words = WORDS[locale];
  const entries = arc.developments.map((d) => ({
    label: formatMoment(d.publishedAt, locale),
    text: d.current ? `${d.title} ${words.thisStory}` : `${d.title} (${d.storyId})`,
    ...(d.url === null ? {} : { url: d.url }),
  }));
  return { heading: words.arc(arc.title, arc.developments.length), entries };
}

const WORDS = {
  en: {
    missing:
      'story needs an id — usage: /sahel story <id> (ids appear in /mali news and /sahel search)',
    unknown: (id: string) =>
      `no story "${id}" — it may have been pruned; ids appear in /mali news and /sahel search`,
    span: (reports: number, outlets: number, first: string, last: string) =>
      `${reports === 1 ? '1 report' : `${reports} reports`} by ${outlets === 1 ? '1 outlet' : `${outlets} outlets`} · ${first} – ${last}`,
    id: (id: string) => `Story id: ${id}`,
    reports: 'Every report',
    arc: (title: string, n: number) => `Developing — ${title}: ${n} developments`,
    thisStory: '(this story)',
  },
  fr: {
    missing:
      'recit demande un identifiant — usage : /sahel recit <id> (les identifiants figurent dans /mali actus et /sahel recherche)',
    unknown: (id: string) =>
      `aucun récit « ${id} » — il a peut-être été purgé ; les identifiants figurent dans /mali actus et /sahel recherche`,
    span: (reports: number, outlets: number, first: string, last: string) =>
      `${reports === 1 ? '1 article' : `${reports} articles`} de ${outlets === 1 ? '1 média' : `${outlets} médias`} · ${first} – ${last}`,
    id: (id: string) => `Identifiant : ${id}`,
    reports: 'Tous les articles',
    arc: (title: string, n: number) => `En développement — ${title} : ${n} développements`,
    thisStory: '(ce récit)',
  },
} as const;
