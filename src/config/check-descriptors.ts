import type { ConfigIssue, NodePath } from './config-issue.js';
import { endOfPartialDate, startOfPartialDate } from '../core/partial-date.js';
import { closestMatch } from '../core/closest-match.js';
import { foldString } from '../core/fold-text.js';
import type { WatchlistFile } from './schemas/watchlist.js';
import type { YamlSource } from './yaml-positions.js';

type Entity = WatchlistFile['entities'][number];
type Descriptor = Entity['descriptors'][number];

/** One descriptor phrase or acronym, where it is and what it needs. */
interface Phrase {
  readonly entity: string;
  readonly descriptor: number;
  readonly text: string;
  readonly path: NodePath;
  readonly requires: readonly string[];
  readonly from: number;
  readonly until: number;
}

const ANCHOR = '@anchor';
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Checks the watchlist's descriptors and `@id` requirements: every descriptor has a phrase, every
 * phrase a word, `from` is not after `until`, `@id` names an entity, and no phrase is claimed
 * twice in the same context: not an alias of any entity, not twice in one entity's descriptors,
 * and not in two descriptors whose date ranges overlap while their `requires` lists share an
 * entry or are both empty (one text would then name two entities, or one entity twice).
 */
export function checkDescriptors(data: WatchlistFile, source: YamlSource): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const ids = data.entities.map((e) => e.id);
  const aliasOwners = new Map<string, string>();
  for (const entity of data.entities) {
    for (const alias of [...entity.aliases.en, ...entity.aliases.fr, ...entity.acronyms]) {
      if (!aliasOwners.has(fold(alias))) aliasOwners.set(fold(alias), entity.id);
    }
  }
  const seen = new Map<string, Phrase[]>();
  data.entities.forEach((entity, i) => {
    checkEntityRefs(entity.requires, ids, ['entities', i, 'requires'], source, issues);
    entity.descriptors.forEach((descriptor, d) => {
      const path: NodePath = ['entities', i, 'descriptors', d];
      checkShape(descriptor, path, source, issues);
      checkEntityRefs(descriptor.requires, ids, [...path, 'requires'], source, issues);
      for (const phrase of phrasesOf(entity.id, d, descriptor, path)) {
        const issue = overlapOf(phrase, aliasOwners, seen);
        if (issue !== null) issues.push(source.issueAt(phrase.path, issue));
        const key = fold(phrase.text);
        seen.set(key, [...(seen.get(key) ?? []), phrase]);
      }
    });
  });
  return issues;
}

function fold(text: string): string {
  return foldString(text).replace(/[\s-]+/g, ' ').trim();
}

function checkShape(descriptor: Descriptor, path: NodePath, source: YamlSource, issues: ConfigIssue[]): void {
  const { phrases, acronyms } = descriptor;
  if (phrases.en.length + phrases.fr.length + acronyms.length === 0) {
    issues.push(source.issueAt(path, 'a descriptor needs at least one phrase (phrases.en, phrases.fr or acronyms)'));
  }
  const lists = [
    ['phrases', 'en', phrases.en],
    ['phrases', 'fr', phrases.fr],
    ['acronyms', null, acronyms],
    ['excludes', null, descriptor.excludes],
  ] as const;
  for (const [key, lang, list] of lists) {
    list.forEach((text, j) => {
      if (!HAS_WORD.test(text)) {
        const at: NodePath = lang === null ? [...path, key, j] : [...path, key, lang, j];
        issues.push(source.issueAt(at, `"${text}" has no word in it`));
      }
    });
  }
  if (descriptor.from !== undefined && descriptor.until !== undefined && startOfPartialDate(descriptor.from) >= endOfPartialDate(descriptor.until)) {
    issues.push(source.issueAt([...path, 'from'], `from ${descriptor.from} is after until ${descriptor.until}`));
  }
}

/** Reports each `@id` entry of `requires` (or `unless`) that names no entity, with a hint. */
export function checkEntityRefs(requires: readonly string[], ids: readonly string[], path: NodePath, source: YamlSource, issues: ConfigIssue[]): void {
  requires.forEach((entry, j) => {
    if (!entry.startsWith('@') || entry === ANCHOR) return;
    const id = entry.slice(1);
    if (ids.includes(id)) return;
    const closest = closestMatch(id, ids);
    const hint = closest === undefined ? '' : ` (did you mean @${closest}?)`;
    issues.push(source.issueAt([...path, j], `unknown entity "${id}" in "${entry}" (use @anchor or @<entity id>)${hint}`));
  });
}

function phrasesOf(entity: string, descriptor: number, config: Descriptor, path: NodePath): Phrase[] {
  const from = config.from === undefined ? -Infinity : startOfPartialDate(config.from);
  const until = config.until === undefined ? Infinity : endOfPartialDate(config.until);
  const make = (text: string, at: NodePath): Phrase => ({ entity, descriptor, text, path: at, requires: config.requires, from, until });
  return [
    ...config.phrases.en.map((text, j) => make(text, [...path, 'phrases', 'en', j])),
    ...config.phrases.fr.map((text, j) => make(text, [...path, 'phrases', 'fr', j])),
    ...config.acronyms.map((text, j) => make(text, [...path, 'acronyms', j])),
  ].filter((p) => HAS_WORD.test(p.text));
}

/** Why `phrase` collides with an alias or an earlier descriptor phrase, or null. */
function overlapOf(phrase: Phrase, aliasOwners: ReadonlyMap<string, string>, seen: ReadonlyMap<string, Phrase[]>): string | null {
  const key = fold(phrase.text);
  const owner = aliasOwners.get(key);
  if (owner !== undefined) return `descriptor phrase "${phrase.text}" is already an alias of entity "${owner}"`;
  for (const earlier of seen.get(key) ?? []) {
    const datesOverlap = earlier.from < phrase.until && phrase.from < earlier.until;
    const bothOpen = earlier.requires.length === 0 && phrase.requires.length === 0;
    const shared = earlier.requires.some((r) => phrase.requires.includes(r));
    if (!datesOverlap || !(bothOpen || shared)) continue;
    if (earlier.entity === phrase.entity && earlier.descriptor === phrase.descriptor) {
      return `descriptor phrase "${phrase.text}" is listed twice in this descriptor (case and accents do not count)`;
    }
    if (earlier.entity === phrase.entity) {
      return `descriptor phrase "${phrase.text}" is already in descriptors[${earlier.descriptor}] of this entity, in the same context`;
    }
    return `descriptor phrase "${phrase.text}" also names entity "${earlier.entity}" in the same context (give them different requires or date ranges)`;
  }
  return null;
}
