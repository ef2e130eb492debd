import type { Language } from '../src/core/config-types.js';

const MONTHS = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  fr: [
    'janv.',
    'févr.',
    'mars',
    'avr.',
    'mai',
    'juin',
    'juil.',
    'août',
    'sept.',
    'oct.',
    'nov.',
    'déc.',
  ],
} as const;

/**
 * `22 Nov 2026` (fr: `22 nov. 2026`, and `1er nov. 2026` as French writes the first of a month),
 * in UTC: the same for every reader of a channel.
 */
export function formatDay(epochMs: number, locale: Language): string {
  const d = new Date(epochMs);
  const day = d.getUTCDate();
  const shown = locale === 'fr' && day === 1 ? '1er' : String(day);
  return `${shown} ${MONTHS[locale][d.getUTCMonth()] ?? ''} ${d.getUTCFullYear()}`;
}

/** `22 Nov 2026, 07:10 UTC` (fr: `22 nov. 2026, 07:10 UTC`). */
export function formatMoment(epochMs: number, locale: Language): string {
  const time = new Date(epochMs).toISOString().slice(11, 16);
  return `${formatDay(epochMs, locale)}, ${time} UTC`;
}
