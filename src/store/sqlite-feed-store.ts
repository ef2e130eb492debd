import type { FeedFailureCode } from '../core/item.js';
import type {
  FeedRegistration,
  FeedState,
  FeedStateStore,
  FeedStateUpdate,
  FeedSyncReport,
} from '../core/store-ports.js';
import type { Statement } from 'better-sqlite3';
import type { SqliteDatabase } from './open-database.js';

interface FeedRow {
  id: string;
  url: string;
  name: string;
  language: string;
  tier: number;
  interval_ms: number;
  active: number;
  etag: string | null;
  last_modified: string | null;
  body_hash: string | null;
  next_poll_at: number;
  last_polled_at: number | null;
  last_success_at: number | null;
  failures: number;
  last_error_code: string | null;
  last_error: string | null;
  disabled_code: string | null;
  disabled_reason: string | null;
  disabled_at: number | null;
  seeded_at: number | null;
  /** `config` or `chat` (migration 004). */
  origin?: string;
}

/** The SQLite `FeedStateStore`: one row per feed, kept even when it leaves the configuration. */
export function createSqliteFeedStore(db: SqliteDatabase): FeedStateStore {
  const selectAll = db.prepare('SELECT * FROM feeds ORDER BY id');
  const selectOne = db.prepare('SELECT * FROM feeds WHERE id = ?');
  const selectByUrl = db.prepare('SELECT * FROM feeds WHERE url = ? ORDER BY active DESC, id LIMIT 1');
  const selectDue = db.prepare(
    'SELECT * FROM feeds WHERE active = 1 AND disabled_code IS NULL AND next_poll_at <= ? ORDER BY next_poll_at, id',
  );
  const insert = db.prepare(`INSERT INTO feeds (id, url, name, language, tier, interval_ms, active, next_poll_at, created_at)
    VALUES (@id, @url, @name, @language, @tier, @intervalMs, 1, @nextPollAt, @now)`);
  const refresh = db.prepare(`UPDATE feeds SET url = @url, name = @name, language = @language, tier = @tier,
    interval_ms = @intervalMs, active = 1 WHERE id = @id`);
  const deactivate = db.prepare('UPDATE feeds SET active = 0 WHERE id = ?');
  const claimForConfig = db.prepare(`UPDATE feeds SET origin = 'config' WHERE id = ? AND origin = 'chat'`);
  // One prepared UPDATE per combination of fields; a poll writes one of a handful.
  const updates = new Map<string, Statement>();

  const register = (feed: FeedRegistration, nextPollAt: number): 'added' | 'updated' | 'same' => {
    const row = selectOne.get(feed.id) as FeedRow | undefined;
    if (!row) {
      insert.run({ ...feed, nextPollAt, now: Date.now() });
      return 'added';
    }
    if (sameRegistration(row, feed)) return 'same';
    refresh.run(feed);
    return 'updated';
  };

  return {
    sync(feeds, nextPollAt) {
      return db.transaction((): FeedSyncReport => {
        const added: string[] = [];
        const updated: string[] = [];
        for (const feed of feeds) {
          const outcome = register(feed, nextPollAt(feed));
          // A feed the config lists is the config's, even if it was first added from chat.
          claimForConfig.run(feed.id);
          if (outcome === 'added') added.push(feed.id);
          if (outcome === 'updated') updated.push(feed.id);
        }
        const keep = new Set(feeds.map((f) => f.id));
        const deactivated: string[] = [];
        for (const row of selectAll.all() as FeedRow[]) {
          // Feeds added from chat are not in the config: the sync leaves them alone.
          if (row.active === 1 && row.origin !== 'chat' && !keep.has(row.id)) {
            deactivate.run(row.id);
            deactivated.push(row.id);
          }
        }
        return { added, updated, deactivated };
      })();
    },
    upsert(feed, nextPollAt) {
      register(feed, nextPollAt);
      return toState(selectOne.get(feed.id) as FeedRow);
    },
    list: () => (selectAll.all() as FeedRow[]).map(toState),
    get(feedId) {
      const row = selectOne.get(feedId) as FeedRow | undefined;
      return row ? toState(row) : null;
    },
    findByUrl(url) {
      const row = selectByUrl.get(url) as FeedRow | undefined;
      return row ? toState(row) : null;
    },
    due: (now) => (selectDue.all(now) as FeedRow[]).map(toState),
    update(feedId, update) {
      const columns = toColumns(update);
      const names = Object.keys(columns);
      if (names.length === 0) return;
      const sql = `UPDATE feeds SET ${names.map((n) => `${n} = @${n}`).join(', ')} WHERE id = @id`;
      let statement = updates.get(sql);
      if (!statement) {
        statement = db.prepare(sql);
        updates.set(sql, statement);
      }
      statement.run({ ...columns, id: feedId });
    },
  };
}

function sameRegistration(row: FeedRow, feed: FeedRegistration): boolean {
  return (
    row.active === 1 &&
    row.url === feed.url &&
    row.name === feed.name &&
    row.language === feed.language &&
    row.tier === feed.tier &&
    row.interval_ms === feed.intervalMs
  );
}

type ColumnValue = string | number | null;

/** Maps a partial update onto column values; only the fields present are written. */
function toColumns(update: FeedStateUpdate): Record<string, ColumnValue> {
  const c: Record<string, ColumnValue> = {};
  if (update.validators) {
    c.etag = update.validators.etag;
    c.last_modified = update.validators.lastModified;
    c.body_hash = update.validators.bodyHash;
  }
  if (update.nextPollAt !== undefined) c.next_poll_at = update.nextPollAt;
  if (update.lastPolledAt !== undefined) c.last_polled_at = update.lastPolledAt;
  if (update.lastSuccessAt !== undefined) c.last_success_at = update.lastSuccessAt;
  if (update.failures !== undefined) c.failures = update.failures;
  if (update.seededAt !== undefined) c.seeded_at = update.seededAt;
  if (update.lastError !== undefined) {
    c.last_error_code = update.lastError?.code ?? null;
    c.last_error = update.lastError?.message ?? null;
  }
  if (update.disabled !== undefined) {
    c.disabled_code = update.disabled?.code ?? null;
    c.disabled_reason = update.disabled?.reason ?? null;
    c.disabled_at = update.disabled?.at ?? null;
  }
  return c;
}

function toState(row: FeedRow): FeedState {
  return {
    id: row.id,
    url: row.url,
    name: row.name,
    language: row.language as FeedState['language'],
    tier: row.tier as FeedState['tier'],
    intervalMs: row.interval_ms,
    active: row.active === 1,
    validators: { etag: row.etag, lastModified: row.last_modified, bodyHash: row.body_hash },
    nextPollAt: row.next_poll_at,
    lastPolledAt: row.last_polled_at,
    lastSuccessAt: row.last_success_at,
    failures: row.failures,
    lastError:
      row.last_error_code === null
        ? null
        : { code: row.last_error_code as FeedFailureCode, message: row.last_error ?? '' },
    disabled:
      row.disabled_code === null
        ? null
        : {
            code: row.disabled_code as FeedFailureCode,
            reason: row.disabled_reason ?? '',
            at: row.disabled_at ?? 0,
          },
    seededAt: row.seeded_at,
  };
}
