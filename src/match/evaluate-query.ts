import { foldString } from '../core/fold-text.js';
import type { PieceKind } from '../core/story.js';
import type { AlertQuery, QueryField } from './parse-query.js';
import { AFTER_WORD, BEFORE_WORD, buildTermPattern } from './term-pattern.js';

export type { AlertQuery } from './parse-query.js';

/** What an alert query is evaluated against: one new item with its match results. */
export interface QueryItem {
  readonly title: string;
  readonly summary: string;
  readonly content?: string;
  /** Matched entity ids (topics included or not; `tags` is what `tag:` reads). */
  readonly entities: readonly string[];
  readonly tags: readonly string[];
  /** State entity ids the item is about (`mali`, `burkina-faso`). */
  readonly countries: readonly string[];
  readonly lang: string;
  /** The feed id (`rfi-fr`). */
  readonly source: string;
  readonly sourceName?: string;
  /** What the piece is (`analysis`, `live`…); absent: news. */
  readonly kind?: PieceKind;
}

const termRegexes = new WeakMap<AlertQuery, RegExp | null>();
const foldedItems = new WeakMap<QueryItem, string>();

/**
 * True when `item` satisfies `query`. Words and phrases match whole words of the folded
 * title + summary + content (`menaka` finds Ménaka; `attaqu*` is a prefix). Fields:
 * `entity:jnim`, `tag:attack`, `lang:fr`, `kind:analysis` (`kind:any`: every kind);
 * `country:burkina` and `source:rfi` also accept the leading part of a kebab-case id
 * (`burkina-faso`, `rfi-fr`).
 */
export function evaluateQuery(query: AlertQuery, item: QueryItem): boolean {
  switch (query.kind) {
    case 'and':
      return query.operands.every((q) => evaluateQuery(q, item));
    case 'or':
      return query.operands.some((q) => evaluateQuery(q, item));
    case 'not':
      return !evaluateQuery(query.operand, item);
    case 'term':
      return termRegex(query)?.test(foldedText(item)) ?? false;
    case 'field':
      return matchField(query.field, foldString(query.value.trim()), item);
  }
}

function termRegex(query: Extract<AlertQuery, { kind: 'term' }>): RegExp | null {
  let regex = termRegexes.get(query);
  if (regex === undefined) {
    const pattern = buildTermPattern(query.text);
    regex = pattern === null ? null : new RegExp(`${BEFORE_WORD}(?:${pattern.source})${AFTER_WORD}`, 'u');
    termRegexes.set(query, regex);
  }
  return regex;
}

function foldedText(item: QueryItem): string {
  let text = foldedItems.get(item);
  if (text === undefined) {
    text = foldString(`${item.title}\n${item.summary}\n${item.content ?? ''}`);
    foldedItems.set(item, text);
  }
  return text;
}

/** `value` equals `id`, or is its leading kebab-case part (`burkina` → `burkina-faso`). */
const idMatches = (id: string, value: string): boolean => id === value || id.startsWith(`${value}-`);

function matchField(field: QueryField, value: string, item: QueryItem): boolean {
  switch (field) {
    case 'entity':
      return item.entities.includes(value) || item.tags.includes(value);
    case 'country':
      return item.countries.some((c) => idMatches(c, value));
    case 'tag':
      return item.tags.includes(value);
    case 'lang':
      return item.lang.toLowerCase() === value;
    case 'source':
      return idMatches(item.source.toLowerCase(), value) || (item.sourceName !== undefined && foldString(item.sourceName) === value);
    case 'kind':
      return value === 'any' || (item.kind ?? 'news') === value;
  }
}

/**
 * True when `query` asks for pieces of `kind` by name: a `kind:` field naming it (or `kind:any`)
 * that is not under a NOT. Non-news pieces (analysis, opinion, live blogs…) alert only such
 * queries; `Kidal -kind:opinion` asks for no kind.
 */
/**
 * Whether an item starts an alert of a subscription: a news item alerts any query it satisfies;
 * analysis, opinion and the other kinds only a query that names their kind. The pipeline and
 * the preview of `alert add` both decide with it.
 */
export function startsAlert(query: AlertQuery, item: QueryItem): boolean {
  const kind = item.kind ?? 'news';
  if (kind !== 'news' && !queryAsksForKind(query, kind)) return false;
  return evaluateQuery(query, item);
}

export function queryAsksForKind(query: AlertQuery, kind: PieceKind): boolean {
  switch (query.kind) {
    case 'and':
    case 'or':
      return query.operands.some((q) => queryAsksForKind(q, kind));
    case 'not':
    case 'term':
      return false;
    case 'field': {
      if (query.field !== 'kind') return false;
      const value = foldString(query.value.trim());
      return value === 'any' || value === kind;
    }
  }
}
