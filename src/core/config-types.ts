import type { AlertCap, QuietHours } from './alert-limits.js';
/**
 * The validated shape of `config/*.yaml` and the environment. The zod schemas in `src/config/`
 * produce exactly these types; everything else reads configuration through them.
 */

/** Languages the matcher and summariser handle. `mixed` marks a feed that publishes in both. */
export type Language = 'en' | 'fr';
export type FeedLanguage = Language | 'mixed';

export interface SourceRef {
  /** Publisher or page name, e.g. "Britannica". */
  readonly name: string;
  /** http(s) URL. */
  readonly url: string;
}

export interface FeedConfig {
  readonly id: string;
  readonly url: string;
  readonly name: string;
  readonly language: FeedLanguage;
  /** 1 = wire or major outlet, 2 = specialist, 3 = other. Default 2. */
  readonly tier: 1 | 2 | 3;
  /** Poll interval in milliseconds (YAML: `10m`, `1h`, `90s`). Default from settings. */
  readonly intervalMs: number;
}

export const EntityKind = {
  Person: 'person',
  State: 'state',
  Alliance: 'alliance',
  Organisation: 'organisation',
  ArmedGroup: 'armed-group',
  Place: 'place',
  Topic: 'topic',
} as const;
export type EntityKind = (typeof EntityKind)[keyof typeof EntityKind];

/**
 * One watchlist entry. Matching rules (see `src/match/`):
 * - `aliases` match accent- and case-insensitively on whole words; a trailing `*` matches any
 *   word ending (`attaqu*` → attaque, attaqués).
 * - `acronyms` match case-sensitively on whole words.
 * - an alias or acronym listed in `ambiguous` counts only when one of `requires` occurs in the
 *   item (`requires` entries are phrases; a trailing `*` is a word prefix; `@anchor` means any
 *   word of the watchlist's `anchors`).
 * - `excludes` phrases veto a hit they overlap ("Niger Delta", "Richard Wagner"), and veto the
 *   entity's ambiguous hits when they occur anywhere in the item ("encryption" near "AES").
 * - `contextOnly` entities (Russia, France) count only in items anchored in the Sahel.
 * - places imply their `countries`.
 * - `requires` may also name an entity as `@id` (`@mali`): it holds when that entity is matched
 *   or implied in the item.
 * - `descriptors` name the entity by description ("the Malian army", "casques bleus"), each
 *   under its own context conditions (see `DescriptorConfig`).
 */
export interface EntityConfig {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  /** Display name in French when it differs. */
  readonly nameFr?: string;
  readonly aliases: { readonly en: readonly string[]; readonly fr: readonly string[] };
  readonly acronyms: readonly string[];
  readonly ambiguous: readonly string[];
  readonly requires: readonly string[];
  readonly excludes: readonly string[];
  readonly contextOnly: boolean;
  /** State entity ids this entity belongs to or operates in. */
  readonly countries: readonly string[];
  /** Fact card ids, most specific first. */
  readonly facts: readonly string[];
  /** Ranking weight, default 1. */
  readonly weight: number;
  /** Descriptive references to this entity; none when absent. */
  readonly descriptors?: readonly DescriptorConfig[];
  /** Item-level vetoes: names that stop counting in an item proving a namesake; none when absent. */
  readonly vetoes?: readonly VetoConfig[];
}

/**
 * An item-level veto: some of an entity's names stop counting in an item whose text proves they
 * name something else. "Mali" beside "zoo" is the Manila Zoo's elephant; bare "Niger" in an item
 * naming Minna or "Niger State" is the Nigerian state. It holds when one of `when` occurs anywhere
 * in the item and none of `unless` does (entries as in `requires`: a phrase, `@anchor`, or
 * `@<entity id>` matched or implied in the item).
 */
export interface VetoConfig {
  /** The entity's aliases or acronyms it drops; all of them when empty. */
  readonly aliases: readonly string[];
  /** Phrases (accent- and case-insensitive, trailing `*` = any word ending) that prove the namesake. */
  readonly when: readonly string[];
  /** Entries that prove the entity after all: phrases, `@anchor`, `@<entity id>`. */
  readonly unless: readonly string[];
}

/**
 * A way of naming an entity by description rather than by name: "UN peacekeepers" is MINUSMA
 * only in a Mali story, "Russian mercenaries" is Wagner until mid-2025 and Africa Corps after.
 * A hit of one of `phrases` (accent- and case-insensitive, trailing `*` = any word ending) or
 * `acronyms` (case-sensitive) counts for the entity when all of these hold:
 * - `requires` is empty, or one entry is in the item: a phrase, `@anchor` (any anchor word) or
 *   `@id` (that entity matched or implied, e.g. `@mali`);
 * - none of `excludes` occurs anywhere in the item;
 * - the item's date is within `from`–`until` (whole days or months, UTC). An undated item (text
 *   given on the command line) passes `until` but never `from`: with no date, the older reading
 *   of a description is the one it keeps.
 */
export interface DescriptorConfig {
  readonly phrases: { readonly en: readonly string[]; readonly fr: readonly string[] };
  readonly acronyms: readonly string[];
  readonly requires: readonly string[];
  readonly excludes: readonly string[];
  /** First day (or month) the descriptor applies, `YYYY-MM-DD` or `YYYY-MM`. */
  readonly from?: PartialDate;
  /** Last day (or month) the descriptor applies. */
  readonly until?: PartialDate;
}

export interface WatchlistConfig {
  /** Words that place an item in the Sahel, for `@anchor` and context-only entities. */
  readonly anchors: readonly string[];
  readonly entities: readonly EntityConfig[];
}

/** A date as written in config: `YYYY-MM-DD`, or `YYYY-MM` when only the month is known. */
export type PartialDate = string;

export interface FactConfig {
  readonly id: string;
  readonly title: string;
  readonly titleFr?: string;
  readonly text: string;
  /** The text in French; French readers see `text` without it. */
  readonly textFr?: string;
  readonly date?: PartialDate;
  readonly keyDates: readonly {
    readonly date: PartialDate;
    readonly text: string;
    readonly textFr?: string;
  }[];
  readonly sources: readonly SourceRef[];
  readonly entities: readonly string[];
}

export interface TimelineEventConfig {
  readonly date: PartialDate;
  readonly title: string;
  /** The title in French; French readers see `title` without it. */
  readonly titleFr?: string;
  readonly text: string;
  /** The text in French; French readers see `text` without it. */
  readonly textFr?: string;
  /** State entity ids. */
  readonly countries: readonly string[];
  readonly entities: readonly string[];
  readonly tags: readonly string[];
  readonly sources: readonly SourceRef[];
}

/** A country that gets its own slash command (`/mali`, `/burkina`, `/niger`). */
export interface CommandCountry {
  readonly entity: string;
  readonly command: string;
}

/** The country commands of the default configuration. */
export const DEFAULT_COUNTRY_COMMANDS: readonly CommandCountry[] = [
  { entity: 'mali', command: 'mali' },
  { entity: 'burkina-faso', command: 'burkina' },
  { entity: 'niger', command: 'niger' },
];

export interface SettingsConfig {
  readonly locale: Language;
  readonly timezone: string;
  readonly countries: readonly CommandCountry[];
  readonly digest: {
    readonly cron: string;
    readonly size: number;
    /** What an empty window yields: a short notice, or nothing. */
    readonly empty: 'notice' | 'skip';
  };
  readonly polling: {
    /** node-cron expression of the scheduler tick that picks due feeds. */
    readonly tick: string;
    readonly defaultIntervalMs: number;
    readonly timeoutMs: number;
    readonly maxBytes: number;
    readonly maxRedirects: number;
    readonly concurrency: number;
    readonly perHostConcurrency: number;
    readonly disableAfterFailures: number;
    readonly maxBackoffMs: number;
    /** Items of a new feed's first poll that may reach digests (alerts never fire on them). */
    readonly backfill: number;
  };
  readonly stories: {
    readonly windowHours: number;
    /** A new development continues an arc last seen within this many days. */
    readonly arcDays: number;
    /**
     * A quiet arc still takes late coverage naming a town it is known by for this many days
     * after it fell quiet (never less than `arcDays`).
     */
    readonly arcLateDays: number;
  };
  /** Users allowed admin commands besides the platform's own admins. */
  readonly admins: {
    /** Slack user ids (workspace admins and owners are always admins). */
    readonly slack: readonly string[];
  };
  readonly retentionDays: number;
}

export type Platform = 'discord' | 'slack' | 'console';

export type SubscriptionSeed =
  | {
      readonly platform: Platform;
      readonly channel: string;
      readonly kind: 'alert';
      readonly query: string;
      readonly locale?: Language;
      /** Hours its alerts are held for one catch-up post (settings' timezone). */
      readonly quiet?: QuietHours;
      /** At most this many alert posts per hour or day; the rest are rolled up. */
      readonly cap?: AlertCap;
      /** The IANA zone its quiet hours are read in; absent: the settings' timezone. */
      readonly timezone?: string;
    }
  | {
      readonly platform: Platform;
      readonly channel: string;
      readonly kind: 'digest';
      readonly cron: string;
      readonly timezone: string;
      readonly locale?: Language;
      readonly size?: number;
      /** What an empty window posts for this subscription; absent: `settings.digest.empty`. */
      readonly empty?: 'notice' | 'skip';
    };

export interface Config {
  /** The folder the YAML files were read from. */
  readonly dir: string;
  readonly feeds: readonly FeedConfig[];
  readonly watchlist: WatchlistConfig;
  readonly facts: readonly FactConfig[];
  readonly timeline: readonly TimelineEventConfig[];
  readonly settings: SettingsConfig;
  readonly subscriptions: readonly SubscriptionSeed[];
}

export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent';
/** `pretty`: readable lines for a terminal; `json`: one JSON record per line, for log collectors. */
export type LogFormat = 'pretty' | 'json';

/** Everything read from the environment; `src/config/load-env.ts` is its only reader. */
export interface Env {
  readonly discordToken?: string;
  readonly discordApplicationId?: string;
  readonly discordGuildId?: string;
  readonly discordApiBase?: string;
  readonly slackBotToken?: string;
  readonly slackSigningSecret?: string;
  readonly slackAppToken?: string;
  readonly slackApiUrl?: string;
  /** `PORT`: where Slack's HTTP receiver listens (`/slack/events`); 3000 when unset. */
  readonly port?: number;
  readonly databasePath: string;
  readonly logLevel: LogLevel;
  /** Unset: readable on a terminal, JSON otherwise. */
  readonly logFormat?: LogFormat;
  readonly allowPrivateFeeds: boolean;
}
