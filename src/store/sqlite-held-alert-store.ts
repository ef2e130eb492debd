import type Database from 'better-sqlite3';
import { formatQuietHours, parseQuietHours } from '../core/alert-limits.js';
import type { Platform } from '../core/config-types.js';
import type { HeldAlert, HeldAlertStore } from '../core/delivery-ports.js';

interface Row {
  id: number;
  subscription_id: number;
  platform: string;
  channel: string;
  story_id: string;
  reason: string;
  held_at: number;
  quiet: string | null;
  timezone: string | null;
}

/**
 * The SQLite `HeldAlertStore` (migration 012; 013 and 014 keep the quiet hours and the alert's
 * own time zone each was held under). A subscription holds a story once
 * (`UNIQUE (subscription_id, story_id)`); `release` only touches rows still held, so releasing
 * the same rows twice changes nothing.
 */
export function createSqliteHeldAlertStore(db: Database.Database): HeldAlertStore {
  const s = prepare(db);
  return {
    hold(alert) {
      const info = s.insert.run({
        subscription_id: alert.subscriptionId,
        platform: alert.platform,
        channel: alert.channel,
        story_id: alert.storyId,
        reason: alert.reason,
        held_at: alert.heldAt,
        quiet: alert.quiet === undefined ? null : formatQuietHours(alert.quiet),
        timezone: alert.timezone ?? null,
      });
      return info.changes > 0;
    },
    heldIn(platform, channel, storyId) {
      const row = s.inChannel.get(platform, channel, storyId) as
        { held: number; released: number } | undefined;
      if (row === undefined || (row.held === 0 && row.released === 0)) return null;
      return row.held > 0 ? 'held' : 'released';
    },
    pending(subscriptionId) {
      return (s.pending.all(subscriptionId) as Row[]).map(toHeld);
    },
    countPending() {
      const rows = s.counts.all() as { subscription_id: number; n: number }[];
      return new Map(rows.map((r) => [r.subscription_id, r.n]));
    },
    postsSince(subscriptionId, since) {
      const row = s.posts.get({ id: subscriptionId, since }) as { n: number };
      return row.n;
    },
    release(ids, outboxId, now) {
      for (const id of ids) s.release.run({ id, outbox_id: outboxId, now });
    },
    prune(before) {
      return s.prune.run(before).changes;
    },
  };
}

function prepare(db: Database.Database) {
  return {
    insert: db.prepare(
      `INSERT OR IGNORE INTO held_alerts
         (subscription_id, platform, channel, story_id, reason, held_at, quiet, timezone)
       VALUES (@subscription_id, @platform, @channel, @story_id, @reason, @held_at, @quiet,
         @timezone)`,
    ),
    inChannel: db.prepare(
      `SELECT COALESCE(SUM(released_at IS NULL), 0) AS held,
         COALESCE(SUM(released_at IS NOT NULL), 0) AS released
       FROM held_alerts WHERE platform = ? AND channel = ? AND story_id = ?`,
    ),
    pending: db.prepare(
      `SELECT * FROM held_alerts WHERE subscription_id = ? AND released_at IS NULL ORDER BY id`,
    ),
    counts: db.prepare(
      `SELECT subscription_id, COUNT(*) AS n FROM held_alerts WHERE released_at IS NULL
         GROUP BY subscription_id ORDER BY subscription_id`,
    ),
    // Alert rows queued for the subscription, plus its catch-up posts (one per outbox row).
    posts: db.prepare(
      `SELECT
         (SELECT COUNT(*) FROM outbox
            WHERE subscription_id = @id AND kind = 'alert' AND created_at > @since)
         + (SELECT COUNT(DISTINCT outbox_id) FROM held_alerts
            WHERE subscription_id = @id AND outbox_id IS NOT NULL AND released_at > @since) AS n`,
    ),
    release: db.prepare(
      `UPDATE held_alerts SET released_at = @now, outbox_id = @outbox_id
         WHERE id = @id AND released_at IS NULL`,
    ),
    prune: db.prepare('DELETE FROM held_alerts WHERE released_at IS NOT NULL AND released_at < ?'),
  };
}

function toHeld(row: Row): HeldAlert {
  const quiet = row.quiet === null ? undefined : parseQuietHours(row.quiet);
  return {
    ...(quiet === undefined || quiet === null ? {} : { quiet }),
    ...(row.timezone === null ? {} : { timezone: row.timezone }),
    id: row.id,
    subscriptionId: row.subscription_id,
    platform: row.platform as Platform,
    channel: row.channel,
    storyId: row.story_id,
    reason: row.reason === 'cap' ? 'cap' : 'quiet',
    heldAt: row.held_at,
  };
}
