import { describe, expect, it } from 'vitest';
import { evaluateQuery, queryAsksForKind } from '../../../src/match/evaluate-query.js';
import type { QueryItem } from '../../../src/match/evaluate-query.js';
import { parseQuery } from '../../../src/match/parse-query.js';

const item: QueryItem = {
  title: 'Ménaka : l’État islamique revendique une attaque',
  summary: 'Des soldats maliens tués près de la frontière avec le Burkina-Faso.',
  content: 'Les Nigérians ne sont pas concernés.',
  entities: ['menaka', 'issp', 'mali', 'fama', 'burkina-faso'],
  tags: ['attack'],
  countries: ['mali', 'burkina-faso'],
  lang: 'fr',
  source: 'rfi-fr',
  sourceName: 'RFI Afrique',
};

const matches = (query: string, target: QueryItem = item): boolean => {
  const parsed = parseQuery(query);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return evaluateQuery(parsed.value, target);
};

describe('evaluateQuery', () => {
  it('matches terms without regard to accents or case', () => {
    expect(matches('menaka')).toBe(true);
    expect(matches('ETAT')).toBe(true);
  });

  it('matches whole words only', () => {
    expect(matches('Niger')).toBe(false);
    expect(matches('Nigérians')).toBe(true);
  });

  it('matches a phrase across a hyphen or a curly apostrophe', () => {
    expect(matches('"Burkina Faso"')).toBe(true);
    expect(matches(`"l'Etat islamique"`)).toBe(true);
    expect(matches('"islamique attaque"')).toBe(false);
  });

  it('matches a trailing-star prefix', () => {
    expect(matches('attaqu*')).toBe(true);
    expect(matches('drone*')).toBe(false);
  });

  it('applies AND, OR, NOT and -term', () => {
    expect(matches('Ménaka AND (drone OR attaque)')).toBe(true);
    expect(matches('Ménaka AND NOT attaque')).toBe(false);
    expect(matches('Ménaka -Gao')).toBe(true);
    expect(matches('Gao OR Kidal')).toBe(false);
  });

  it('reads the entity, tag and lang fields', () => {
    expect(matches('entity:issp tag:attack lang:fr')).toBe(true);
    expect(matches('entity:jnim')).toBe(false);
    expect(matches('lang:en')).toBe(false);
  });

  it('reads the kind field, an item without a kind being news', () => {
    expect(matches('kind:news')).toBe(true);
    expect(matches('kind:analysis')).toBe(false);
    expect(matches('kind:analysis', { ...item, kind: 'analysis' })).toBe(true);
    expect(matches('kind:Analysis', { ...item, kind: 'analysis' })).toBe(true);
    expect(matches('kind:any', { ...item, kind: 'live' })).toBe(true);
    expect(matches('Ménaka -kind:opinion', { ...item, kind: 'opinion' })).toBe(false);
  });

  it('says whether a query names a kind outside a NOT', () => {
    const asks = (query: string, kind: Parameters<typeof queryAsksForKind>[1]): boolean => {
      const parsed = parseQuery(query);
      if (!parsed.ok) throw new Error(parsed.error.message);
      return queryAsksForKind(parsed.value, kind);
    };
    expect(asks('country:mali kind:analysis', 'analysis')).toBe(true);
    expect(asks('country:mali (kind:opinion OR kind:ANY)', 'live')).toBe(true);
    expect(asks('country:mali kind:analysis', 'opinion')).toBe(false);
    expect(asks('country:mali -kind:analysis', 'analysis')).toBe(false);
    expect(asks('NOT (kind:any)', 'roundup')).toBe(false);
    expect(asks('country:mali', 'analysis')).toBe(false);
  });

  it('accepts the leading part of a country or source id', () => {
    expect(matches('country:burkina')).toBe(true);
    expect(matches('country:burkina-faso')).toBe(true);
    expect(matches('country:niger')).toBe(false);
    expect(matches('source:rfi')).toBe(true);
    expect(matches('source:rfi-en')).toBe(false);
    expect(matches('source:"RFI Afrique"')).toBe(true);
  });

  it('works for items without content', () => {
    const { content: _content, ...bare } = item;
    expect(matches('Nigérians', bare)).toBe(false);
    expect(matches('soldats', bare)).toBe(true);
  });
});
