import type { FeedOrigin } from '../core/admin-ports.js';
import type { Language, Platform } from '../core/config-types.js';
import type { FeedRegistration } from '../core/store-ports.js';
import type { SqliteDatabase } from './open-database.js';

/** A channel's own settings; null fields fall back to `settings.yaml`. */
export interface StoredChannelSettings {
  readonly locale: Language | null;
  readonly digestSize: number | null;
}

/** What an alert query is previewed against: a recent story and each outlet's report of it. */
export interface StoryReports {
  readonly id: string;
  readonly title: string;
  readonly url: string | null;
  readonly summary: string;
  readonly lang: string;
  readonly tags: readonly string[];
  readonly entities: readonly string[];
  readonly countries: readonly string[];
  readonly lastSeenAt: number;
  readonly reports: readonly {
    readonly itemId: string;
    readonly feedId: string;
    readonly outlet: string;
  }[];
}

/**
 * The admin side of the store (migration 004): which feeds were added from chat, and the
 * settings admins change from chat (per channel: locale, digest size; per platform: the admin
 * channel). Feed poll state stays in the feed store; this only adds and reads `origin`.
 */
export interface AdminStore {
  /** The origin of every feed row, active or not. */
  feedOrigins(): ReadonlyMap<string, FeedOrigin>;
  /**
   * Registers a chat feed, due at once and never seeded (its first poll seeds the seen-set
   * without alerting), or reactivates a removed one with its state kept.
   */
  addChatFeed(feed: FeedRegistration, now: number): void;
  /** Deactivates a chat feed; false when no active chat feed has this id. */
  deactivateChatFeed(feedId: string): boolean;
  /** True when an active chat feed polls this URL (the poller guards those against SSRF). */
  isChatFeedUrl(url: string): boolean;
  channelSettings(platform: Platform, channel: string): StoredChannelSettings;
  setChannelSettings(
    platform: Platform,
    channel: string,
    change: Partial<StoredChannelSettings>,
    now: number,
  ): void;
  adminChannel(platform: Platform): string | null;
  setAdminChannel(platform: Platform, channel: string | null, now: number): void;
  /**
   * Stories first seen in `(from, to]`, most recently seen first, with their reports: one query
   * that skips what previews do not need (clustering signatures, per-language summaries).
   */
  storyReports(from: number, to: number): readonly StoryReports[];
}

interface ReportRow {
  id: string;
  title: string;
  url: string | null;
  summary: string;
  lang: string;
  tags: string;
  entities: string;
  countries: string;
  last_seen_at: number;
  item_id: string;
  feed_id: string;
  outlet: string;
}

interface ChannelRow {
  locale: string | null;
  digest_size: number | null;
}

/** The SQLite `AdminStore` over the bot's database. */
export function createSqliteAdminStore(db: SqliteDatabase): AdminStore {
  const s = {
    origins: db.prepare('SELECT id, origin FROM feeds'),
    insertFeed: db.prepare(`INSERT INTO feeds
        (id, url, name, language, tier, interval_ms, active, next_poll_at, origin, created_at)
      VALUES (@id, @url, @name, @language, @tier, @intervalMs, 1, @now, 'chat', @now)
      ON CONFLICT (id) DO UPDATE SET url = excluded.url, name = excluded.name,
        language = excluded.language, tier = excluded.tier, interval_ms = excluded.interval_ms,
        active = 1, origin = 'chat', next_poll_at = excluded.next_poll_at,
        disabled_code = NULL, disabled_reason = NULL, disabled_at = NULL, failures = 0`),
    deactivate: db.prepare(
      `UPDATE feeds SET active = 0 WHERE id = ? AND origin = 'chat' AND active = 1`,
    ),
    chatUrl: db.prepare(
      `SELECT 1 FROM feeds WHERE url = ? AND origin = 'chat' AND active = 1 LIMIT 1`,
    ),
    channel: db.prepare(
      'SELECT locale, digest_size FROM channel_settings WHERE platform = ? AND channel = ?',
    ),
    upsertChannel:
      db.prepare(`INSERT INTO channel_settings (platform, channel, locale, digest_size, updated_at)
      VALUES (@platform, @channel, @locale, @digestSize, @now)
      ON CONFLICT (platform, channel) DO UPDATE SET locale = excluded.locale,
        digest_size = excluded.digest_size, updated_at = excluded.updated_at`),
    admin: db.prepare('SELECT admin_channel FROM platform_settings WHERE platform = ?').pluck(),
    reports: db.prepare(`SELECT s.id, s.title, s.url, s.summary, s.lang, s.tags, s.entities,
        s.countries, s.last_seen_at, i.item_id, i.feed_id, i.outlet
      FROM stories s JOIN story_items i ON i.story_id = s.id
      WHERE s.first_seen_at > ? AND s.first_seen_at <= ?
      ORDER BY s.last_seen_at DESC, s.seq DESC, i.position`),
    upsertAdmin: db.prepare(`INSERT INTO platform_settings (platform, admin_channel, updated_at)
      VALUES (?, ?, ?)
      ON CONFLICT (platform) DO UPDATE SET admin_channel = excluded.admin_channel,
        updated_at = excluded.updated_at`),
  };

  const channelSettings = (platform: Platform, channel: string): StoredChannelSettings => {
    const row = s.channel.get(platform, channel) as ChannelRow | undefined;
    const locale = row?.locale;
    return {
      locale: locale === 'en' || locale === 'fr' ? locale : null,
      digestSize: row?.digest_size ?? null,
    };
  };

  return {
    feedOrigins() {
      const rows = s.origins.all() as { id: string; origin: string }[];
      return new Map(rows.map((r) => [r.id, r.origin === 'chat' ? 'chat' : 'config'] as const));
    },
    addChatFeed(feed, now) {
      s.insertFeed.run({ ...feed, now });
    },
    deactivateChatFeed: (feedId) => s.deactivate.run(feedId).changes > 0,
    isChatFeedUrl: (url) => s.chatUrl.get(url) !== undefined,
    channelSettings,
    setChannelSettings(platform, channel, change, now) {
      const current = channelSettings(platform, channel);
      s.upsertChannel.run({
        platform,
        channel,
        locale: change.locale === undefined ? current.locale : change.locale,
        digestSize: change.digestSize === undefined ? current.digestSize : change.digestSize,
        now,
      });
    },
    adminChannel: (platform) => (s.admin.get(platform) as string | null | undefined) ?? null,
    setAdminChannel(platform, channel, now) {
      s.upsertAdmin.run(platform, channel, now);
    },
    storyReports(from, to) {
      const stories: (StoryReports & { reports: StoryReports['reports'][number][] })[] = [];
      for (const row of s.reports.iterate(from, to) as Iterable<ReportRow>) {
        let story = stories[stories.length - 1];
        if (story?.id !== row.id) {
          story = {
            id: row.id,
            title: row.title,
            url: row.url,
            summary: row.summary,
            lang: row.lang,
            tags: JSON.parse(row.tags) as string[],
            entities: JSON.parse(row.entities) as string[],
            countries: JSON.parse(row.countries) as string[],
            lastSeenAt: row.last_seen_at,
            reports: [],
          };
          stories.push(story);
        }
        story.reports.push({ itemId: row.item_id, feedId: row.feed_id, outlet: row.outlet });
      }
      return stories;
    },
  };
}
