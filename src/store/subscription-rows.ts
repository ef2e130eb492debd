import type { Language, Platform, SubscriptionSeed } from '../core/config-types.js';
import type { DigestWindow, Subscription, SubscriptionOrigin } from '../core/delivery-ports.js';
import {
  formatAlertCap,
  formatQuietHours,
  parseAlertCap,
  parseQuietHours,
} from '../core/alert-limits.js';

/** Rows of `subscriptions` and `digest_windows` as SQLite returns them, and back to types. */

export interface SubscriptionRow {
  id: number;
  platform: string;
  channel: string;
  kind: string;
  query: string | null;
  cron: string | null;
  timezone: string | null;
  locale: string | null;
  size: number | null;
  empty: string | null;
  origin: string;
  created_at: number;
  paused_reason: string | null;
  ping_role: string | null;
  paused_at: number | null;
  quiet: string | null;
  cap: string | null;
}

export interface WindowRow {
  subscription_id: number;
  window_from: number;
  window_to: number;
  from_seq: number;
  to_seq: number;
  outbox_id: number | null;
}

export function naturalKey(seed: SubscriptionSeed): string {
  const target = seed.kind === 'alert' ? seed.query.trim() : `${seed.cron.trim()} ${seed.timezone}`;
  return JSON.stringify([seed.platform, seed.channel, seed.kind, target]);
}

/**
 * The quiet, cap and timezone columns of a seed: an alert's as written (a null timezone: the
 * settings' one), a digest's timezone with no quiet hours or cap.
 */
export function limitColumns(seed: SubscriptionSeed): {
  quiet: string | null;
  cap: string | null;
  timezone: string | null;
} {
  if (seed.kind !== 'alert') return { quiet: null, cap: null, timezone: seed.timezone };
  return {
    quiet: seed.quiet === undefined ? null : formatQuietHours(seed.quiet),
    cap: seed.cap === undefined ? null : formatAlertCap(seed.cap),
    timezone: seed.timezone ?? null,
  };
}

/**
 * An alert's stored quiet hours, cap and timezone; a value that no longer parses counts as none
 * (a null timezone: the settings' one).
 */
function limitsOf(row: SubscriptionRow) {
  const quiet = row.quiet === null ? null : parseQuietHours(row.quiet);
  const cap = row.cap === null ? null : parseAlertCap(row.cap);
  return {
    ...(quiet ? { quiet } : {}),
    ...(cap ? { cap } : {}),
    ...(row.timezone === null ? {} : { timezone: row.timezone }),
  };
}

export function toSubscription(row: SubscriptionRow): Subscription {
  const base = {
    id: row.id,
    platform: row.platform as Platform,
    channel: row.channel,
    locale: row.locale === 'en' || row.locale === 'fr' ? (row.locale as Language) : null,
    origin: (row.origin === 'config' ? 'config' : 'chat') as SubscriptionOrigin,
    createdAt: row.created_at,
    paused: row.paused_at === null ? null : { reason: row.paused_reason ?? '', at: row.paused_at },
  };
  if (row.kind === 'alert')
    return {
      ...base,
      kind: 'alert',
      query: row.query ?? '',
      pingRole: row.ping_role,
      ...limitsOf(row),
    };
  return {
    ...base,
    kind: 'digest',
    cron: row.cron ?? '',
    timezone: row.timezone ?? 'UTC',
    size: row.size,
    ...(row.empty === 'notice' || row.empty === 'skip' ? { empty: row.empty } : {}),
  };
}

export function toWindow(row: WindowRow): DigestWindow {
  return {
    subscriptionId: row.subscription_id,
    from: row.window_from,
    to: row.window_to,
    fromSeq: row.from_seq,
    toSeq: row.to_seq,
    outboxId: row.outbox_id,
  };
}
