import { append, createPool } from './pool.js';
import type { Pool } from './pool.js';
import { overlaps } from './span.js';
import type { Span } from './span.js';

/** A hit, or the record of a vetoed one: where it is and whose. */
export interface EntitySpan extends Span {
  entity: number;
}

// Indexes into the pool being settled, best first, and which of them a better overlapping hit displaced.
const order = createPool<number>();
const displaced: boolean[] = [];

/**
 * Of overlapping spans of one entity in `pool` keeps the longest ("Burkina Faso" over "Burkina"),
 * then the earliest, then the first in the pool: one per stretch of text. Run after the rules, so
 * a shorter or earlier hit they turn down never hides a longer one they accept. With
 * `keepSameSpan`, spans on exactly the same words all stay (two readings of one phrase, each
 * vetoed for its own reason). The kept spans keep their order; the pool's records are only
 * swapped, never overwritten, so a pool that owns its records (see pool.ts) stays whole.
 */
export function keepLongest<T extends EntitySpan>(pool: Pool<T>, keepSameSpan: boolean): void {
  const items = pool.items;
  const count = pool.count;
  if (count < 2 || !sharesEntity(items, count)) return;
  rank(items, count);
  for (let a = 0; a < count; a += 1) {
    const best = order.items[a] as number;
    if (displaced[best] === true) continue;
    const span = items[best] as T;
    for (let b = a + 1; b < count; b += 1) {
      const other = order.items[b] as number;
      const rival = items[other] as T;
      if (rival.entity !== span.entity || !overlaps(rival, span)) continue;
      if (!keepSameSpan || rival.start !== span.start || rival.end !== span.end)
        displaced[other] = true;
    }
  }
  let kept = 0;
  for (let i = 0; i < count; i += 1) {
    if (displaced[i] === true) continue;
    const span = items[i] as T;
    items[i] = items[kept] as T;
    items[kept] = span;
    kept += 1;
  }
  pool.count = kept;
}

/** Fills `order` with the indexes of the first `count` spans, best first (a stable insertion sort). */
function rank(items: readonly EntitySpan[], count: number): void {
  order.count = 0;
  for (let i = 0; i < count; i += 1) {
    let j = order.count;
    append(order, i);
    const span = items[i] as EntitySpan;
    while (j > 0 && better(span, items[order.items[j - 1] as number] as EntitySpan)) {
      order.items[j] = order.items[j - 1] as number;
      j -= 1;
    }
    order.items[j] = i;
    displaced[i] = false;
  }
}

/** True when `a` is longer than `b`, or as long and earlier in the item. */
function better(a: Span, b: Span): boolean {
  const longer = a.end - a.start - (b.end - b.start);
  if (longer !== 0) return longer > 0;
  return a.fieldIndex < b.fieldIndex || (a.fieldIndex === b.fieldIndex && a.start < b.start);
}

function sharesEntity(spans: readonly EntitySpan[], count: number): boolean {
  for (let i = 1; i < count; i += 1) {
    const entity = (spans[i] as EntitySpan).entity;
    for (let j = 0; j < i; j += 1) if ((spans[j] as EntitySpan).entity === entity) return true;
  }
  return false;
}
