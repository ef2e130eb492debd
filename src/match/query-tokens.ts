import type { Result } from '../core/result.js';
import { err, ok } from '../core/result.js';

/**
 * Tokens of the alert query language: words, "quoted phrases", field:value, AND / OR / NOT (upper
 * case), a leading `-` (NOT), parentheses. Columns are 1-based, counted in UTF-16 units as an
 * editor would for the usual Latin text.
 */

/** A query that cannot be read; `message` ends with `at column N`. */
export interface QueryError {
  readonly message: string;
  readonly column: number;
}

export const QUERY_FIELDS = ['entity', 'country', 'tag', 'lang', 'source', 'kind'] as const;
export type QueryField = (typeof QUERY_FIELDS)[number];

export type Token =
  | { readonly type: 'lparen' | 'rparen' | 'and' | 'or' | 'not' | 'minus'; readonly column: number }
  | { readonly type: 'word' | 'phrase'; readonly text: string; readonly column: number }
  | { readonly type: 'field'; readonly field: QueryField; readonly value: string; readonly column: number };

export const MAX_QUERY_LENGTH = 1000;
const OPERATORS: Readonly<Record<string, 'and' | 'or' | 'not'>> = { AND: 'and', OR: 'or', NOT: 'not' };
const STOP = /[\s()"]/;
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;

/** Builds a QueryError whose message names the column. */
export function queryError(what: string, column: number): QueryError {
  return { message: `${what} at column ${column}`, column };
}

/** Splits `text` into tokens, or explains the first character that cannot start one. */
export function tokenize(text: string): Result<Token[], QueryError> {
  if (text.length > MAX_QUERY_LENGTH) {
    return err(queryError(`query too long (${text.length} characters, at most ${MAX_QUERY_LENGTH})`, MAX_QUERY_LENGTH + 1));
  }
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    const column = i + 1;
    if (/\s/.test(ch)) {
      i += 1;
    } else if (ch === '(' || ch === ')') {
      tokens.push({ type: ch === '(' ? 'lparen' : 'rparen', column });
      i += 1;
    } else if (ch === '"') {
      const phrase = readPhrase(text, i);
      if (!phrase.ok) return phrase;
      tokens.push({ type: 'phrase', text: phrase.value.text, column });
      i = phrase.value.next;
    } else if (ch === '-' && i + 1 < text.length && !/\s/.test(text[i + 1] as string)) {
      tokens.push({ type: 'minus', column });
      i += 1;
    } else {
      const word = readWord(text, i);
      if (!word.ok) return word;
      tokens.push(word.value.token);
      i = word.value.next;
    }
  }
  return ok(tokens);
}

function readPhrase(text: string, start: number): Result<{ text: string; next: number }, QueryError> {
  const close = text.indexOf('"', start + 1);
  if (close < 0) return err(queryError('unterminated quote', start + 1));
  const inner = text.slice(start + 1, close).trim();
  if (!HAS_WORD_CHAR.test(inner)) return err(queryError('empty phrase', start + 1));
  return ok({ text: inner, next: close + 1 });
}

function readWord(text: string, start: number): Result<{ token: Token; next: number }, QueryError> {
  let end = start;
  while (end < text.length && !STOP.test(text[end] as string)) end += 1;
  const word = text.slice(start, end);
  const column = start + 1;
  const operator = OPERATORS[word];
  if (operator !== undefined) return ok({ token: { type: operator, column }, next: end });
  const colon = word.indexOf(':');
  if (colon > 0 && /^[a-z]+$/i.test(word.slice(0, colon))) return readField(text, start, end, colon);
  if (word === '-') return err(queryError('expected a term after "-"', column));
  if (!HAS_WORD_CHAR.test(word)) return err(queryError(`"${word}" has no letter or digit`, column));
  return ok({ token: { type: 'word', text: word, column }, next: end });
}

function readField(text: string, start: number, end: number, colon: number): Result<{ token: Token; next: number }, QueryError> {
  const column = start + 1;
  const name = text.slice(start, start + colon).toLowerCase();
  if (!(QUERY_FIELDS as readonly string[]).includes(name)) {
    return err(queryError(`unknown field "${name}" (use ${QUERY_FIELDS.join(', ')})`, column));
  }
  const field = name as QueryField;
  let value = text.slice(start + colon + 1, end);
  let next = end;
  if (value === '' && text[end] === '"') {
    const phrase = readPhrase(text, end);
    if (!phrase.ok) return phrase;
    value = phrase.value.text;
    next = phrase.value.next;
  }
  if (!HAS_WORD_CHAR.test(value)) return err(queryError(`missing value after "${name}:"`, column));
  return ok({ token: { type: 'field', field, value, column }, next });
}
