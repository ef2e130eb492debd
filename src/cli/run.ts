import type { Command } from 'commander';
import { createApp, type App } from '../app.js';
import { readProcessEnv } from '../config/load-env.js';
import { loadConfigOrReport, readGlobalOptions } from './shared-options.js';
import { formatCycleSummary, formatFailures, formatNewItem } from './print-poll-report.js';
import { createConsolePlatform } from '../platforms/console/console-platform.js';
import { startDelivery, wireDelivery } from '../pipeline/wire-delivery.js';

/**
 * Adds `run`, the worker `npm start` runs: the scheduler ticks, due feeds are polled, and each
 * new item is printed to the console. SIGINT/SIGTERM stop it cleanly after the running cycle's
 * commits. Chat platforms hook in through `app.onCycle` when their tokens are set.
 */
export function register(program: Command): void {
  program
    .command('run')
    .description('run the worker: poll feeds on schedule and print new items (console mode without tokens)')
    .action(async (_options: unknown, command: Command) => {
      const app = startApp(command);
      if (app === undefined) {
        process.exitCode = 1;
        return;
      }
      await runUntilSignal(app);
    });
}

function startApp(command: Command): App | undefined {
  const env = readProcessEnv();
  if (!env.ok) {
    for (const line of env.error) process.stderr.write(`environment: ${line}\n`);
    return undefined;
  }
  const config = loadConfigOrReport(command);
  if (config === undefined) return undefined;
  const { configDir, dbPath } = readGlobalOptions(command);
  const created = createApp({ configDir, config, env: env.value, ...(dbPath === undefined ? {} : { dbPath }) });
  if (!created.ok) {
    for (const line of created.error) process.stderr.write(`${line}\n`);
    return undefined;
  }
  return created.value;
}

async function runUntilSignal(app: App): Promise<void> {
  const tokens = app.env.discordToken ?? app.env.slackBotToken;
  if (tokens === undefined) process.stdout.write('no Discord or Slack token set: console mode\n');
  app.onCycle((report) => {
    const names = new Map(app.store.feeds.list().map((f) => [f.id, f.name]));
    for (const item of report.newItems) process.stdout.write(`${formatNewItem(item, names)}\n`);
    if (report.feeds.length > 0) process.stdout.write(`${formatCycleSummary(report)}\n`);
    for (const line of formatFailures(report)) process.stderr.write(`${line}\n`);
  });
  // Without tokens, alerts and digests print to the console as they fall due.
  const delivery = wireDelivery(app, tokens === undefined ? [createConsolePlatform({ out: process.stdout })] : []);
  app.start();
  startDelivery(app, delivery);
  const active = app.store.feeds.list().filter((f) => f.active);
  process.stdout.write(`polling ${active.length} feeds (tick "${app.config.settings.polling.tick}"); Ctrl-C stops\n`);
  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals): void => {
      process.stdout.write(`${signal}: stopping after the current cycle\n`);
      void delivery.stop().then(() => app.close()).then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
