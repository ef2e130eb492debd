import type { AliasHit } from './scan-fields.js';
import type { CompiledWatchlist } from './compile-watchlist.js';
import { addVeto } from './build-result.js';
import type { Veto } from './build-result.js';
import type { Pool } from './pool.js';
import type { MatchInput } from '../core/match-types.js';

const DATELINE = 'a dateline (where the report was filed), not a place the item names';
// A dateline opens its field; past a few characters of leading space no hit can be one.
const MAX_OFFSET = 8;

/** Moves from `candidates` to `vetoes` the hits of places written as a wire dateline (see `isDateline`). */
export function dropDatelines(compiled: CompiledWatchlist, input: MatchInput, candidates: Pool<AliasHit>, vetoes: Pool<Veto>): void {
  let kept = 0;
  for (let i = 0; i < candidates.count; i += 1) {
    const hit = candidates.items[i] as AliasHit;
    const text = hit.fieldIndex === 1 ? input.summary : hit.fieldIndex === 2 ? input.content : undefined;
    const dateline =
      text !== undefined && hit.start < MAX_OFFSET && compiled.entities[hit.entity]?.kind === 'place' && isDateline(text, hit.start, hit.end);
    if (dateline) addVeto(vetoes, hit, hit.entity, hit.alias, DATELINE);
    else {
      candidates.items[kept] = hit;
      kept += 1;
    }
  }
  candidates.count = kept;
}

/**
 * A wire dateline names where a report was filed, not a place the story is about (the labelled
 * sets read it so: tests/fixtures/real-headlines/README.md). It is the first thing in a summary or
 * body, written in capitals, and a colon, a dash, a comma or a parenthesis follows it: "BAMAKO: At
 * least 10 Malian soldiers were killed…", "BAMAKO, Mali - Rebels…", "GAO (Reuters) -"; or in any
 * case when a parenthesised source follows it ("Bamako, (UrduPoint …) :"). A title, or a place in
 * ordinary case before anything else ("Bamako: curfew lifted"), is never one.
 */
export function isDateline(text: string, start: number, end: number): boolean {
  for (let i = 0; i < start; i += 1) if (!isSpace(text.charCodeAt(i))) return false;
  const next = skipSpaces(text, end);
  if (sourceFollows(text, next)) return true;
  return inCapitals(text, start, end) && next < text.length && DATELINE_MARKS.includes(text.charAt(next));
}

/**
 * A parenthesised source right after the place, with or without a comma, makes a dateline in any
 * case: "Bamako, (UrduPoint / Pakistan Point News - 14th Feb, 2022 ) :Two Malian soldiers…".
 */
function sourceFollows(text: string, at: number): boolean {
  const after = text.charAt(at) === ',' ? skipSpaces(text, at + 1) : at;
  return text.charAt(after) === '(';
}

function skipSpaces(text: string, from: number): number {
  let next = from;
  while (next < text.length && isSpace(text.charCodeAt(next))) next += 1;
  return next;
}

// Colon, comma, parenthesis, hyphen, en dash, em dash.
const DATELINE_MARKS = ':,(-\u2013\u2014';

const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;

/** True when `text[start, end)` has at least two letters and no lowercase one. */
function inCapitals(text: string, start: number, end: number): boolean {
  let letters = 0;
  for (let i = start; i < end; i += 1) {
    const char = text.charAt(i);
    const lower = char.toLowerCase();
    if (lower === char.toUpperCase()) continue;
    if (char === lower) return false;
    letters += 1;
  }
  return letters >= 2;
}
