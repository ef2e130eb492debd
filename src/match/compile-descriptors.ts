import type { DescriptorConfig, EntityConfig } from '../core/config-types.js';
import { endOfPartialDate, startOfPartialDate } from '../core/partial-date.js';

/**
 * The compiled form of an entity's `descriptors`: their phrases become keys of the one combined
 * regex (roles that carry the descriptor's index), their conditions plain numbers and strings
 * built once, so checking a descriptor hit while matching allocates nothing.
 */

/** How `compileWatchlist` lets this module add keys and look up require ids. */
export interface DescriptorSink {
  /** Adds a key for `term` meaning a descriptor phrase (or acronym when `acronym`). */
  addPhrase(term: string, entity: number, descriptor: number, acronym: boolean): void;
  /** Adds a key for an exclude phrase of descriptor `descriptor`. */
  addExclude(term: string, entity: number, descriptor: number): void;
  /** The require id of a `requires` phrase (shared with the entities' own `requires`). */
  requireIdOf(term: string): number;
  /** The index of entity `id`, or -1. */
  entityIndex(id: string): number;
}

export interface CompiledDescriptor {
  readonly entity: number;
  /** Require ids of its `requires` phrases, and the label of each for explanations. */
  readonly requireIds: readonly number[];
  readonly requireLabels: readonly string[];
  readonly requiresAnchor: boolean;
  readonly anchorLabel: string;
  /** Entity indexes of its `@id` requirements, and their labels. */
  readonly requireEntities: readonly number[];
  readonly entityLabels: readonly string[];
  /** Epoch ms of the first instant it applies (-Infinity when open). */
  readonly from: number;
  /** Epoch ms just after the last instant it applies (Infinity when open). */
  readonly until: number;
  /** The context label of a descriptor without `requires`: its date range, or ''. */
  readonly plainLabel: string;
  /** `descriptor requires one of: @mali, …`, built once. */
  readonly requiresReason: string;
  /** `descriptor applies from 2024-01`, … built once; and the same for an undated item. */
  readonly dateReason: string;
  readonly undatedReason: string;
}

const ANCHOR = '@anchor';

/** Adds the keys of `entity`'s descriptors through `sink` and returns their compiled forms. */
export function compileDescriptors(
  entity: EntityConfig,
  index: number,
  firstIndex: number,
  sink: DescriptorSink,
): CompiledDescriptor[] {
  return (entity.descriptors ?? []).map((descriptor, offset) => {
    const id = firstIndex + offset;
    for (const phrase of [...descriptor.phrases.en, ...descriptor.phrases.fr]) sink.addPhrase(phrase, index, id, false);
    for (const acronym of descriptor.acronyms) sink.addPhrase(acronym, index, id, true);
    for (const phrase of descriptor.excludes) sink.addExclude(phrase, index, id);
    return compileConditions(descriptor, index, sink);
  });
}

function compileConditions(descriptor: DescriptorConfig, entity: number, sink: DescriptorSink): CompiledDescriptor {
  const phrases = descriptor.requires.filter((r) => !r.startsWith('@'));
  const entityRefs = descriptor.requires.filter((r) => r.startsWith('@') && r !== ANCHOR);
  const resolved = entityRefs.map((r) => ({ ref: r.slice(1), index: sink.entityIndex(r.slice(1)) })).filter((e) => e.index >= 0);
  const range = dateRangeLabel(descriptor);
  const withRange = (label: string): string => (range === '' ? label : `${label}; ${range}`);
  return {
    entity,
    requireIds: phrases.map((p) => sink.requireIdOf(p)),
    requireLabels: phrases.map((p) => withRange(`"${p}"`)),
    requiresAnchor: descriptor.requires.includes(ANCHOR),
    anchorLabel: withRange(ANCHOR),
    requireEntities: resolved.map((e) => e.index),
    entityLabels: resolved.map((e) => withRange(e.ref)),
    from: descriptor.from === undefined ? -Infinity : startOfPartialDate(descriptor.from),
    until: descriptor.until === undefined ? Infinity : endOfPartialDate(descriptor.until),
    plainLabel: range,
    requiresReason: `descriptor requires one of: ${descriptor.requires.join(', ')}`,
    dateReason: `descriptor applies ${range}`,
    undatedReason: `descriptor applies ${range}, and the item has no date`,
  };
}

function dateRangeLabel(descriptor: DescriptorConfig): string {
  if (descriptor.from !== undefined && descriptor.until !== undefined) return `${descriptor.from} to ${descriptor.until}`;
  if (descriptor.from !== undefined) return `from ${descriptor.from}`;
  if (descriptor.until !== undefined) return `until ${descriptor.until}`;
  return '';
}
