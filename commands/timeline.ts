import type { CommandArgs, CommandDefinition, CommandOption } from '../src/core/command.js';
import type {
  CommandCountry,
  Config,
  EntityConfig,
  Language,
  TimelineEventConfig,
} from '../src/core/config-types.js';
import type { ListEntry, Message } from '../src/core/message.js';
import { err, ok, type Result } from '../src/core/result.js';

/** Filters of `/mali timeline` and `sahel-digest timeline`; every field optional, as typed by a user. */
export interface TimelineFilters {
  /** A country entity id (`burkina-faso`) or its command name (`burkina`), any case. */
  readonly country?: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: events on or after the start of that period. */
  readonly from?: string;
  /** Same forms: events on or before the end of that period. */
  readonly to?: string;
  /** An entity id the events must involve (as a country, actor or tag). */
  readonly entity?: string;
  /** Keep only the newest N events. */
  readonly limit?: number;
}

/** The events a filter selects, oldest first, with the country it resolved to. */
export interface TimelineSelection {
  readonly country?: EntityConfig;
  readonly entity?: EntityConfig;
  readonly events: readonly TimelineEventConfig[];
  /** How many events matched before `limit` was applied. */
  readonly total: number;
}

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

/** The largest `limit` accepted. */
export const TIMELINE_MAX_LIMIT = 200;

/**
 * Selects the timeline events matching `filters`, oldest first (ties keep file order). Invalid
 * filters return one line for the user, e.g. `unknown country "malli" — try mali, burkina-faso, niger`.
 */
export function selectTimeline(
  config: Config,
  filters: TimelineFilters,
): Result<TimelineSelection, string> {
  const country = resolveCountry(config, filters.country);
  if (!country.ok) return country;
  const entity = resolveEntity(config, filters.entity);
  if (!entity.ok) return entity;
  const range = resolveRange(filters.from, filters.to);
  if (!range.ok) return range;
  if (
    filters.limit !== undefined &&
    !(Number.isInteger(filters.limit) && filters.limit >= 1 && filters.limit <= TIMELINE_MAX_LIMIT)
  ) {
    return err(
      `invalid --limit "${filters.limit}": expected a whole number from 1 to ${TIMELINE_MAX_LIMIT}`,
    );
  }
  const { start, end } = range.value;
  const matching = config.timeline
    .map((event, index) => ({ event, index }))
    .filter(
      ({ event }) => country.value === undefined || event.countries.includes(country.value.id),
    )
    .filter(({ event }) => entity.value === undefined || involves(event, entity.value.id))
    .filter(({ event }) => periodEnd(event.date) >= start && periodStart(event.date) <= end)
    .sort((a, b) => compareDates(a.event.date, b.event.date) || a.index - b.index)
    .map(({ event }) => event);
  const events = filters.limit === undefined ? matching : matching.slice(-filters.limit);
  return ok({
    ...(country.value === undefined ? {} : { country: country.value }),
    ...(entity.value === undefined ? {} : { entity: entity.value }),
    events,
    total: matching.length,
  });
}

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

function involves(event: TimelineEventConfig, id: string): boolean {
  return event.entities.includes(id) || event.countries.includes(id) || event.tags.includes(id);
}

const PERIOD = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Lexicographically comparable bounds of a `YYYY[-MM[-DD]]` period. */
function periodStart(date: string): string {
  return date.length === 4 ? `${date}-00-00` : date.length === 7 ? `${date}-00` : date;
}

function periodEnd(date: string): string {
  return date.length === 4 ? `${date}-99-99` : date.length === 7 ? `${date}-99` : date;
}

function compareDates(a: string, b: string): number {
  const left = periodStart(a);
  const right = periodStart(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

function isValidPeriod(text: string): boolean {
  const match = PERIOD.exec(text);
  if (match === null) return false;
  if (match[2] === undefined) return true;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  return day >= 1 && day <= new Date(Date.UTC(Number(match[1]), month, 0)).getUTCDate();
}

function resolveRange(
  from: string | undefined,
  to: string | undefined,
): Result<{ start: string; end: string }, string> {
  for (const [flag, value] of [
    ['--from', from],
    ['--to', to],
  ] as const) {
    if (value !== undefined && !isValidPeriod(value)) {
      return err(`invalid ${flag} "${value}": expected YYYY or YYYY-MM or YYYY-MM-DD`);
    }
  }
  const start = from === undefined ? '' : periodStart(from);
  const end = to === undefined ? '\uffff' : periodEnd(to);
  if (from !== undefined && to !== undefined && start > end)
    return err(`invalid range: --from ${from} is after --to ${to}`);
  return ok({ start, end });
}

function resolveCountry(
  config: Config,
  input: string | undefined,
): Result<EntityConfig | undefined, string> {
  const wanted = input?.trim().toLowerCase();
  if (wanted === undefined || wanted === '') return ok(undefined);
  const states = config.watchlist.entities.filter((e) => e.kind === 'state');
  const viaCommand = config.settings.countries.find(
    (c: CommandCountry) => c.command === wanted || c.entity === wanted,
  );
  const id = viaCommand?.entity ?? wanted;
  const found =
    states.find((e) => e.id === id) ??
    states.find((e) => [e.name, e.nameFr].some((n) => n !== undefined && fold(n) === fold(wanted)));
  if (found !== undefined) return ok(found);
  const suggestions = config.settings.countries.map((c) => c.entity).join(', ');
  return err(`unknown country "${input?.trim() ?? ''}" — try ${suggestions}`);
}

function resolveEntity(
  config: Config,
  input: string | undefined,
): Result<EntityConfig | undefined, string> {
  const wanted = input?.trim().toLowerCase();
  if (wanted === undefined || wanted === '') return ok(undefined);
  const entities = config.watchlist.entities;
  const found = entities.find((e) => e.id === wanted);
  if (found !== undefined) return ok(found);
  const closest = closestId(
    wanted,
    entities.map((e) => e.id),
  );
  return err(
    `unknown entity "${input?.trim() ?? ''}"${closest === undefined ? '' : ` — did you mean ${closest}?`}`,
  );
}

/** The id nearest to `input` by edit distance, when it is close enough to be a typo. */
function closestId(input: string, ids: readonly string[]): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const id of ids) {
    const distance = editDistance(input, id);
    if (best === undefined || distance < best.distance) best = { id, distance };
  }
  const tolerance = Math.max(2, Math.floor(input.length / 3));
  return best !== undefined && best.distance <= tolerance ? best.id : undefined;
}

/** Levenshtein distance, one row at a time. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
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
