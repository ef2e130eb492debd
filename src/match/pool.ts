/**
 * A list reused from one `matchItem` call to the next: `items[0]` to `items[count - 1]` are the
 * current call's, later ones are left over from earlier calls (records to be rewritten, or stale
 * references). Matching is synchronous, so module-level pools are safe, and they spare the
 * per-hit objects and arrays that were most of matching's garbage. Nothing is released: a pool
 * keeps the size of the largest item seen.
 */
export interface Pool<T> {
  readonly items: T[];
  count: number;
}

export function createPool<T>(): Pool<T> {
  return { items: [], count: 0 };
}

/** Appends `item` (a number, or a reference to a record of another pool). */
export function append<T>(pool: Pool<T>, item: T): void {
  pool.items[pool.count] = item;
  pool.count += 1;
}

/** The next record of `pool` to fill in, made by `create` the first time that slot is needed. */
export function claim<T>(pool: Pool<T>, create: () => T): T {
  const index = pool.count;
  pool.count = index + 1;
  const spare = pool.items[index];
  if (spare !== undefined) return spare;
  const made = create();
  pool.items.push(made);
  return made;
}
