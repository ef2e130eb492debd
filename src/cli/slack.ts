import type { Command } from 'commander';
import { stringify } from 'yaml';
import { createCommandSet } from '../../commands/index.js';
import type { App } from '../app.js';
import { createCommandPorts } from '../command-ports.js';
import type { ChatPlatform } from '../core/ports.js';
import { err, ok, type Result } from '../core/result.js';
import { buildSlackManifest, type ManifestMode } from '../platforms/slack/build-slack-manifest.js';
import { channelLostNotice } from '../platforms/slack/channel-lost-notice.js';
import { createSlackBot, startSlackBotWithRetry } from '../platforms/slack/slack-bot.js';
import { createSlackPlatform } from '../platforms/slack/slack-platform.js';
import { reportLostChannel } from './report-lost-channel.js';
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

/**
 * The Slack delivery platform when `SLACK_BOT_TOKEN` is set (Web API only), else none. A lost
 * channel has its subscriptions paused with Slack's reason (`reportLostChannel`), is logged
 * and, when an admin channel is set, reported there with what was paused and how to resume it.
 */
export function slackPlatforms(app: App): ChatPlatform[] {
  const { slackBotToken, slackApiUrl } = app.env;
  if (slackBotToken === undefined) return [];
  return [
    createSlackPlatform({
      token: slackBotToken,
      ...(slackApiUrl === undefined ? {} : { apiUrl: slackApiUrl }),
      locale: app.config.settings.locale,
      logger: app.logger.child({ part: 'slack' }),
      tops: createCommandSet(app.config).tops,
      onChannelLost: (lost) =>
        reportLostChannel(
          app,
          'slack',
          { channel: lost.channel, reason: lost.failure.message },
          (paused, locale) => channelLostNotice(lost, locale, paused),
        ),
    }),
  ];
}

/**
 * Starts the Slack bot in the background when `SLACK_BOT_TOKEN` is set: Socket Mode with
 * `SLACK_APP_TOKEN`, else the HTTP receiver on `PORT` (3000). While the Web API cannot be
 * reached it says so in one line and retries; a refused token or a missing signing secret is
 * one line on stderr, and the rest of `run` goes on. Returns the function that stops it.
 */
export function startSlackBot(app: App): () => Promise<void> {
  const { slackBotToken, slackSigningSecret, slackAppToken, slackApiUrl, port } = app.env;
  if (slackBotToken === undefined) return async () => undefined;
  const logger = app.logger.child({ part: 'slack' });
  const bot = createSlackBot({
    token: slackBotToken,
    ...(slackSigningSecret === undefined ? {} : { signingSecret: slackSigningSecret }),
    ...(slackAppToken === undefined ? {} : { appToken: slackAppToken }),
    ...(slackApiUrl === undefined ? {} : { apiUrl: slackApiUrl }),
    port: port ?? 3000,
    commands: createCommandSet(app.config, { logger: app.logger.child({ part: 'commands' }) }),
    base: { config: app.config, clock: app.clock, ports: createCommandPorts(app) },
    admins: app.config.settings.admins.slack,
    logger,
  });
  let stopped = false;
  const running = startSlackBotWithRetry(bot, { logger, stopped: () => stopped }).then(
    (started) => {
      if (!started.ok) {
        if (!stopped) process.stderr.write(`slack: ${started.error}\n`);
      } else logger.info('slack bot ready', { user: started.value.user, port: started.value.port });
    },
  );
  return async () => {
    stopped = true;
    await bot.stop();
    void running;
  };
}
