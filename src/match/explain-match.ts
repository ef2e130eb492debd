import type { EntityMatch, MatchField, MatchInput, MatchResult } from '../core/match-types.js';
import { foldString } from '../core/fold-text.js';

/**
 * Human-readable lines for `sahel-digest match --explain` and `/sahel explain`: one per accepted
 * match (`jnim ← "GSIM" in title [34–38]`, or for a descriptive reference
 * `minusma ← descriptor "casques bleus" (context: mali) in summary [12–25]`), then one per near
 * miss (`niger ✗ "Niger" vetoed: excludes "Nigeria"`). A near miss of a matched entity is a hit
 * turned down on the words of the kept one, before it (`ibrahim-boubacar-keita ✗ "ousted Malian
 * president" vetoed: descriptor applies 2020-08-18 to 2021-05-23` beside `ibrahim-boubacar-keita ←
 * "President Keïta"`). Offsets are UTF-16 indexes into the field.
 */
export function explainMatch(input: MatchInput, result: MatchResult): string[] {
  const lines: string[] = [];
  for (const match of result.matches) {
    const found = fieldText(input, match.field).slice(match.start, match.end);
    lines.push(match.descriptor === true ? explainDescriptor(match, found) : explainName(match, found));
  }
  for (const veto of result.vetoed) {
    lines.push(`${veto.entity} ✗ "${veto.alias}" vetoed: ${veto.reason}`);
  }
  return lines;
}

function explainName(match: EntityMatch, found: string): string {
  let line = `${match.entity} ← "${found}" in ${match.field} [${match.start}–${match.end}]`;
  if (match.impliedBy !== undefined) line += ` (implied by ${match.impliedBy})`;
  else if (!sameWords(found, match.alias)) line += ` (alias "${match.alias}")`;
  return line;
}

function explainDescriptor(match: EntityMatch, found: string): string {
  const phrase = sameWords(found, match.alias) ? '' : ` (phrase "${match.alias}")`;
  const context = match.context === undefined || match.context === '' ? '' : ` (context: ${match.context})`;
  return `${match.entity} ← descriptor "${found}"${phrase}${context} in ${match.field} [${match.start}–${match.end}]`;
}

function fieldText(input: MatchInput, field: MatchField): string {
  return input[field] ?? '';
}

function sameWords(a: string, b: string): boolean {
  const norm = (s: string): string => foldString(s).replace(/[\s-]+/g, ' ');
  return norm(a) === norm(b);
}
