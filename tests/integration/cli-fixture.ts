import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One item of a feed served to the command line. */
export interface FeedEntry {
  readonly guid: string;
  readonly title: string;
  readonly description: string;
}

/** When this test file was loaded: the date of every item, so each one is fresh news. */
const LOADED_AT = new Date().toUTCString();

/** An RSS feed of `entries`, each linking to `https://example.org/<guid>` and dated now. */
export function freshRss(entries: readonly FeedEntry[], title = 'Outlet'): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${title}</title><link>https://example.org/</link>` +
    entries
      .map(
        (e) =>
          `<item><guid>${e.guid}</guid><title>${e.title}</title><link>https://example.org/${e.guid}</link><description>${e.description}</description><pubDate>${LOADED_AT}</pubDate></item>`,
      )
      .join('') +
    '</channel></rss>'
  );
}

/**
 * A temporary folder for the command line: `config/` holds the repository's watchlist, facts,
 * timeline and settings with the given `feeds.yaml` and `subscriptions.yaml`; the store goes in
 * `bot.db` beside it. The caller removes the folder.
 */
export function makeCliFolder(
  prefix: string,
  files: { readonly feeds: string; readonly subscriptions: string },
): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(dir, 'config'));
  for (const file of ['watchlist.yaml', 'facts.yaml', 'timeline.yaml', 'settings.yaml'])
    copyFileSync(join('config', file), join(dir, 'config', file));
  writeFileSync(join(dir, 'config', 'feeds.yaml'), files.feeds);
  writeFileSync(join(dir, 'config', 'subscriptions.yaml'), files.subscriptions);
  return dir;
}

const BIN = fileURLToPath(new URL('../../bin/sahel-digest.js', import.meta.url));

/** What a command line run printed, and its exit code. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `sahel-digest <args>` from the repository root without blocking this process (which
 * serves the feeds and fakes), with exactly `env` as its environment. Resolves when it exits,
 * whatever its code; a run past `timeout` ms (when given) is killed.
 */
export function execCli(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  timeout?: number,
): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env, ...(timeout === undefined ? {} : { timeout }) },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/**
 * Runs `sahel-digest <args>` over the folder of `makeCliFolder`, with only PATH,
 * LOG_LEVEL=silent and `env` in its environment, for at most a minute.
 */
export function runCli(
  dir: string,
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
): Promise<CliRun> {
  return execCli(
    [...args, '--config', join(dir, 'config'), '--db', join(dir, 'bot.db')],
    { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env },
    60_000,
  );
}

/** The Content-Type a feed server gives an RSS feed. */
export const RSS_HEADERS = { 'content-type': 'application/rss+xml' } as const;

/**
 * A feed's items over two polls of a developing situation (Mali's fuel blockade, real headlines
 * of October 2025): an old item already there at the first poll, then two developments.
 */
export const FUEL_BLOCKADE: Readonly<Record<'OLD' | 'FIRST' | 'SECOND', FeedEntry>> = {
  OLD: {
    guid: 'o1',
    title: 'Mali transition council adopts budget',
    description: 'The council in Bamako adopted the budget.',
  },
  FIRST: {
    guid: 'n1',
    title: 'Mali shuts schools as fuel blockade imposed by fighters paralyses country',
    description:
      'Military rulers order two-week closure for schools, universities as JNIM&apos;s fuel blockade causes further disruptions.',
  },
  SECOND: {
    guid: 'n2',
    title: 'US embassy urges Americans to leave Mali immediately amid jihadi fuel blockade',
    description:
      'The US Embassy in Mali is urging all American citizens to leave the country immediately, warning of rising terror threats and a worsening fuel crisis caused by a jihadi blockade.',
  },
};
