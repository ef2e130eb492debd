import { closestMatch } from '../core/closest-match.js';
import type { Result } from '../core/result.js';
import { err, ok } from '../core/result.js';
import { PIECE_KINDS } from '../core/story.js';
import { queryError, tokenize } from './query-tokens.js';
import type { QueryError, QueryField, Token } from './query-tokens.js';

export type { QueryError, QueryField } from './query-tokens.js';

/**
 * A parsed alert query. Grammar (OR binds loosest, adjacent terms are joined by AND):
 *   query := and ("OR" and)* · and := unary ("AND"? unary)* · unary := ("NOT" | "-") unary | primary
 *   primary := "(" query ")" | word | "phrase" | field ":" (word | "phrase")
 * `kind:` takes a piece kind or `any` (`kind:analysis`); any other value is a parse error.
 */
export type AlertQuery =
  | { readonly kind: 'term'; readonly text: string; readonly phrase: boolean }
  | { readonly kind: 'field'; readonly field: QueryField; readonly value: string }
  | { readonly kind: 'not'; readonly operand: AlertQuery }
  | { readonly kind: 'and'; readonly operands: readonly AlertQuery[] }
  | { readonly kind: 'or'; readonly operands: readonly AlertQuery[] };

const MAX_DEPTH = 32;

/** Values of `kind:`: a piece kind, or `any` for every kind (news included). */
export const KIND_VALUES: readonly string[] = [...PIECE_KINDS, 'any'];

/** Thrown inside the parser only, turned into an `err` by `parseQuery`. */
interface ParseFailure {
  readonly failure: QueryError;
}

/**
 * Parses an alert query such as `Kidal AND (attack OR drone)` or `"Africa Corps" -Libya`.
 * A bad query yields a precise error: `unbalanced parenthesis at column 14`.
 */
export function parseQuery(text: string): Result<AlertQuery, QueryError> {
  const tokens = tokenize(text);
  if (!tokens.ok) return tokens;
  if (tokens.value.length === 0) return err(queryError('empty query', 1));
  const parser = createParser(tokens.value, text.length);
  try {
    const query = parser.parseOr(0);
    const rest = parser.peek();
    if (rest !== undefined) fail(rest.type === 'rparen' ? 'unbalanced parenthesis' : `unexpected ${describe(rest)}`, rest.column);
    return ok(query);
  } catch (error) {
    if (isParseFailure(error)) return err(error.failure);
    throw error;
  }
}

function fail(what: string, column: number): never {
  const failure: ParseFailure = { failure: queryError(what, column) };
  throw failure;
}

/** Fails on a `kind:` value that is no kind: `unknown kind "analyis" (did you mean analysis?)`. */
function checkKind(value: string, column: number): void {
  if (KIND_VALUES.includes(value.toLowerCase())) return;
  const closest = closestMatch(value, KIND_VALUES);
  const hint = closest === undefined ? `use ${KIND_VALUES.join(', ')}` : `did you mean ${closest}?`;
  fail(`unknown kind "${value}" (${hint})`, column);
}

function isParseFailure(value: unknown): value is ParseFailure {
  return typeof value === 'object' && value !== null && 'failure' in value;
}

function describe(token: Token): string {
  switch (token.type) {
    case 'and':
      return '"AND"';
    case 'or':
      return '"OR"';
    case 'not':
      return '"NOT"';
    case 'minus':
      return '"-"';
    case 'lparen':
      return '"("';
    case 'rparen':
      return '")"';
    case 'word':
    case 'phrase':
      return `"${token.text}"`;
    case 'field':
      return `"${token.field}:${token.value}"`;
  }
}

const STARTS_OPERAND = new Set<Token['type']>(['word', 'phrase', 'field', 'lparen', 'not', 'minus']);

function createParser(tokens: readonly Token[], length: number) {
  let position = 0;
  const peek = (): Token | undefined => tokens[position];
  const endColumn = length + 1;

  const parseOr = (depth: number): AlertQuery => {
    const operands = [parseAnd(depth)];
    for (let token = peek(); token?.type === 'or'; token = peek()) {
      position += 1;
      requireOperand(token);
      operands.push(parseAnd(depth));
    }
    return operands.length === 1 ? (operands[0] as AlertQuery) : { kind: 'or', operands };
  };

  const parseAnd = (depth: number): AlertQuery => {
    const operands = [parseUnary(depth)];
    for (let token = peek(); token !== undefined; token = peek()) {
      if (token.type === 'and') {
        position += 1;
        operands.push(parseOperand(depth, token));
      } else if (STARTS_OPERAND.has(token.type)) {
        operands.push(parseUnary(depth));
      } else break;
    }
    return operands.length === 1 ? (operands[0] as AlertQuery) : { kind: 'and', operands };
  };

  /** Fails unless a term follows `operator`, naming the operator. */
  const requireOperand = (operator: Token): void => {
    const next = peek();
    if (next === undefined || !STARTS_OPERAND.has(next.type)) fail(`expected a term after ${describe(operator)}`, operator.column);
  };

  const parseOperand = (depth: number, operator: Token): AlertQuery => {
    requireOperand(operator);
    return parseUnary(depth);
  };

  const parseUnary = (depth: number): AlertQuery => {
    const token = peek();
    if (token === undefined) return fail('expected a term', endColumn);
    if (token.type === 'not' || token.type === 'minus') {
      position += 1;
      return { kind: 'not', operand: parseOperand(depth, token) };
    }
    return parsePrimary(depth, token);
  };

  const parsePrimary = (depth: number, token: Token): AlertQuery => {
    position += 1;
    switch (token.type) {
      case 'word':
        return { kind: 'term', text: token.text, phrase: false };
      case 'phrase':
        return { kind: 'term', text: token.text, phrase: true };
      case 'field':
        if (token.field === 'kind') checkKind(token.value, token.column);
        return { kind: 'field', field: token.field, value: token.value };
      case 'lparen': {
        if (depth >= MAX_DEPTH) fail(`parentheses nested deeper than ${MAX_DEPTH}`, token.column);
        if (peek()?.type === 'rparen') fail('empty parentheses', token.column);
        const inner = parseOr(depth + 1);
        if (peek()?.type !== 'rparen') fail('unbalanced parenthesis', token.column);
        position += 1;
        return inner;
      }
      case 'rparen':
        return fail('unbalanced parenthesis', token.column);
      default:
        return fail(`expected a term before ${describe(token)}`, token.column);
    }
  };

  return { parseOr, peek };
}
