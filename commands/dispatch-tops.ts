import type { CommandDefinition, TopCommand } from '../src/core/command.js';
import type { Config } from '../src/core/config-types.js';

/** The top-level command that holds the region-wide commands. */
export const SAHEL_TOP = 'sahel';

/**
 * The top-level commands for a configuration: one per entry of `settings.countries` (`/mali`,
 * `/burkina`, `/niger`, or whatever region a user configures), each holding every
 * `scope: 'country'` command, then `/sahel` with the `scope: 'sahel'` commands in list order.
 * Derived from the config on every call so a configured region never needs code.
 */
export function buildTopCommands(
  config: Config,
  commands: readonly CommandDefinition[],
): readonly TopCommand[] {
  const countryCommands = commands.filter((c) => c.scope === 'country');
  const tops: TopCommand[] = config.settings.countries.map((country) => {
    const entity = config.watchlist.entities.find((e) => e.id === country.entity);
    const en = entity?.name ?? country.entity;
    const fr = entity?.nameFr ?? en;
    return {
      name: country.command,
      country: country.entity,
      description: {
        en: `News, timeline and background facts: ${en}`,
        fr: `Actualité, chronologie et fiches : ${fr}`,
      },
      commands: countryCommands,
    };
  });
  tops.push({
    name: SAHEL_TOP,
    description: {
      en: 'Search, stories, alerts, feeds, digests and help for the whole region',
      fr: 'Recherche, sujets, alertes, flux, résumés et aide pour toute la région',
    },
    commands: commands.filter((c) => c.scope === 'sahel'),
  });
  return tops;
}

/** `alert add`, or `search`: how a sub-command is typed after its top-level command. */
export function commandPath(definition: CommandDefinition): string {
  return definition.group === undefined
    ? definition.name
    : `${definition.group} ${definition.name}`;
}
