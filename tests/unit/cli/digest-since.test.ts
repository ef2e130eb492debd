import { describe, expect, it } from 'vitest';
import { readSince } from '../../../src/cli/digest.js';

const NOW = Date.UTC(2026, 11, 6, 12);
const DAY = 86_400_000;

describe('digest --since', () => {
  it('takes the forms /sahel search since: takes: weeks and a day', () => {
    expect(readSince('2w', NOW)).toEqual({ ok: true, value: 14 * DAY });
    expect(readSince('2026-12-01', NOW)).toEqual({ ok: true, value: 5 * DAY + 12 * 3_600_000 });
  });

  it('still takes hours, days and seconds', () => {
    expect(readSince('24h', NOW)).toEqual({ ok: true, value: DAY });
    expect(readSince('3d', NOW)).toEqual({ ok: true, value: 3 * DAY });
    expect(readSince('90s', NOW)).toEqual({ ok: true, value: 90_000 });
  });

  it('says what is wrong in one line naming --since', () => {
    const bad = readSince('yesterday', NOW);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/^invalid --since "yesterday": expected a duration/);
  });
});
