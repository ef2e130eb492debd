import { describe, expect, it } from 'vitest';
import { mediaType, parseMaxAge, parseRetryAfter } from '../../../src/ingest/http-headers.js';

describe('parseMaxAge', () => {
  it.each([
    ['max-age=300', 300_000],
    ['public, s-maxage=900, max-age=60', 60_000],
    ['s-maxage=900', null],
    ['no-store, max-age=60', null],
    ['no-cache', 0],
    ['private', null],
  ])('reads Cache-Control %j', (header, expected) => {
    expect(parseMaxAge(header)).toBe(expected);
  });

  it('uses Expires relative to Date when there is no max-age', () => {
    expect(parseMaxAge(undefined, 'Wed, 01 May 2024 10:10:00 GMT', 'Wed, 01 May 2024 10:00:00 GMT')).toBe(600_000);
    expect(parseMaxAge(undefined, '0', 'Wed, 01 May 2024 10:00:00 GMT')).toBe(0);
    expect(parseMaxAge(undefined)).toBeNull();
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2024, 4, 1, 10);
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Wed, 01 May 2024 10:05:00 GMT', now)).toBe(300_000);
    expect(parseRetryAfter('Wed, 01 May 2024 09:05:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });
});

describe('mediaType', () => {
  it('drops parameters and case', () => {
    expect(mediaType('Text/HTML; charset=UTF-8')).toBe('text/html');
    expect(mediaType(null)).toBeNull();
  });
});
