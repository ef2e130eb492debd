import { Option, type Command } from 'commander';
import type { LogLevel } from '../core/config-types.js';
import { openAppOrReport } from './open-app.js';
import {
  formatCycleSummary,
  formatSeedNote,
  formatFailures,
  formatNewItem,
  toJsonReport,
} from './print-poll-report.js';
import { consolePlatformFor } from './console-platform-for.js';
import { discordPlatforms } from './discord.js';
import { slackPlatforms } from './slack.js';
import { deliverOnce, formatOnceDelivery, wireDelivery } from '../pipeline/wire-delivery.js';

interface OnceOptions {
  readonly feed: string[];
  readonly format: 'text' | 'json';
}

/**
 * Adds `once [--feed URL]… [--format text|json]`: one poll cycle over the configured feeds (or
 * only the named URLs), prints the new items, and exits. Exit code 1 when the configuration or
 * environment is invalid, or when every polled feed failed.
 */
export function register(program: Command): void {
  program
    .command('once')
    .description('poll the feeds once, print what is new, and exit')
    .option(
      '--feed <url>',
      'poll only this feed URL (repeatable)',
      (url: string, all: string[]) => [...all, url],
      [],
    )
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'),
    )
    .action(async (options: OnceOptions, command: Command) => {
      process.exitCode = await runOnce(options, command);
    });
}

/**
 * The first `--feed` that is no http(s) address, as one line: a feed file is read by `parse`,
 * and a feed that can never be fetched would only be stored and fail at every poll.
 */
export function checkFeedUrls(urls: readonly string[]): string | undefined {
  for (const url of urls) {
    let protocol: string | undefined;
    try {
      protocol = new URL(url).protocol;
    } catch {
      protocol = undefined;
    }
    if (protocol === 'http:' || protocol === 'https:') continue;
    return `--feed "${url}": not an http(s) URL (to read a feed file, use sahel-digest parse FILE)`;
  }
  return undefined;
}

async function runOnce(options: OnceOptions, command: Command): Promise<number> {
  const badFeed = checkFeedUrls(options.feed);
  if (badFeed !== undefined) {
    process.stderr.write(`${badFeed}\n`);
    return 1;
  }
  // A one-shot command prints its own report; routine log lines would only repeat it.
  const opened = openAppOrReport(command, (env) => ({
    env: { ...env, logLevel: atLeastWarn(env.logLevel) },
  }));
  if (opened === undefined) return 1;
  const { app } = opened;
  try {
    // Alerts and digests print to stdout, or to stderr when stdout carries the JSON report.
    const delivery = wireDelivery(app, [
      consolePlatformFor(app, options.format === 'json' ? process.stderr : process.stdout),
      ...discordPlatforms(app),
      ...slackPlatforms(app),
    ]);
    const feedIds = options.feed.length > 0 ? app.feedIdsForUrls(options.feed) : undefined;
    const report = await app.pollOnce(feedIds ? { feedIds } : { all: true });
    if (report === null) return 1;
    if (options.format === 'json') {
      await deliverOnce(delivery);
      process.stdout.write(`${JSON.stringify(toJsonReport(report), null, 2)}\n`);
    } else {
      const names = new Map(app.store.feeds.list().map((f) => [f.id, f.name]));
      for (const item of report.newItems) process.stdout.write(`${formatNewItem(item, names)}\n`);
      process.stdout.write(`${formatCycleSummary(report)}\n`);
      const seedNote = formatSeedNote(report);
      if (seedNote !== null) process.stdout.write(`${seedNote}\n`);
      const delivered = formatOnceDelivery(await deliverOnce(delivery));
      if (delivered !== null) process.stdout.write(`${delivered}\n`);
    }
    for (const line of formatFailures(report)) process.stderr.write(`${line}\n`);
    const failed = report.feeds.filter((f) => f.failure !== undefined).length;
    return failed > 0 && failed === report.feeds.length ? 1 : 0;
  } finally {
    await app.close();
  }
}

/** `info` and `debug` become `warn`; `trace` (asked for explicitly) and stricter levels stay. */
function atLeastWarn(level: LogLevel): LogLevel {
  return level === 'info' || level === 'debug' ? 'warn' : level;
}
