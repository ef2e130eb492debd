import type { CommandArgs, CommandDefinition, CommandOption } from '../src/core/command.js';
import type {
  Config,
  EntityConfig,
  Language,
  TimelineEventConfig,
} from '../src/core/config-types.js';
import type { ActionButton, ListEntry, Message } from '../src/core/message.js';
import { err, ok, type Result } from '../src/core/result.js';
import { errorReply } from './dispatch-reply.js';
import {
  pageActions,
  pageLabel,
  pageOption,
  paginate,
  PAGE_SIZE,
  requestedPage,
  type Paging,
} from './paging.js';
import { textArg } from './text-arg.js';
import { selectTimeline, type TimelineFilters } from './timeline-select.js';

export {
  selectTimeline,
  TIMELINE_MAX_LIMIT,
  type TimelineFilters,
  type TimelineSelection,
} from './timeline-select.js';

const MONTHS = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
} as const;

/** A page of the timeline in a chat answer, with the buttons to the pages around it. */
export interface TimelinePageRequest {
  readonly page: number;
  readonly size: number;
  /** The Previous/Next buttons for where this page sits. */
  readonly actions: (paging: Paging) => readonly ActionButton[];
}

/**
 * The timeline as a neutral `Message`: a heading with the country and range, a list of events
 * (oldest first) and a plain-text fallback. No matching event is a message, not an error.
 * Without `paging`, the newest `filters.limit` events (all when absent), as the CLI prints them;
 * with it, pages count back from the newest (page 1 holds the latest events), with "page 2 of
 * 5" and the buttons `paging.actions` gives.
 */
export function buildTimeline(
  config: Config,
  filters: TimelineFilters,
  locale: Language,
  paging?: TimelinePageRequest,
): Result<Message, string> {
  const { limit: _limit, ...unlimited } = filters;
  const selected = selectTimeline(config, paging === undefined ? filters : unlimited);
  if (!selected.ok)
    return err(locale === 'fr' ? filterErrorInFrench(selected.error) : selected.error);
  const { country, entity, total } = selected.value;
  const words = WORDS[locale];
  const place = country === undefined ? words.allCountries : displayName(country, locale);
  const scope = [
    entity === undefined ? undefined : `${words.involving} ${displayName(entity, locale)}`,
    describeRange(filters, locale),
  ]
    .filter((part): part is string => part !== undefined)
    .join(', ');
  const heading = words.heading(place);
  if (selected.value.events.length === 0) {
    const text = words.none(country === undefined ? undefined : place, scope);
    return ok({
      blocks: [
        { type: 'heading', text: heading },
        { type: 'text', text, tone: 'muted' },
      ],
      fallback: text,
    });
  }
  const page = paging === undefined ? undefined : paginate(total, paging.page, paging.size);
  const events =
    page === undefined
      ? selected.value.events
      : selected.value.events.slice(
          Math.max(0, total - page.offset - page.size),
          total - page.offset,
        );
  const entries = events.map((event) => toEntry(event, locale));
  const blocks: Message['blocks'][number][] = [
    { type: 'heading', text: heading, ...(scope === '' ? {} : { subtitle: scope }) },
    { type: 'list', entries },
  ];
  const lines = entries.map((e) => `${e.label ?? ''} — ${e.text}`);
  const note =
    page !== undefined
      ? page.pages > 1
        ? words.paged(pageLabel(page, locale), total)
        : undefined
      : total > events.length
        ? words.truncated(events.length, total)
        : undefined;
  if (note !== undefined) {
    blocks.push({ type: 'text', text: note, tone: 'muted' });
    lines.push(note);
  }
  const actions = page === undefined ? [] : (paging?.actions(page) ?? []);
  if (actions.length > 0) blocks.push({ type: 'actions', actions });
  const fallback = [scope === '' ? heading : `${heading} (${scope})`, ...lines].join('\n');
  return ok({ blocks, fallback });
}

const WORDS = {
  en: {
    allCountries: 'all countries',
    involving: 'involving',
    heading: (place: string) => `Timeline: ${place}`,
    from: (date: string) => `from ${date}`,
    between: (from: string, to: string) => `from ${from} to ${to}`,
    until: (date: string) => `until ${date}`,
    none: (place: string | undefined, scope: string) =>
      `No events${place === undefined ? '' : ` for ${place}`}${scope === '' ? '' : ` ${scope}`}.`,
    truncated: (shown: number, total: number) => `Showing the latest ${shown} of ${total} events.`,
    paged: (page: string, total: number) =>
      `${page[0]?.toUpperCase() ?? ''}${page.slice(1)}, ${total} events; page 1 is the latest.`,
  },
  fr: {
    allCountries: 'tous les pays',
    involving: 'avec',
    heading: (place: string) => `Chronologie : ${place}`,
    from: (date: string) => `depuis ${date}`,
    between: (from: string, to: string) =>
      `${/^[aeiouyàâéèêëîïôûü]/i.test(from) ? "d'" : 'de '}${from} à ${to}`,
    until: (date: string) => `jusqu'à ${date}`,
    none: (place: string | undefined, scope: string) =>
      `Aucun événement${place === undefined ? '' : ` (${place})`}${scope === '' ? '' : ` ${scope}`}.`,
    truncated: (shown: number, total: number) =>
      `Les ${shown} événements les plus récents sur ${total}.`,
    paged: (page: string, total: number) =>
      `${page[0]?.toUpperCase() ?? ''}${page.slice(1)}, ${total} événements ; la page 1 est la plus récente.`,
  },
} as const;

function toEntry(event: TimelineEventConfig, locale: Language): ListEntry {
  const url = event.sources[0]?.url;
  const { title, text } = eventIn(event, locale);
  return {
    label: formatPartialDate(event.date, locale),
    text: title,
    detail: text,
    ...(url === undefined ? {} : { url }),
  };
}

/**
 * An event's title and text in the reader's language. French readers of an event without
 * French get its English rather than nothing (check-config warns about it).
 */
export function eventIn(
  event: Pick<TimelineEventConfig, 'title' | 'titleFr' | 'text' | 'textFr'>,
  locale: Language,
): { readonly title: string; readonly text: string } {
  if (locale !== 'fr') return { title: event.title, text: event.text };
  return { title: event.titleFr ?? event.title, text: event.textFr ?? event.text };
}

/**
 * `2020-08-18` → `18 Aug 2020` (fr: `18 août 2020`); `1991-03` → `Mar 1991`; `2020` → `2020`.
 * French writes the first of a month as an ordinal: `1er avril 2025`.
 */
export function formatPartialDate(date: string, locale: Language): string {
  const [year, month, day] = date.split('-');
  const monthName = month === undefined ? undefined : MONTHS[locale][Number(month) - 1];
  if (monthName === undefined) return year ?? date;
  if (day === undefined) return `${monthName} ${year}`;
  const first = locale === 'fr' && Number(day) === 1;
  return `${first ? '1er' : Number(day)} ${monthName} ${year}`;
}

function describeRange(filters: TimelineFilters, locale: Language): string | undefined {
  const words = WORDS[locale];
  const from = filters.from === undefined ? undefined : formatPartialDate(filters.from, locale);
  const to = filters.to === undefined ? undefined : formatPartialDate(filters.to, locale);
  if (from !== undefined && to !== undefined) return words.between(from, to);
  if (from !== undefined) return words.from(from);
  if (to !== undefined) return words.until(to);
  return undefined;
}

function displayName(entity: EntityConfig, locale: Language): string {
  return locale === 'fr' ? (entity.nameFr ?? entity.name) : entity.name;
}

const option = (
  name: string,
  type: CommandOption['type'],
  en: string,
  fr: string,
  nameFr: string,
): CommandOption => ({
  name,
  nameFr,
  type,
  required: false,
  description: { en, fr },
});

/** `/mali timeline [from] [to] [entity] [page]`: the curated timeline of the command's country. */
export const timelineCommand: CommandDefinition = {
  name: 'timeline',
  nameFr: 'chronologie',
  description: {
    en: 'Key events: page 1 holds the latest; each page runs oldest to newest',
    fr: 'Les événements clés : la page 1 a les plus récents ; chaque page va du plus ancien au plus récent',
  },
  options: [
    option(
      'from',
      'string',
      'From YYYY, YYYY-MM or YYYY-MM-DD',
      'Depuis AAAA, AAAA-MM ou AAAA-MM-JJ',
      'depuis',
    ),
    option(
      'to',
      'string',
      'Up to YYYY, YYYY-MM or YYYY-MM-DD',
      "Jusqu'à AAAA, AAAA-MM ou AAAA-MM-JJ",
      'jusque',
    ),
    {
      ...option(
        'entity',
        'string',
        'Only events involving this actor or topic id',
        'Seulement les événements avec cet acteur ou thème',
        'entité',
      ),
      complete: 'entity',
    },
    pageOption,
  ],
  scope: 'country',
  admin: false,
  examples: ['timeline', 'timeline from:2023 entity:jnim', 'timeline to:2012 page:2'],
  handle(args: CommandArgs, context) {
    const filters: TimelineFilters = {
      typed: 'options',
      ...(context.country === undefined ? {} : { country: context.country }),
      ...textArg(args, 'from'),
      ...textArg(args, 'to'),
      ...textArg(args, 'entity'),
    };
    const built = buildTimeline(context.config, filters, context.locale, {
      page: requestedPage(args),
      size: PAGE_SIZE,
      actions: (paging) => pageActions(context, timelineCommand, args, paging),
    });
    return built.ok ? built.value : errorReply(built.error);
  },
};

/** The filter errors of `selectTimeline` in French; one not listed stays in English. */
const FILTER_ERRORS_FR: readonly (readonly [RegExp, string])[] = [
  [/^unknown country "([^"]*)" — try (.+)$/, 'pays inconnu « $1 » — essayez $2'],
  [
    /^unknown entity "([^"]*)" — did you mean (\S+)\?$/,
    'entité inconnue « $1 » — vouliez-vous dire $2 ?',
  ],
  [/^unknown entity "([^"]*)"$/, 'entité inconnue « $1 »'],
  [
    /^invalid (\S+) "([^"]*)": expected YYYY or YYYY-MM or YYYY-MM-DD$/,
    '$1 « $2 » invalide : AAAA, AAAA-MM ou AAAA-MM-JJ attendu',
  ],
  [/^invalid range: (\S+) is after (\S+)$/, 'période invalide : $1 est après $2'],
];

/** The chat options' French names, as a French reader types them: `from:` is `depuis:`. */
const OPTIONS_FR: Readonly<Record<string, string>> = { from: 'depuis', to: 'jusque' };

function filterErrorInFrench(reason: string): string {
  return FILTER_ERRORS_FR.reduce((text, [pattern, french]) => text.replace(pattern, french), reason)
    .replace(/^(from|to) «/, (_, name: string) => `${OPTIONS_FR[name] ?? name} «`)
    .replace(/\b(from|to):/g, (_, name: string) => `${OPTIONS_FR[name] ?? name}:`);
}
