import type { MatchField, MatchInput, MatchResult } from '../core/match-types.js';
import { foldString } from '../core/fold-text.js';

/**
 * Human-readable lines for `sahel-digest match --explain` and `/sahel explain`: one per accepted
 * match (`jnim ← "GSIM" in title [34–38]`), then one per near miss
 * (`niger ✗ "Niger" vetoed: excludes "Nigeria"`). Offsets are UTF-16 indexes into the field.
 */
export function explainMatch(input: MatchInput, result: MatchResult): string[] {
  const lines: string[] = [];
  for (const match of result.matches) {
    const found = fieldText(input, match.field).slice(match.start, match.end);
    let line = `${match.entity} ← "${found}" in ${match.field} [${match.start}–${match.end}]`;
    if (match.impliedBy !== undefined) line += ` (implied by ${match.impliedBy})`;
    else if (!sameWords(found, match.alias)) line += ` (alias "${match.alias}")`;
    lines.push(line);
  }
  for (const veto of result.vetoed) {
    lines.push(`${veto.entity} ✗ "${veto.alias}" vetoed: ${veto.reason}`);
  }
  return lines;
}

function fieldText(input: MatchInput, field: MatchField): string {
  return input[field] ?? '';
}

function sameWords(a: string, b: string): boolean {
  const norm = (s: string): string => foldString(s).replace(/[\s-]+/g, ' ');
  return norm(a) === norm(b);
}
