import type { Command } from 'commander';
import { missingFrenchWarnings } from '../config/schemas/facts-french.js';
import { missingTimelineFrenchWarnings } from '../config/schemas/timeline-french.js';
import type { Config } from '../core/config-types.js';
import { loadConfigOrReport, readGlobalOptions } from './shared-options.js';

/**
 * Adds `check-config`: validates every config file, prints a summary or every issue (exit 1).
 * Fact cards and timeline events without French are warned about on stderr (French readers get
 * the English), exit 0.
 */
export function register(program: Command): void {
  program
    .command('check-config')
    .description('validate every config file; exit 1 with "file:line:col path: message" per error')
    .action((_options: unknown, command: Command) => {
      const config = loadConfigOrReport(command);
      if (config === undefined) return;
      process.stdout.write(`${summarise(config)}\n`);
      const { configDir } = readGlobalOptions(command);
      const warnings = [
        ...missingFrenchWarnings(configDir, config.facts),
        ...missingTimelineFrenchWarnings(configDir, config.timeline),
      ];
      for (const warning of warnings) process.stderr.write(`${warning}\n`);
    });
}

/** `config OK: 25 feeds, 42 entities, 310 aliases, 40 facts, 50 events` (aliases include acronyms). */
export function summarise(config: Config): string {
  const entities = config.watchlist.entities;
  const aliases = entities.reduce(
    (sum, e) => sum + e.aliases.en.length + e.aliases.fr.length + e.acronyms.length,
    0,
  );
  return (
    `config OK: ${config.feeds.length} feeds, ${entities.length} entities, ${aliases} aliases, ` +
    `${config.facts.length} facts, ${config.timeline.length} events`
  );
}
