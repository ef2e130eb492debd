import type { MatchInput, MatchResult } from '../core/match-types.js';
import type { CompiledEntity, CompiledWatchlist } from './compile-watchlist.js';
import type { CompiledDescriptor } from './compile-descriptors.js';
import type { CompiledVeto } from './compile-vetoes.js';
import { foundVeto, vetoRejection } from './apply-vetoes.js';
import { dropDatelines } from './drop-datelines.js';
import { addVeto, buildResult } from './build-result.js';
import type { Veto } from './build-result.js';
import { append, claim, createPool } from './pool.js';
import type { Pool } from './pool.js';
import { keepLongest } from './keep-longest.js';
import { newAliasHit, scanFields } from './scan-fields.js';
import type { AliasHit, ExcludeHit, ScanResult } from './scan-fields.js';
import { copySpan, overlaps, sortByPosition } from './span.js';

/**
 * Applies the watchlist rules to one item (see docs/configuration.md, watchlist rules):
 * 1. an `excludes` phrase vetoes the entity's hits it overlaps, and a wire dateline ("BAMAKO:"
 *    opening a summary) is no place the item names (see is-dateline.ts);
 * 2. plain hits of ordinary entities are accepted; they, and anchor words, anchor the item;
 * 3. ambiguous hits need one of the entity's `requires` in the item and no exclude anywhere;
 * 4. context-only entities (Russia, France) count only in anchored items;
 * 5. descriptor hits ("casques bleus") need their descriptor's context: a `requires` entry
 *    (phrase, anchor or accepted entity), the item's date in range, none of its excludes;
 * 6. a name an item-level veto drops (`vetoes`: "Mali" beside "zoo") needs one of the veto's
 *    `unless` entries, as an ambiguous hit needs `requires`;
 * 7. accepted places imply their countries;
 * 8. of overlapping accepted hits of one entity the longest is kept (keep-longest.ts). Every hit
 *    goes through the rules first, so one they turn down never hides one they accept.
 * Written as plain loops over pooled records and reused lists (see pool.ts): this runs for every
 * item of every feed, and only the result it returns is allocated.
 */

// Rules depend on one another (an anchor found, an entity a descriptor needs): a third round lets
// a hit accepted in the second enable one more.
const ROUNDS = 3;
const EMPTY: MatchResult = Object.freeze({ entities: [], matches: [], vetoed: [], scores: {} });

// The working lists of one call (references to the scan's records); each step resets its own.
const candidates = createPool<AliasHit>();
const accepted = createPool<AliasHit>();
const pending = createPool<AliasHit>();
const withImplied = createPool<AliasHit>();
/** Require ids found outside exclude phrases. */
const present = createPool<number>();
// Records written by the rules.
const implied = createPool<AliasHit>();
const vetoes = createPool<Veto>();

/** Matches one item against the compiled watchlist; pure, no I/O. */
export function matchItem(compiled: CompiledWatchlist, input: MatchInput): MatchResult {
  const scan = scanFields(compiled, input);
  if (scan.aliases.count === 0 && scan.excludes.count === 0 && scan.caseMisses.count === 0) return EMPTY;
  vetoes.count = 0;
  collect(scan.aliases);
  dropOverlapVetoes(scan);
  dropDatelines(compiled, input, candidates, vetoes);
  decide(compiled, scan, input.publishedAt);
  keepLongest(accepted, false);
  keepLongest(vetoes, true);
  markPrecedingVetoes();
  return buildResult(compiled, addImplied(compiled), vetoes, scan);
}

/**
 * Every hit goes on to the rules, in position order, overlapping ones of one entity too: a hit
 * they turn down must not hide one they accept ("ousted Malian president" out of its dates before
 * "President Keïta", "three-nation alliance" without its context before "Alliance of Sahel
 * States"). Which of the overlapping accepted hits stays is settled afterwards (`keepLongest`).
 */
function collect(hits: Pool<AliasHit>): void {
  candidates.count = 0;
  sortByPosition(hits.items, hits.count);
  for (let i = 0; i < hits.count; i += 1) append(candidates, hits.items[i] as AliasHit);
}

/** Marks the vetoes of hits that come first on the words of a kept hit of their entity (see `Veto`). */
function markPrecedingVetoes(): void {
  if (accepted.count === 0) return;
  for (let v = 0; v < vetoes.count; v += 1) {
    const veto = vetoes.items[v] as Veto;
    for (let i = 0; i < accepted.count && !veto.precedesMatch; i += 1) {
      const hit = accepted.items[i] as AliasHit;
      veto.precedesMatch = hit.entity === veto.entity && overlaps(hit, veto) && (veto.start < hit.start || (veto.start === hit.start && veto.end > hit.end));
    }
  }
}

/** Drops from `candidates` the hits an exclude phrase of their own entity overlaps, as vetoes. */
function dropOverlapVetoes(scan: ScanResult): void {
  const excludes = scan.excludes;
  if (excludes.count === 0) return;
  let kept = 0;
  for (let i = 0; i < candidates.count; i += 1) {
    const hit = candidates.items[i] as AliasHit;
    let reason: string | null = null;
    for (let e = 0; e < excludes.count && reason === null; e += 1) {
      const ex = excludes.items[e] as ExcludeHit;
      if (ex.entity === hit.entity && ex.descriptor < 0 && overlaps(ex, hit)) reason = ex.reason;
    }
    if (reason === null) {
      candidates.items[kept] = hit;
      kept += 1;
    } else addVeto(vetoes, hit, hit.entity, hit.alias, reason);
  }
  candidates.count = kept;
}

/** Spans not inside an exclude phrase of any entity ("Sahel" in "Étoile du Sahel" is not an anchor). */
function live(field: number, start: number, end: number, excludes: Pool<ExcludeHit>): boolean {
  for (let e = 0; e < excludes.count; e += 1) {
    const ex = excludes.items[e] as ExcludeHit;
    if (field === ex.fieldIndex && ex.start < end && start < ex.end) return false;
  }
  return true;
}

function isAnchoring(entity: CompiledEntity | undefined): boolean {
  return entity !== undefined && !entity.contextOnly && entity.kind !== 'topic';
}

/** Sorts `candidates` into `accepted` and vetoes, in the order the rules settle them. */
function decide(compiled: CompiledWatchlist, scan: ScanResult, publishedAt: number | undefined): void {
  const entities = compiled.entities;
  accepted.count = 0;
  pending.count = 0;
  let anchored = false;
  for (let i = 0; i < candidates.count; i += 1) {
    const hit = candidates.items[i] as AliasHit;
    const entity = entities[hit.entity];
    if (hit.ambiguous || hit.descriptor >= 0 || entity === undefined || entity.contextOnly || foundVeto(compiled, scan, hit) >= 0) {
      append(pending, hit);
    }
    else {
      append(accepted, hit);
      anchored ||= isAnchoring(entity);
    }
  }
  if (pending.count === 0) return;
  const anchors = scan.anchors.items;
  for (let i = 0; i < scan.anchors.count && !anchored; i += 3) {
    anchored = live(anchors[i] as number, anchors[i + 1] as number, anchors[i + 2] as number, scan.excludes);
  }
  const requires = scan.requires.items;
  present.count = 0;
  for (let i = 0; i < scan.requires.count; i += 4) {
    if (live(requires[i] as number, requires[i + 1] as number, requires[i + 2] as number, scan.excludes)) append(present, requires[i + 3] as number);
  }
  for (let round = 0; round < ROUNDS; round += 1) {
    // Hits left for the next round move to the front of `pending`.
    let left = 0;
    for (let i = 0; i < pending.count; i += 1) {
      const hit = pending.items[i] as AliasHit;
      if (outweighed(hit)) continue;
      const entity = entities[hit.entity] as CompiledEntity;
      const reason =
        hit.descriptor >= 0
          ? descriptorRejection(compiled, compiled.descriptors[hit.descriptor] as CompiledDescriptor, hit, scan.excludes, anchored, publishedAt)
          : rejection(compiled, entity, hit, scan, anchored);
      if (reason === null) {
        append(accepted, hit);
        anchored ||= isAnchoring(entity);
      } else if (round === ROUNDS - 1) addVeto(vetoes, hit, hit.entity, hit.alias, reason);
      else {
        pending.items[left] = hit;
        left += 1;
      }
    }
    pending.count = left;
  }
}

/**
 * True when an accepted hit of the same entity, starting no later and at least as long, covers
 * part of `hit`'s words: `keepLongest` would keep that one whatever the rules say of `hit`, and a
 * veto of `hit` would not be listed (its entity matched and it does not come first), so the rules
 * need not settle it ("Islamic State" inside an accepted "Islamic State Sahel Province").
 */
function outweighed(hit: AliasHit): boolean {
  for (let i = 0; i < accepted.count; i += 1) {
    const kept = accepted.items[i] as AliasHit;
    if (kept.entity === hit.entity && overlaps(kept, hit) && kept.start <= hit.start && kept.end - kept.start >= hit.end - hit.start) return true;
  }
  return false;
}

function rejection(compiled: CompiledWatchlist, entity: CompiledEntity, hit: AliasHit, scan: ScanResult, anchored: boolean): string | null {
  const excludes = scan.excludes;
  if (hit.ambiguous) {
    for (let e = 0; e < excludes.count; e += 1) {
      const ex = excludes.items[e] as ExcludeHit;
      if (ex.entity === hit.entity && ex.descriptor < 0) return ex.reason;
    }
    let required = entity.requiresAnchor && anchored;
    for (const id of entity.requireIds) if (!required && isPresent(id)) required = true;
    for (const target of entity.requireEntities) if (!required && isAccepted(compiled, target)) required = true;
    if (!required) return entity.requiresReason;
  }
  if (entity.contextOnly && !anchored) return 'context-only, no Sahel anchor';
  return scan.vetoes.count === 0 ? null : vetoRejection(compiled, scan, hit, (veto) => unlessHolds(compiled, veto, anchored));
}

/** True when one of `veto`'s `unless` entries holds: a phrase present, the anchor, an entity accepted. */
function unlessHolds(compiled: CompiledWatchlist, veto: CompiledVeto, anchored: boolean): boolean {
  if (veto.unlessAnchor && anchored) return true;
  for (const id of veto.unlessIds) if (isPresent(id)) return true;
  for (const target of veto.unlessEntities) if (isAccepted(compiled, target)) return true;
  return false;
}

/**
 * Why a descriptor hit does not count, or null when it does; on success the hit's `context` says
 * which condition allowed it (labels built at compile time, so nothing is allocated here).
 */
function descriptorRejection(
  compiled: CompiledWatchlist,
  descriptor: CompiledDescriptor,
  hit: AliasHit,
  excludes: Pool<ExcludeHit>,
  anchored: boolean,
  publishedAt: number | undefined,
): string | null {
  // Undated: before every `from`, within every `until` (see DescriptorConfig).
  if (publishedAt === undefined) {
    if (descriptor.from > -Infinity) return descriptor.undatedReason;
  } else if (publishedAt < descriptor.from || publishedAt >= descriptor.until) return descriptor.dateReason;
  const context = contextOf(compiled, descriptor, anchored);
  if (context === null) return descriptor.requiresReason;
  for (let e = 0; e < excludes.count; e += 1) {
    const ex = excludes.items[e] as ExcludeHit;
    if (ex.descriptor === hit.descriptor) return ex.reason;
  }
  hit.context = context;
  return null;
}

/** The label of the first `requires` entry of `descriptor` that holds; '' when it has none; null when none holds. */
function contextOf(compiled: CompiledWatchlist, descriptor: CompiledDescriptor, anchored: boolean): string | null {
  const entities = descriptor.requireEntities;
  const ids = descriptor.requireIds;
  if (entities.length === 0 && ids.length === 0 && !descriptor.requiresAnchor) return descriptor.plainLabel;
  for (let i = 0; i < entities.length; i += 1) if (isAccepted(compiled, entities[i] as number)) return descriptor.entityLabels[i] as string;
  for (let i = 0; i < ids.length; i += 1) if (isPresent(ids[i] as number)) return descriptor.requireLabels[i] as string;
  return descriptor.requiresAnchor && anchored ? descriptor.anchorLabel : null;
}

/** True when entity `target` is accepted so far, or implied by an accepted place. */
function isAccepted(compiled: CompiledWatchlist, target: number): boolean {
  for (let i = 0; i < accepted.count; i += 1) {
    const entity = (accepted.items[i] as AliasHit).entity;
    if (entity === target) return true;
    const implies = compiled.implies[entity];
    if (implies !== undefined) for (const implied of implies) if (implied === target) return true;
  }
  return false;
}

function isPresent(id: number): boolean {
  for (let i = 0; i < present.count; i += 1) if (present.items[i] === id) return true;
  return false;
}

/** `accepted` with each implied country right after the place that implies it, keeping text order. */
function addImplied(compiled: CompiledWatchlist): Pool<AliasHit> {
  let any = false;
  for (let i = 0; i < accepted.count && !any; i += 1) any = (compiled.implies[(accepted.items[i] as AliasHit).entity]?.length ?? 0) > 0;
  if (!any) return accepted;
  withImplied.count = 0;
  implied.count = 0;
  for (let i = 0; i < accepted.count; i += 1) {
    const hit = accepted.items[i] as AliasHit;
    append(withImplied, hit);
    for (const target of compiled.implies[hit.entity] ?? []) {
      const country = claim(implied, newAliasHit);
      copySpan(country, hit);
      country.entity = target;
      country.alias = hit.alias;
      country.ambiguous = false;
      country.impliedBy = hit.entity;
      country.descriptor = -1;
      country.context = '';
      append(withImplied, country);
    }
  }
  return withImplied;
}
