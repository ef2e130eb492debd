import type { EntityConfig } from '../core/config-types.js';
import { foldString } from '../core/fold-text.js';

/**
 * Item-level vetoes (`vetoes` of an entity in config/watchlist.yaml, see `VetoConfig`): compiled
 * into keys of the scan and checked once an item's hits are known.
 */

/** How `compileWatchlist` lets this module add keys and look up require ids. */
export interface VetoSink {
  /** Adds a key for `term` meaning `when` phrase `phrase` of veto `veto`. */
  addWhen(term: string, veto: number, phrase: number): void;
  requireIdOf(term: string): number;
  entityIndex(id: string): number;
}

export interface CompiledVeto {
  readonly entity: number;
  /** The entity's names it drops, as written in the watchlist (hits carry them so); null for all. */
  readonly aliases: ReadonlySet<string> | null;
  /** Require ids of its `unless` phrases. */
  readonly unlessIds: readonly number[];
  readonly unlessAnchor: boolean;
  /** Entity indexes of its `@id` entries. */
  readonly unlessEntities: readonly number[];
  /** Per `when` phrase: `vetoes[0]: "zoo" in the item, none of: @anchor, Malian`, built once. */
  readonly reasons: readonly string[];
}

const ANCHOR = '@anchor';

/** Adds the keys of `entity`'s vetoes through `sink` and returns their compiled forms. */
export function compileVetoes(entity: EntityConfig, index: number, firstIndex: number, sink: VetoSink): CompiledVeto[] {
  return (entity.vetoes ?? []).map((veto, offset) => {
    const id = firstIndex + offset;
    veto.when.forEach((phrase, p) => sink.addWhen(phrase, id, p));
    const unlessPhrases = veto.unless.filter((u) => !u.startsWith('@'));
    const refs = veto.unless.filter((u) => u.startsWith('@') && u !== ANCHOR);
    const unless = veto.unless.length === 0 ? '' : `, none of: ${veto.unless.join(', ')}`;
    return {
      entity: index,
      aliases: veto.aliases.length === 0 ? null : namesOf(entity, veto.aliases),
      unlessIds: unlessPhrases.map((p) => sink.requireIdOf(p)),
      unlessAnchor: veto.unless.includes(ANCHOR),
      unlessEntities: refs.map((r) => sink.entityIndex(r.slice(1))).filter((i) => i >= 0),
      reasons: veto.when.map((phrase) => `vetoes[${offset}]: "${phrase}" in the item${unless}`),
    };
  });
}

/** The entity's aliases and acronyms, as written, that fold to one of `listed`. */
function namesOf(entity: EntityConfig, listed: readonly string[]): ReadonlySet<string> {
  const folded = new Set(listed.map((a) => foldString(a)));
  const names = [...entity.aliases.en, ...entity.aliases.fr, ...entity.acronyms];
  return new Set(names.filter((name) => folded.has(foldString(name))));
}

/** True when `veto` drops the name `alias` (as written in the watchlist, as hits carry it). */
export function vetoCovers(veto: CompiledVeto, alias: string): boolean {
  return veto.aliases === null || veto.aliases.has(alias);
}
