/**
 * Places a report names only as the bounds of a stretch ("dans l'ouest du pays, entre
 * Bobo-Dioulasso et Nouna", "between Gao and Ansongo"): the happening is somewhere between
 * them, not at either, so they do not say a report is about another place than one that names
 * the town itself.
 */
import type { EntityMatch } from '../core/match-types.js';
import { foldString } from '../core/fold-text.js';

const BETWEEN = new Set(['entre', 'between']);
const AND = new Set(['et', 'and']);
/** How many words back an "and" may find the "between" it continues. */
const SPAN = 6;

/** The ids among `places` every match of which is a bound of a stretch. */
export function boundPlaces(
  text: { readonly title: string; readonly summary: string },
  matches: readonly EntityMatch[],
  places: readonly string[],
): string[] {
  return places.filter((id) => {
    const hits = matches.filter((m) => m.entity === id && m.impliedBy === undefined);
    return hits.length > 0 && hits.every((m) => bound(fieldText(text, m), m.start));
  });
}

function fieldText(text: { readonly title: string; readonly summary: string }, m: EntityMatch) {
  return m.field === 'title' ? text.title : m.field === 'summary' ? text.summary : '';
}

function bound(field: string, start: number): boolean {
  const words = foldString(field.slice(0, start)).match(/[\p{L}\p{N}]+/gu) ?? [];
  const last = words[words.length - 1] ?? '';
  if (BETWEEN.has(last)) return true;
  if (!AND.has(last)) return false;
  return words.slice(-SPAN - 1, -1).some((word) => BETWEEN.has(word));
}
