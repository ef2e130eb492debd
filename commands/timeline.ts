import type { CommandArgs, CommandDefinition, CommandOption } from '../src/core/command.js';
import type {
  Config,
  EntityConfig,
  Language,
  TimelineEventConfig,
} from '../src/core/config-types.js';
import type { ListEntry, Message } from '../src/core/message.js';
import { ok, type Result } from '../src/core/result.js';
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

/**
 * The timeline as a neutral `Message`: a heading with the country and range, a list of events
 * (newest last) and a plain-text fallback. No matching event is a message, not an error.
 */
export function buildTimeline(
  config: Config,
  filters: TimelineFilters,
  locale: Language,
): Result<Message, string> {
  const selected = selectTimeline(config, filters);
  if (!selected.ok) return selected;
  const { country, entity, events, total } = selected.value;
  const words = WORDS[locale];
  const place = country === undefined ? words.allCountries : displayName(country, locale);
  const scope = [
    entity === undefined ? undefined : `${words.involving} ${displayName(entity, locale)}`,
    describeRange(filters, locale),
  ]
    .filter((part): part is string => part !== undefined)
    .join(', ');
  const heading = words.heading(place);
  if (events.length === 0) {
    const text = words.none(country === undefined ? undefined : place, scope);
    return ok({
      blocks: [
        { type: 'heading', text: heading },
        { type: 'text', text, tone: 'muted' },
      ],
      fallback: text,
    });
  }
  const entries = events.map((event) => toEntry(event, locale));
  const blocks: Message['blocks'][number][] = [
    { type: 'heading', text: heading, ...(scope === '' ? {} : { subtitle: scope }) },
    { type: 'list', entries },
  ];
  const lines = entries.map((e) => `${e.label ?? ''} — ${e.text}`);
  if (total > events.length) {
    blocks.push({ type: 'text', text: words.truncated(events.length, total), tone: 'muted' });
    lines.push(words.truncated(events.length, total));
  }
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
  },
} as const;

function toEntry(event: TimelineEventConfig, locale: Language): ListEntry {
  const url = event.sources[0]?.url;
  return {
    label: formatPartialDate(event.date, locale),
    text: event.title,
    detail: event.text,
    ...(url === undefined ? {} : { url }),
  };
}

/** `2020-08-18` → `18 Aug 2020` (fr: `18 août 2020`); `1991-03` → `Mar 1991`; `2020` → `2020`. */
export function formatPartialDate(date: string, locale: Language): string {
  const [year, month, day] = date.split('-');
  const monthName = month === undefined ? undefined : MONTHS[locale][Number(month) - 1];
  if (monthName === undefined) return year ?? date;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
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
): CommandOption => ({
  name,
  type,
  required: false,
  description: { en, fr },
});

/** Default number of events in a chat reply, so a long timeline stays readable. */
const CHAT_LIMIT = 25;

/** `/mali timeline [from] [to] [entity] [limit]`: the curated timeline of a country. */
export const timelineCommand: CommandDefinition = {
  name: 'timeline',
  description: {
    en: 'Key events, oldest first',
    fr: 'Les événements clés, du plus ancien au plus récent',
  },
  options: [
    option(
      'country',
      'string',
      'Country (mali, burkina-faso, niger)',
      'Pays (mali, burkina-faso, niger)',
    ),
    option(
      'from',
      'string',
      'From YYYY, YYYY-MM or YYYY-MM-DD',
      'Depuis AAAA, AAAA-MM ou AAAA-MM-JJ',
    ),
    option(
      'to',
      'string',
      'Up to YYYY, YYYY-MM or YYYY-MM-DD',
      "Jusqu'à AAAA, AAAA-MM ou AAAA-MM-JJ",
    ),
    option(
      'entity',
      'string',
      'Only events involving this actor or topic id',
      'Seulement les événements avec cet acteur ou thème',
    ),
    option(
      'limit',
      'integer',
      `How many of the latest events (default ${CHAT_LIMIT})`,
      `Combien des derniers événements (${CHAT_LIMIT} par défaut)`,
    ),
  ],
  scope: 'country',
  admin: false,
  handle(args: CommandArgs, context) {
    const filters = {
      ...stringArg(args, 'country'),
      ...stringArg(args, 'from'),
      ...stringArg(args, 'to'),
      ...stringArg(args, 'entity'),
      limit: typeof args['limit'] === 'number' ? args['limit'] : CHAT_LIMIT,
    };
    const built = buildTimeline(context.config, filters, context.locale);
    if (built.ok) return built.value;
    return {
      blocks: [{ type: 'text', text: built.error, tone: 'error' }],
      fallback: built.error,
      ephemeral: true,
    };
  },
};

function stringArg(args: CommandArgs, name: string): Record<string, string> {
  const value = args[name];
  return typeof value === 'string' && value.trim() !== '' ? { [name]: value.trim() } : {};
}
