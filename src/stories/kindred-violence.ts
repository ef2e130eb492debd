/**
 * Gunfire heard and an attack told: witnesses hear shots and blasts before anyone names an
 * attack ("tirs et détonations entendus à Bamako", then "gunmen attack a military school in
 * Bamako"). Where a place ties them, the two are one happening told by different witnesses,
 * as arcs already read them (see link-arcs.ts). Pure.
 */
import type { ActionFrame } from './action-frame.js';
import { situationKeys } from './situation-words.js';

/** Event tags of armed violence that gunfire heard may be the first sign of. */
const ARMED_TAGS: ReadonlySet<string> = new Set(['attack', 'clash']);

/** What one side of a comparison shows: its headlines, its event tags and its action frames. */
export interface ViolenceSide {
  readonly titles: readonly string[];
  readonly tags: readonly string[];
  readonly frames?: readonly ActionFrame[];
}

/**
 * True when one side's headlines tell only gunfire heard (no tag of armed violence) and the
 * other carries a tag of armed violence and tells the happening itself, not a statement about
 * it (a group's claim of the attack is its own development): the same happening, if a place
 * ties them.
 */
export function kindredViolence(a: ViolenceSide, b: ViolenceSide): boolean {
  return heardOnly(a) ? armed(b) : heardOnly(b) && armed(a);
}

function armed(side: ViolenceSide): boolean {
  const statement = (side.frames ?? []).some((f) => f.fromLead !== true && f.heads.length > 0);
  return !statement && side.tags.some((tag) => ARMED_TAGS.has(tag));
}

function heardOnly(side: ViolenceSide): boolean {
  return (
    !side.tags.some((tag) => ARMED_TAGS.has(tag)) &&
    side.titles.some((title) => situationKeys(title).includes('gunfire'))
  );
}
