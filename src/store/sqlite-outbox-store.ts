import type Database from 'better-sqlite3';
import type { OutboxKind, OutboxRow, OutboxStatus, OutboxStore } from '../core/delivery-ports.js';
import type { Platform } from '../core/config-types.js';
import type { Message } from '../core/message.js';

interface Row {
  id: number;
  platform: string;
  channel: string;
  kind: string;
  subscription_id: number | null;
  story_id: string | null;
  payload: string;
  idempotency_key: string;
  edit_of: number | null;
  arc_id: string | null;
  status: string;
  attempts: number;
  next_attempt_at: number;
  remote_id: string | null;
  last_error: string | null;
  claimed_by: string | null;
  lease_until: number | null;
  created_at: number;
  updated_at: number;
}

const STATUSES: readonly OutboxStatus[] = ['pending', 'sending', 'sent', 'failed', 'unknown'];

/**
 * The SQLite `OutboxStore`. A claim is one `UPDATE … RETURNING` statement, so two workers on
 * the same database file (`run` and a `once`) never take the same row.
 */
export function createSqliteOutboxStore(db: Database.Database): OutboxStore {
  const s = prepare(db);
  const inList = (platforms: readonly Platform[]): string => JSON.stringify(platforms);

  return {
    enqueue(row, now) {
      const info = s.insert.run({
        platform: row.platform,
        channel: row.channel,
        kind: row.kind,
        subscription_id: row.subscriptionId,
        story_id: row.storyId,
        payload: JSON.stringify(row.message),
        idempotency_key: row.idempotencyKey,
        edit_of: row.editOf ?? null,
        arc_id: row.arcId ?? null,
        now,
      });
      if (info.changes > 0) return { id: Number(info.lastInsertRowid), inserted: true };
      const existing = s.byKey.get(row.idempotencyKey) as Row;
      return { id: existing.id, inserted: false };
    },
    get(id) {
      return toRow(s.get.get(id) as Row | undefined);
    },
    findByKey(key) {
      return toRow(s.byKey.get(key) as Row | undefined);
    },
    arcPosts(platform, channel, arcId) {
      return (s.arcPosts.all(platform, channel, arcId) as Row[]).flatMap((row) => toRow(row) ?? []);
    },
    latestArcAlert(platform, channel, arcId) {
      return toRow(s.latestArcAlert.get(platform, channel, arcId) as Row | undefined);
    },
    arcAlertsSince(platform, channel, arcId, since) {
      const rows = s.arcAlertsSince.all(platform, channel, arcId, since) as Row[];
      return rows.flatMap((row) => toRow(row) ?? []);
    },
    findAlert(platform, channel, storyId) {
      return toRow(s.alert.get(platform, channel, storyId) as Row | undefined);
    },
    findPendingEdit(editOf) {
      return toRow(s.pendingEdit.get(editOf) as Row | undefined);
    },
    alertsOfStory(storyId) {
      return (s.storyAlerts.all(storyId) as Row[]).map((row) => toRow(row) as OutboxRow);
    },
    addRetelling(alertId, storyId, now) {
      s.addRetelling.run(alertId, storyId, now);
    },
    retellingsOf(alertId) {
      return (s.retellingsOf.all(alertId) as { story_id: string }[]).map((r) => r.story_id);
    },
    alertsRetoldBy(storyId) {
      return (s.alertsRetoldBy.all(storyId) as Row[]).map((row) => toRow(row) as OutboxRow);
    },
    replacePendingMessage(id, message, now) {
      return s.replace.run(JSON.stringify(message), now, id).changes > 0;
    },
    claimNext(now, owner, leaseMs, platforms) {
      const row = s.claim.get({
        now,
        owner,
        lease: now + leaseMs,
        platforms: inList(platforms),
      }) as Row | undefined;
      return toRow(row);
    },
    markSent(id, owner, remoteId, now) {
      return db.transaction(() => {
        if (s.sent.run(remoteId, now, id, owner).changes === 0) return false;
        s.editedParts.run({ id, remote_id: remoteId, now });
        return true;
      })();
    },
    editTarget(id) {
      const target = s.editTarget.get(id) as
        { remote_id: string | null; doubts: number; legacy: number } | undefined;
      if (target === undefined || target.remote_id === null) return null;
      return { remoteId: target.remote_id, complete: target.doubts === 0 && target.legacy === 0 };
    },
    reschedule(id, owner, nextAttemptAt, reason, now) {
      return s.reschedule.run(nextAttemptAt, reason, now, id, owner).changes > 0;
    },
    markFailed(id, owner, reason, now) {
      return s.failed.run(reason, now, id, owner).changes > 0;
    },
    listSending() {
      return (s.sending.all() as Row[]).map((row) => toRow(row) as OutboxRow);
    },
    recover(id, to, reason, now) {
      return s.recover.run({ id, to, reason, now }).changes > 0;
    },
    nextDueAt(platforms) {
      return (s.nextDue.get({ platforms: inList(platforms) }) as { at: number | null }).at;
    },
    list(filter = {}) {
      const rows = (
        filter.status === undefined
          ? s.listAll.all(filter.limit ?? -1)
          : s.listStatus.all(filter.status, filter.limit ?? -1)
      ) as Row[];
      return rows.map((row) => toRow(row) as OutboxRow);
    },
    prune(before) {
      return db.transaction(() => s.pruneEdits.run(before).changes + s.prune.run(before).changes)();
    },
    counts() {
      const counts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<
        OutboxStatus,
        number
      >;
      for (const row of s.counts.all() as { status: OutboxStatus; n: number }[])
        counts[row.status] = row.n;
      return counts;
    },
  };
}

function prepare(db: Database.Database) {
  const platformIn = 'platform IN (SELECT value FROM json_each(@platforms))';
  return {
    insert: db.prepare(
      `INSERT OR IGNORE INTO outbox (platform, channel, kind, subscription_id, story_id, payload,
         idempotency_key, edit_of, arc_id, status, attempts, next_attempt_at, created_at, updated_at)
       VALUES (@platform, @channel, @kind, @subscription_id, @story_id, @payload, @idempotency_key,
         @edit_of, @arc_id, 'pending', 0, @now, @now, @now)`,
    ),
    arcPosts: db.prepare(
      `SELECT * FROM outbox WHERE platform = ? AND channel = ? AND arc_id = ? AND kind = 'alert'
         AND status = 'sent' ORDER BY id`,
    ),
    latestArcAlert: db.prepare(
      `SELECT * FROM outbox WHERE platform = ? AND channel = ? AND arc_id = ? AND kind = 'alert'
         ORDER BY id DESC LIMIT 1`,
    ),
    arcAlertsSince: db.prepare(
      `SELECT * FROM outbox WHERE platform = ? AND channel = ? AND arc_id = ? AND kind = 'alert'
         AND created_at >= ? ORDER BY id`,
    ),
    byKey: db.prepare('SELECT * FROM outbox WHERE idempotency_key = ?'),
    get: db.prepare('SELECT * FROM outbox WHERE id = ?'),
    alert: db.prepare(
      `SELECT * FROM outbox WHERE platform = ? AND channel = ? AND story_id = ? AND kind = 'alert'
       ORDER BY id LIMIT 1`,
    ),
    pendingEdit: db.prepare(
      `SELECT * FROM outbox WHERE edit_of = ? AND status = 'pending' ORDER BY id DESC LIMIT 1`,
    ),
    storyAlerts: db.prepare(
      `SELECT * FROM outbox WHERE story_id = ? AND kind = 'alert' ORDER BY id`,
    ),
    addRetelling: db.prepare(
      'INSERT OR IGNORE INTO alert_retellings (alert_id, story_id, created_at) VALUES (?, ?, ?)',
    ),
    retellingsOf: db.prepare(
      'SELECT story_id FROM alert_retellings WHERE alert_id = ? ORDER BY created_at, story_id',
    ),
    alertsRetoldBy: db.prepare(
      `SELECT o.* FROM alert_retellings r JOIN outbox o ON o.id = r.alert_id
       WHERE r.story_id = ? ORDER BY o.id`,
    ),
    replace: db.prepare(
      `UPDATE outbox SET payload = ?, updated_at = ? WHERE id = ? AND status = 'pending'`,
    ),
    claim: db.prepare(
      `UPDATE outbox SET status = 'sending', attempts = attempts + 1, claimed_by = @owner,
         lease_until = @lease, updated_at = @now
       WHERE id = (SELECT id FROM outbox INDEXED BY outbox_pending
                   WHERE status = 'pending' AND next_attempt_at <= @now
                   AND ${platformIn} ORDER BY id LIMIT 1)
       RETURNING *`,
    ),
    sent: db.prepare(
      `UPDATE outbox SET status = 'sent', remote_id = ?, last_error = NULL, lease_until = NULL,
         updated_at = ? WHERE id = ? AND status = 'sending' AND claimed_by = ?`,
    ),
    // An edit's answer names every part of the post after it: the next edit starts from it.
    editedParts: db.prepare(
      `UPDATE outbox SET edited_parts = @remote_id, edited_at = @now
       WHERE id = (SELECT edit_of FROM outbox WHERE id = @id AND kind = 'update')`,
    ),
    // Doubts: another edit of the post attempted and not recorded as sent since the latest one
    // was (it may have posted parts). Legacy: an edit sent before edited parts were kept.
    editTarget: db.prepare(
      `SELECT COALESCE(o.edited_parts, o.remote_id) AS remote_id,
         (SELECT COUNT(*) FROM outbox d WHERE d.edit_of = o.id AND d.id != u.id
            AND d.attempts > 0 AND d.status != 'sent'
            AND d.updated_at >= COALESCE(o.edited_at, 0)) AS doubts,
         (o.edited_parts IS NULL AND EXISTS (SELECT 1 FROM outbox d WHERE d.edit_of = o.id
            AND d.id != u.id AND d.status = 'sent')) AS legacy
       FROM outbox u JOIN outbox o ON o.id = u.edit_of
       WHERE u.id = ? AND u.kind = 'update' AND o.status = 'sent'`,
    ),
    reschedule: db.prepare(
      `UPDATE outbox SET status = 'pending', next_attempt_at = ?, last_error = ?, claimed_by = NULL,
         lease_until = NULL, updated_at = ? WHERE id = ? AND status = 'sending' AND claimed_by = ?`,
    ),
    failed: db.prepare(
      `UPDATE outbox SET status = 'failed', last_error = ?, lease_until = NULL, updated_at = ?
       WHERE id = ? AND status = 'sending' AND claimed_by = ?`,
    ),
    sending: db.prepare(`SELECT * FROM outbox WHERE status = 'sending' ORDER BY id`),
    recover: db.prepare(
      `UPDATE outbox SET status = @to, last_error = COALESCE(@reason, last_error), claimed_by = NULL,
         lease_until = NULL, next_attempt_at = @now, updated_at = @now
       WHERE id = @id AND status = 'sending'`,
    ),
    nextDue: db.prepare(
      `SELECT MIN(next_attempt_at) AS at FROM outbox WHERE status = 'pending' AND ${platformIn}`,
    ),
    listAll: db.prepare('SELECT * FROM outbox ORDER BY id LIMIT ?'),
    listStatus: db.prepare('SELECT * FROM outbox WHERE status = ? ORDER BY id LIMIT ?'),
    counts: db.prepare('SELECT status, COUNT(*) AS n FROM outbox GROUP BY status'),
    // Edits go first: an alert can only be deleted once no row edits it any more.
    pruneEdits: db.prepare(
      `DELETE FROM outbox WHERE kind = 'update' AND status IN ('sent', 'failed', 'unknown') AND updated_at < ?`,
    ),
    prune: db.prepare(
      `DELETE FROM outbox WHERE status IN ('sent', 'failed', 'unknown') AND updated_at < ?
         AND id NOT IN (SELECT edit_of FROM outbox WHERE edit_of IS NOT NULL)`,
    ),
  };
}

function toRow(row: Row | undefined): OutboxRow | null {
  if (!row) return null;
  return {
    id: row.id,
    platform: row.platform as Platform,
    channel: row.channel,
    kind: row.kind as OutboxKind,
    subscriptionId: row.subscription_id,
    storyId: row.story_id,
    message: JSON.parse(row.payload) as Message,
    idempotencyKey: row.idempotency_key,
    editOf: row.edit_of,
    arcId: row.arc_id,
    status: row.status as OutboxStatus,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    remoteId: row.remote_id,
    lastError: row.last_error,
    claimedBy: row.claimed_by,
    leaseUntil: row.lease_until,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
