import type { CommandArgs, CommandContext, CommandDefinition } from '../src/core/command.js';
import type { FactConfig, Language } from '../src/core/config-types.js';
import { toFactRef } from '../src/core/link-facts.js';
import type { Block, ListEntry, Message } from '../src/core/message.js';
import { errorReply } from './dispatch-reply.js';
import { findFact, factsOfCountry, relatedEvents, subjectsOfFact } from './fact-select.js';
import { formatDay } from './format-moment.js';
import { pageActions, pageLabel, pageOption, paginate, requestedPage } from './paging.js';
import { eventIn, formatPartialDate } from './timeline.js';

/** Timeline events and stories shown on a card. */
const EVENTS_SHOWN = 6;
const STORIES_SHOWN = 5;
/** Cards per page of the list. */
const CARDS_PER_PAGE = 15;

/**
 * `/mali fact [id]`: a background fact card (text, key dates, sources as links, related timeline
 * events and the latest stories that name it), found by card id or entity name; without an id,
 * the country's cards, each with its gist and the command that opens it. Every `FactRef` on a
 * story card opens through this command (`FactRef.command`).
 */
export const factCommand: CommandDefinition = {
  name: 'fact',
  nameFr: 'fiche',
  scope: 'country',
  description: {
    en: 'A background fact card, or the list of cards',
    fr: 'Une fiche de contexte, ou la liste des fiches',
  },
  options: [
    {
      name: 'id',
      type: 'string',
      required: false,
      complete: 'fact',
      description: {
        en: 'Card id or name (jnim, kidal, Goïta)',
        fr: 'Identifiant ou nom de la fiche (jnim, kidal, Goïta)',
      },
    },
    pageOption,
  ],
  mainOption: 'id',
  admin: false,
  examples: ['fact', 'fact kidal', 'fact GSIM'],
  handle: (args, context) => answerFact(args, context),
};

function answerFact(args: CommandArgs, context: CommandContext): Message {
  const input = args['id'];
  if (typeof input !== 'string' || input.trim() === '') {
    return listFacts(context, args);
  }
  const found = findFact(context.config, input, context.locale);
  if (!found.ok) return errorReply(found.error);
  return factCard(found.value, context);
}

function listFacts(context: CommandContext, args: CommandArgs): Message {
  const { config, locale } = context;
  const words = WORDS[locale];
  const command = config.settings.countries.find((c) => c.entity === context.country)?.command;
  const country = config.watchlist.entities.find((e) => e.id === context.country);
  const place =
    country === undefined ? '' : locale === 'fr' ? (country.nameFr ?? country.name) : country.name;
  const refs = (command === undefined ? [] : factsOfCountry(config, command)).map((f) =>
    toFactRef(f, config, locale),
  );
  const heading = words.list(place);
  if (refs.length === 0) {
    return {
      blocks: [
        { type: 'heading', text: heading },
        { type: 'text', text: words.noCards, tone: 'muted' },
      ],
      fallback: `${heading}\n${words.noCards}`,
    };
  }
  const paging = paginate(refs.length, requestedPage(args), CARDS_PER_PAGE);
  const shown = refs.slice(paging.offset, paging.offset + CARDS_PER_PAGE);
  const entries: ListEntry[] = shown.map((r) => ({
    text: `${r.title} (${r.command})`,
    detail: r.gist,
  }));
  const actions = pageActions(context, factCommand, args, paging);
  const subtitle = [
    words.cards(refs.length),
    ...(paging.pages > 1 ? [pageLabel(paging, locale)] : []),
  ].join(' · ');
  return {
    blocks: [
      { type: 'heading', text: heading, subtitle },
      { type: 'list', entries },
      ...(actions.length === 0 ? [] : [{ type: 'actions', actions } as const]),
    ],
    fallback: [
      `${heading} (${subtitle})`,
      ...shown.map((r) => `- ${r.title}: ${r.gist} (${r.command})`),
      ...actions.map((a) => `${a.label}: ${a.id}`),
    ].join('\n'),
  };
}

function factCard(fact: FactConfig, context: CommandContext): Message {
  const { config, locale } = context;
  const words = WORDS[locale];
  const french = locale === 'fr';
  const title = french ? (fact.titleFr ?? fact.title) : fact.title;
  // A card or key date without French shows its English rather than nothing (check-config warns).
  const text = french ? (fact.textFr ?? fact.text) : fact.text;
  const subjects = subjectsOfFact(config, fact);
  const events = relatedEvents(config, subjects, EVENTS_SHOWN);
  const stories = context.ports.read.storiesNaming(subjects, STORIES_SHOWN);
  const blocks: Block[] = [
    {
      type: 'heading',
      text: title,
      ...(fact.date === undefined ? {} : { subtitle: formatPartialDate(fact.date, locale) }),
    },
    { type: 'text', text },
  ];
  const lines = [title, text];
  const section = (label: string, entries: readonly ListEntry[]): void => {
    if (entries.length === 0) return;
    blocks.push({ type: 'text', text: label }, { type: 'list', entries });
    lines.push(
      label,
      ...entries.map(
        (e) =>
          `- ${e.label === undefined ? '' : `${e.label} — `}${e.text}${e.url === undefined ? '' : ` <${e.url}>`}`,
      ),
    );
  };
  section(
    words.keyDates,
    fact.keyDates.map((d) => ({
      label: formatPartialDate(d.date, locale),
      text: french ? (d.textFr ?? d.text) : d.text,
    })),
  );
  section(
    words.sources,
    fact.sources.map((s) => ({ text: s.name, url: s.url })),
  );
  section(
    events.total > events.events.length
      ? words.someEvents(events.events.length, events.total)
      : words.events,
    events.events.map((e) => ({
      label: formatPartialDate(e.date, locale),
      text: eventIn(e, locale).title,
      ...(e.sources[0] === undefined ? {} : { url: e.sources[0].url }),
    })),
  );
  section(
    words.stories,
    stories.map((s) => ({
      label: formatDay(s.lastPublishedAt, locale),
      text: s.title,
      detail: `${s.outlets.join(', ')} · /sahel ${locale === 'fr' ? 'recit' : 'story'} ${s.storyId}`,
      ...(s.url === null ? {} : { url: s.url }),
    })),
  );
  if (stories.length === 0) {
    blocks.push({ type: 'text', text: words.noStories, tone: 'muted' });
    lines.push(words.noStories);
  }
  return { blocks, fallback: lines.join('\n') };
}

const WORDS: Record<
  Language,
  {
    list: (place: string) => string;
    cards: (n: number) => string;
    noCards: string;
    keyDates: string;
    sources: string;
    events: string;
    someEvents: (shown: number, total: number) => string;
    stories: string;
    noStories: string;
  }
> = {
  en: {
    list: (place) => `Fact cards: ${place}`,
    cards: (n) => (n === 1 ? '1 card' : `${n} cards`),
    noCards: 'No fact card is filed under this country.',
    keyDates: 'Key dates',
    sources: 'Sources',
    events: 'Timeline',
    someEvents: (shown, total) => `Timeline (latest ${shown} of ${total})`,
    stories: 'Latest stories',
    noStories: 'No stored story names it yet.',
  },
  fr: {
    list: (place) => `Fiches de contexte : ${place}`,
    cards: (n) => (n === 1 ? '1 fiche' : `${n} fiches`),
    noCards: "Aucune fiche n'est classée sous ce pays.",
    keyDates: 'Dates clés',
    sources: 'Sources',
    events: 'Chronologie',
    someEvents: (shown, total) => `Chronologie (les ${shown} plus récents sur ${total})`,
    stories: 'Derniers récits',
    noStories: 'Aucun récit enregistré ne la mentionne encore.',
  },
};
