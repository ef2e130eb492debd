import type Database from 'better-sqlite3';
import type {
  Subscription,
  SubscriptionOrigin,
  SubscriptionStore,
} from '../core/delivery-ports.js';
import type { AlertLimitStore, AlertPingStore } from '../core/admin-ports.js';
import { formatAlertCap, formatQuietHours } from '../core/alert-limits.js';
import type { SubscriptionSeed } from '../core/config-types.js';
import type { Clock } from '../core/ports.js';
import {
  limitColumns,
  naturalKey,
  toSubscription,
  toWindow,
  type SubscriptionRow,
  type WindowRow,
} from './subscription-rows.js';

export interface SqliteSubscriptionStoreDeps {
  readonly db: Database.Database;
  readonly clock: Clock;
}

/**
 * The SQLite `SubscriptionStore`. Two subscriptions are the same when platform, channel, kind
 * and query (alerts) or cron + timezone (digests) are equal; adding one again returns the first.
 * A pause (migration 006) lives in the subscription's own row: seeding refreshes a config
 * subscription's locale, size and empty-digest rule (migration 011) but never its pause, so neither a restart nor a config reload
 * resumes a channel the bot lost. An alert's role ping (migration 007) is set from chat only
 * (`setPingRole`), so seeding never adds or clears one. An alert's quiet hours and cap
 * (migration 012) and the zone its quiet hours are read in come from the file for a config
 * alert (seeding refreshes them) and from `setAlertLimits` for a chat one. That zone lives in
 * the `timezone` column digests already use (NULL for an alert: settings.yaml's timezone), so it
 * needs no migration of its own.
 */
export function createSqliteSubscriptionStore(
  deps: SqliteSubscriptionStoreDeps,
): SubscriptionStore & AlertPingStore & AlertLimitStore {
  const { db, clock } = deps;
  const s = prepare(db);

  function add(seed: SubscriptionSeed, origin: SubscriptionOrigin): Subscription {
    const key = naturalKey(seed);
    s.insert.run({
      platform: seed.platform,
      channel: seed.channel,
      kind: seed.kind,
      query: seed.kind === 'alert' ? seed.query : null,
      cron: seed.kind === 'digest' ? seed.cron : null,
      locale: seed.locale ?? null,
      size: seed.kind === 'digest' ? (seed.size ?? null) : null,
      empty: seed.kind === 'digest' ? (seed.empty ?? null) : null,
      ...limitColumns(seed),
      origin,
      natural_key: key,
      created_at: clock.now(),
    });
    return toSubscription(s.byKey.get(key) as SubscriptionRow);
  }

  return {
    add,
    seed(seeds) {
      return db.transaction(() => {
        const before = new Set(
          (s.configKeys.all() as { natural_key: string }[]).map((r) => r.natural_key),
        );
        const wanted = new Set<string>();
        let added = 0;
        for (const seed of seeds) {
          const key = naturalKey(seed);
          wanted.add(key);
          if (!before.has(key) && !s.byKey.get(key)) added += 1;
          add(seed, 'config');
          s.refresh.run({
            key,
            locale: seed.locale ?? null,
            size: seed.kind === 'digest' ? (seed.size ?? null) : null,
            empty: seed.kind === 'digest' ? (seed.empty ?? null) : null,
            ...limitColumns(seed),
          });
        }
        let removed = 0;
        for (const key of before) {
          if (!wanted.has(key)) removed += s.removeByKey.run(key).changes;
        }
        return { added, kept: wanted.size - added, removed };
      })();
    },
    remove(id) {
      return s.remove.run(id).changes > 0;
    },
    setPingRole(id, role) {
      s.setPingRole.run({ id, role });
    },
    setAlertLimits(id, change) {
      if (change.quiet !== undefined)
        s.setQuiet.run({
          id,
          quiet: change.quiet === null ? null : formatQuietHours(change.quiet),
        });
      if (change.cap !== undefined)
        s.setCap.run({ id, cap: change.cap === null ? null : formatAlertCap(change.cap) });
      if (change.timezone !== undefined) s.setTimezone.run({ id, timezone: change.timezone });
    },
    get(id) {
      const row = s.get.get(id) as SubscriptionRow | undefined;
      return row ? toSubscription(row) : null;
    },
    list(filter = {}) {
      const rows = s.list.all() as SubscriptionRow[];
      return rows
        .filter(
          (row) =>
            (filter.kind === undefined || row.kind === filter.kind) &&
            (filter.platform === undefined || row.platform === filter.platform) &&
            (filter.channel === undefined || row.channel === filter.channel),
        )
        .map(toSubscription);
    },
    pause(platform, channel, reason, at) {
      return db.transaction(() => {
        const running = (s.list.all() as SubscriptionRow[]).filter(
          (row) => row.platform === platform && row.channel === channel && row.paused_at === null,
        );
        for (const row of running) s.pause.run({ id: row.id, reason, at });
        return running.map((row) =>
          toSubscription({ ...row, paused_reason: reason, paused_at: at }),
        );
      })();
    },
    resume(target) {
      return db.transaction(() => {
        const paused = (s.list.all() as SubscriptionRow[]).filter(
          (row) =>
            row.paused_at !== null &&
            (typeof target === 'number'
              ? row.id === target
              : row.platform === target.platform && row.channel === target.channel),
        );
        for (const row of paused) s.resume.run(row.id);
        return paused.map((row) =>
          toSubscription({ ...row, paused_reason: null, paused_at: null }),
        );
      })();
    },
    lastDigest(subscriptionId) {
      const row = s.lastWindow.get(subscriptionId) as WindowRow | undefined;
      return row ? toWindow(row) : null;
    },
    pruneDigests(before) {
      return s.pruneWindows.run(before).changes;
    },
    recordDigest(window) {
      s.insertWindow.run({
        subscription_id: window.subscriptionId,
        window_from: window.from,
        window_to: window.to,
        from_seq: window.fromSeq,
        to_seq: window.toSeq,
        outbox_id: window.outboxId,
      });
    },
  };
}

/**
 * Subscriptions with the channel's settings (migration 004) filled in: a subscription's own
 * locale and size win, then the channel's, and null still means `settings.yaml`.
 */
const SELECT_EFFECTIVE = `SELECT s.id, s.platform, s.channel, s.kind, s.query, s.cron, s.timezone,
    COALESCE(s.locale, c.locale) AS locale, COALESCE(s.size, c.digest_size) AS size, s.empty, s.origin,
    s.natural_key, s.created_at, s.paused_reason, s.paused_at, s.ping_role, s.quiet, s.cap
  FROM subscriptions s
  LEFT JOIN channel_settings c ON c.platform = s.platform AND c.channel = s.channel`;

function prepare(db: Database.Database) {
  return {
    insert: db.prepare(
      `INSERT OR IGNORE INTO subscriptions
         (platform, channel, kind, query, cron, timezone, locale, size, empty, quiet, cap, origin,
           natural_key, created_at)
       VALUES (@platform, @channel, @kind, @query, @cron, @timezone, @locale, @size, @empty, @quiet,
         @cap, @origin, @natural_key, @created_at)`,
    ),
    refresh: db.prepare(
      `UPDATE subscriptions SET locale = @locale, size = @size, empty = @empty, quiet = @quiet,
         cap = @cap, timezone = @timezone WHERE natural_key = @key AND origin = 'config'`,
    ),
    byKey: db.prepare(`${SELECT_EFFECTIVE} WHERE s.natural_key = ?`),
    configKeys: db.prepare(`SELECT natural_key FROM subscriptions WHERE origin = 'config'`),
    removeByKey: db.prepare(
      `DELETE FROM subscriptions WHERE natural_key = ? AND origin = 'config'`,
    ),
    remove: db.prepare('DELETE FROM subscriptions WHERE id = ?'),
    setPingRole: db.prepare(
      `UPDATE subscriptions SET ping_role = @role WHERE id = @id AND kind = 'alert'`,
    ),
    setQuiet: db.prepare(
      `UPDATE subscriptions SET quiet = @quiet WHERE id = @id AND kind = 'alert'`,
    ),
    setCap: db.prepare(`UPDATE subscriptions SET cap = @cap WHERE id = @id AND kind = 'alert'`),
    setTimezone: db.prepare(
      `UPDATE subscriptions SET timezone = @timezone WHERE id = @id AND kind = 'alert'`,
    ),
    pause: db.prepare(
      `UPDATE subscriptions SET paused_reason = @reason, paused_at = @at
         WHERE id = @id AND paused_at IS NULL`,
    ),
    resume: db.prepare(
      'UPDATE subscriptions SET paused_reason = NULL, paused_at = NULL WHERE id = ?',
    ),
    get: db.prepare(`${SELECT_EFFECTIVE} WHERE s.id = ?`),
    list: db.prepare(`${SELECT_EFFECTIVE} ORDER BY s.id`),
    lastWindow: db.prepare(
      'SELECT * FROM digest_windows WHERE subscription_id = ? ORDER BY window_to DESC LIMIT 1',
    ),
    pruneWindows: db.prepare(
      `DELETE FROM digest_windows WHERE window_to < ? AND window_to <
         (SELECT MAX(w.window_to) FROM digest_windows w WHERE w.subscription_id = digest_windows.subscription_id)`,
    ),
    insertWindow: db.prepare(
      `INSERT INTO digest_windows (subscription_id, window_from, window_to, from_seq, to_seq, outbox_id)
       VALUES (@subscription_id, @window_from, @window_to, @from_seq, @to_seq, @outbox_id)`,
    ),
  };
}
