import type { Command } from 'commander';
import { openAppOrReport, type OpenedApp } from './open-app.js';
import {
  formatCycleSummary,
  formatFailures,
  formatNewItem,
  formatSeedNote,
} from './print-poll-report.js';
import { consolePlatformFor } from './console-platform-for.js';
import { discordPlatforms, startDiscordBot } from './discord.js';
import { slackPlatforms, startSlackBot } from './slack.js';
import { startDelivery, wireDelivery } from '../pipeline/wire-delivery.js';
import { describeStartup } from './describe-startup.js';

/**
 * Adds `run`, the worker `npm start` runs: the scheduler ticks, due feeds are polled, and each
 * new item is printed to the console. SIGINT/SIGTERM stop it cleanly after the running cycle's
 * commits. Chat platforms hook in through `app.onCycle` when their tokens are set. It starts by
 * saying what it polls, where it stores and posts, and how to connect a chat platform.
 */
export function register(program: Command): void {
  program
    .command('run')
    .description(
      'run the worker: poll feeds on schedule and print new items (console mode without tokens)',
    )
    .action(async (_options: unknown, command: Command) => {
      const started = openAppOrReport(command);
      if (started === undefined) {
        process.exitCode = 1;
        return;
      }
      await runUntilSignal(started);
    });
}

async function runUntilSignal({ app, configDir, databasePath }: OpenedApp): Promise<void> {
  const tokens = app.env.discordToken ?? app.env.slackBotToken;
  app.onCycle((report) => {
    const names = new Map(app.store.feeds.list().map((f) => [f.id, f.name]));
    for (const item of report.newItems) process.stdout.write(`${formatNewItem(item, names)}\n`);
    if (report.feeds.length > 0) process.stdout.write(`${formatCycleSummary(report)}\n`);
    const seedNote = formatSeedNote(report);
    if (seedNote !== null) process.stdout.write(`${seedNote}\n`);
    for (const line of formatFailures(report)) process.stderr.write(`${line}\n`);
  });
  // Without tokens, alerts and digests print to the console as they fall due.
  const platforms =
    tokens === undefined
      ? [consolePlatformFor(app, process.stdout)]
      : [...discordPlatforms(app), ...slackPlatforms(app)];
  const delivery = wireDelivery(app, platforms);
  const feeds = app.store.feeds.list().filter((f) => f.active);
  const names = platforms.map((p) => p.name);
  const tick = app.config.settings.polling.tick;
  // The handlers go in before anything says it started: a signal that arrives while there is no
  // handler kills the process at once, without the clean stop.
  const stopped = new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals): void => {
      process.stdout.write(`${signal}: stopping after the current cycle\n`);
      void delivery
        .stop()
        .then(() => app.close())
        .then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  const consoleSubscriptions = delivery.subscriptions.list({ platform: 'console' }).length;
  const lines = describeStartup({
    feeds,
    tick,
    configDir,
    databasePath,
    platforms: names,
    env: app.env,
    consoleSubscriptions,
  });
  for (const line of lines) process.stdout.write(`${line}\n`);
  app.logger.info('started', { feeds: feeds.length, database: databasePath, platforms: names });
  const bot = await startDiscordBot(app);
  if (!bot.ok) {
    process.stderr.write(`discord: ${bot.error}\n`);
    process.exitCode = 1;
    await delivery.stop().then(() => app.close());
    return;
  }
  const stopSlack = startSlackBot(app);
  app.start();
  startDelivery(app, delivery);
  await stopped;
  await bot.value?.stop();
  await stopSlack();
}
