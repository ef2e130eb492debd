import type { Command } from 'commander';
import { resolve } from 'node:path';
import { createApp, type App, type AppOptions } from '../app.js';
import { readProcessEnv } from '../config/load-env.js';
import type { Env } from '../core/config-types.js';
import { loadConfigOrReport, readGlobalOptions } from './shared-options.js';

/** The app a sub-command opened, and where its configuration and data live. */
export interface OpenedApp {
  readonly app: App;
  readonly configDir: string;
  /** The database file (`--db`, else `DATABASE_PATH`), absolute. */
  readonly databasePath: string;
}

/** What a sub-command sets from the environment read: at least `env`, maybe a quieter logger. */
export type TuneApp = (env: Env) => Omit<AppOptions, 'configDir' | 'config' | 'dbPath'>;

/**
 * Opens the app as `run`, `once`, `say` and `chat` start: the environment, the configuration of
 * `--config` and the store of `--db`. Every problem is printed to stderr, one line each
 * (`environment: …`, each config issue, each store error); then it returns undefined and the
 * caller exits 1. `tune` gives the app's remaining options (a quieter log level, no worker
 * threads for a one-off command); by default the environment as read.
 */
export function openAppOrReport(
  command: Command,
  tune: TuneApp = (env) => ({ env }),
): OpenedApp | undefined {
  const env = readProcessEnv();
  if (!env.ok) {
    for (const line of env.error) process.stderr.write(`environment: ${line}\n`);
    return undefined;
  }
  const config = loadConfigOrReport(command);
  if (config === undefined) return undefined;
  const { configDir, dbPath } = readGlobalOptions(command);
  const created = createApp({
    configDir,
    config,
    ...tune(env.value),
    ...(dbPath === undefined ? {} : { dbPath }),
  });
  if (!created.ok) {
    for (const line of created.error) process.stderr.write(`${line}\n`);
    return undefined;
  }
  return { app: created.value, configDir, databasePath: resolve(dbPath ?? env.value.databasePath) };
}
