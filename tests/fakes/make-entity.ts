import type { EntityConfig } from '../../src/core/config-types.js';

/**
 * A watchlist entity with every field at its neutral default (named by its id, no aliases,
 * rules, countries or facts, weight 1), so a test states only what its rule is about.
 */
export function makeEntity(
  partial: Partial<EntityConfig> & Pick<EntityConfig, 'id' | 'kind'>,
): EntityConfig {
  return {
    name: partial.id,
    aliases: { en: [], fr: [] },
    acronyms: [],
    ambiguous: [],
    requires: [],
    excludes: [],
    contextOnly: false,
    countries: [],
    facts: [],
    weight: 1,
    ...partial,
  };
}
