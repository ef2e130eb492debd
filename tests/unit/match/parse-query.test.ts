import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/match/parse-query.js';
import type { AlertQuery } from '../../../src/match/parse-query.js';

const parsed = (text: string): AlertQuery => {
  const result = parseQuery(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

const error = (text: string): string => {
  const result = parseQuery(text);
  if (result.ok) throw new Error(`expected an error for ${text}`);
  expect(result.error.message).toMatch(new RegExp(`at column ${result.error.column}$`));
  return result.error.message;
};

const term = (text: string, phrase = false): AlertQuery => ({ kind: 'term', text, phrase });

describe('parseQuery', () => {
  describe('accepted queries', () => {
    it('parses AND, OR and parentheses', () => {
      expect(parsed('Kidal AND (attack OR drone)')).toEqual({
        kind: 'and',
        operands: [term('Kidal'), { kind: 'or', operands: [term('attack'), term('drone')] }],
      });
    });

    it('parses a quoted phrase and a -term', () => {
      expect(parsed('"Africa Corps" -Libya')).toEqual({
        kind: 'and',
        operands: [term('Africa Corps', true), { kind: 'not', operand: term('Libya') }],
      });
    });

    it('joins adjacent terms with AND, binding tighter than OR', () => {
      expect(parsed('Gao OR Kidal attack')).toEqual({
        kind: 'or',
        operands: [term('Gao'), { kind: 'and', operands: [term('Kidal'), term('attack')] }],
      });
    });

    it('parses NOT, nested NOT and a negated group', () => {
      expect(parsed('NOT NOT Gao')).toEqual({ kind: 'not', operand: { kind: 'not', operand: term('Gao') } });
      expect(parsed('-(Gao OR Kidal)')).toEqual({ kind: 'not', operand: { kind: 'or', operands: [term('Gao'), term('Kidal')] } });
    });

    it('parses every field, with a word or a quoted value', () => {
      expect(parsed('entity:jnim country:mali tag:attack lang:fr source:"RFI Afrique"')).toEqual({
        kind: 'and',
        operands: [
          { kind: 'field', field: 'entity', value: 'jnim' },
          { kind: 'field', field: 'country', value: 'mali' },
          { kind: 'field', field: 'tag', value: 'attack' },
          { kind: 'field', field: 'lang', value: 'fr' },
          { kind: 'field', field: 'source', value: 'RFI Afrique' },
        ],
      });
    });

    it('parses kind: with every piece kind and any, in any case', () => {
      expect(parsed('kind:analysis OR kind:Opinion OR kind:any')).toEqual({
        kind: 'or',
        operands: [
          { kind: 'field', field: 'kind', value: 'analysis' },
          { kind: 'field', field: 'kind', value: 'Opinion' },
          { kind: 'field', field: 'kind', value: 'any' },
        ],
      });
      for (const value of ['news', 'explainer', 'live', 'roundup']) expect(parseQuery(`kind:${value}`).ok).toBe(true);
    });

    it('keeps accents, apostrophes and stars in terms as written', () => {
      expect(parsed("Ménaka l'AES attaqu*")).toEqual({ kind: 'and', operands: [term('Ménaka'), term("l'AES"), term('attaqu*')] });
    });

    it('reads lower-case and/or as plain words', () => {
      expect(parsed('war and peace')).toEqual({ kind: 'and', operands: [term('war'), term('and'), term('peace')] });
    });
  });

  describe('errors', () => {
    it('reports an empty query', () => {
      expect(error('')).toBe('empty query at column 1');
      expect(error('   ')).toBe('empty query at column 1');
    });

    it('reports an unclosed parenthesis at the opening one', () => {
      expect(error('Kidal AND (attack OR drone')).toBe('unbalanced parenthesis at column 11');
    });

    it('reports a stray closing parenthesis where it is', () => {
      expect(error('Kidal AND Gao)')).toBe('unbalanced parenthesis at column 14');
    });

    it('reports empty parentheses', () => {
      expect(error('Gao ()')).toBe('empty parentheses at column 5');
    });

    it('reports an unterminated quote', () => {
      expect(error('Gao "Africa Corps')).toBe('unterminated quote at column 5');
    });

    it('reports an empty phrase', () => {
      expect(error('Gao ""')).toBe('empty phrase at column 5');
    });

    it('reports an unknown field', () => {
      expect(error('Gao place:kidal')).toBe('unknown field "place" (use entity, country, tag, lang, source, kind) at column 5');
    });

    it('reports a kind that is no piece kind, suggesting the nearest', () => {
      expect(error('Kidal kind:analyis')).toBe('unknown kind "analyis" (did you mean analysis?) at column 7');
      expect(error('kind:gossip')).toBe(
        'unknown kind "gossip" (use news, analysis, opinion, explainer, live, roundup, any) at column 1',
      );
    });

    it('reports a field without a value', () => {
      expect(error('entity: Gao')).toBe('missing value after "entity:" at column 1');
    });

    it('reports an operator without a right-hand term', () => {
      expect(error('Kidal OR')).toBe('expected a term after "OR" at column 7');
      expect(error('Kidal AND')).toBe('expected a term after "AND" at column 7');
      expect(error('(Kidal OR) Gao')).toBe('expected a term after "OR" at column 8');
      expect(error('Kidal NOT')).toBe('expected a term after "NOT" at column 7');
      expect(error('Kidal -')).toBe('expected a term after "-" at column 7');
    });

    it('reports an operator without a left-hand term', () => {
      expect(error('AND Kidal')).toBe('expected a term before "AND" at column 1');
      expect(error('Gao (OR Kidal)')).toBe('expected a term before "OR" at column 6');
    });

    it('reports a term with no letter or digit', () => {
      expect(error('Gao !!!')).toBe('"!!!" has no letter or digit at column 5');
    });

    it('reports parentheses nested too deep', () => {
      expect(error(`${'('.repeat(40)}Gao${')'.repeat(40)}`)).toBe('parentheses nested deeper than 32 at column 33');
    });

    it('reports a query that is too long', () => {
      expect(error('Gao '.repeat(300))).toBe('query too long (1200 characters, at most 1000) at column 1001');
    });
  });
});
