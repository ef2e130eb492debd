import type {
  CommandCountry,
  Config,
  EntityConfig,
  TimelineEventConfig,
} from '../src/core/config-types.js';
import { closestMatch } from '../src/core/closest-match.js';
import { foldString } from '../src/core/fold-text.js';
import { err, ok, type Result } from '../src/core/result.js';
import { entityNames } from '../src/core/entity-names.js';

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
  /**
   * How the filters were typed, so errors name them that way: `--from` on the command line
   * (the default), `from:` in chat.
   */
  readonly typed?: 'flags' | 'options';
}

/** The events a filter selects, oldest first, with the country it resolved to. */
export interface TimelineSelection {
  readonly country?: EntityConfig;
  readonly entity?: EntityConfig;
  readonly events: readonly TimelineEventConfig[];
  /** How many events matched before `limit` was applied. */
  readonly total: number;
}

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
  const range = resolveRange(filters.from, filters.to, filters.typed ?? 'flags');
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
  typed: 'flags' | 'options',
): Result<{ start: string; end: string }, string> {
  const flags = typed === 'flags';
  for (const [name, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (value !== undefined && !isValidPeriod(value)) {
      const shown = flags ? `--${name}` : name;
      return err(`invalid ${shown} "${value}": expected YYYY or YYYY-MM or YYYY-MM-DD`);
    }
  }
  const start = from === undefined ? '' : periodStart(from);
  const end = to === undefined ? '\uffff' : periodEnd(to);
  if (from !== undefined && to !== undefined && start > end) {
    return err(
      flags
        ? `invalid range: --from ${from} is after --to ${to}`
        : `invalid range: from:${from} is after to:${to}`,
    );
  }
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
    states.find((e) =>
      [e.name, e.nameFr].some(
        (n) => n !== undefined && foldString(n).trim() === foldString(wanted).trim(),
      ),
    );
  if (found !== undefined) return ok(found);
  const suggestions = config.settings.countries.map((c) => c.entity).join(', ');
  return err(`unknown country "${input?.trim() ?? ''}" — try ${suggestions}`);
}

/**
 * The entity a reader names by its id, name or alias in either language, accents and case
 * ignored (`jnim`, `GSIM`, `Ménaka`, `Goïta`), as `/mali fact` finds cards; a near miss of an id
 * answers `unknown entity "jnmi" — did you mean jnim?`.
 */
function resolveEntity(
  config: Config,
  input: string | undefined,
): Result<EntityConfig | undefined, string> {
  const typed = input?.trim() ?? '';
  if (typed === '') return ok(undefined);
  const wanted = foldString(typed);
  const entities = config.watchlist.entities;
  const found =
    entities.find((e) => e.id === wanted) ??
    entities.find((e) => entityNames(e).some((n) => foldString(n) === wanted));
  if (found !== undefined) return ok(found);
  const closest = closestMatch(
    wanted,
    entities.map((e) => e.id),
  );
  return err(
    `unknown entity "${typed}"${closest === undefined ? '' : ` — did you mean ${closest}?`}`,
  );
}
