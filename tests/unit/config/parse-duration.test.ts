import { describe, expect, it } from 'vitest';
import { parseDuration, parseSize } from '../../../src/config/parse-duration.js';

describe('parseDuration', () => {
  it.each([
    ['90s', 90_000],
    ['10m', 600_000],
    ['2h', 7_200_000],
    ['1d', 86_400_000],
  ])('reads %s as %i ms', (text, ms) => {
    expect(parseDuration(text)).toEqual({ ok: true, value: ms });
  });

  it.each(['10', '10 minutes', '1.5h', '0m', '-5m', ''])('refuses %j', (text) => {
    expect(parseDuration(text)).toEqual({
      ok: false,
      error: `expected a duration like 90s, 10m, 2h or 1d (got "${text}")`,
    });
  });
});

describe('parseSize', () => {
  it('reads binary multiples', () => {
    expect(parseSize('5MB')).toEqual({ ok: true, value: 5 * 1024 * 1024 });
    expect(parseSize('512KB')).toEqual({ ok: true, value: 512 * 1024 });
    expect(parseSize('800B')).toEqual({ ok: true, value: 800 });
  });

  it('refuses a size without a unit', () => {
    expect(parseSize('5000000')).toEqual({
      ok: false,
      error: 'expected a size like 512KB or 5MB (got "5000000")',
    });
  });
});
