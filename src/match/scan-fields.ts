import type { MatchField, MatchInput } from '../core/match-types.js';
import { foldLetters, foldLettersText } from '../core/fold-text.js';
import { STEM } from './compile-watchlist.js';
import type { CompiledWatchlist, FoundKey, KeyRole } from './compile-watchlist.js';
import { canonicalLiteral, caseForm } from './term-pattern.js';
import { isWordCode } from './build-trie-regex.js';
import { bucketOf } from './build-key-scanner.js';
import { append, claim, createPool } from './pool.js';
import type { Pool } from './pool.js';
import type { Span } from './span.js';

/**
 * The scan step of matching: one pass of the combined regex over each folded field, turning key
 * hits into the raw facts the rules work on. Offsets here are into the original field text. The
 * records are pooled (see pool.ts): a scan rewrites those of the previous one.
 */

export interface AliasHit extends Span {
  entity: number;
  alias: string;
  ambiguous: boolean;
  /** For a country implied by a place: the place's entity index; -1 otherwise (one object shape). */
  impliedBy: number;
  /** For a descriptor phrase: the descriptor's index; -1 for a name. */
  descriptor: number;
  /** For an accepted descriptor hit: what allowed it (`mali`, `"Ménaka"`, `from 2024-01`), else ''. */
  context: string;
}

export interface ExcludeHit extends Span {
  entity: number;
  containedAlias: string | null;
  reason: string;
  /** The descriptor this exclude belongs to; -1 for the entity's own `excludes`. */
  descriptor: number;
}

export interface CaseMiss extends Span {
  entity: number;
  alias: string;
  reason: string;
}

export const newAliasHit = (): AliasHit => ({
  field: 'title',
  fieldIndex: 0,
  start: 0,
  end: 0,
  entity: 0,
  alias: '',
  ambiguous: false,
  impliedBy: -1,
  descriptor: -1,
  context: '',
});
const newExcludeHit = (): ExcludeHit => ({ field: 'title', fieldIndex: 0, start: 0, end: 0, entity: 0, containedAlias: null, reason: '', descriptor: -1 });
const newCaseMiss = (): CaseMiss => ({ field: 'title', fieldIndex: 0, start: 0, end: 0, entity: 0, alias: '', reason: '' });

export interface ScanResult {
  readonly aliases: Pool<AliasHit>;
  readonly excludes: Pool<ExcludeHit>;
  readonly caseMisses: Pool<CaseMiss>;
  /** Flat quads (field index, start, end, require id): no record per hit. */
  readonly requires: Pool<number>;
  /** Flat triples (field index, start, end). */
  readonly anchors: Pool<number>;
  /** Flat pairs (veto index, `when` phrase index) of the item-level veto phrases found. */
  readonly vetoes: Pool<number>;
}

export const FIELDS: readonly MatchField[] = ['title', 'summary', 'content'];

/** The field being scanned: its text, the folded form and the way back to its offsets. */
interface Context {
  field: MatchField;
  fieldIndex: number;
  text: string;
  folded: string;
  toOriginal: (index: number) => number;
  /** False when folding kept every offset (the usual case): `toOriginal` is then the identity. */
  mapped: boolean;
}

const identity = (index: number): number => index;

// Reused by every call, like `scratch` below: no per-item allocation for the bookkeeping.
const context: Context = { field: 'title', fieldIndex: 0, text: '', folded: '', toOriginal: identity, mapped: false };

// Each field is folded and scanned on its own: no joined copy of the item's text to build.
function prepare(fieldIndex: number, text: string): Context {
  const folded = foldLetters(text);
  context.field = FIELDS[fieldIndex] as MatchField;
  context.fieldIndex = fieldIndex;
  context.text = text;
  if (folded.length === text.length) {
    context.folded = folded;
    context.toOriginal = identity;
    context.mapped = false;
  } else {
    // Decomposed marks were dropped: offsets need the map.
    const mapped = foldLettersText(text);
    context.folded = mapped.text;
    context.toOriginal = mapped.toOriginal;
    context.mapped = true;
  }
  return context;
}

// One result reused by every call: matching is synchronous and `matchItem` is done with a scan
// before it returns.
const scratch: ScanResult = {
  aliases: createPool(),
  excludes: createPool(),
  caseMisses: createPool(),
  requires: createPool(),
  anchors: createPool(),
  vetoes: createPool(),
};

/**
 * Scans the title, summary and content of `input`. The result and its records are only valid
 * until the next call (they are reused); copy what must outlive it.
 */
export function scanFields(compiled: CompiledWatchlist, input: MatchInput): ScanResult {
  const out = scratch;
  // Counts only: emptying the arrays would drop their storage, to be grown again next call.
  out.aliases.count = 0;
  out.excludes.count = 0;
  out.caseMisses.count = 0;
  out.requires.count = 0;
  out.anchors.count = 0;
  out.vetoes.count = 0;
  const title = input.title;
  const summary = input.summary;
  const content = input.content;
  if (title.length > 0) scanField(compiled, prepare(0, title), out);
  if (summary !== undefined && summary.length > 0) scanField(compiled, prepare(1, summary), out);
  if (content !== undefined && content.length > 0) scanField(compiled, prepare(2, content), out);
  return out;
}

function scanField(compiled: CompiledWatchlist, ctx: Context, out: ScanResult): void {
  const folded = ctx.folded;
  const starts = compiled.scanner.starts;
  const buckets = compiled.scanner.buckets;
  starts.lastIndex = 0;
  let candidate: RegExpExecArray | null;
  while ((candidate = starts.exec(folded)) !== null) {
    const start = candidate.index;
    // The longest key of this start's bucket that matches here, if any (`test` allocates nothing
    // for the many starts that lead nowhere).
    const bucket = buckets.get(candidate[0]) ?? buckets.get(bucketOf(candidate[0]));
    let end = -1;
    if (bucket?.startIsKey === true) {
      const after = start + candidate[0].length;
      if (after === folded.length || !isRegExpWord(folded.charCodeAt(after))) end = after;
    } else if (bucket !== undefined) {
      const regex = bucket.regex;
      regex.lastIndex = start;
      if (regex.test(folded)) end = regex.lastIndex;
    }
    if (end >= 0 && wholeWord(folded, start, end)) {
      // A start that is its key names it: no copy of the text to look up.
      const known = bucket?.key ?? -1;
      if (known >= 0 && compiled.keys[known]?.nested.length === 0) record(compiled, known, start, end, ctx, out);
      else {
        const hit = lookupKey(compiled, folded.slice(start, end));
        if (hit.key >= 0) {
          record(compiled, hit.key, start, end, ctx, out);
          const nested = hit.nested;
          for (let i = 0; i < nested.length; i += 2) {
            record(compiled, nested[i] as number, start, start + (nested[i + 1] as number), ctx, out);
          }
        }
      }
    }
    // Resume at the next word start inside the hit (or the start's letters), so phrases that
    // overlap it ("Sahel" in "Étoile du Sahel", "armée" in "l'armée") are seen too; a one-word
    // hit resumes after itself.
    starts.lastIndex = start + nextWordStart(folded, start, end < 0 ? start + candidate[0].length : end);
  }
}

/** A character `\b` counts as part of a word: ASCII letters, digits and `_`. */
const isRegExpWord = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;

/** Re-checks the regex's ASCII `\b` against Unicode letters on either side (`Mali` in `Maliœ`). */
function wholeWord(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : 0;
  const after = end < text.length ? text.charCodeAt(end) : 0;
  return !(before >= 0x80 && isWordCode(before)) && !(after >= 0x80 && isWordCode(after));
}

/** The offset from `start` of the first word start in `text` after `start` and before `end`, else `end - start`. */
function nextWordStart(text: string, start: number, end: number): number {
  for (let k = 1; k < end - start; k += 1) {
    const code = text.charCodeAt(start + k - 1);
    const word = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || (code >= 0xc0 && !isApostrophe(code));
    if (!word) return k;
  }
  return end - start;
}

// Curly apostrophes stay in the scanned text (see foldLetters) and separate words like `'`.
const isApostrophe = (code: number): boolean => code === 0x2018 || code === 0x2019 || code === 0x2bc || code === 0x2032;

const MEMO_LIMIT = 20_000;

const NONE: readonly number[] = [];
const NO_KEY: FoundKey = { key: -1, nested: NONE };

/** The key a matched text belongs to. News repeats its words, so answers are memoised per text. */
function lookupKey(compiled: CompiledWatchlist, found: string): FoundKey {
  const memo = compiled.keyMemo;
  const known = memo.get(found);
  if (known !== undefined) return known;
  const key = resolveKey(compiled, found);
  const resolved = key < 0 ? NO_KEY : { key, nested: nestedHits(compiled, key, found) };
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(found, resolved);
  return resolved;
}

/**
 * The nested keys that match at the start of `found`, with their lengths. Tested on the matched
 * text alone, which gives what a test in place would: a nested hit ends inside the outer hit, and
 * the outer hit's own boundaries already hold on both sides.
 */
function nestedHits(compiled: CompiledWatchlist, key: number, found: string): readonly number[] {
  const candidates = compiled.keys[key]?.nested ?? NONE;
  if (candidates.length === 0) return NONE;
  const hits: number[] = [];
  for (const index of candidates) {
    const sticky = compiled.keys[index]?.sticky;
    if (sticky === undefined) continue;
    sticky.lastIndex = 0;
    if (sticky.test(found)) hits.push(index, sticky.lastIndex);
  }
  return hits;
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
    if (sticky.test(lower) && sticky.lastIndex === found.length) return index;
  }
  return -1;
}

/**
 * `text` between `start` and `end` is written as the acronym's spelling; comparing in place
 * settles almost every hit without copying the text.
 */
function sameCase(text: string, start: number, end: number, form: string): boolean {
  if (end - start === form.length && text.startsWith(form, start)) return true;
  return caseForm(text.slice(start, end)) === form;
}

function record(compiled: CompiledWatchlist, key: number, foldedStart: number, foldedEnd: number, ctx: Context, out: ScanResult): void {
  const start = ctx.mapped ? ctx.toOriginal(foldedStart) : foldedStart;
  const end = ctx.mapped ? ctx.toOriginal(foldedEnd) : foldedEnd;
  const fieldIndex = ctx.fieldIndex;
  for (const role of compiled.keys[key]?.roles ?? NO_ROLES) {
    switch (role.kind) {
      case 'alias':
        if (role.caseForm !== null && !sameCase(ctx.text, start, end, role.caseForm)) {
          const miss = claim(out.caseMisses, newCaseMiss);
          setSpan(miss, ctx, start, end);
          miss.entity = role.entity;
          miss.alias = role.term;
          miss.reason = role.caseReason;
        } else {
          const hit = claim(out.aliases, newAliasHit);
          setSpan(hit, ctx, start, end);
          hit.entity = role.entity;
          hit.alias = role.term;
          hit.ambiguous = role.ambiguous;
          hit.impliedBy = -1;
          hit.descriptor = role.descriptor;
          hit.context = '';
        }
        break;
      case 'exclude': {
        const hit = claim(out.excludes, newExcludeHit);
        setSpan(hit, ctx, start, end);
        hit.entity = role.entity;
        hit.containedAlias = role.containedAlias;
        hit.reason = role.reason;
        hit.descriptor = role.descriptor;
        break;
      }
      case 'require':
        append(out.requires, fieldIndex);
        append(out.requires, start);
        append(out.requires, end);
        append(out.requires, role.requireId);
        break;
      case 'anchor':
        append(out.anchors, fieldIndex);
        append(out.anchors, start);
        append(out.anchors, end);
        break;
      case 'veto':
        append(out.vetoes, role.veto);
        append(out.vetoes, role.phrase);
        break;
    }
  }
}

const NO_ROLES: readonly KeyRole[] = [];

function setSpan(span: Span, ctx: Context, start: number, end: number): void {
  span.field = ctx.field;
  span.fieldIndex = ctx.fieldIndex;
  span.start = start;
  span.end = end;
}
