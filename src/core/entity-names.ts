import type { EntityConfig } from './config-types.js';

/** Every name a reader may type for an entity: name, French name, aliases, acronyms. */
export function entityNames(entity: EntityConfig): string[] {
  return [
    entity.name,
    ...(entity.nameFr === undefined ? [] : [entity.nameFr]),
    ...entity.aliases.en,
    ...entity.aliases.fr,
    ...entity.acronyms,
  ];
}
