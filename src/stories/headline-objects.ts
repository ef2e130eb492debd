/**
 * Entities a headline names only as the object or the setting of its action: after a
 * preposition ("recalls ambassadors from Algeria", "ferme son espace aérien au Mali", "plainte
 * contre l'Algérie"). Who a headline leads with is named before its verb, bare; a state the
 * alliance recalls its envoys from is not who recalled them.
 */
import type { EntityMatch } from '../core/match-types.js';
import { foldString } from '../core/fold-text.js';

/** Prepositions of direction, place and opposition, folded (`à` → `a`). */
const PREPOSITIONS = new Set([
  'from',
  'to',
  'in',
  'into',
  'against',
  'with',
  'at',
  'over',
  'en',
  'au',
  'aux',
  'a',
  'contre',
  'avec',
  'vers',
  'depuis',
  'dans',
  'chez',
]);

/** Articles between a preposition and its noun ("à l'Algérie", "to the EU"). */
const ARTICLES = new Set(['l', 'la', 'le', 'les', 'the']);

/** Entity ids every title match of which follows a preposition. */
export function objectEntities(title: string, matches: readonly EntityMatch[]): string[] {
  const inTitle = matches.filter((m) => m.field === 'title' && m.impliedBy === undefined);
  const ids = new Set(inTitle.map((m) => m.entity));
  return [...ids].filter((id) =>
    inTitle.filter((m) => m.entity === id).every((m) => afterPreposition(title, m.start)),
  );
}

/**
 * True when the words before `start` end with a preposition (and its article) that does not
 * open the headline or a part of it: "Au Niger, l'EIGS perd…" sets the scene before its
 * subject, so Niger there is no object.
 */
function afterPreposition(title: string, start: number): boolean {
  const part = title.slice(0, start).split(/[:|\u2013\u2014]/u).pop() ?? '';
  const words = foldString(part).match(/[\p{L}\p{N}]+/gu) ?? [];
  let i = words.length - 1;
  while (i >= 0 && ARTICLES.has(words[i] ?? '')) i -= 1;
  return i > 0 && PREPOSITIONS.has(words[i] ?? '');
}
