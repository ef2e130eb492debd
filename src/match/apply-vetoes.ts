import type { CompiledWatchlist } from './compile-watchlist.js';
import { vetoCovers } from './compile-vetoes.js';
import type { CompiledVeto } from './compile-vetoes.js';
import type { AliasHit, ScanResult } from './scan-fields.js';

/**
 * The item-level vetoes of matching (`vetoes` in config/watchlist.yaml, see compile-vetoes.ts):
 * which found `when` phrase drops a hit, and why.
 */

/**
 * The first item-level veto, from pair `from` of `scan.vetoes` on, whose `when` phrase is in the
 * item and that drops `hit`'s name: the index of its pair; -1 when none does (the usual case, no
 * phrase found). Descriptor hits are never dropped: a veto lists names.
 */
export function foundVeto(compiled: CompiledWatchlist, scan: ScanResult, hit: AliasHit, from = 0): number {
  if (hit.descriptor >= 0) return -1;
  const found = scan.vetoes.items;
  for (let i = from; i < scan.vetoes.count; i += 2) {
    const veto = compiled.vetoes[found[i] as number] as CompiledVeto;
    if (veto.entity === hit.entity && vetoCovers(veto, hit.alias)) return i;
  }
  return -1;
}

/**
 * Why an item-level veto drops `hit`: the reason of the first found veto for which `holds` (its
 * `unless` entries) is false; null when every veto that applies is lifted.
 */
export function vetoRejection(compiled: CompiledWatchlist, scan: ScanResult, hit: AliasHit, holds: (veto: CompiledVeto) => boolean): string | null {
  const found = scan.vetoes.items;
  for (let i = foundVeto(compiled, scan, hit); i >= 0; i = foundVeto(compiled, scan, hit, i + 2)) {
    const veto = compiled.vetoes[found[i] as number] as CompiledVeto;
    if (!holds(veto)) return veto.reasons[found[i + 1] as number] as string;
  }
  return null;
}
