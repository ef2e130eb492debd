import type { Command } from 'commander';
import { formatConfigIssue, loadConfig } from '../config/load-config.js';
import { readProcessEnv } from '../config/load-env.js';
import type { Config } from '../core/config-types.js';
import { err, ok, type Result } from '../core/result.js';

/** The program-wide options every sub-command honours. */
export interface GlobalOptions {
  /** `--config DIR`, default `config`. */
  readonly configDir: string;
  /** `--db PATH` when given; see `resolveDbPath` for the environment default. */
  readonly dbPath?: string;
}

/** Reads `--config` and `--db` from a sub-command (they may be written before or after it). */
export function readGlobalOptions(command: Command): GlobalOptions {
  const opts = command.optsWithGlobals<{ config?: string; db?: string }>();
  return {
    configDir: opts.config ?? 'config',
    ...(opts.db === undefined ? {} : { dbPath: opts.db }),
  };
}

/** `--db`, else `DATABASE_PATH`, else `data/sahel-digest.db`; environment errors as lines. */
export function resolveDbPath(command: Command): Result<string, readonly string[]> {
  const { dbPath } = readGlobalOptions(command);
  if (dbPath !== undefined) return ok(dbPath);
  const env = readProcessEnv();
  return env.ok ? ok(env.value.databasePath) : err(env.error);
}

/**
 * Loads the config named by `--config`. On failure prints every issue to stderr, then
 * `N errors in config/`, sets `process.exitCode = 1` and returns undefined.
 */
export function loadConfigOrReport(command: Command): Config | undefined {
  const { configDir } = readGlobalOptions(command);
  const loaded = loadConfig(configDir);
  if (loaded.ok) return loaded.value;
  for (const issue of loaded.error) process.stderr.write(`${formatConfigIssue(issue)}\n`);
  const count = loaded.error.length;
  process.stderr.write(
    `${count} ${count === 1 ? 'error' : 'errors'} in ${configDir.replace(/\/+$/, '')}/\n`,
  );
  process.exitCode = 1;
  return undefined;
}
