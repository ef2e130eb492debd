import { Option, type Command } from 'commander';
import {
  buildTimeline,
  selectTimeline,
  TIMELINE_MAX_LIMIT,
  type TimelineFilters,
} from '../../commands/timeline.js';
import { err, ok, type Result } from '../core/result.js';
import { renderText } from '../platforms/console/render-text.js';
import { loadConfigOrReport } from './shared-options.js';

interface TimelineOptions {
  readonly from?: string;
  readonly to?: string;
  readonly entity?: string;
  readonly limit?: string;
  readonly format: 'text' | 'json';
}

/** Adds `timeline [COUNTRY]`: the same timeline as `/mali timeline`, as text or a JSON array. */
export function register(program: Command): void {
  program
    .command('timeline')
    .description('key events of a country (or all), oldest first')
    .argument('[country]', 'country id or command name: mali, burkina-faso (burkina), niger')
    .option('--from <date>', 'events from YYYY, YYYY-MM or YYYY-MM-DD on')
    .option('--to <date>', 'events up to YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--entity <id>', 'only events involving this entity id')
    .option('--limit <n>', 'only the latest N events')
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'),
    )
    .action((country: string | undefined, options: TimelineOptions, command: Command) => {
      const config = loadConfigOrReport(command);
      if (config === undefined) return;
      const filters = toFilters(country, options);
      if (!filters.ok) return fail(filters.error);
      if (options.format === 'json') {
        const selected = selectTimeline(config, filters.value);
        if (!selected.ok) return fail(selected.error);
        process.stdout.write(`${JSON.stringify(selected.value.events, null, 2)}\n`);
        return;
      }
      const built = buildTimeline(config, filters.value, config.settings.locale);
      if (!built.ok) return fail(built.error);
      process.stdout.write(`${renderText(built.value, { locale: config.settings.locale })}\n`);
    });
}

function toFilters(
  country: string | undefined,
  options: TimelineOptions,
): Result<TimelineFilters, string> {
  const { from, to, entity, limit } = options;
  if (limit !== undefined && !/^\d+$/.test(limit.trim())) {
    return err(
      `invalid --limit "${limit}": expected a whole number from 1 to ${TIMELINE_MAX_LIMIT}`,
    );
  }
  return ok({
    ...(country === undefined ? {} : { country }),
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    ...(entity === undefined ? {} : { entity }),
    ...(limit === undefined ? {} : { limit: Number(limit) }),
  });
}

function fail(message: string): void {
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
}
