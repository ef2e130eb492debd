import type { ConfigIssue, NodePath } from './config-issue.js';
import { checkEntityRefs } from './check-descriptors.js';
import { foldString } from '../core/fold-text.js';
import type { WatchlistFile } from './schemas/watchlist.js';
import type { YamlSource } from './yaml-positions.js';

type Entity = WatchlistFile['entities'][number];
type Veto = Entity['vetoes'][number];

const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Checks the watchlist's item-level vetoes: each has a `when` phrase, every phrase a word, every
 * `aliases` entry is a name of the entity itself, no `when` phrase is a name the veto drops (it
 * would drop every hit of that name), and `@id` entries of `unless` name an entity.
 */
export function checkVetoes(data: WatchlistFile, source: YamlSource): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const ids = data.entities.map((e) => e.id);
  data.entities.forEach((entity, i) => {
    entity.vetoes.forEach((veto, v) => {
      const path: NodePath = ['entities', i, 'vetoes', v];
      checkShape(entity, veto, path, source, issues);
      checkEntityRefs(veto.unless, ids, [...path, 'unless'], source, issues);
    });
  });
  return issues;
}

function fold(text: string): string {
  return foldString(text).replace(/[\s-]+/g, ' ').trim();
}

function checkShape(entity: Entity, veto: Veto, path: NodePath, source: YamlSource, issues: ConfigIssue[]): void {
  const names = [...entity.aliases.en, ...entity.aliases.fr, ...entity.acronyms];
  const own = new Set(names.map(fold));
  veto.aliases.forEach((alias, j) => {
    if (!own.has(fold(alias))) {
      issues.push(source.issueAt([...path, 'aliases', j], `"${alias}" is not one of this entity's aliases or acronyms`));
    }
  });
  if (veto.when.length === 0) issues.push(source.issueAt([...path, 'when'], 'a veto needs at least one `when` phrase'));
  const dropped = new Set((veto.aliases.length === 0 ? names : veto.aliases).map(fold));
  veto.when.forEach((phrase, j) => {
    const at: NodePath = [...path, 'when', j];
    if (!HAS_WORD.test(phrase)) issues.push(source.issueAt(at, `"${phrase}" has no word in it`));
    else if (dropped.has(fold(phrase))) {
      issues.push(source.issueAt(at, `"${phrase}" is a name this veto drops: it would veto every hit of it`));
    }
  });
  veto.unless.forEach((entry, j) => {
    if (!entry.startsWith('@') && !HAS_WORD.test(entry)) {
      issues.push(source.issueAt([...path, 'unless', j], `"${entry}" has no word in it`));
    }
  });
}
