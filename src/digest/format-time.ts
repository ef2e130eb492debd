/** Dates and windows as a reader in a given timezone and language reads them. */
import type { Language } from '../core/config-types.js';

const LOCALES: Readonly<Record<Language, string>> = { en: 'en-GB', fr: 'fr-FR' };

/** The timezone itself when the runtime knows it, else UTC (a digest is never lost to a bad zone). */
export function safeTimezone(timezone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: timezone });
    return timezone;
  } catch {
    return 'UTC';
  }
}

/** `Tuesday 24 November 2026` / `mardi 24 novembre 2026`. */
export function formatDay(at: number, timezone: string, locale: Language): string {
  return new Intl.DateTimeFormat(LOCALES[locale], {
    timeZone: safeTimezone(timezone),
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(at);
}

/** `23 Nov, 08:00 – 24 Nov, 08:00 (Africa/Bamako)`. */
export function formatWindow(
  window: { readonly from: number; readonly to: number },
  timezone: string,
  locale: Language,
): string {
  const zone = safeTimezone(timezone);
  const format = new Intl.DateTimeFormat(LOCALES[locale], {
    timeZone: zone,
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return `${format.format(window.from)} – ${format.format(window.to)} (${zone})`;
}

/** `26 Jul` / `26 juil.`: a day within the last weeks, as an arc's start is named. */
export function formatShortDay(at: number, timezone: string, locale: Language): string {
  return new Intl.DateTimeFormat(LOCALES[locale], {
    timeZone: safeTimezone(timezone),
    day: 'numeric',
    month: 'short',
  }).format(at);
}
