/**
 * Quiet hours and a cap on an alert subscription: what they are, how they are written
 * (`quiet:22:00-07:00`, `max:6/h`), and the pure time arithmetic that decides whether an alert
 * is held. Shared by the commands, the config schema, the store and the delivery pipeline.
 */

/** Local times of day, in minutes after midnight; `from > to` crosses midnight. */
export interface QuietHours {
  readonly from: number;
  readonly to: number;
}

/** At most `max` alert posts in the rolling hour or day. */
export interface AlertCap {
  readonly max: number;
  readonly per: 'hour' | 'day';
}

/**
 * What `alert add` / `alert set` change: absent leaves it, null clears it (a null timezone: the
 * settings' one again).
 */
export interface AlertLimitsChange {
  readonly quiet?: QuietHours | null;
  readonly cap?: AlertCap | null;
  readonly timezone?: string | null;
}

/** The largest cap accepted: beyond it a cap would never bite. */
export const MAX_CAP = 1000;

const HOUR_MS = 3_600_000;
const RANGE = /^(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})$/;
const CAP = /^(\d{1,4})\s*(?:\/\s*(h|hr|hour|heure|d|day|j|jour))?$/i;
const OFF = new Set(['off', 'none', 'non', 'aucun', 'aucune']);

function minutes(hours: string | undefined, mins: string | undefined): number | null {
  const h = Number(hours);
  const m = Number(mins);
  if (!Number.isInteger(h) || !Number.isInteger(m) || h > 23 || m > 59) return null;
  return h * 60 + m;
}

/**
 * `22:00-07:00` (an en dash too) → quiet hours; `off` → null (clears them); anything else,
 * including an hour past 23 or an empty range (`08:00-08:00`), → undefined.
 */
export function parseQuietHours(text: string): QuietHours | null | undefined {
  const value = text.trim();
  if (OFF.has(value.toLowerCase())) return null;
  const match = RANGE.exec(value);
  if (match === null) return undefined;
  const from = minutes(match[1], match[2]);
  const to = minutes(match[3], match[4]);
  if (from === null || to === null || from === to) return undefined;
  return { from, to };
}

/** `6/h`, `6` (per hour), `20/d` (`/day`, `/j`, `/jour`) → a cap; `off` → null; else undefined. */
export function parseAlertCap(text: string): AlertCap | null | undefined {
  const value = text.trim();
  if (OFF.has(value.toLowerCase())) return null;
  const match = CAP.exec(value);
  if (match === null) return undefined;
  const max = Number(match[1]);
  if (max < 1 || max > MAX_CAP) return undefined;
  const unit = (match[2] ?? 'h').toLowerCase();
  return { max, per: unit.startsWith('h') ? 'hour' : 'day' };
}

/** `off` (or `none`, `non`, `aucun`): the word that clears a limit or an alert's own zone. */
export function isOffWord(text: string): boolean {
  return OFF.has(text.trim().toLowerCase());
}

const pad = (n: number): string => String(n).padStart(2, '0');
const clock = (m: number): string => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;

/** `22:00-07:00`, as stored and typed; `dash: '–'` for reading. */
export function formatQuietHours(quiet: QuietHours, dash = '-'): string {
  return `${clock(quiet.from)}${dash}${clock(quiet.to)}`;
}

/** `6/h` or `20/d`, as stored and typed. */
export function formatAlertCap(cap: AlertCap): string {
  return `${cap.max}/${cap.per === 'hour' ? 'h' : 'd'}`;
}

/** The span a cap counts posts over, in ms. */
export function capWindowMs(cap: AlertCap): number {
  return cap.per === 'hour' ? HOUR_MS : 24 * HOUR_MS;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes after local midnight of `at` in `timezone` (UTC when the zone is unknown). */
export function localMinutes(at: number, timezone: string): number {
  let format = formatters.get(timezone);
  if (format === undefined) {
    const options = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
    try {
      format = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: timezone });
    } catch {
      format = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
    }
    formatters.set(timezone, format);
  }
  const parts = format.formatToParts(at);
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0);
  const minute = Number(parts.find((p) => p.type === 'minute')?.value ?? 0);
  return (hour % 24) * 60 + minute;
}

/**
 * Whether `at` falls in the quiet hours, read on the wall clock of `timezone`: from `from`
 * (included) to `to` (excluded), across midnight when `from > to`. On a day a clock jumps, the
 * hours it skips are simply never quiet, and the hour it repeats is quiet twice.
 */
export function isQuietAt(quiet: QuietHours, at: number, timezone: string): boolean {
  const now = localMinutes(at, timezone);
  return quiet.from < quiet.to
    ? now >= quiet.from && now < quiet.to
    : now >= quiet.from || now < quiet.to;
}
