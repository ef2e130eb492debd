import { closestMatch } from '../src/core/closest-match.js';
import type { CommandArgs, CommandContext, CommandDefinition } from '../src/core/command.js';
import type { Config, EntityConfig, Language } from '../src/core/config-types.js';
import { foldString } from '../src/core/fold-text.js';
import type { Block, Message } from '../src/core/message.js';
import type { NewsSituation } from '../src/core/read-ports.js';
import { err, ok, type Result } from '../src/core/result.js';
import { errorReply } from './dispatch-reply.js';
import { formatDay } from './format-moment.js';
import { parseSince } from './parse-since.js';
import { askPage, pageActions, pageLabel, pageOption, requestedPage } from './paging.js';

/** Stories per page by default, and at most. */
export const NEWS_LIMIT = 5;
export const NEWS_MAX_LIMIT = 10;
const DEFAULT_SINCE = '7d';

/**
 * `/mali news [since:…] [tag:…] [limit:…]`: the latest stories about the country (naming it, or any
 * place or actor in it), ranked as digests rank them, one card per story with its sources; a
 * page at a time. Each card's note says how to open the story whole (`/sahel story <id>`), so
 * story ids are visible on every platform, and, for a development of a developing situation,
 * which situation and where the story stands in it.
 */
export const newsCommand: CommandDefinition = {
  name: 'news',
  nameFr: 'actus',
  scope: 'country',
  description: { en: 'Latest stories about the country', fr: 'Les dernières nouvelles du pays' },
  options: [
    {
      name: 'since',
      nameFr: 'depuis',
      type: 'string',
      required: false,
      description: {
        en: 'How far back: 24h, 3d, 2w or a date (default 7d)',
        fr: 'Depuis quand : 24h, 3j, 2sem ou une date (7j par défaut)',
      },
    },
    {
      name: 'tag',
      type: 'string',
      required: false,
      description: {
        en: 'Only stories with this event tag (attack, coup, …)',
        fr: 'Seulement les récits avec ce thème (attack, coup, …)',
      },
    },
    {
      name: 'limit',
      nameFr: 'nombre',
      type: 'integer',
      required: false,
      min: 1,
      max: NEWS_MAX_LIMIT,
      description: {
        en: `Stories per page (default ${NEWS_LIMIT})`,
        fr: `Récits par page (${NEWS_LIMIT} par défaut)`,
      },
    },
    pageOption,
  ],
  mainOption: 'since',
  admin: false,
  examples: ['news', 'news since:24h tag:attack', 'news since:2026-11-01 limit:10'],
  handle: (args, context) => answerNews(args, context),
};

function answerNews(args: CommandArgs, context: CommandContext): Message {
  const { config, locale } = context;
  const words = WORDS[locale];
  const countryId = context.country;
  const country = config.watchlist.entities.find((e) => e.id === countryId);
  if (countryId === undefined || country === undefined) return errorReply(words.noCountry);
  const sinceText = typeof args['since'] === 'string' ? args['since'] : DEFAULT_SINCE;
  const since = parseSince(sinceText, context.clock.now(), locale);
  if (!since.ok) return errorReply(since.error);
  const tag = resolveTag(config, args['tag'], locale);
  if (!tag.ok) return errorReply(tag.error);
  const limit = typeof args['limit'] === 'number' ? args['limit'] : NEWS_LIMIT;
  const { answer, paging } = askPage(
    requestedPage(args),
    limit,
    (window) =>
      context.ports.read.news({
        country: countryId,
        since: since.value,
        ...(tag.value === undefined ? {} : { tag: tag.value.id }),
        ...window,
        locale,
      }),
    (found) => ({ total: found.total, shown: found.cards.length }),
  );
  const place = nameOf(country, locale);
  const scope = [
    words.since(formatDay(since.value, locale)),
    ...(tag.value === undefined ? [] : [words.tagged(nameOf(tag.value, locale))]),
  ].join(' · ');
  const heading = words.heading(place);
  if (answer.cards.length === 0) {
    const text = words.none(locale === 'fr' ? withArticleFr(countryId, place) : place, scope);
    return {
      blocks: [
        { type: 'heading', text: heading, subtitle: scope },
        { type: 'text', text, tone: 'muted' },
      ],
      fallback: `${heading} (${scope})\n${text}`,
    };
  }
  // A story of a developing situation says which, and where it stands in it.
  const cards = answer.cards.map((card) => {
    const situation = answer.situations?.[card.storyId];
    const open = words.open(card.storyId);
    return {
      ...card,
      note: situation === undefined ? open : `${words.situation(situation)} · ${open}`,
    };
  });
  const actions = pageActions(context, newsCommand, args, paging);
  const subtitle = [
    words.count(answer.total),
    scope,
    ...(paging.pages > 1 ? [pageLabel(paging, locale)] : []),
  ].join(' · ');
  const blocks: Block[] = [
    { type: 'heading', text: heading, subtitle },
    ...cards.map((card): Block => ({ type: 'story', card })),
    ...(actions.length === 0 ? [] : [{ type: 'actions', actions } as const]),
  ];
  const lines = cards.map(
    (c) =>
      `- ${c.title} (${c.sources.map((s) => s.name).join(', ')})` +
      `${c.provenance === undefined ? '' : ` · ${c.provenance}`} — ${c.note}`,
  );
  return {
    blocks,
    fallback: [
      `${heading} (${subtitle})`,
      ...lines,
      ...actions.map((a) => `${a.label}: ${a.id}`),
    ].join('\n'),
  };
}

/** An event tag by id or name (either language, accents ignored), or a suggestion. */
function resolveTag(
  config: Config,
  input: CommandArgs[string],
  locale: Language,
): Result<EntityConfig | undefined, string> {
  if (typeof input !== 'string' || input.trim() === '') return ok(undefined);
  const wanted = foldString(input.trim());
  const topics = config.watchlist.entities.filter((e) => e.kind === 'topic');
  const found = topics.find((t) =>
    [t.id, t.name, t.nameFr].some((n) => n !== undefined && foldString(n) === wanted),
  );
  if (found !== undefined) return ok(found);
  const ids = topics.map((t) => t.id);
  return err(WORDS[locale].unknownTag(input.trim(), closestMatch(wanted, ids), ids));
}

function nameOf(entity: EntityConfig, locale: Language): string {
  return locale === 'fr' ? (entity.nameFr ?? entity.name) : entity.name;
}

const WORDS = {
  en: {
    heading: (place: string) => `News: ${place}`,
    since: (day: string) => `since ${day}`,
    tagged: (tag: string) => `tag ${tag}`,
    count: (n: number) => (n === 1 ? '1 story' : `${n} stories`),
    none: (place: string, scope: string) => `No stories about ${place} ${scope}.`,
    open: (id: string) => `Open: /sahel story ${id}`,
    situation: (s: NewsSituation) =>
      `Developing — ${s.title}, development ${s.position} of ${s.developments}`,
    noCountry: 'news is asked under a country command, e.g. /mali news',
    unknownTag: (input: string, closest: string | undefined, ids: readonly string[]) =>
      closest === undefined
        ? `unknown tag "${input}" — tags: ${ids.join(', ')}`
        : `unknown tag "${input}" — did you mean ${closest}? Tags: ${ids.join(', ')}`,
  },
  fr: {
    heading: (place: string) => `Actualités : ${place}`,
    since: (day: string) => `depuis le ${day}`,
    tagged: (tag: string) => `thème ${tag}`,
    count: (n: number) => (n === 1 ? '1 récit' : `${n} récits`),
    none: (place: string, scope: string) => `Aucun récit sur ${place} ${scope}.`,
    open: (id: string) => `Ouvrir : /sahel recit ${id}`,
    situation: (s: NewsSituation) =>
      `En développement — ${s.title}, développement ${s.position} sur ${s.developments}`,
    noCountry: 'actus se demande sous une commande de pays, par exemple /mali actus',
    unknownTag: (input: string, closest: string | undefined, ids: readonly string[]) =>
      closest === undefined
        ? `thème inconnu « ${input} » — thèmes : ${ids.join(', ')}`
        : `thème inconnu « ${input} » — vouliez-vous dire ${closest} ? Thèmes : ${ids.join(', ')}`,
  },
} as const;

/** The countries French names with their article: « aucun récit sur le Mali », not « sur Mali ». */
const ARTICLE_FR: Readonly<Record<string, string>> = {
  mali: 'le',
  niger: 'le',
  'burkina-faso': 'le',
};

function withArticleFr(countryId: string, name: string): string {
  const article = ARTICLE_FR[countryId];
  return article === undefined ? name : `${article} ${name}`;
}
