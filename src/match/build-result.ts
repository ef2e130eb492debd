import type { EntityMatch, MatchResult, VetoedMatch } from '../core/match-types.js';
import type { CompiledWatchlist } from './compile-watchlist.js';
import { append, claim, createPool } from './pool.js';
import type { Pool } from './pool.js';
import type { AliasHit, CaseMiss, ExcludeHit, ScanResult } from './scan-fields.js';
import { copySpan, sortByPosition } from './span.js';
import type { Span } from './span.js';

/**
 * The last step of matching: accepted hits and vetoes (pooled records, entity indexes) become the
 * `MatchResult` a caller keeps, the only objects `matchItem` allocates.
 */

/** By field index (title, summary, content). */
const FIELD_WEIGHT: readonly number[] = [3, 1, 0.5];
const IMPLIED_FACTOR = 0.5;
// Shared by every result without near misses, as the empty result's lists are by results without hits.
const NO_VETOES: readonly VetoedMatch[] = Object.freeze([]);

/** A vetoed hit before entity indexes become ids. */
export interface Veto extends Span {
  entity: number;
  alias: string;
  reason: string;
  /**
   * True when the vetoed hit comes first on words where a hit of the same entity counts (it
   * starts earlier, or as early and is longer: "ousted Malian president" before the accepted
   * "President Keïta"): it is listed although its entity matched, so `--explain` says why the
   * kept hit is not the one a reader sees first.
   */
  precedesMatch: boolean;
}

const newVeto = (): Veto => ({ field: 'title', fieldIndex: 0, start: 0, end: 0, entity: 0, alias: '', reason: '', precedesMatch: false });

/** Records a veto of `entity`'s `alias` at `span`. */
export function addVeto(vetoes: Pool<Veto>, span: Span, entity: number, alias: string, reason: string): void {
  const veto = claim(vetoes, newVeto);
  copySpan(veto, span);
  veto.entity = entity;
  veto.alias = alias;
  veto.reason = reason;
  veto.precedesMatch = false;
}

// Entity ids in order of first appearance, their totals, and the ranking's copy of the totals.
const ids = createPool<string>();
const totals: number[] = [];
const rankTotals: number[] = [];
const nearMissList = createPool<Veto>();

/**
 * The result for `hits` (sorted here by position; ties keep their order) and `vetoes` (to which
 * the near misses of `scan` are added).
 */
export function buildResult(compiled: CompiledWatchlist, hits: Pool<AliasHit>, vetoes: Pool<Veto>, scan: ScanResult): MatchResult {
  const count = hits.count;
  sortByPosition(hits.items, count);
  ids.count = 0;
  const matches = new Array<EntityMatch>(count);
  for (let i = 0; i < count; i += 1) {
    const hit = hits.items[i] as AliasHit;
    const entity = compiled.entities[hit.entity];
    const id = entity?.id ?? String(hit.entity);
    const isImplied = hit.impliedBy >= 0;
    const weight = (entity?.weight ?? 1) * (FIELD_WEIGHT[hit.fieldIndex] as number) * (isImplied ? IMPLIED_FACTOR : 1);
    const slot = slotOf(id);
    if (slot < 0) {
      totals[ids.count] = weight;
      append(ids, id);
    } else totals[slot] = (totals[slot] as number) + weight;
    matches[i] = isImplied
      ? { entity: id, alias: hit.alias, field: hit.field, start: hit.start, end: hit.end, impliedBy: compiled.entities[hit.impliedBy]?.id ?? '' }
      : hit.descriptor >= 0
        ? { entity: id, alias: hit.alias, field: hit.field, start: hit.start, end: hit.end, descriptor: true, context: hit.context }
        : { entity: id, alias: hit.alias, field: hit.field, start: hit.start, end: hit.end };
  }
  const hasMisses = vetoes.count > 0 || scan.excludes.count > 0 || scan.caseMisses.count > 0;
  return { entities: rank(), matches, vetoed: hasMisses ? nearMisses(compiled, vetoes, scan) : NO_VETOES, scores: scoresOf() };
}

const idOf = (compiled: CompiledWatchlist, entity: number): string => compiled.entities[entity]?.id ?? String(entity);

function slotOf(id: string): number {
  for (let i = 0; i < ids.count; i += 1) if (ids.items[i] === id) return i;
  return -1;
}

/**
 * The totals by entity id, with no prototype (ids are data, not keys of Object.prototype). Made by
 * `Object.create(null)`, a dictionary from the start: results name hundreds of different id sets,
 * and a fast object with a null prototype then changes shape with every new set (bench corpus:
 * filling them took about 6 % of matching, 1 % as a dictionary; reading a score costs the same).
 */
function scoresOf(): Record<string, number> {
  const scores = Object.create(null) as Record<string, number>;
  for (let i = 0; i < ids.count; i += 1) scores[ids.items[i] as string] = totals[i] as number;
  return scores;
}

/** Ids by score, highest first; ties keep the order of first appearance (the sort is stable). */
function rank(): string[] {
  const count = ids.count;
  const ranked = new Array<string>(count);
  for (let i = 0; i < count; i += 1) ranked[i] = ids.items[i] as string;
  let ordered = true;
  for (let i = 1; i < count && ordered; i += 1) ordered = !((totals[i] as number) > (totals[i - 1] as number));
  if (ordered) return ranked;
  // A stable insertion sort of ids and a copy of their totals together, highest total first.
  for (let i = 0; i < count; i += 1) rankTotals[i] = totals[i] as number;
  for (let i = 1; i < count; i += 1) {
    const id = ranked[i] as string;
    const score = rankTotals[i] as number;
    let j = i - 1;
    while (j >= 0 && (rankTotals[j] as number) < score) {
      ranked[j + 1] = ranked[j] as string;
      rankTotals[j + 1] = rankTotals[j] as number;
      j -= 1;
    }
    ranked[j + 1] = id;
    rankTotals[j + 1] = score;
  }
  return ranked;
}

/**
 * Vetoes worth explaining: entities that did not match at all, and hits that came first on the
 * words of a kept one (`precedesMatch`); one line per alias and reason.
 */
function nearMisses(compiled: CompiledWatchlist, vetoes: Pool<Veto>, scan: ScanResult): readonly VetoedMatch[] {
  // The rules' vetoes, then excludes that contain an alias, then case misses; sorted stably.
  for (let i = 0; i < scan.excludes.count; i += 1) {
    const ex = scan.excludes.items[i] as ExcludeHit;
    if (ex.containedAlias !== null) addVeto(vetoes, ex, ex.entity, ex.containedAlias, ex.reason);
  }
  for (let i = 0; i < scan.caseMisses.count; i += 1) {
    const miss = scan.caseMisses.items[i] as CaseMiss;
    addVeto(vetoes, miss, miss.entity, miss.alias, miss.reason);
  }
  sortByPosition(vetoes.items, vetoes.count);
  nearMissList.count = 0;
  for (let i = 0; i < vetoes.count; i += 1) {
    const veto = vetoes.items[i] as Veto;
    const entity = idOf(compiled, veto.entity);
    if ((slotOf(entity) < 0 || veto.precedesMatch) && !listed(compiled, entity, veto)) append(nearMissList, veto);
  }
  if (nearMissList.count === 0) return NO_VETOES;
  const out = new Array<VetoedMatch>(nearMissList.count);
  for (let i = 0; i < nearMissList.count; i += 1) {
    const v = nearMissList.items[i] as Veto;
    out[i] = { entity: idOf(compiled, v.entity), alias: v.alias, field: v.field, start: v.start, end: v.end, reason: v.reason };
  }
  return out;
}

/** True when a near miss with the same entity id, alias and reason is already listed. */
function listed(compiled: CompiledWatchlist, entity: string, veto: Veto): boolean {
  for (let i = 0; i < nearMissList.count; i += 1) {
    const other = nearMissList.items[i] as Veto;
    if (other.alias === veto.alias && other.reason === veto.reason && idOf(compiled, other.entity) === entity) return true;
  }
  return false;
}
