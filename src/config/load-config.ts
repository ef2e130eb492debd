import { isAbsolute, join, relative, resolve } from 'node:path';
import type * as z from 'zod';
import type {
  Config,
  FeedConfig,
  SettingsConfig,
  SubscriptionSeed,
  TimelineEventConfig,
} from '../core/config-types.js';
import { err, ok, type Result } from '../core/result.js';
import type { ConfigIssue } from './config-issue.js';
import { crossCheck, type ValidFile, type ValidFiles } from './cross-checks.js';
import { salvageEntries } from './salvage.js';
import { withoutUndefined } from './schemas/common.js';
import { factsFileSchema, type FactsFile } from './schemas/facts.js';
import { feedsFileSchema, type FeedsFile } from './schemas/feeds.js';
import { settingsFileSchema, type SettingsFile } from './schemas/settings.js';
import { subscriptionsFileSchema, type SubscriptionsFile } from './schemas/subscriptions.js';
import { timelineFileSchema, type TimelineFile } from './schemas/timeline.js';
import { watchlistFileSchema, type WatchlistFile } from './schemas/watchlist.js';
import { readYamlFile, type YamlSource } from './yaml-positions.js';
import { validateYaml } from './zod-issues.js';

export { formatConfigIssue, type ConfigIssue } from './config-issue.js';

/** The files of a config folder, in the order their issues are reported. */
export const CONFIG_FILES = [
  'feeds.yaml',
  'watchlist.yaml',
  'facts.yaml',
  'timeline.yaml',
  'settings.yaml',
  'subscriptions.yaml',
] as const;

/**
 * Loads and validates every YAML file of a config folder. Returns the typed `Config`, or every
 * issue found (syntax, schema and cross-file), each at the node it concerns, in file order.
 * `subscriptions.yaml` is optional; the other files are required.
 */
export function loadConfig(dir: string): Result<Config, readonly ConfigIssue[]> {
  const issues: ConfigIssue[] = [];
  const load = <S extends z.ZodType>(
    name: string,
    schema: S,
    emptyAs?: unknown,
  ): Loaded<z.output<S>> => {
    const read = readYamlFile(resolve(dir, name), displayPath(dir, name));
    if (!read.ok) {
      const optionalAndMissing =
        name === 'subscriptions.yaml' && read.error[0]?.message === 'file not found';
      if (!optionalAndMissing) issues.push(...read.error);
      return {};
    }
    const source =
      read.value.data == null && emptyAs !== undefined
        ? { ...read.value, data: emptyAs }
        : read.value;
    const valid = validateYaml(schema, source);
    if (valid.ok) return { valid: { data: valid.value, source }, source };
    issues.push(...valid.error);
    return { source };
  };
  const feeds = load('feeds.yaml', feedsFileSchema);
  const watchlist = load('watchlist.yaml', watchlistFileSchema);
  const facts = load('facts.yaml', factsFileSchema);
  const timeline = load('timeline.yaml', timelineFileSchema);
  const settings = load('settings.yaml', settingsFileSchema, {});
  const subscriptions = load('subscriptions.yaml', subscriptionsFileSchema, { subscriptions: [] });
  issues.push(...crossCheck(checkable(feeds, watchlist, facts, timeline, settings)));
  if (!feeds.valid || !watchlist.valid || !facts.valid || !timeline.valid || !settings.valid) {
    return err(sortIssues(issues));
  }
  if (issues.length > 0) return err(sortIssues(issues));
  return ok(
    buildConfig(dir, {
      feeds: feeds.valid.data,
      watchlist: watchlist.valid.data,
      facts: facts.valid.data,
      timeline: timeline.valid.data,
      settings: settings.valid.data,
      subscriptions: subscriptions.valid?.data,
    }),
  );
}

/** A file as read: its source when it parsed, and its data when it also passed its schema. */
interface Loaded<T> {
  readonly source?: YamlSource;
  readonly valid?: ValidFile<T>;
}

/**
 * What the cross-file checks can look at: valid files whole, and of a list file that failed its
 * schema the entries that pass on their own, so one bad entry does not hide the other errors.
 */
function checkable(
  feeds: Loaded<FeedsFile>,
  watchlist: Loaded<WatchlistFile>,
  facts: Loaded<FactsFile>,
  timeline: Loaded<TimelineFile>,
  settings: Loaded<SettingsFile>,
): ValidFiles {
  const salvagedFeeds = feeds.valid
    ? undefined
    : salvageEntries(feeds.source, 'feeds', feedsFileSchema.shape.feeds.element, (list) => ({
        feeds: list,
      }));
  const salvagedEntities = watchlist.valid
    ? undefined
    : salvageEntries(
        watchlist.source,
        'entities',
        watchlistFileSchema.shape.entities.element,
        (list) => ({
          anchors: [],
          entities: list,
        }),
      );
  const salvagedFacts = facts.valid
    ? undefined
    : salvageEntries(facts.source, 'facts', factsFileSchema.shape.facts.element, (list) => ({
        facts: list,
      }));
  const salvagedEvents = timeline.valid
    ? undefined
    : salvageEntries(
        timeline.source,
        'events',
        timelineFileSchema.shape.events.element,
        (list) => ({
          events: list,
        }),
      );
  return withoutUndefined({
    feeds: feeds.valid ?? salvagedFeeds?.file,
    watchlist: watchlist.valid ?? salvagedEntities?.file,
    facts: facts.valid ?? salvagedFacts?.file,
    timeline: timeline.valid ?? salvagedEvents?.file,
    settings: settings.valid,
    uncheckedEntityIds: salvagedEntities?.failedIds,
    uncheckedFactIds: salvagedFacts?.failedIds,
  });
}

/** `config/feeds.yaml` for a relative folder; a path relative to the working directory if inside it. */
function displayPath(dir: string, name: string): string {
  if (!isAbsolute(dir)) return join(dir, name);
  const fromCwd = relative(process.cwd(), join(dir, name));
  return fromCwd.startsWith('..') || isAbsolute(fromCwd) ? join(dir, name) : fromCwd;
}

function sortIssues(issues: readonly ConfigIssue[]): ConfigIssue[] {
  const fileRank = (file: string): number => CONFIG_FILES.findIndex((name) => file.endsWith(name));
  return [...issues].sort(
    (a, b) => fileRank(a.file) - fileRank(b.file) || a.line - b.line || a.col - b.col,
  );
}

interface ValidData {
  readonly feeds: FeedsFile;
  readonly watchlist: WatchlistFile;
  readonly facts: FactsFile;
  readonly timeline: TimelineFile;
  readonly settings: SettingsFile;
  readonly subscriptions: SubscriptionsFile | undefined;
}

function buildConfig(
  dir: string,
  { feeds, watchlist, facts, timeline, settings: settingsFile, subscriptions }: ValidData,
): Config {
  const settings = buildSettings(settingsFile);
  return {
    dir,
    feeds: feeds.feeds.map((feed): FeedConfig => ({
      id: feed.id,
      url: feed.url,
      name: feed.name,
      language: feed.language,
      tier: feed.tier,
      intervalMs: feed.interval ?? settings.polling.defaultIntervalMs,
    })),
    watchlist: {
      anchors: watchlist.anchors,
      entities: watchlist.entities.map((e) => withoutUndefined(e)),
    },
    facts: facts.facts.map((fact) => withoutUndefined(fact)),
    timeline: timeline.events.map((event): TimelineEventConfig => event),
    settings,
    subscriptions: (subscriptions?.subscriptions ?? []).map((sub) =>
      buildSubscription(sub, settings),
    ),
  };
}

function buildSettings(file: SettingsFile): SettingsConfig {
  const { interval, timeout, perHost, maxBackoff, ...polling } = file.polling;
  return {
    ...file,
    polling: {
      ...polling,
      defaultIntervalMs: interval,
      timeoutMs: timeout,
      perHostConcurrency: perHost,
      maxBackoffMs: maxBackoff,
    },
  };
}

function buildSubscription(
  sub: SubscriptionsFile['subscriptions'][number],
  settings: SettingsConfig,
): SubscriptionSeed {
  const base = withoutUndefined({
    platform: sub.platform,
    channel: sub.channel,
    locale: sub.locale,
  });
  if (sub.kind === 'alert')
    return {
      ...base,
      ...withoutUndefined({ quiet: sub.quiet, cap: sub.max, timezone: sub.timezone }),
      kind: 'alert',
      query: sub.query ?? '',
    };
  return {
    ...base,
    ...withoutUndefined({ size: sub.size, empty: sub.empty }),
    kind: 'digest',
    cron: sub.cron ?? settings.digest.cron,
    timezone: sub.timezone ?? settings.timezone,
  };
}
