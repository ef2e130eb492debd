import type { Command } from 'commander';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  readDemoManifest,
  startDemoFeedServer,
  type DemoFeedServer,
  type DemoManifest,
} from '../../demo/serve-feeds.js';
import { DEMO_CHANNELS, writeDemoConfig } from '../../demo/write-demo-config.js';
import { createCommandSet } from '../../commands/index.js';
import { createApp, type App } from '../app.js';
import { createCommandPorts } from '../command-ports.js';
import { loadEnv } from '../config/load-env.js';
import type { Language } from '../core/config-types.js';
import type { Clock } from '../core/ports.js';
import type { PollCycleReport } from '../ingest/poll-cycle.js';
import { createPinoLogger } from '../logger.js';
import { wireDelivery } from '../pipeline/wire-delivery.js';
import type { Delivery } from '../pipeline/create-delivery.js';
import { commandLineIn, withLocalCommandLines } from '../platforms/command-line-in.js';
import { renderText } from '../platforms/console/render-text.js';
import { consolePlatformFor } from './console-platform-for.js';
import { DEMO_WORDS, type DemoWords } from './demo-words.js';
import { formatCycleSummary, formatFailures } from './print-poll-report.js';
import { projectPath } from './project-path.js';
import { readGlobalOptions } from './shared-options.js';

/** The query of the demo's alert channel. */
export const DEMO_ALERT_QUERY = 'Kidal OR Ménaka';

/** Enough for every item of the first poll to reach the digest. */
const DEMO_BACKFILL = 500;

export interface DemoOptions {
  /** The configuration folder whose knowledge base the demo uses. */
  readonly configDir: string;
  /** Where the demo writes what it prints. */
  readonly out: { write(chunk: string): unknown };
  /** Keep the temporary folder (config and database) instead of deleting it. */
  readonly keep?: boolean;
  readonly verbose?: boolean;
}

/**
 * The demo's clock: real time flowing from a chosen start, because the recorded feeds are dated
 * November 2026. `set` jumps to another time and flows on from there.
 */
function createDemoClock(start: string): Clock & { set(iso: string): void } {
  let offset = Date.parse(start) - Date.now();
  return {
    now: () => Date.now() + offset,
    set: (iso) => void (offset = Date.parse(iso) - Date.now()),
  };
}

function describePoll(report: PollCycleReport, label: string, locale: Language): string {
  const kept = report.backfilled.length;
  const backfill = kept === 0 ? '' : DEMO_WORDS[locale].backfilled(kept);
  const summary = formatCycleSummary(report, locale);
  const lines = [
    DEMO_WORDS[locale].poll(label, `${summary}${backfill}`),
    ...formatFailures(report),
  ];
  return `${lines.join('\n')}\n`;
}

interface DemoRun {
  readonly app: App;
  readonly delivery: Delivery;
  readonly server: DemoFeedServer;
  readonly manifest: DemoManifest;
  readonly clock: ReturnType<typeof createDemoClock>;
}

/** Writes the demo configuration: the knowledge base of `--config`, the feeds at `server`. */
function writeConfig(
  options: DemoOptions,
  configDir: string,
  server: DemoFeedServer,
  manifest: DemoManifest,
): void {
  mkdirSync(configDir);
  writeDemoConfig({
    sourceDir: options.configDir,
    targetDir: configDir,
    feeds: manifest.feeds.map((f) => ({
      id: f.id,
      url: server.urlOf(f),
      name: f.name,
      language: f.language,
    })),
    alertQuery: DEMO_ALERT_QUERY,
    backfill: DEMO_BACKFILL,
  });
}

/** Creates the app and its console delivery on the demo configuration and a fresh database. */
function createDemoApp(
  options: DemoOptions,
  workDir: string,
  clock: Clock,
): { app: App; delivery: Delivery } {
  const env = loadEnv({
    DATABASE_PATH: join(workDir, 'demo.db'),
    LOG_LEVEL: options.verbose === true ? 'info' : 'warn',
  });
  if (!env.ok) throw new Error(env.error.join('; '));
  const app = createApp({
    configDir: join(workDir, 'config'),
    env: env.value,
    clock,
    logger: createPinoLogger(env.value.logLevel),
    parseWorkers: 1,
  });
  if (!app.ok) throw new Error(`demo configuration rejected:\n${app.error.join('\n')}`);
  const delivery = wireDelivery(app.value, [consolePlatformFor(app.value, options.out)]);
  return { app: app.value, delivery };
}

/** Starts the feed server and the app; stops the server again when the rest fails. */
async function prepare(options: DemoOptions, workDir: string): Promise<DemoRun> {
  const feedsDir = projectPath('demo/feeds/');
  const manifest = readDemoManifest(feedsDir);
  const server = await startDemoFeedServer(feedsDir, manifest);
  try {
    writeConfig(options, join(workDir, 'config'), server, manifest);
    const clock = createDemoClock(manifest.firstPollAt);
    return { ...createDemoApp(options, workDir, clock), server, manifest, clock };
  } catch (error) {
    await server.close();
    throw error;
  }
}

/**
 * Runs the demo: serves the bundled sample feeds on 127.0.0.1, polls them twice into a temporary
 * database (the evening before, then at 08:00 UTC the next morning), and prints what the
 * `Kidal OR Ménaka` alert channel and the morning digest receive, then answers a few commands
 * (`DEMO_COMMANDS`) over the same store. Returns the exit code.
 */
export async function runDemo(options: DemoOptions): Promise<number> {
  const { out } = options;
  const workDir = mkdtempSync(join(tmpdir(), 'sahel-digest-demo-'));
  let run: DemoRun | undefined;
  try {
    run = await prepare(options, workDir);
    const { app, delivery, server, manifest, clock } = run;
    const { locale } = app.config.settings;
    const words = DEMO_WORDS[locale];
    const keep = options.keep === true;
    out.write(`${words.intro(manifest.note)}\n`);
    out.write(`${words.served(manifest.feeds.length, server.origin, workDir, keep)}\n\n`);
    // The evening before: the first poll of each feed seeds it; its items feed digests, never alerts.
    const first = await app.pollOnce({ all: true });
    if (first !== null)
      out.write(describePoll(first, words.firstPoll(manifest.firstPollAt), locale));
    await delivery.deliver();
    // The next morning: what was published overnight is new, and alerts fire on it.
    server.serve('current');
    clock.set(manifest.now);
    const second = await app.pollOnce({ all: true });
    if (second !== null) out.write(describePoll(second, words.secondPoll(manifest.now), locale));
    out.write(`\n${words.alertsHeading(DEMO_ALERT_QUERY, DEMO_CHANNELS.alerts)}\n\n`);
    const alerts = await delivery.deliver();
    if (alerts.sent === 0) out.write(`${words.noAlert}\n\n`);
    out.write(`${words.digestHeading(manifest.now, DEMO_CHANNELS.digest)}\n\n`);
    const digests = delivery.runDueDigests();
    await delivery.deliver();
    if (digests.length === 0) out.write(`${words.noDigest}\n`);
    await answerDemoCommands(app, out, words);
    out.write(nextSteps(workDir, manifest, keep, words));
    const complete = [first, second].every(
      (r) => r !== null && r.feeds.every((f) => f.failure === undefined),
    );
    return complete ? 0 : 1;
  } finally {
    if (run !== undefined) {
      await run.delivery.stop();
      await run.app.close();
      await run.server.close();
    }
    if (options.keep !== true) rmSync(workDir, { recursive: true, force: true });
  }
}

/**
 * What to do after the demo: with `--keep`, the command line that opens a chat over the demo's
 * store (its stories are dated in the past, so `since:` and `from:` reach them); without, how
 * to keep it.
 */
export function nextSteps(
  workDir: string,
  manifest: DemoManifest,
  keep: boolean,
  words: DemoWords = DEMO_WORDS.en,
): string {
  if (!keep) return `\n${words.keepHint}\n`;
  const day = manifest.now.slice(0, 10);
  return [
    '',
    words.kept(workDir),
    `  npx sahel-digest --config ${join(workDir, 'config')} --db ${join(workDir, 'demo.db')} chat`,
    words.datedUpTo(day, `${day.slice(0, 8)}01`),
    '',
  ].join('\n');
}

/** Commands the demo answers at the end, as a reader would type them. */
export const DEMO_COMMANDS = ['/mali news', '/sahel search convoy', '/mali fact kidal'] as const;

/**
 * Answers `DEMO_COMMANDS` over the demo's store through the command set every platform uses,
 * printed as the console renders them; in a French demo, the lines and the answers' buttons and
 * fact commands read as a French reader types them.
 */
async function answerDemoCommands(
  app: App,
  out: DemoOptions['out'],
  words: DemoWords,
): Promise<void> {
  const commands = withLocalCommandLines(createCommandSet(app.config));
  const context = {
    config: app.config,
    clock: app.clock,
    locale: app.config.settings.locale,
    platform: 'console' as const,
    channel: DEMO_CHANNELS.digest,
    requester: { userId: 'demo', admin: false },
    ports: createCommandPorts(app),
  };
  out.write(`\n${words.commandsHeading}\n`);
  for (const line of DEMO_COMMANDS) {
    const parsed = commands.parse(line);
    const answer = parsed.ok ? await commands.run(parsed.value, context) : null;
    let shown = parsed.ok ? '' : parsed.error;
    if (answer !== null) shown = renderText(answer, { locale: context.locale });
    out.write(`\n> ${commandLineIn(line, commands.tops, context.locale)}\n\n${shown}\n`);
  }
}

/** Adds `demo`: the whole pipeline, offline, on the bundled sample feeds. */
export function register(program: Command): void {
  program
    .command('demo')
    .description(
      'run the whole pipeline offline on bundled sample feeds; print the digest and the alerts',
    )
    .option('--keep', 'keep the temporary configuration folder and database')
    .option('--verbose', 'log the pipeline at info level on stderr')
    .action(async (options: { keep?: boolean; verbose?: boolean }, command: Command) => {
      const { configDir } = readGlobalOptions(command);
      try {
        process.exitCode = await runDemo({
          configDir,
          out: process.stdout,
          keep: options.keep === true,
          verbose: options.verbose === true,
        });
      } catch (error) {
        process.stderr.write(
          `demo failed: ${error instanceof Error ? error.message : String(error)}\n`,
        );
        process.exitCode = 1;
      }
    });
}
