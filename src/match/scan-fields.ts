import type { MatchField, MatchInput } from '../core/match-types.js';
import { foldMarksText } from '../core/fold-text.js';
import type { FoldedText } from '../core/fold-text.js';
import { STEM } from './compile-watchlist.js';
import type { CompiledWatchlist } from './compile-watchlist.js';
import { canonicalLiteral, caseForm } from './term-pattern.js';

/**
 * The scan step of matching: one pass of the combined regex over each folded field, turning key
 * hits into the raw facts the rules work on. Offsets here are into the original field text.
 */

export interface Span {
  readonly field: MatchField;
  readonly start: number;
  readonly end: number;
}

export interface AliasHit extends Span {
  readonly entity: number;
  readonly alias: string;
  readonly ambiguous: boolean;
}

export interface ExcludeHit extends Span {
  readonly entity: number;
  readonly term: string;
  readonly containedAlias: string | null;
}

export interface CaseMiss extends Span {
  readonly entity: number;
  readonly alias: string;
}

export interface ScanResult {
  readonly aliases: AliasHit[];
  readonly excludes: ExcludeHit[];
  readonly caseMisses: CaseMiss[];
  /** Flat quads (field index, start, end, require id): no object per hit. */
  readonly requires: number[];
  /** Flat triples (field index, start, end). */
  readonly anchors: number[];
}

export const FIELDS: readonly MatchField[] = ['title', 'summary', 'content'];

/** Scans the title, summary and content of `input`. */
export function scanFields(compiled: CompiledWatchlist, input: MatchInput): ScanResult {
  const out: ScanResult = { aliases: [], excludes: [], caseMisses: [], requires: [], anchors: [] };
  for (const field of FIELDS) {
    const text = input[field];
    if (text === undefined || text.length === 0) continue;
    scanField(compiled, text, field, out);
  }
  return out;
}

function scanField(compiled: CompiledWatchlist, text: string, field: MatchField, out: ScanResult): void {
  const folded = foldMarksText(text);
  const regex = compiled.regex;
  regex.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(folded.text)) !== null) {
    const start = match.index;
    const found = match[0];
    const key = lookupKey(compiled, found);
    if (key >= 0) {
      record(compiled, key, start, start + found.length, field, folded, text, out);
      for (const nested of compiled.keys[key]?.nested ?? []) {
        const sticky = compiled.keys[nested]?.sticky;
        if (sticky === undefined) continue;
        sticky.lastIndex = start;
        const inner = sticky.exec(folded.text);
        if (inner !== null) record(compiled, nested, start, start + inner[0].length, field, folded, text, out);
      }
    }
    // Resume at the next word start inside the hit, so phrases that overlap it ("Sahel" in
    // "Étoile du Sahel") are seen too; a one-word hit resumes after itself.
    regex.lastIndex = start + nextWordStart(found);
  }
}

function nextWordStart(found: string): number {
  for (let k = 1; k < found.length; k += 1) {
    const code = found.charCodeAt(k - 1);
    const word = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code >= 0xc0;
    if (!word) return k;
  }
  return found.length;
}

const MEMO_LIMIT = 20_000;

/** The key a matched text belongs to. News repeats its words, so answers are memoised per text. */
function lookupKey(compiled: CompiledWatchlist, found: string): number {
  const memo = compiled.keyMemo;
  const known = memo.get(found);
  if (known !== undefined) return known;
  const key = resolveKey(compiled, found);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(found, key);
  return key;
}

function resolveKey(compiled: CompiledWatchlist, found: string): number {
  const lower = found.toLowerCase();
  const canonical = canonicalLiteral(lower);
  const literal = compiled.literalKeys.get(canonical);
  if (literal !== undefined) return literal;
  for (const index of compiled.starKeysByStem.get(canonical.slice(0, STEM)) ?? []) {
    const sticky = compiled.keys[index]?.sticky;
    if (sticky === undefined) continue;
    sticky.lastIndex = 0;
    const m = sticky.exec(lower);
    if (m !== null && m[0].length === found.length) return index;
  }
  return -1;
}

function record(
  compiled: CompiledWatchlist,
  key: number,
  foldedStart: number,
  foldedEnd: number,
  field: MatchField,
  folded: FoldedText,
  text: string,
  out: ScanResult,
): void {
  const start = folded.toOriginal(foldedStart);
  const end = folded.toOriginal(foldedEnd);
  for (const role of compiled.keys[key]?.roles ?? []) {
    switch (role.kind) {
      case 'alias':
        if (role.caseForm !== null && caseForm(text.slice(start, end)) !== role.caseForm) {
          out.caseMisses.push({ field, start, end, entity: role.entity, alias: role.term });
        } else out.aliases.push({ field, start, end, entity: role.entity, alias: role.term, ambiguous: role.ambiguous });
        break;
      case 'exclude':
        out.excludes.push({ field, start, end, entity: role.entity, term: role.term, containedAlias: role.containedAlias });
        break;
      case 'require':
        out.requires.push(FIELDS.indexOf(field), start, end, role.requireId);
        break;
      case 'anchor':
        out.anchors.push(FIELDS.indexOf(field), start, end);
        break;
    }
  }
}
