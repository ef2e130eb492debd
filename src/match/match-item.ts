import type { EntityMatch, MatchField, MatchInput, MatchResult, VetoedMatch } from '../core/match-types.js';
import type { CompiledEntity, CompiledWatchlist } from './compile-watchlist.js';
import { scanFields } from './scan-fields.js';
import type { AliasHit, ExcludeHit, ScanResult, Span } from './scan-fields.js';

/**
 * Applies the watchlist rules to one item (see docs/configuration.md, watchlist rules):
 * 1. an `excludes` phrase vetoes the entity's hits it overlaps;
 * 2. plain hits of ordinary entities are accepted; they, and anchor words, anchor the item;
 * 3. ambiguous hits need one of the entity's `requires` in the item and no exclude anywhere;
 * 4. context-only entities (Russia, France) count only in anchored items;
 * 5. accepted places imply their countries.
 */

const FIELD_WEIGHT: Readonly<Record<MatchField, number>> = { title: 3, summary: 1, content: 0.5 };
const IMPLIED_FACTOR = 0.5;
const ROUNDS = 2;

/** Matches one item against the compiled watchlist; pure, allocation-light, no I/O. */
export function matchItem(compiled: CompiledWatchlist, input: MatchInput): MatchResult {
  const scan = scanFields(compiled, input);
  if (scan.aliases.length === 0 && scan.excludes.length === 0 && scan.caseMisses.length === 0) {
    return { entities: [], matches: [], vetoed: [], scores: {} };
  }
  const vetoed: RawVeto[] = [];
  const candidates = dropOverlapVetoes(dedupe(scan.aliases), scan.excludes, vetoed);
  const accepted = decide(compiled, scan, candidates, vetoed);
  const matches = addImplied(compiled, accepted);
  return build(compiled, matches, vetoed, scan);
}

/** A vetoed hit before entity indexes become ids. */
interface RawVeto extends Span {
  readonly entity: number;
  readonly alias: string;
  readonly reason: string;
}

const overlaps = (a: Span, b: Span): boolean => a.field === b.field && a.start < b.end && b.start < a.end;
const FIELD_ORDER: Readonly<Record<MatchField, number>> = { title: 0, summary: 1, content: 2 };
const byPosition = (a: Span, b: Span): number =>
  FIELD_ORDER[a.field] - FIELD_ORDER[b.field] || a.start - b.start || b.end - a.end;

/** Of overlapping hits of one entity keep the longest ("Burkina Faso" over "Burkina"). */
function dedupe(hits: readonly AliasHit[]): AliasHit[] {
  const sorted = [...hits].sort(byPosition);
  const kept: AliasHit[] = [];
  for (const hit of sorted) {
    if (!kept.some((k) => k.entity === hit.entity && overlaps(k, hit))) kept.push(hit);
  }
  return kept;
}

function dropOverlapVetoes(hits: AliasHit[], excludes: readonly ExcludeHit[], vetoed: RawVeto[]): AliasHit[] {
  return hits.filter((hit) => {
    const ex = excludes.find((e) => e.entity === hit.entity && overlaps(e, hit));
    if (ex === undefined) return true;
    vetoed.push({ ...spanOf(hit), entity: hit.entity, alias: hit.alias, reason: `excludes "${ex.term}"` });
    return false;
  });
}

const spanOf = (s: Span): Span => ({ field: s.field, start: s.start, end: s.end });

function decide(compiled: CompiledWatchlist, scan: ScanResult, candidates: AliasHit[], vetoed: RawVeto[]): AliasHit[] {
  const entities = compiled.entities;
  const live = (s: Span): boolean => !scan.excludes.some((e) => overlaps(e, s));
  const present = new Set(scan.requires.filter(live).map((r) => r.requireId));
  let anchored = scan.anchors.some(live);
  const accepted: AliasHit[] = [];
  const anchors = (hit: AliasHit): boolean => {
    const e = entities[hit.entity];
    return e !== undefined && !e.contextOnly && e.kind !== 'topic';
  };
  let pending = candidates.filter((hit) => {
    const entity = entities[hit.entity];
    if (hit.ambiguous || entity === undefined || entity.contextOnly) return true;
    accepted.push(hit);
    return false;
  });
  anchored ||= accepted.some(anchors);
  for (let round = 0; round < ROUNDS; round += 1) {
    const last = round === ROUNDS - 1;
    pending = pending.filter((hit) => {
      const entity = entities[hit.entity] as CompiledEntity;
      const reason = rejection(entity, hit, scan.excludes, present, anchored);
      if (reason === null) {
        accepted.push(hit);
        anchored ||= anchors(hit);
        return false;
      }
      if (last) vetoed.push({ ...spanOf(hit), entity: hit.entity, alias: hit.alias, reason });
      return true;
    });
  }
  return accepted;
}

function rejection(
  entity: CompiledEntity,
  hit: AliasHit,
  excludes: readonly ExcludeHit[],
  present: ReadonlySet<number>,
  anchored: boolean,
): string | null {
  if (hit.ambiguous) {
    const ex = excludes.find((e) => e.entity === hit.entity);
    if (ex !== undefined) return `excludes "${ex.term}"`;
    const required = (entity.requiresAnchor && anchored) || entity.requireIds.some((id) => present.has(id));
    if (!required) return `requires one of: ${entity.requires.join(', ')}`;
  }
  if (entity.contextOnly && !anchored) return 'context-only, no Sahel anchor';
  return null;
}

interface Accepted extends AliasHit {
  readonly impliedBy?: number;
}

function addImplied(compiled: CompiledWatchlist, accepted: AliasHit[]): Accepted[] {
  const index = new Map(compiled.entities.map((e, i) => [e.id, i]));
  const out: Accepted[] = [...accepted];
  for (const hit of accepted) {
    const entity = compiled.entities[hit.entity];
    if (entity?.kind !== 'place') continue;
    for (const country of entity.countries) {
      const target = index.get(country);
      if (target !== undefined && target !== hit.entity) out.push({ ...hit, entity: target, impliedBy: hit.entity });
    }
  }
  return out;
}

function build(compiled: CompiledWatchlist, hits: Accepted[], vetoed: RawVeto[], scan: ScanResult): MatchResult {
  const idOf = (i: number): string => compiled.entities[i]?.id ?? String(i);
  hits.sort(byPosition);
  const scores: Record<string, number> = {};
  const first = new Map<string, number>();
  const matches: EntityMatch[] = hits.map((hit, order) => {
    const id = idOf(hit.entity);
    const weight = (compiled.entities[hit.entity]?.weight ?? 1) * FIELD_WEIGHT[hit.field];
    scores[id] = (scores[id] ?? 0) + (hit.impliedBy === undefined ? weight : weight * IMPLIED_FACTOR);
    if (!first.has(id)) first.set(id, order);
    const base = { entity: id, alias: hit.alias, field: hit.field, start: hit.start, end: hit.end };
    return hit.impliedBy === undefined ? base : { ...base, impliedBy: idOf(hit.impliedBy) };
  });
  const entities = [...first.keys()].sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || (first.get(a) ?? 0) - (first.get(b) ?? 0));
  return { entities, matches, vetoed: nearMisses(compiled, vetoed, scan, new Set(entities)), scores };
}

/** Vetoes worth explaining: entities that did not match at all, one line per alias and reason. */
function nearMisses(compiled: CompiledWatchlist, vetoed: RawVeto[], scan: ScanResult, matched: Set<string>): VetoedMatch[] {
  const idOf = (index: number): string => compiled.entities[index]?.id ?? String(index);
  const all: VetoedMatch[] = vetoed.map((v) => ({ ...v, entity: idOf(v.entity) }));
  for (const ex of scan.excludes) {
    if (ex.containedAlias === null) continue;
    all.push({ ...spanOf(ex), entity: idOf(ex.entity), alias: ex.containedAlias, reason: `excludes "${ex.term}"` });
  }
  for (const miss of scan.caseMisses) {
    const written = miss.alias;
    all.push({ ...spanOf(miss), entity: idOf(miss.entity), alias: written, reason: `acronym is case-sensitive (${written})` });
  }
  const seen = new Set<string>();
  return all.filter((v) => {
    const key = `${v.entity}\u0000${v.alias}\u0000${v.reason}`;
    if (matched.has(v.entity) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
