import { closestMatch } from './core/closest-match.js';
import type { EntityConfig, Language, WatchlistConfig } from './core/config-types.js';
import { foldString } from './core/fold-text.js';
import { err, ok, type Result } from './core/result.js';
import type { AlertQuery, QueryError } from './match/parse-query.js';
import { entityNames } from './core/entity-names.js';

/** The languages a stored item can have (`und`: not determined). */
const ITEM_LANGUAGES = ['en', 'fr', 'und'] as const satisfies readonly (Language | 'und')[];

/**
 * Checks the watchlist values of a parsed query, which the parser cannot know: `entity:` must be
 * an entity id, `tag:` a topic id, `country:` a state id or its leading part (`burkina`), `lang:`
 * a language items are stored in (en, fr, und). Such a field with any other value never matches, so `/sahel alert add
 * entity:jnmi` would be an alert that never fires: it is refused instead, with the nearest id
 * (`unknown entity "jnmi" (did you mean jnim?) at column 1`); a name or alias of an entity
 * points to its id (`entity:GSIM` → jnim). `source:` and `kind:` are left alone: feeds change at
 * run time and `kind:` is checked by the parser.
 */
export function checkQueryValues(
  query: AlertQuery,
  text: string,
  watchlist: Pick<WatchlistConfig, 'entities'>,
): Result<AlertQuery, QueryError> {
  for (const field of fieldsOf(query)) {
    const typed = field.value.trim();
    const problem = problemOf(field.field, foldString(typed), watchlist.entities);
    if (problem === undefined) continue;
    const column = columnOf(text, `${field.field}:`, field.value);
    return err({ message: `${problem(typed)} at column ${column}`, column });
  }
  return ok(query);
}

type FieldNode = Extract<AlertQuery, { kind: 'field' }>;

function fieldsOf(query: AlertQuery): FieldNode[] {
  switch (query.kind) {
    case 'field':
      return [query];
    case 'term':
      return [];
    case 'not':
      return fieldsOf(query.operand);
    case 'and':
    case 'or':
      return query.operands.flatMap(fieldsOf);
  }
}

/** Why a field's (folded) value can never match, told of the value as typed; undefined when it can. */
function problemOf(
  field: FieldNode['field'],
  value: string,
  entities: readonly EntityConfig[],
): ((typed: string) => string) | undefined {
  switch (field) {
    case 'entity':
      return unknownId('entity', value, entities);
    case 'tag':
      return unknownId(
        'tag',
        value,
        entities.filter((e) => e.kind === 'topic'),
      );
    case 'country': {
      const states = entities.filter((e) => e.kind === 'state');
      if (states.some((s) => s.id === value || s.id.startsWith(`${value}-`))) return undefined;
      return unknownId('country', value, states);
    }
    case 'lang':
      return (ITEM_LANGUAGES as readonly string[]).includes(value)
        ? undefined
        : (typed) => `unknown language "${typed}" (use ${ITEM_LANGUAGES.join(', ')})`;
    case 'source':
    case 'kind':
      return undefined;
  }
}

/** `unknown tag "atack" (did you mean attack?)`, or undefined when `value` is one of the ids. */
function unknownId(
  what: string,
  value: string,
  candidates: readonly EntityConfig[],
): ((typed: string) => string) | undefined {
  if (candidates.some((e) => e.id === value)) return undefined;
  const named = candidates.find((e) => entityNames(e).some((n) => foldString(n) === value));
  const closest =
    named?.id ??
    closestMatch(
      value,
      candidates.map((e) => e.id),
    );
  const hint = closest === undefined ? '' : ` (did you mean ${closest}?)`;
  return (typed) => `unknown ${what} "${typed}"${hint}`;
}


/** 1-based column of `field:value` in the query text (any case), else of `field:`, else 1. */
function columnOf(text: string, prefix: string, value: string): number {
  const folded = text.toLowerCase();
  const exact = folded.indexOf(`${prefix}${value}`.toLowerCase());
  const index = exact >= 0 ? exact : folded.indexOf(prefix);
  return index >= 0 ? index + 1 : 1;
}
