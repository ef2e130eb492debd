import type { Command } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatConfigIssue, loadConfig } from '../config/load-config.js';
import { readProcessEnv } from '../config/load-env.js';
import type { Config } from '../core/config-types.js';
import { err, ok, type Result } from '../core/result.js';
import { projectPath } from './project-path.js';

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
 * One line when the configuration folder does not exist, as when `sahel-digest` runs outside the
 * project folder with the default `--config config`: where it looked and how to name the
 * project's own (rather than a "file not found" per config file).
 */
export function describeMissingConfigDir(configDir: string, named = false): string | undefined {
  const absolute = resolve(configDir);
  if (existsSync(absolute) && statSync(absolute).isDirectory()) return undefined;
  if (named) return `no configuration folder at ${absolute} (--config ${configDir})`;
  const shipped = projectPath('config');
  const hint =
    existsSync(shipped) && shipped !== absolute
      ? `run it from the project folder or pass --config ${shipped}`
      : 'pass --config DIR';
  return `no configuration folder at ${absolute}: ${hint}`;
}

/**
 * Loads the config named by `--config`. On failure prints every issue to stderr, then
 * `N errors in config/`, sets `process.exitCode = 1` and returns undefined.
 */
export function loadConfigOrReport(command: Command): Config | undefined {
  const { configDir } = readGlobalOptions(command);
  const named = command.optsWithGlobals<{ config?: string }>().config !== undefined;
  const missing = describeMissingConfigDir(configDir, named && configDir !== 'config');
  if (missing !== undefined) {
    process.stderr.write(`${missing}\n`);
    process.exitCode = 1;
    return undefined;
  }
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
