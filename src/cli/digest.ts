import { Option, type Command } from 'commander';
import { existsSync } from 'node:fs';
import { createCommandSet } from '../../commands/index.js';
import { parseSince } from '../../commands/parse-since.js';
import { parseDuration } from '../config/parse-duration.js';
import { err, ok, type Result } from '../core/result.js';
import type { ArcStore } from '../core/arc-ports.js';
import type { Config, Language } from '../core/config-types.js';
import type { Message } from '../core/message.js';
import { systemClock, type Clock } from '../core/ports.js';
import type { Story } from '../core/story.js';
import { buildDigest } from '../digest/build-digest.js';
import { entityWeights, rankStories } from '../digest/rank-stories.js';
import { arcsOf } from '../pipeline/message-builders.js';
import { withPostLines } from '../platforms/command-line-in.js';
import { renderText } from '../platforms/console/render-text.js';
import { createSqliteStore } from '../store/create-sqlite-store.js';
import { createSqliteArcStore } from '../store/sqlite-arc-store.js';
import { createSqliteStoryStore } from '../store/sqlite-story-store.js';
import { frenchArcTitler } from '../stories/arc-title-fr.js';
import { loadConfigOrReport, resolveDbPath } from './shared-options.js';

interface DigestOptions {
  readonly since: string;
  readonly format: 'text' | 'json';
  readonly locale?: Language;
  readonly size?: string;
}

/** The digest of a window, as `digest --format json` prints it. */
export interface DigestReport {
  /** Epoch ms, `from` exclusive, `to` inclusive. */
  readonly from: number;
  readonly to: number;
  /** Every story first seen in the window, best first (the message shows the first `size`). */
  readonly stories: readonly Story[];
  readonly message: Message | null;
}

/**
 * Adds `digest [--since 24h] [--format text|json]`: builds the digest of the stories first seen
 * in the window from the store and prints it. Nothing is queued or sent.
 */
export function register(program: Command): void {
  program
    .command('digest')
    .description('print a digest of the stories stored in the last --since (default 24h)')
    .option('--since <when>', 'window: 90m, 24h, 7d, 2w, or a day (2026-11-20)', '24h')
    .option('--size <n>', 'most stories shown (default: settings digest.size)')
    .addOption(new Option('--locale <locale>', 'language of the digest').choices(['en', 'fr']))
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'),
    )
    .action((options: DigestOptions, command: Command) => {
      process.exitCode = printDigest(options, command);
    });
}

function printDigest(options: DigestOptions, command: Command): number {
  const fail = (line: string): number => {
    process.stderr.write(`${line}\n`);
    return 1;
  };
  const since = readSince(options.since, systemClock.now());
  if (!since.ok) return fail(since.error);
  const size = options.size === undefined ? undefined : Number(options.size);
  if (size !== undefined && !(Number.isInteger(size) && size > 0))
    return fail(`invalid --size "${options.size}": expected a whole number ≥ 1`);
  const config = loadConfigOrReport(command);
  if (config === undefined) return 1;
  const dbPath = resolveDbPath(command);
  if (!dbPath.ok) return fail(dbPath.error.map((line) => `environment: ${line}`).join('\n'));
  if (dbPath.value !== ':memory:' && !existsSync(dbPath.value)) {
    return fail(
      `no database at ${dbPath.value}: run \`sahel-digest once\` first, or pass --db PATH`,
    );
  }
  const store = createSqliteStore({ path: dbPath.value });
  try {
    const locale = options.locale ?? config.settings.locale;
    // An arc stored before French titles existed gets its French title built on this read too.
    const arcs = createSqliteArcStore(store.db, { frenchTitle: frenchArcTitler(config.watchlist) });
    const report = buildDigestReport(config, createSqliteStoryStore(store.db), arcs, {
      sinceMs: since.value,
      locale,
      size: size ?? config.settings.digest.size,
    });
    if (options.format === 'json') process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else process.stdout.write(`${report.message ? renderText(report.message, { locale }) : ''}\n`);
    return 0;
  } finally {
    store.close();
  }
}

/**
 * `--since` as the window's length in ms: the forms `since:` takes in chat (`24h`, `3d`, `2w`, a
 * day such as `2026-11-20`), and seconds (`90s`) as before.
 */
export function readSince(text: string, now: number): Result<number, string> {
  const start = parseSince(text, now, 'en', '--since');
  if (start.ok) return ok(now - start.value);
  const duration = parseDuration(text);
  return duration.ok ? duration : err(`invalid --since "${text}": ${duration.error}`);
}

/** The digest of the stories first seen in the last `sinceMs`, always with a notice when empty. */
export function buildDigestReport(
  config: Config,
  stories: Pick<ReturnType<typeof createSqliteStoryStore>, 'listSeenBetween'>,
  arcs: Pick<ArcStore, 'getArc'>,
  options: {
    readonly sinceMs: number;
    readonly locale: Language;
    readonly size: number;
    readonly clock?: Clock;
  },
): DigestReport {
  const to = (options.clock ?? systemClock).now();
  const from = to - options.sinceMs;
  const found = stories.listSeenBetween(from, to).map((s) => s.story);
  const ranked = rankStories(found, { now: to, entityWeights: entityWeights(config.watchlist) });
  const built = buildDigest({
    stories: ranked,
    window: { from, to },
    timezone: config.settings.timezone,
    locale: options.locale,
    size: options.size,
    empty: 'notice',
    config,
    arcs: arcsOf({ arcs }, ranked),
  });
  // Its fact commands as a reader of its language types them, as a channel's digest shows them.
  const message = built === null ? null : withPostLines(built, createCommandSet(config).tops);
  return { from, to, stories: ranked, message };
}
