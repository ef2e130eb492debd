import type { EntityConfig, EntityKind, WatchlistConfig } from '../core/config-types.js';
import { foldString } from '../core/fold-text.js';
import { AFTER_WORD, BEFORE_WORD, buildTermPattern, canonicalLiteral, caseForm } from './term-pattern.js';
import type { TermPattern } from './term-pattern.js';
import { isWordCode, termAtoms } from './build-trie-regex.js';
import { buildKeyScanner } from './build-key-scanner.js';
import type { KeyScanner } from './build-key-scanner.js';
import { compileDescriptors } from './compile-descriptors.js';
import type { CompiledDescriptor, DescriptorSink } from './compile-descriptors.js';
import { compileVetoes } from './compile-vetoes.js';
import type { CompiledVeto, VetoSink } from './compile-vetoes.js';

/**
 * Compiles a watchlist once into regexes shaped as prefix trees over folded terms (the
 * "automaton": V8's regex engine beat an Aho–Corasick library here, see toolchain notes; split in
 * two steps to stay small, see build-key-scanner.ts) plus lookup tables. Every phrase the rules
 * need is a key: aliases, acronyms, descriptor phrases, `excludes`, `requires` and anchors, so one
 * scan of an item finds all of them.
 */

/** What a key means to one entity (or to the anchor list). */
export type KeyRole =
  | {
      readonly kind: 'alias';
      readonly entity: number;
      /** The alias, acronym or descriptor phrase as written in the watchlist. */
      readonly term: string;
      /** The index into `CompiledWatchlist.descriptors` for a descriptor phrase; -1 for a name. */
      readonly descriptor: number;
      readonly ambiguous: boolean;
      /** For acronyms: the exact (mark-stripped) spelling the original text must have. */
      readonly caseForm: string | null;
      /** For acronyms: why a hit in another case is turned down, built once; empty otherwise. */
      readonly caseReason: string;
    }
  | {
      readonly kind: 'exclude';
      readonly entity: number;
      readonly term: string;
      /** The descriptor whose own exclude this is (it vetoes only that descriptor); -1 for the entity's. */
      readonly descriptor: number;
      /** The entity's alias written inside this phrase (`Niger` in `Nigeria`), for explanations. */
      readonly containedAlias: string | null;
      /** `excludes "Nigeria"`, built once. */
      readonly reason: string;
    }
  | { readonly kind: 'require'; readonly requireId: number }
  | {
      readonly kind: 'veto';
      /** The index into `CompiledWatchlist.vetoes`. */
      readonly veto: number;
      /** The index of this phrase in the veto's `when`, for its reason. */
      readonly phrase: number;
    }
  | { readonly kind: 'anchor' };

export interface CompiledKey {
  readonly literal: string;
  readonly roles: readonly KeyRole[];
  /** Other keys that may match at the same start inside this key's text (`niger` in `niger delta`). */
  readonly nested: readonly number[];
  /** Sticky regex of this key alone (with boundaries), to test it at a known position. */
  readonly sticky: RegExp;
}

export interface CompiledEntity {
  readonly id: string;
  readonly kind: EntityKind;
  readonly contextOnly: boolean;
  readonly countries: readonly string[];
  readonly weight: number;
  /** Ids of the `requires` phrases (other than `@anchor` and `@id`). */
  readonly requireIds: readonly number[];
  readonly requiresAnchor: boolean;
  /** Entity indexes of the `@id` entries of `requires`. */
  readonly requireEntities: readonly number[];
  /** `requires` as written, for explanations. */
  readonly requires: readonly string[];
  /** `requires one of: @anchor, Mali, …`, built once. */
  readonly requiresReason: string;
}

/**
 * The compiled form of a watchlist. Opaque to callers: build it with `compileWatchlist` and pass it
 * to `matchItem`; the fields are internal to `src/match/`.
 */
export interface CompiledWatchlist {
  readonly scanner: KeyScanner;
  readonly keys: readonly CompiledKey[];
  readonly entities: readonly CompiledEntity[];
  /** Canonical literal → key index, for keys without `*`. */
  readonly literalKeys: ReadonlyMap<string, number>;
  /** Keys with `*` by the first `STEM` characters of their literal, tried when the literal lookup misses. */
  readonly starKeysByStem: ReadonlyMap<string, readonly number[]>;
  /** Per entity: the entity indexes it implies (a place's countries). */
  readonly implies: readonly (readonly number[])[];
  /** Every entity's descriptors, in entity order; keys refer to them by index. */
  readonly descriptors: readonly CompiledDescriptor[];
  /** Every entity's item-level vetoes, in entity order; keys refer to them by index. */
  readonly vetoes: readonly CompiledVeto[];
  /** Matched text → its key and nested hits, filled while matching (bounded); the only mutable part. */
  readonly keyMemo: Map<string, FoundKey>;
  /** Folded alias or acronym → entity id, for `entity:GSIM` style look-ups. */
  readonly aliasToEntity: ReadonlyMap<string, string>;
}

/** What one matched text resolves to: the same for every occurrence of that text. */
export interface FoundKey {
  /** The key index, or -1 when the text is no key (a `*` prefix that ran past its word). */
  readonly key: number;
  /** Flat pairs (nested key index, length from the same start) of the key's nested keys that match. */
  readonly nested: readonly number[];
}

interface KeyDraft {
  readonly pattern: TermPattern;
  readonly roles: KeyRole[];
}

const ANCHOR = '@anchor';
/** Characters of a `*` key's literal used to index it; every `*` word has at least this many. */
export const STEM = 3;

/** Compiles `watchlist`; call once at start-up (tens of milliseconds for the default list). */
export function compileWatchlist(watchlist: WatchlistConfig): CompiledWatchlist {
  const drafts = new Map<string, KeyDraft>();
  const requireIds = new Map<string, number>();
  const addRole = (term: string, role: KeyRole): void => {
    const pattern = buildTermPattern(term);
    if (pattern === null) return;
    let draft = drafts.get(pattern.source);
    if (draft === undefined) {
      draft = { pattern, roles: [] };
      drafts.set(pattern.source, draft);
    }
    if (!draft.roles.some((r) => sameRole(r, role))) draft.roles.push(role);
  };
  const requireIdOf = (term: string): number => {
    const key = buildTermPattern(term)?.source ?? term;
    let id = requireIds.get(key);
    if (id === undefined) {
      id = requireIds.size;
      requireIds.set(key, id);
      addRole(term, { kind: 'require', requireId: id });
    }
    return id;
  };

  for (const anchor of watchlist.anchors) addRole(anchor, { kind: 'anchor' });
  const aliasToEntity = new Map<string, string>();
  const indexOfId = new Map(watchlist.entities.map((e, i) => [e.id, i] as const).toReversed());
  const entityIndex = (id: string): number => indexOfId.get(id) ?? -1;
  const descriptors: CompiledDescriptor[] = [];
  const sink = descriptorSink(addRole, requireIdOf, entityIndex);
  const vetoes: CompiledVeto[] = [];
  const vetoSink: VetoSink = {
    addWhen: (term, veto, phrase) => addRole(term, { kind: 'veto', veto, phrase }),
    requireIdOf,
    entityIndex,
  };
  const entities = watchlist.entities.map((entity, index) => {
    addEntityTerms(entity, index, addRole, aliasToEntity);
    descriptors.push(...compileDescriptors(entity, index, descriptors.length, sink));
    vetoes.push(...compileVetoes(entity, index, vetoes.length, vetoSink));
    const ids = entity.requires.filter((r) => !r.startsWith('@')).map(requireIdOf);
    const compiled: CompiledEntity = {
      id: entity.id,
      kind: entity.kind,
      contextOnly: entity.contextOnly,
      countries: entity.countries,
      weight: entity.weight,
      requireIds: ids,
      requiresAnchor: entity.requires.includes(ANCHOR),
      requireEntities: entity.requires
        .filter((r) => r.startsWith('@') && r !== ANCHOR)
        .map((r) => entityIndex(r.slice(1)))
        .filter((i) => i >= 0),
      requires: entity.requires,
      requiresReason: `requires one of: ${entity.requires.join(', ')}`,
    };
    return compiled;
  });
  return assemble([...drafts.values()], entities, aliasToEntity, descriptors, vetoes);
}

function descriptorSink(
  addRole: (term: string, role: KeyRole) => void,
  requireIdOf: (term: string) => number,
  entityIndex: (id: string) => number,
): DescriptorSink {
  return {
    addPhrase(term, entity, descriptor, acronym) {
      const form = acronym ? caseForm(term) : null;
      const caseReason = acronym ? `acronym is case-sensitive (${term})` : '';
      addRole(term, { kind: 'alias', entity, term, ambiguous: false, caseForm: form, caseReason, descriptor });
    },
    addExclude(term, entity, descriptor) {
      addRole(term, { kind: 'exclude', entity, term, containedAlias: null, reason: `descriptor excludes "${term}"`, descriptor });
    },
    requireIdOf,
    entityIndex,
  };
}

/** Two spellings that fold to one key ("Nigeria", "Nigéria") need only one role. */
function sameRole(a: KeyRole, b: KeyRole): boolean {
  if (a.kind === 'anchor' || b.kind === 'anchor') return a.kind === b.kind;
  if (a.kind === 'require' || b.kind === 'require') {
    return a.kind === 'require' && b.kind === 'require' && a.requireId === b.requireId;
  }
  if (a.kind === 'veto' || b.kind === 'veto') return a.kind === 'veto' && b.kind === 'veto' && a.veto === b.veto;
  if (a.kind === 'exclude' && b.kind === 'exclude') return a.entity === b.entity && a.descriptor === b.descriptor;
  if (a.kind === 'alias' && b.kind === 'alias') {
    return a.entity === b.entity && a.caseForm === b.caseForm && a.descriptor === b.descriptor;
  }
  return false;
}

function addEntityTerms(
  entity: EntityConfig,
  index: number,
  addRole: (term: string, role: KeyRole) => void,
  aliasToEntity: Map<string, string>,
): void {
  const ambiguousFolded = new Set(entity.ambiguous.map((t) => foldString(t)));
  const isAmbiguous = (term: string): boolean => ambiguousFolded.has(foldString(term));
  const aliases = [...entity.aliases.en, ...entity.aliases.fr];
  for (const alias of aliases) {
    addRole(alias, { kind: 'alias', entity: index, term: alias, ambiguous: isAmbiguous(alias), caseForm: null, caseReason: '', descriptor: -1 });
    aliasToEntity.set(foldString(alias), entity.id);
  }
  for (const acronym of entity.acronyms) {
    const ambiguous = entity.ambiguous.includes(acronym);
    const caseReason = `acronym is case-sensitive (${acronym})`;
    addRole(acronym, { kind: 'alias', entity: index, term: acronym, ambiguous, caseForm: caseForm(acronym), caseReason, descriptor: -1 });
    aliasToEntity.set(foldString(acronym), entity.id);
  }
  const plain = [...aliases, ...entity.acronyms]
    .filter((t) => !t.includes('*'))
    .map((t) => ({ term: t, literal: buildTermPattern(t)?.literal ?? '' }))
    .filter((t) => t.literal.length > 0)
    .sort((a, b) => b.literal.length - a.literal.length);
  for (const phrase of entity.excludes) {
    const literal = buildTermPattern(phrase)?.literal ?? '';
    const contained = plain.find((a) => literal.includes(a.literal));
    const reason = `excludes "${phrase}"`;
    addRole(phrase, { kind: 'exclude', entity: index, term: phrase, containedAlias: contained?.term ?? null, reason, descriptor: -1 });
  }
}

function assemble(
  drafts: KeyDraft[],
  entities: CompiledEntity[],
  aliasToEntity: Map<string, string>,
  descriptors: CompiledDescriptor[],
  vetoes: CompiledVeto[],
): CompiledWatchlist {
  // Longest first, so at one position the alternation prefers "niger delta" to "niger".
  drafts.sort((a, b) => b.pattern.literal.length - a.pattern.literal.length);
  // Case-insensitive over accent-folded text (see foldLetters); acronyms are checked for case after.
  const stickies = drafts.map((d) => new RegExp(`${BEFORE_WORD}(?:${d.pattern.source})${AFTER_WORD}`, 'iuy'));
  const firstWords = drafts.map((d) => d.pattern.literal.split(' ')[0] ?? '');
  const byFirstLetter = new Map<string, number[]>();
  firstWords.forEach((word, index) => byFirstLetter.set(word.charAt(0), [...(byFirstLetter.get(word.charAt(0)) ?? []), index]));
  const keys: CompiledKey[] = drafts.map((draft, index) => ({
    literal: draft.pattern.literal,
    roles: draft.roles,
    nested: findNested(draft, index, drafts, firstWords, stickies, byFirstLetter.get(draft.pattern.literal.charAt(0)) ?? []),
    sticky: stickies[index] as RegExp,
  }));
  const literalKeys = new Map<string, number>();
  const starKeysByStem = new Map<string, number[]>();
  drafts.forEach((draft, index) => {
    if (!draft.pattern.hasStar) {
      literalKeys.set(canonicalLiteral(draft.pattern.literal), index);
      return;
    }
    const stem = draft.pattern.literal.slice(0, STEM);
    starKeysByStem.set(stem, [...(starKeysByStem.get(stem) ?? []), index]);
  });
  const ids = new Map(entities.map((e, i) => [e.id, i]));
  const implies = entities.map((e, i) =>
    e.kind === 'place' ? e.countries.map((c) => ids.get(c) ?? -1).filter((c) => c >= 0 && c !== i) : [],
  );
  // No `u` flag: with it V8 runs these regexes about three times slower (see build-trie-regex.ts).
  const scanner = buildKeyScanner(drafts.map((d) => termAtoms(d.pattern.words)));
  return { scanner, keys, entities, literalKeys, starKeysByStem, implies, descriptors, vetoes, keyMemo: new Map(), aliasToEntity };
}

/**
 * Keys that match a prefix of this key's literal text: they start where it starts, so only keys
 * with its first letter (`sameStart`, in key order) are tried. A literal is folded words joined
 * by single spaces, so a key without `*` matches it exactly when it is a prefix ending where a
 * word does; only `*` keys run their regex, which spares compiling hundreds of regexes at start.
 */
function findNested(draft: KeyDraft, index: number, drafts: KeyDraft[], firstWords: string[], stickies: RegExp[], sameStart: readonly number[]): number[] {
  const text = draft.pattern.literal;
  const nested: number[] = [];
  for (const j of sameStart) {
    const other = (drafts[j] as KeyDraft).pattern;
    if (j === index || other.literal.length > text.length) continue;
    if (!text.startsWith(firstWords[j] as string)) continue;
    if (!other.hasStar) {
      const end = other.literal.length;
      if (text.startsWith(other.literal) && (end === text.length || !isWordCode(text.charCodeAt(end)))) nested.push(j);
      continue;
    }
    const sticky = stickies[j] as RegExp;
    sticky.lastIndex = 0;
    if (sticky.test(text)) nested.push(j);
  }
  return nested;
}

/** The entity id an alias or acronym names (`GSIM` → `jnim`), case- and accent-insensitively. */
export function resolveEntityId(compiled: CompiledWatchlist, text: string): string | undefined {
  return compiled.aliasToEntity.get(foldString(text.trim()));
}
