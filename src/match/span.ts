import type { MatchField } from '../core/match-types.js';

/** Where a hit is: its field and UTF-16 offsets into the original field text. */
export interface Span {
  field: MatchField;
  /** The field's index (title 0, summary 1, content 2): comparisons and sorts use it. */
  fieldIndex: number;
  start: number;
  end: number;
}

/** Copies where `from` is onto the reused record `to`. */
export function copySpan(to: Span, from: Span): void {
  to.field = from.field;
  to.fieldIndex = from.fieldIndex;
  to.start = from.start;
  to.end = from.end;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.fieldIndex === b.fieldIndex && a.start < b.end && b.start < a.end;
}

function byPosition(a: Span, b: Span): number {
  return a.fieldIndex - b.fieldIndex || a.start - b.start || b.end - a.end;
}

/**
 * Sorts the first `count` spans in place, stably, by field, then start, longest first. An
 * insertion sort: the lists are a handful of hits, mostly in text order already (the scan emits
 * them so), where it beats `Array#sort`.
 */
export function sortByPosition(spans: Span[], count: number): void {
  for (let i = 1; i < count; i += 1) {
    const span = spans[i] as Span;
    let j = i - 1;
    if (byPosition(spans[j] as Span, span) <= 0) continue;
    while (j >= 0 && byPosition(spans[j] as Span, span) > 0) {
      spans[j + 1] = spans[j] as Span;
      j -= 1;
    }
    spans[j + 1] = span;
  }
}
