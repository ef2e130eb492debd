import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../../src/ingest/parse-date.js';

describe('parseFeedDate', () => {
  it.each([
    ['Tue, 14 Nov 2023 16:05:00 +0000', '2023-11-14T16:05:00.000Z'],
    ['Tue, 14 Nov 2023 16:05:00 GMT', '2023-11-14T16:05:00.000Z'],
    ['Tue, 14 Nov 2023 11:05:00 EST', '2023-11-14T16:05:00.000Z'],
    ['2023-11-14T16:05:00Z', '2023-11-14T16:05:00.000Z'],
    ['2023-11-14T17:05:00+01:00', '2023-11-14T16:05:00.000Z'],
    ['2023-11-14', '2023-11-14T00:00:00.000Z'],
  ])('reads the standard form %s', (text, iso) => {
    expect(new Date(parseFeedDate(text) ?? 0).toISOString()).toBe(iso);
  });

  it.each([
    ['14 Nov 2023 17:05:00 WAT', '2023-11-14T16:05:00.000Z'],
    ['Tue, 14 Nov 2023 18:05:00 CEST', '2023-11-14T16:05:00.000Z'],
    ['Tue, 14 Nov 2023 17:05:00 GMT+1', '2023-11-14T16:05:00.000Z'],
    ['2023-11-14 16:05:00', '2023-11-14T16:05:00.000Z'],
    ['2023-11-14 16:05', '2023-11-14T16:05:00.000Z'],
    ['Tue, 14 Nov 2023 16:05:00', '2023-11-14T16:05:00.000Z'],
    ['mar., 14 nov. 2023 16:05:00 +0000', '2023-11-14T16:05:00.000Z'],
    ['14 novembre 2023 16h05', '2023-11-14T16:05:00.000Z'],
    ['1 février 2024', '2024-02-01T00:00:00.000Z'],
    ['Wed, 14 Nov 2023 16:05:00 +0000', '2023-11-14T16:05:00.000Z'],
  ])('reads the broken form %s', (text, iso) => {
    expect(new Date(parseFeedDate(text) ?? 0).toISOString()).toBe(iso);
  });

  it.each(['', 'yesterday', 'not a date', '31/31/2023', '1970-01-01T00:00:00Z'])('gives null for %j', (text) => {
    expect(parseFeedDate(text)).toBeNull();
  });
});
