import type { CommandArgs, CommandContext, CommandDefinition } from '../src/core/command.js';
import type { Message } from '../src/core/message.js';
import { errorReply } from './dispatch-reply.js';
import { formatMoment } from './format-moment.js';

/**
 * `/sahel story <id>`: one story whole — its card (summary, tags, background facts) and every
 * report of it (outlet, title, link, time), oldest first. Story ids are shown by `news`,
 * `search` and `fact`.
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
  const subtitle = words.span(
    reports.length,
    new Set(reports.map((r) => r.outlet)).size,
    formatMoment(detail.firstSeenAt, locale),
    formatMoment(detail.lastSeenAt, locale),
  );
  const entries = reports.map((r) => ({
    label: formatMoment(r.publishedAt, locale),
    text: `${r.outlet}: ${r.title}`,
    ...(r.url === null ? {} : { url: r.url }),
  }));
  return {
    blocks: [
      { type: 'heading', text: card.title, subtitle },
      { type: 'story', card: { ...card, note: `${words.id}: ${card.storyId}` } },
      { type: 'text', text: words.reports },
      { type: 'list', entries },
    ],
    fallback: [
      `${card.title} (${subtitle})`,
      card.summary,
      ...entries.map((e) => `- ${e.label} — ${e.text}${e.url === undefined ? '' : ` <${e.url}>`}`),
    ].join('\n'),
  };
}

const WORDS = {
  en: {
    missing:
      'story needs an id — usage: /sahel story <id> (ids appear in /mali news and /sahel search)',
    unknown: (id: string) =>
      `no story "${id}" — it may have been pruned; ids appear in /mali news and /sahel search`,
    span: (reports: number, outlets: number, first: string, last: string) =>
      `${reports === 1 ? '1 report' : `${reports} reports`} by ${outlets === 1 ? '1 outlet' : `${outlets} outlets`} · ${first} – ${last}`,
    id: 'Story id',
    reports: 'Every report',
  },
  fr: {
    missing:
      'story demande un identifiant — usage : /sahel story <id> (les identifiants figurent dans /mali news et /sahel search)',
    unknown: (id: string) =>
      `aucun récit « ${id} » — il a peut-être été purgé ; les identifiants figurent dans /mali news et /sahel search`,
    span: (reports: number, outlets: number, first: string, last: string) =>
      `${reports === 1 ? '1 article' : `${reports} articles`} de ${outlets === 1 ? '1 média' : `${outlets} médias`} · ${first} – ${last}`,
    id: 'Identifiant',
    reports: 'Tous les articles',
  },
} as const;
