import type { Command } from 'commander';
import { stringify } from 'yaml';
import { createCommandSet } from '../../commands/index.js';
import { err, ok, type Result } from '../core/result.js';
import { buildSlackManifest, type ManifestMode } from '../platforms/slack/build-slack-manifest.js';
import { loadConfigOrReport } from './shared-options.js';

interface ManifestFlags {
  readonly socket?: boolean;
  readonly url?: string;
  readonly json?: boolean;
}

/**
 * Adds `slack manifest`: prints the Slack app manifest (YAML, or JSON with `--json`) for the
 * configured commands, for Socket Mode (`--socket`, the default: no public URL needed) or for
 * request URLs under `--url https://…`. Bad flags are one line on stderr and exit 1.
 */
export function register(program: Command): void {
  const slack = program
    .command('slack')
    .description('Slack: print the app manifest to create the app from');
  slack
    .command('manifest')
    .description('print the app manifest to paste into "create an app from a manifest"')
    .option('--socket', 'Socket Mode: no public URL needed (the default)')
    .option(
      '--url <https-url>',
      'the public base URL Slack posts to (request URLs end in /slack/events)',
    )
    .option('--json', 'print JSON instead of YAML')
    .action((flags: ManifestFlags, command: Command) => {
      const mode = manifestMode(flags);
      if (!mode.ok) {
        process.stderr.write(`slack manifest: ${mode.error}\n`);
        process.exitCode = 1;
        return;
      }
      const config = loadConfigOrReport(command);
      if (config === undefined) {
        process.exitCode = 1;
        return;
      }
      const manifest = buildSlackManifest(createCommandSet(config).tops, mode.value);
      process.stdout.write(
        flags.json === true
          ? `${JSON.stringify(manifest, null, 2)}\n`
          : stringify(manifest, { lineWidth: 0 }),
      );
    });
}

/** The mode the flags ask for, or a one-line reason they cannot be used. */
export function manifestMode(flags: ManifestFlags): Result<ManifestMode, string> {
  if (flags.url === undefined) return ok({ mode: 'socket' });
  if (flags.socket === true) return err('choose --socket or --url, not both');
  if (!URL.canParse(flags.url) || new URL(flags.url).protocol !== 'https:')
    return err(`--url must be an https URL that Slack can reach, got "${flags.url}"`);
  return ok({ mode: 'http', url: flags.url });
}
