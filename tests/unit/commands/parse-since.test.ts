import { describe, expect, it } from 'vitest';
import { parseSince } from '../../../commands/parse-since.js';

const NOW = Date.UTC(2026, 11, 6, 12);
const since = (text: string, locale: 'en' | 'fr' = 'en') => parseSince(text, NOW, locale);

describe('parseSince', () => {
  it('reads durations back from now and days from their start, UTC', () => {
    expect(since('90m')).toEqual({ ok: true, value: NOW - 90 * 60_000 });
    expect(since('24h')).toEqual({ ok: true, value: NOW - 86_400_000 });
    expect(since(' 3D ')).toEqual({ ok: true, value: NOW - 3 * 86_400_000 });
    expect(since('2w')).toEqual({ ok: true, value: NOW - 14 * 86_400_000 });
    expect(since('2026-11-20')).toEqual({ ok: true, value: Date.UTC(2026, 10, 20) });
  });

  it('refuses zero, impossible or future dates and other words, in the reader’s language', () => {
    expect(since('0d').ok).toBe(false);
    expect(since('2026-02-30')).toEqual({
      ok: false,
      error:
        'invalid since "2026-02-30": expected a duration like 24h, 3d or 2w, or a date like 2026-11-20',
    });
    expect(since('2027-01-01')).toEqual({
      ok: false,
      error: 'invalid since "2027-01-01": the date is in the future',
    });
    expect(since('hier', 'fr')).toEqual({
      ok: false,
      error:
        'depuis « hier » invalide : une durée comme 24h, 3j ou 2sem, ou une date comme 2026-11-20',
    });
  });

  it('reads days in French (3j), as a French reader types them', () => {
    expect(since('3j', 'fr')).toEqual({ ok: true, value: NOW - 3 * 86_400_000 });
  });

  it('names the option as the caller spells it', () => {
    expect(parseSince('soon', NOW, 'en', '--since')).toEqual({
      ok: false,
      error:
        'invalid --since "soon": expected a duration like 24h, 3d or 2w, or a date like 2026-11-20',
    });
  });
});
