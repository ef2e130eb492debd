import type { AlertLimitsChange } from './alert-limits.js';
import type { FeedLanguage, Language, Platform } from './config-types.js';
import type {
  AlertSubscription,
  DigestSubscription,
  Subscription,
  SubscriptionStore,
} from './delivery-ports.js';
import type { Result } from './result.js';

/**
 * What admin commands (`digest`, `alert`, `feeds`, `settings`) may change: chat-made
 * subscriptions and feeds (stored, merged with `config/`), channel settings, digests on demand.
 *
 * Answers are data, not text: handlers word them in the user's language. Every expected refusal
 * is an `AdminFailure` value; the implementation (`src/command-ports-admin.ts`) does the work
 * that needs the application (cron and query parsing, the SSRF guard and trial fetch, digests).
 */

/** The channel a command was typed in. */
export interface ChannelRef {
  readonly platform: Platform;
  readonly channel: string;
}

/**
 * Which channels share the server (Discord) or workspace (Slack) of the channel a command is
 * typed in, so that an answer may point to another channel of the same server and never names
 * a channel of another one. The platform answers it; commands only ask.
 */
export interface ServerChannels {
  /**
   * Of `channels`, those in the same server or workspace, each with its name as readers know it
   * (`sahel-alerts`, without `#`), or null when the platform cannot say.
   */
  sameServer(channels: readonly string[]): Promise<ReadonlyMap<string, string | null>>;
}

/** The subscriptions of one kind that post in a channel, by id. */
export interface ChannelSubscriptions {
  readonly channel: string;
  readonly ids: readonly number[];
}

/** Where a feed came from: `config/feeds.yaml`, or `/sahel feeds add`. */
export type FeedOrigin = 'config' | 'chat';

/** Why an admin request was refused. `file` names the config file that holds an entry. */
export type AdminFailure =
  | { readonly code: 'bad-cron'; readonly cron: string; readonly reason?: string }
  | { readonly code: 'bad-timezone'; readonly timezone: string; readonly suggestion?: string }
  | {
      readonly code: 'bad-query';
      readonly query: string;
      readonly message: string;
      readonly column: number;
    }
  | {
      readonly code: 'bad-value';
      readonly option: string;
      readonly value: string;
      readonly min: number;
      readonly max: number;
    }
  | {
      readonly code: 'not-found';
      readonly what: 'subscription' | 'alert' | 'digest' | 'feed';
      readonly id: string;
    }
  | {
      readonly code: 'from-config';
      readonly what: 'alert' | 'digest' | 'feed';
      readonly id: string;
      readonly file: string;
    }
  /** `digest unsubscribe` without an id in a channel with several (or no) chat digests. */
  | { readonly code: 'which-digest'; readonly ids: readonly number[] }
  | {
      readonly code: 'feed-failed';
      readonly url: string;
      readonly reason: string;
      readonly refused: boolean;
    }
  | { readonly code: 'feed-known'; readonly feed: FeedSummary };

export interface DigestRequest {
  /** Default: `settings.digest.cron`. */
  readonly cron?: string;
  /** Default: `settings.timezone`. */
  readonly timezone?: string;
  readonly size?: number;
  readonly locale?: Language;
  /** What an empty window posts; default: `settings.digest.empty`. */
  readonly empty?: 'notice' | 'skip';
}

export interface DigestSubscribed {
  readonly subscription: DigestSubscription;
  /** False when the same digest (cron and timezone) already existed in this channel. */
  readonly created: boolean;
  /** Epoch ms of the next digest, or null when none falls within a month. */
  readonly nextRun: number | null;
}

export interface DigestNowReport {
  /** Stories in the window and how many the digest shows. */
  readonly stories: number;
  readonly shown: number;
  readonly window: { readonly from: number; readonly to: number };
  readonly outboxId: number;
  readonly idempotencyKey: string;
}

export interface AlertPreview {
  readonly days: number;
  /** Stories first seen in those days that the query matches. */
  readonly matched: number;
  readonly examples: readonly {
    readonly storyId: string;
    readonly title: string;
    readonly url: string | null;
    readonly outlet: string;
  }[];
}

/** Where an alert subscription's opt-in role ping is kept (`subscriptions.ping_role`). */
export interface AlertPingStore {
  /** Sets the role alert subscription `id` pings, or clears it with null. */
  setPingRole(id: number, role: string | null): void;
}

/** Where an alert subscription's quiet hours and cap are kept (`subscriptions.quiet`, `.cap`). */
export interface AlertLimitStore {
  /** Changes what `change` names of alert subscription `id`: absent keeps, null clears. */
  setAlertLimits(id: number, change: AlertLimitsChange): void;
}

export interface AlertAdded {
  readonly subscription: AlertSubscription;
  /** False when this channel already had the same query. */
  readonly created: boolean;
  readonly preview: AlertPreview;
}

export interface FeedSummary {
  readonly id: string;
  readonly name: string;
  readonly url: string;
  readonly language: FeedLanguage;
  readonly origin: FeedOrigin;
}

export interface FeedStatus extends FeedSummary {
  readonly lastSuccessAt: number | null;
  /** Consecutive failures. */
  readonly failures: number;
  /** The last error, or why the feed was disabled. */
  readonly reason: string | null;
  readonly disabled: boolean;
  /** Null while disabled. */
  readonly nextPollAt: number | null;
}

export interface FeedRequest {
  readonly url: string;
  readonly name?: string;
  readonly language?: FeedLanguage;
}

export interface FeedAdded {
  readonly feed: FeedSummary;
  /** The feed's own title, when it has one. */
  readonly title: string | null;
  /** Items in the trial fetch. */
  readonly items: number;
  /** True when the URL was a disabled feed's, now enabled again (its id and origin kept). */
  readonly reenabled: boolean;
}

/** A setting's value and where it comes from. */
export interface SettingValue<T> {
  readonly value: T;
  /** `channel`/`platform`: set from chat; `config`: `settings.yaml`; `unset`: nothing yet. */
  readonly source: 'channel' | 'platform' | 'config' | 'unset';
}

export interface SettingsView {
  /** Where warnings go on this platform (disabled feeds); per platform. */
  readonly adminChannel: SettingValue<string | null>;
  readonly locale: SettingValue<Language>;
  readonly digestSize: SettingValue<number>;
  /** The file the defaults come from. */
  readonly file: string;
}

export interface SettingsChange {
  /** A channel id, or null to clear it. */
  readonly adminChannel?: string | null;
  readonly locale?: Language;
  readonly digestSize?: number;
}

/** `alert resume` / `digest resume`: the subscription as it is now, and whether it was paused. */
export interface SubscriptionResumed {
  readonly subscription: Subscription;
  /** False when it was running already (nothing changed). */
  readonly wasPaused: boolean;
}

/** A value offered while typing (the shape of `Completion` in `command.ts`). */
export interface AdminCompletion {
  readonly value: string;
  readonly label: string;
}

export interface AdminPorts {
  readonly subscriptions: Pick<SubscriptionStore, 'list'>;
  /** The config file that holds entries of this origin (`config/subscriptions.yaml`). */
  configFile(kind: 'subscriptions' | 'feeds' | 'settings'): string;

  /** Adds a digest to the channel; cron and timezone are checked as in config. */
  subscribeDigest(
    where: ChannelRef,
    request: DigestRequest,
  ): Result<DigestSubscribed, AdminFailure>;
  /** Removes a chat digest of the channel; without an id, the channel's only chat digest. */
  unsubscribeDigest(where: ChannelRef, id?: number): Result<DigestSubscription, AdminFailure>;
  /**
   * Queues the channel's digest of the last 24 hours now, through the outbox, with its own
   * idempotency key; scheduled digest windows are not touched. It takes the size, language and
   * time zone of the channel's digest subscription, else the channel's settings; `locale` (the
   * requester's) is the language when neither sets one.
   */
  digestNow(where: ChannelRef, locale: Language): Result<DigestNowReport, AdminFailure>;

  /**
   * Validates the query, adds the alert and previews what it would have matched lately. `ping`
   * (a Discord role id the command has checked) is the one role each alert may ping; given for
   * an alert the channel already has, it replaces that alert's role. `limits` sets its quiet
   * hours and cap, on a new alert or on the channel's same chat alert.
   */
  addAlert(
    where: ChannelRef,
    query: string,
    locale?: Language,
    ping?: { readonly role: string },
    limits?: AlertLimitsChange,
  ): Promise<Result<AlertAdded, AdminFailure>>;
  /** Removes a chat alert of this channel. */
  removeAlert(where: ChannelRef, id: number): Result<AlertSubscription, AdminFailure>;
  /**
   * Sets or clears the quiet hours and cap of a chat alert of this channel; an alert from
   * `config/subscriptions.yaml` is changed there (`from-config`).
   */
  setAlertLimits(
    where: ChannelRef,
    id: number,
    change: AlertLimitsChange,
  ): Result<AlertSubscription, AdminFailure>;
  /** How many alerts each alert subscription holds now (quiet hours, cap); absent: none. */
  heldAlerts(): ReadonlyMap<number, number>;

  /**
   * The subscriptions of `kind` on the platform of `where` that post in other channels, grouped
   * by channel, the channel with the most first. Every server's are here: the command keeps
   * those of its own server (`ServerChannels`) before it names one.
   */
  subscriptionsElsewhere(
    where: ChannelRef,
    kind: Subscription['kind'],
  ): readonly ChannelSubscriptions[];

  /**
   * Resumes a subscription of this channel that was paused because the bot lost the channel,
   * config or chat alike (a pause is not a config edit). Only that one resumes: the others of
   * the channel stay paused until resumed too.
   */
  resumeSubscription(
    where: ChannelRef,
    kind: Subscription['kind'],
    id: number,
  ): Result<SubscriptionResumed, AdminFailure>;

  listFeeds(): readonly FeedSummary[];
  feedStatus(): readonly FeedStatus[];
  /** SSRF guard, trial fetch and parse; then the feed is stored and polled by `run`. */
  addFeed(request: FeedRequest): Promise<Result<FeedAdded, AdminFailure>>;
  /** Stops polling a chat feed (its state and items are kept). */
  removeFeed(id: string): Result<FeedSummary, AdminFailure>;

  settings(where: ChannelRef): SettingsView;
  updateSettings(where: ChannelRef, change: SettingsChange): Result<SettingsView, AdminFailure>;

  /** Subscription ids of a channel for completion, by id prefix. */
  completeSubscriptions(
    platform: Platform,
    channel: string,
    prefix: string,
  ): readonly AdminCompletion[];
  /** Active feed ids, by id or name prefix. */
  completeFeeds(prefix: string): readonly AdminCompletion[];
}
