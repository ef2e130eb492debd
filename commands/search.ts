import type { CommandArgs, CommandContext, CommandDefinition } from '../src/core/command.js';
import type { Block, ListEntry, Message } from '../src/core/message.js';
import type { Language } from '../src/core/config-types.js';
import { SEARCH_SORTS, type SearchGroup, type SearchSort } from '../src/core/read-ports.js';
import { corroborationLabel } from '../src/core/story.js';
import { errorReply } from './dispatch-reply.js';
import { formatDay } from './format-moment.js';
import { parseSince } from './parse-since.js';
import { queryReasonInFrench } from './query-reason.js';
import { askPage, pageActions, pageLabel, pageOption, requestedPage } from './paging.js';

/** Stories per page. */
export const SEARCH_PAGE = 8;

/**
 * `/sahel search <query> [since] [sort]`: full-text search over stored items in the alert query
 * language (`Kidal AND (attack OR drone)`, `"Africa Corps" -Libya`, `entity:jnim lang:fr`),
 * grouped by story, best first (or newest, or most sources first), a page at a time; the header
 * names the order. A bad query answers with its column.
 */
export const searchCommand: CommandDefinition = {
  name: 'search',
  nameFr: 'recherche',
  scope: 'sahel',
  description: {
    en: 'Search stored reports (alert query language)',
    fr: 'Chercher dans les articles enregistrés (langage des alertes)',
  },
  options: [
    {
      name: 'query',
      nameFr: 'requete',
      type: 'string',
      required: true,
      description: {
        en: 'Words, "phrases", AND/OR/NOT, -word, entity:, country:, tag:, lang:, source:, kind:',
        fr: 'Mots, "expressions", AND/OR/NOT, -mot, entity:, country:, tag:, lang:, source:, kind:',
      },
    },
    {
      name: 'since',
      nameFr: 'depuis',
      type: 'string',
      required: false,
      description: {
        en: 'Only reports since: 24h, 3d, 2w or a date',
        fr: 'Seulement depuis : 24h, 3j, 2sem ou une date',
      },
    },
    {
      name: 'sort',
      nameFr: 'tri',
      type: 'string',
      required: false,
      choices: SEARCH_SORTS,
      choiceAliases: { pertinence: 'relevance', recents: 'newest', recent: 'newest' },
      description: {
        en: 'Order: relevance (default), newest, or sources (most outlets first)',
        fr: 'Ordre : relevance ou pertinence (défaut), newest ou recents (récents d’abord), sources (plus repris)',
      },
    },
    pageOption,
  ],
  mainOption: 'query',
  admin: false,
  examples: [
    'search wagner',
    'search "Kidal AND (attack OR drone)" since:7d',
    'search entity:jnim lang:fr',
    'search Kidal sort:newest',
  ],
  handle: (args, context) => answerSearch(args, context),
};

function answerSearch(args: CommandArgs, context: CommandContext): Message {
  const { locale } = context;
  const words = WORDS[locale];
  const query = typeof args['query'] === 'string' ? args['query'].trim() : '';
  if (query === '') return errorReply(words.missing);
  const sinceText = typeof args['since'] === 'string' ? args['since'] : undefined;
  const since =
    sinceText === undefined ? undefined : parseSince(sinceText, context.clock.now(), locale);
  if (since !== undefined && !since.ok) return errorReply(since.error);
  const sort = SEARCH_SORTS.find((s) => s === args['sort']) ?? 'relevance';
  const { answer: found, paging } = askPage(
    requestedPage(args),
    SEARCH_PAGE,
    (window) =>
      context.ports.read.search({
        query,
        ...(since === undefined ? {} : { since: since.value }),
        sort,
        ...window,
      }),
    (answer) =>
      answer.ok ? { total: answer.value.total, shown: answer.value.groups.length } : undefined,
  );
  if (!found.ok) return errorReply(words.badQuery(found.error));
  const { total, capped, examined, groups } = found.value;
  const heading = words.heading(query, sort);
  const scope = [
    capped ? words.atLeast(total, examined) : words.count(total),
    ...(since === undefined ? [] : [words.since(formatDay(since.value, locale))]),
    ...(paging.pages > 1 ? [pageLabel(paging, locale)] : []),
  ].join(' · ');
  if (groups.length === 0) {
    return {
      blocks: [
        { type: 'heading', text: heading, subtitle: scope },
        { type: 'text', text: words.none, tone: 'muted' },
      ],
      fallback: `${heading}\n${words.none}`,
    };
  }
  const entries = groups.map((g) => toEntry(g, context));
  const actions = pageActions(context, searchCommand, args, paging);
  const blocks: Block[] = [
    { type: 'heading', text: heading, subtitle: scope },
    { type: 'list', entries },
    ...(actions.length === 0 ? [] : [{ type: 'actions', actions } as const]),
  ];
  return {
    blocks,
    fallback: [
      `${heading} (${scope})`,
      ...entries.map((e) => `- ${e.label} — ${e.text} (${e.detail ?? ''})`),
      ...actions.map((a) => `${a.label}: ${a.id}`),
    ].join('\n'),
  };
}

function toEntry(group: SearchGroup, context: CommandContext): ListEntry {
  const words = WORDS[context.locale];
  const parts = [
    group.outlets.join(', '),
    corroborationLabel(group.independent, group.outletCount, context.locale),
    ...(group.matched > 1 ? [words.matched(group.matched)] : []),
    group.loose ? words.loose : words.open(group.storyId),
  ];
  return {
    label: formatDay(group.lastPublishedAt, context.locale),
    text: group.title,
    detail: parts.join(' · '),
    ...(group.url === null ? {} : { url: group.url }),
  };
}

/** How the header names the order of the results. */
const SORTED = {
  en: { relevance: 'best match first', newest: 'newest first', sources: 'most sources first' },
  fr: {
    relevance: 'les plus pertinents d’abord',
    newest: 'les plus récents d’abord',
    sources: 'les plus repris d’abord',
  },
} as const satisfies Record<Language, Record<SearchSort, string>>;

const WORDS = {
  en: {
    missing:
      'search needs a query — usage: /sahel search <query> [since:…] [sort:…], e.g. /sahel search wagner',
    badQuery: (reason: string) => `bad query: ${reason}`,
    heading: (query: string, sort: SearchSort) => `Search: ${query} · ${SORTED.en[sort]}`,
    count: (n: number) => (n === 1 ? '1 story' : `${n} stories`),
    atLeast: (n: number, examined: number) => `${n} stories among the best ${examined} reports`,
    since: (day: string) => `since ${day}`,
    none: 'No stored report matches.',
    matched: (n: number) => `${n} matching reports`,
    loose: 'not part of a story',
    open: (id: string) => `/sahel story ${id}`,
  },
  fr: {
    missing:
      'recherche demande une requête — usage : /sahel recherche <requete> [depuis:…] [tri:…], par exemple /sahel recherche wagner',
    badQuery: (reason: string) => `requête invalide : ${queryReasonInFrench(reason)}`,
    heading: (query: string, sort: SearchSort) => `Recherche : ${query} · ${SORTED.fr[sort]}`,
    count: (n: number) => (n === 1 ? '1 récit' : `${n} récits`),
    atLeast: (n: number, examined: number) =>
      `${n} récits parmi les ${examined} meilleurs articles`,
    since: (day: string) => `depuis le ${day}`,
    none: 'Aucun article enregistré ne correspond.',
    matched: (n: number) => `${n} articles correspondants`,
    loose: "ne fait partie d'aucun récit",
    open: (id: string) => `/sahel recit ${id}`,
  },
} as const;
