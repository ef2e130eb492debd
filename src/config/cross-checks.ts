import type { ConfigIssue, NodePath } from './config-issue.js';
import { checkDescriptors } from './check-descriptors.js';
import { checkVetoes } from './check-vetoes.js';
import { closestMatch } from '../core/closest-match.js';
import { foldString } from '../core/fold-text.js';
import type { FactsFile } from './schemas/facts.js';
import type { FeedsFile } from './schemas/feeds.js';
import type { SettingsFile } from './schemas/settings.js';
import type { TimelineFile } from './schemas/timeline.js';
import type { WatchlistFile } from './schemas/watchlist.js';
import type { YamlSource } from './yaml-positions.js';

/** A file that passed its schema, with the source that locates its nodes. */
export interface ValidFile<T> {
  readonly data: T;
  readonly source: YamlSource;
}

/** The files that passed their schemas; a check runs only when every file it reads is here. */
export interface ValidFiles {
  readonly feeds?: ValidFile<FeedsFile>;
  readonly watchlist?: ValidFile<WatchlistFile>;
  readonly facts?: ValidFile<FactsFile>;
  readonly timeline?: ValidFile<TimelineFile>;
  readonly settings?: ValidFile<SettingsFile>;
  /** Ids of entities that failed their schema: references to them are not reported. */
  readonly uncheckedEntityIds?: readonly string[];
  /** Ids of facts that failed their schema: references to them are not reported. */
  readonly uncheckedFactIds?: readonly string[];
}

/** Checks that span entries or files: duplicates, references, alias ownership. */
export function crossCheck(files: ValidFiles): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const { feeds, watchlist, facts } = files;
  if (feeds) {
    issues.push(
      ...findDuplicates(feeds.source, 'feeds', feeds.data.feeds, (f) => f.id, 'id', 'feed id'),
    );
    issues.push(
      ...findDuplicates(
        feeds.source,
        'feeds',
        feeds.data.feeds,
        (f) => normaliseFeedUrl(f.url),
        'url',
        'feed URL',
      ),
    );
  }
  if (facts)
    issues.push(
      ...findDuplicates(facts.source, 'facts', facts.data.facts, (f) => f.id, 'id', 'fact id'),
    );
  if (watchlist) {
    const entities = watchlist.data.entities;
    issues.push(
      ...findDuplicates(watchlist.source, 'entities', entities, (e) => e.id, 'id', 'entity id'),
    );
    issues.push(...checkAliases(watchlist));
    issues.push(...checkDescriptors(watchlist.data, watchlist.source));
    issues.push(...checkVetoes(watchlist.data, watchlist.source));
    issues.push(...checkReferences(files, watchlist.data));
  }
  if (files.settings) {
    const { source, data } = files.settings;
    issues.push(
      ...findDuplicates(
        source,
        'countries',
        data.countries,
        (c) => c.command,
        'command',
        'command',
      ),
    );
  }
  return issues;
}

/** Lower-cased host, no trailing slash: the form in which two feed URLs are the same feed. */
export function normaliseFeedUrl(url: string): string {
  const parsed = new URL(url);
  return parsed.href.replace(/\/+$/, '');
}

/** Accent- and case-folded form used to compare aliases. */
export function foldAlias(text: string): string {
  return foldString(text).replace(/\s+/g, ' ').trim();
}

function findDuplicates<T>(
  source: YamlSource,
  listKey: string,
  list: readonly T[],
  keyOf: (entry: T) => string,
  field: string,
  what: string,
): ConfigIssue[] {
  const first = new Map<string, number>();
  const issues: ConfigIssue[] = [];
  list.forEach((entry, index) => {
    const key = keyOf(entry);
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, index);
      return;
    }
    const where = source.issueAt([listKey, earlier, field], '');
    issues.push(
      source.issueAt(
        [listKey, index, field],
        `duplicate ${what} "${key}" (first at ${listKey}[${earlier}], line ${where.line})`,
      ),
    );
  });
  return issues;
}

interface Claim {
  readonly entity: string;
  readonly path: NodePath;
}

/** Every alias and acronym belongs to one entity; `ambiguous` names only the entity's own terms. */
function checkAliases({ data, source }: ValidFile<WatchlistFile>): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const aliasClaims = new Map<string, Claim>();
  const acronymClaims = new Map<string, Claim>();
  const claim = (
    claims: Map<string, Claim>,
    term: string,
    key: string,
    label: string,
    entity: string,
    path: NodePath,
  ): void => {
    const owner = claims.get(key);
    if (owner === undefined) claims.set(key, { entity, path });
    else if (owner.entity !== entity) {
      issues.push(
        source.issueAt(path, `${label} "${term}" is already claimed by entity "${owner.entity}"`),
      );
    }
  };
  data.entities.forEach((entity, i) => {
    for (const lang of ['en', 'fr'] as const) {
      entity.aliases[lang].forEach((alias, j) => {
        claim(aliasClaims, alias, foldAlias(alias), 'alias', entity.id, [
          'entities',
          i,
          'aliases',
          lang,
          j,
        ]);
      });
    }
    entity.acronyms.forEach((acronym, j) =>
      claim(acronymClaims, acronym, acronym, 'acronym', entity.id, ['entities', i, 'acronyms', j]),
    );
    const own = new Set([...entity.aliases.en, ...entity.aliases.fr].map(foldAlias));
    entity.ambiguous.forEach((term, j) => {
      if (!entity.acronyms.includes(term) && !own.has(foldAlias(term))) {
        issues.push(
          source.issueAt(
            ['entities', i, 'ambiguous', j],
            `"${term}" is not one of this entity's aliases or acronyms`,
          ),
        );
      }
    });
  });
  return issues;
}

type EntityKindName = WatchlistFile['entities'][number]['kind'];

/** Entity and fact ids referenced anywhere must exist, and be of the kind the field needs. */
function checkReferences(files: ValidFiles, watchlist: WatchlistFile): ConfigIssue[] {
  // The first definition of a duplicated id wins, as in the duplicate report.
  const kinds = new Map<string, EntityKindName>(
    watchlist.entities.toReversed().map((e) => [e.id, e.kind]),
  );
  const uncheckedEntities = new Set(files.uncheckedEntityIds);
  const issues: ConfigIssue[] = [];
  const checkOne = (
    source: YamlSource,
    id: string,
    path: NodePath,
    kind?: EntityKindName,
  ): void => {
    const actual = kinds.get(id);
    if (actual === undefined && uncheckedEntities.has(id)) return;
    if (actual === undefined)
      issues.push(source.issueAt(path, `unknown entity "${id}"${hint(id, kinds.keys())}`));
    else if (kind !== undefined && actual !== kind) {
      issues.push(source.issueAt(path, `expected a ${kind} entity, "${id}" is ${actual}`));
    }
  };
  const check = (
    source: YamlSource,
    ids: readonly string[],
    path: NodePath,
    kind?: EntityKindName,
  ): void => {
    ids.forEach((id, j) => checkOne(source, id, [...path, j], kind));
  };
  const wl = files.watchlist?.source;
  const factIds = files.facts
    ? new Set([...files.facts.data.facts.map((f) => f.id), ...(files.uncheckedFactIds ?? [])])
    : undefined;
  watchlist.entities.forEach((entity, i) => {
    if (wl) check(wl, entity.countries, ['entities', i, 'countries'], 'state');
    if (wl && factIds) {
      entity.facts.forEach((id, j) => {
        if (!factIds.has(id)) {
          issues.push(
            wl.issueAt(['entities', i, 'facts', j], `unknown fact "${id}"${hint(id, factIds)}`),
          );
        }
      });
    }
  });
  const facts = files.facts;
  facts?.data.facts.forEach((fact, i) =>
    check(facts.source, fact.entities, ['facts', i, 'entities']),
  );
  const timeline = files.timeline;
  timeline?.data.events.forEach((event, i) => {
    check(timeline.source, event.countries, ['events', i, 'countries'], 'state');
    check(timeline.source, event.entities, ['events', i, 'entities']);
    check(timeline.source, event.tags, ['events', i, 'tags'], 'topic');
  });
  const settings = files.settings;
  settings?.data.countries.forEach((country, i) => {
    checkOne(settings.source, country.entity, ['countries', i, 'entity'], 'state');
  });
  return issues;
}

/** ` (did you mean jnim?)` when an id is a near miss of a known one. */
function hint(id: string, known: Iterable<string>): string {
  const closest = closestMatch(id, [...known]);
  return closest === undefined ? '' : ` (did you mean ${closest}?)`;
}
