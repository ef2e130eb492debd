import { describe, expect, it } from 'vitest';
import {
  formatAlertCap,
  formatQuietHours,
  isQuietAt,
  localMinutes,
  parseAlertCap,
  parseQuietHours,
} from '../../../src/core/alert-limits.js';

const NIGHT = { from: 22 * 60, to: 7 * 60 };
const at = (iso: string): number => Date.parse(iso);

describe('quiet hours', () => {
  it('parse a range, crossing midnight or not, and off', () => {
    expect(parseQuietHours('22:00-07:00')).toEqual(NIGHT);
    expect(parseQuietHours(' 9:30–12:15 ')).toEqual({ from: 570, to: 735 });
    expect(parseQuietHours('off')).toBeNull();
    expect(formatQuietHours(NIGHT)).toBe('22:00-07:00');
    expect(formatQuietHours({ from: 570, to: 735 }, '–')).toBe('09:30–12:15');
  });

  it('refuse an hour past 23, minutes past 59, an empty range and words', () => {
    for (const bad of ['25:00-07:00', '22:60-07:00', '08:00-08:00', 'night', '22-7', ''])
      expect(parseQuietHours(bad), bad).toBeUndefined();
  });

  it('cross midnight: 22:00 to 07:00 holds 23:59 and 06:59, not 07:00 or 21:59', () => {
    const zone = 'Africa/Bamako';
    expect(isQuietAt(NIGHT, at('2026-12-06T22:00:00Z'), zone)).toBe(true);
    expect(isQuietAt(NIGHT, at('2026-12-06T23:59:00Z'), zone)).toBe(true);
    expect(isQuietAt(NIGHT, at('2026-12-07T06:59:00Z'), zone)).toBe(true);
    expect(isQuietAt(NIGHT, at('2026-12-07T07:00:00Z'), zone)).toBe(false);
    expect(isQuietAt(NIGHT, at('2026-12-06T21:59:00Z'), zone)).toBe(false);
  });

  it('a daytime range holds only inside it', () => {
    const lunch = { from: 12 * 60, to: 14 * 60 };
    expect(isQuietAt(lunch, at('2026-12-06T13:00:00Z'), 'UTC')).toBe(true);
    expect(isQuietAt(lunch, at('2026-12-06T14:00:00Z'), 'UTC')).toBe(false);
    expect(isQuietAt(lunch, at('2026-12-06T02:00:00Z'), 'UTC')).toBe(false);
  });

  it('read the wall clock of a zone with summer time (Europe/Paris) in both seasons', () => {
    // 20:30 UTC is 22:30 in Paris in July (UTC+2) and 21:30 in January (UTC+1).
    expect(localMinutes(at('2026-07-01T20:30:00Z'), 'Europe/Paris')).toBe(22 * 60 + 30);
    expect(isQuietAt(NIGHT, at('2026-07-01T20:30:00Z'), 'Europe/Paris')).toBe(true);
    expect(isQuietAt(NIGHT, at('2026-01-15T20:30:00Z'), 'Europe/Paris')).toBe(false);
    // Bamako keeps UTC all year: the same instants are 20:30 there, not quiet.
    expect(isQuietAt(NIGHT, at('2026-07-01T20:30:00Z'), 'Africa/Bamako')).toBe(false);
    // 05:30 UTC is 07:30 in Paris in summer: quiet hours are over there, not in Bamako.
    expect(isQuietAt(NIGHT, at('2026-07-01T05:30:00Z'), 'Europe/Paris')).toBe(false);
    expect(isQuietAt(NIGHT, at('2026-07-01T05:30:00Z'), 'Africa/Bamako')).toBe(true);
  });

  it('on the night Paris springs forward, 02:00-03:00 never happens and is never quiet', () => {
    const skipped = { from: 2 * 60, to: 3 * 60 };
    // 29 March 2026: 01:00 UTC is 03:00 CEST (the clock jumped from 02:00 to 03:00).
    expect(isQuietAt(skipped, at('2026-03-29T00:59:00Z'), 'Europe/Paris')).toBe(false);
    expect(isQuietAt(skipped, at('2026-03-29T01:00:00Z'), 'Europe/Paris')).toBe(false);
    // A night range across the jump still ends at 07:00 local, i.e. 05:00 UTC.
    expect(isQuietAt(NIGHT, at('2026-03-29T04:59:00Z'), 'Europe/Paris')).toBe(true);
    expect(isQuietAt(NIGHT, at('2026-03-29T05:00:00Z'), 'Europe/Paris')).toBe(false);
  });

  it('reads an unknown zone as UTC rather than failing', () => {
    expect(isQuietAt(NIGHT, at('2026-12-06T23:00:00Z'), 'Mars/Olympus')).toBe(true);
  });
});

describe('alert cap', () => {
  it('parses per hour (the default) and per day, in English and French', () => {
    expect(parseAlertCap('6/h')).toEqual({ max: 6, per: 'hour' });
    expect(parseAlertCap('6')).toEqual({ max: 6, per: 'hour' });
    expect(parseAlertCap('20/d')).toEqual({ max: 20, per: 'day' });
    expect(parseAlertCap('20/jour')).toEqual({ max: 20, per: 'day' });
    expect(parseAlertCap('OFF')).toBeNull();
    expect(formatAlertCap({ max: 20, per: 'day' })).toBe('20/d');
  });

  it('refuses zero, too many, and other units', () => {
    for (const bad of ['0/h', '1001/h', '6/min', '-1', 'six'])
      expect(parseAlertCap(bad), bad).toBeUndefined();
  });
});
