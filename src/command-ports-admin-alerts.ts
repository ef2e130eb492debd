import type {
  AdminPorts,
  AlertLimitStore,
  AlertPingStore,
  AlertPreview,
  ChannelRef,
} from './core/admin-ports.js';
import type { AlertLimitsChange } from './core/alert-limits.js';
import type { AlertSubscription, HeldAlertStore } from './core/delivery-ports.js';
import { err, ok } from './core/result.js';
import type { StoryReports } from './store/sqlite-admin-store.js';
import { findOwn, resolveTimeZone, type SubscriptionDeps } from './command-ports-admin-digests.js';
import { startsAlert, type QueryItem } from './match/evaluate-query.js';
import { pieceKind } from './stories/piece-kind.js';
import { parseQuery, type AlertQuery } from './match/parse-query.js';
import type { ItemStore } from './core/store-ports.js';
import { checkQueryValues } from './command-ports-query-values.js';

const DAY = 86_400_000;
/** How far back `alert add` looks to show what the query would have matched. */
export const PREVIEW_DAYS = 7;
const EXAMPLES = 2;
/** Stories first seen within this span are read and matched between two turns of the loop. */
const CHUNK = 4 * 3_600_000;

export interface AlertDeps extends SubscriptionDeps {
  readonly items: Pick<ItemStore, 'get'>;
  /** Where role pings are kept; `alert add … ping:` needs it (the SQLite subscription store). */
  readonly pings?: AlertPingStore;
  /** Where quiet hours and caps are kept; `quiet:` and `max:` need it (the subscription store). */
  readonly limits?: AlertLimitStore;
  /** The alerts held now, for `alert list`; without it none are counted. */
  readonly held?: Pick<HeldAlertStore, 'countPending'>;
}

type AlertPorts = Pick<AdminPorts, 'addAlert' | 'removeAlert' | 'setAlertLimits' | 'heldAlerts'>;

/** `alert add|remove`: queries parsed by the matcher's own parser, previewed over the store. */
export function createAlertPorts(deps: AlertDeps): AlertPorts {
  return {
    async addAlert(where, text, locale, ping, given) {
      const query = text.trim();
      const zoned = withZone(given);
      if (!zoned.ok) return zoned;
      const limits = zoned.value;
      const parsed = parseQuery(query);
      const checked = parsed.ok
        ? checkQueryValues(parsed.value, query, deps.config.watchlist)
        : parsed;
      if (!checked.ok) {
        return err({ code: 'bad-query', query, ...checked.error });
      }
      const existing = deps.subscriptions
        .list({ kind: 'alert', platform: where.platform, channel: where.channel })
        .find((s) => s.kind === 'alert' && s.query.trim() === query);
      const subscription =
        existing ??
        deps.subscriptions.add(
          { ...where, kind: 'alert', query, ...(locale === undefined ? {} : { locale }) },
          'chat',
        );
      if (subscription.kind !== 'alert')
        throw new Error('an alert subscription came back as a digest');
      if (existing?.origin === 'config' && limits !== undefined && hasChange(limits))
        return err(fromConfig(deps, existing.id));
      const pinged = ping === undefined ? subscription : setPing(deps, subscription, ping.role);
      const limited = limits === undefined ? pinged : setLimits(deps, pinged, limits);
      const preview = await previewQuery(deps, checked.value);
      return ok({ subscription: limited, created: existing === undefined, preview });
    },
    removeAlert(where, id) {
      const found = findOwn(deps, where, 'alert', id);
      if (!found.ok) return found;
      deps.subscriptions.remove(found.value.id);
      return ok(found.value as AlertSubscription);
    },
    setAlertLimits(where, id, given) {
      const zoned = withZone(given);
      if (!zoned.ok) return zoned;
      const change = zoned.value;
      const found = findAlertOf(deps, where, id);
      if (!found.ok) return found;
      if (found.value.origin === 'config' && hasChange(change))
        return err(fromConfig(deps, found.value.id));
      return ok(setLimits(deps, found.value, change));
    },
    heldAlerts: () => deps.held?.countPending() ?? new Map(),
  };
}

/** An alert of this channel, config or chat alike (`findOwn` refuses config ones). */
function findAlertOf(deps: AlertDeps, where: ChannelRef, id: number) {
  const alert = deps.subscriptions
    .list({ kind: 'alert', platform: where.platform, channel: where.channel })
    .find((s): s is AlertSubscription => s.kind === 'alert' && s.id === id);
  return alert === undefined
    ? err({ code: 'not-found' as const, what: 'alert' as const, id: String(id) })
    : ok(alert);
}

const hasChange = (change: AlertLimitsChange): boolean =>
  change.quiet !== undefined || change.cap !== undefined || change.timezone !== undefined;

/** The change with its timezone checked and spelled canonically, as a digest's is. */
function withZone<T extends AlertLimitsChange | undefined>(change: T) {
  if (change?.timezone === undefined || change.timezone === null) return ok(change);
  const zone = resolveTimeZone(change.timezone);
  return zone.ok ? ok({ ...change, timezone: zone.value }) : zone;
}

function fromConfig(deps: AlertDeps, id: number) {
  return {
    code: 'from-config' as const,
    what: 'alert' as const,
    id: String(id),
    file: deps.subscriptionsFile,
  };
}

/** Stores an alert's quiet hours and cap and returns the alert as it now is. */
function setLimits(
  deps: AlertDeps,
  alert: AlertSubscription,
  change: AlertLimitsChange,
): AlertSubscription {
  if (!hasChange(change)) return alert;
  if (deps.limits === undefined)
    throw new Error(
      'alert ports: quiet hours and caps need the `limits` store, which was not given',
    );
  deps.limits.setAlertLimits(alert.id, change);
  const { quiet: _quiet, cap: _cap, timezone: _timezone, ...rest } = alert;
  const quiet = change.quiet === undefined ? alert.quiet : change.quiet;
  const cap = change.cap === undefined ? alert.cap : change.cap;
  const timezone = change.timezone === undefined ? alert.timezone : change.timezone;
  return {
    ...rest,
    ...(quiet ? { quiet } : {}),
    ...(cap ? { cap } : {}),
    ...(timezone ? { timezone } : {}),
  };
}

/** Stores an alert's role ping and returns the alert as it now is. */
function setPing(deps: AlertDeps, alert: AlertSubscription, role: string): AlertSubscription {
  if (deps.pings === undefined)
    throw new Error('alert ports: role pings need the `pings` store, which was not given');
  deps.pings.setPingRole(alert.id, role);
  return { ...alert, pingRole: role };
}

/**
 * How many stories first seen in the last `PREVIEW_DAYS` days the query matches, most recently
 * seen first, with two examples. A story matches when one of its reports does, read as the
 * alert pipeline reads a new item (its text, matched entities, the story's tags and countries,
 * its feed); a report whose item was pruned is judged by the story's own text.
 */
export async function previewQuery(deps: AlertDeps, query: AlertQuery): Promise<AlertPreview> {
  const now = deps.clock.now();
  const matched: StoryReports[] = [];
  // A few hours of stories at a time, letting the event loop run in between: a busy week is
  // thousands of stories, and the bot keeps polling and answering while an admin previews.
  for (let to = now; to > now - PREVIEW_DAYS * DAY; to -= CHUNK) {
    for (const story of deps.admin.storyReports(to - CHUNK, to)) {
      if (story.reports.some((report) => startsAlert(query, reportQuery(deps, story, report)))) {
        matched.push(story);
      }
    }
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  matched.sort((a, b) => b.lastSeenAt - a.lastSeenAt);
  const examples = matched.slice(0, EXAMPLES).map((story) => ({
    storyId: story.id,
    title: story.title,
    url: story.url,
    outlet: story.reports[0]?.outlet ?? '',
  }));
  return { days: PREVIEW_DAYS, matched: matched.length, examples };
}

function reportQuery(
  deps: AlertDeps,
  story: StoryReports,
  report: StoryReports['reports'][number],
): QueryItem {
  const item = deps.items.get(report.itemId);
  const shared = {
    tags: story.tags,
    countries: story.countries,
    source: report.feedId,
    sourceName: report.outlet,
  };
  if (item === null) {
    return {
      ...shared,
      title: story.title,
      summary: story.summary,
      entities: story.entities,
      lang: story.lang,
      kind: pieceKind({ title: story.title, summary: story.summary, url: story.url }),
    };
  }
  return {
    ...shared,
    title: item.title,
    summary: item.summary,
    content: item.content,
    entities: [...new Set(item.matches.map((m) => m.entity))],
    lang: item.lang,
    kind: pieceKind(item),
  };
}
