import type { PartialDate } from './config-types.js';

/**
 * The instants a config date (`YYYY-MM-DD`, or `YYYY-MM` for a whole month) covers, in UTC, as
 * epoch milliseconds: from its first instant up to, not including, the first instant after it.
 * The date must already be valid (the config schemas check it).
 */

function partsOf(date: PartialDate): [number, number, number | undefined] {
  const [year, month, day] = date.split('-').map(Number);
  return [year ?? 1970, month ?? 1, day];
}

/** The first instant of the day or month `date` names. */
export function startOfPartialDate(date: PartialDate): number {
  const [year, month, day] = partsOf(date);
  return Date.UTC(year, month - 1, day ?? 1);
}

/** The first instant after the day or month `date` names. */
export function endOfPartialDate(date: PartialDate): number {
  const [year, month, day] = partsOf(date);
  return day === undefined ? Date.UTC(year, month, 1) : Date.UTC(year, month - 1, day + 1);
}
