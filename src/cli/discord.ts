import type { Command } from 'commander';
import { createCommandSet } from '../../commands/index.js';
import type { App } from '../app.js';
import { createCommandPorts } from '../command-ports.js';
import { readProcessEnv } from '../config/load-env.js';
import { describeError } from '../core/errors.js';
import type { ChatPlatform } from '../core/ports.js';
import { ok, type Result } from '../core/result.js';
import { channelLostNotice } from '../platforms/discord/channel-lost-notice.js';
import { createDiscordBot, type DiscordBot } from '../platforms/discord/discord-bot.js';
import { createDiscordPlatform } from '../platforms/discord/discord-platform.js';
import { inviteUrl } from '../platforms/discord/invite-url.js';
import {
  registerDiscordCommands,
  type Registered,
} from '../platforms/discord/register-commands.js';
import { reportLostChannel } from './report-lost-channel.js';
import { loadConfigOrReport } from './shared-options.js';

interface RegisterFlags {
  readonly forum?: boolean;
}

/**
 * Adds `discord register`: registers every slash command with Discord (in `DISCORD_GUILD_ID`
 * when set, else globally) and prints the invite link with the permissions the bot needs. Any
 * failure (bad token, unreachable API, refused commands) is one line on stderr and exit 1.
 */
export function register(program: Command): void {
  const discord = program
    .command('discord')
    .description('Discord: register the slash commands, print the invite link');
  discord
    .command('register')
    .description(
      'register every slash command (per guild with DISCORD_GUILD_ID) and print the invite URL',
    )
    .option('--forum', 'also ask for Create Public Threads (a thread per arc in forum channels)')
    .action(async (flags: RegisterFlags, command: Command) => {
      try {
        process.exitCode = await runRegister(flags, command);
      } catch (error) {
        process.stderr.write(`discord register: ${describeError(error)}\n`);
        process.exitCode = 1;
      }
    });
}

async function runRegister(flags: RegisterFlags, command: Command): Promise<number> {
  const env = readProcessEnv();
  if (!env.ok) {
    for (const line of env.error) process.stderr.write(`environment: ${line}\n`);
    return 1;
  }
  const { discordToken, discordApiBase, discordApplicationId, discordGuildId } = env.value;
  if (discordToken === undefined) {
    process.stderr.write('discord register: DISCORD_TOKEN is not set (see .env.example)\n');
    return 1;
  }
  const config = loadConfigOrReport(command);
  if (config === undefined) return 1;
  const result = await registerDiscordCommands(createCommandSet(config).tops, {
    token: discordToken,
    ...(discordApiBase === undefined ? {} : { apiBase: discordApiBase }),
    ...(discordApplicationId === undefined ? {} : { applicationId: discordApplicationId }),
    ...(discordGuildId === undefined ? {} : { guildId: discordGuildId }),
  });
  if (!result.ok) {
    process.stderr.write(`discord register: ${result.error}\n`);
    return 1;
  }
  process.stdout.write(`${describeRegistered(result.value)}\n`);
  process.stdout.write(
    `invite: ${inviteUrl(result.value.applicationId, { forum: flags.forum === true })}\n`,
  );
  return 0;
}

function describeRegistered(registered: Registered): string {
  const names = registered.names.map((n) => `/${n}`).join(', ');
  return registered.guildId === undefined
    ? `registered ${names} globally (Discord may take up to an hour to show them everywhere)`
    : `registered ${names} in guild ${registered.guildId}`;
}

/**
 * The Discord delivery platform when `DISCORD_TOKEN` is set (REST only, no gateway), else
 * none. A channel the bot lost (403/404) has its subscriptions paused with Discord's reason
 * (`reportLostChannel`), is logged and, when an admin channel is set (`/sahel-admin settings`),
 * reported there with what was paused and how to resume it. The failed rows keep their reason.
 */
export function discordPlatforms(app: App): ChatPlatform[] {
  const { discordToken, discordApiBase } = app.env;
  if (discordToken === undefined) return [];
  const logger = app.logger.child({ part: 'discord' });
  return [
    createDiscordPlatform({
      token: discordToken,
      ...(discordApiBase === undefined ? {} : { apiBase: discordApiBase }),
      locale: app.config.settings.locale,
      logger,
      tops: createCommandSet(app.config).tops,
      onChannelLost: (lost) =>
        reportLostChannel(
          app,
          'discord',
          { channel: lost.channel, reason: lost.failure.message },
          (paused, locale) => channelLostNotice(lost, locale, paused),
        ),
    }),
  ];
}

/**
 * Logs the bot in over the gateway when `DISCORD_TOKEN` is set, answering slash commands,
 * autocomplete and buttons; null without a token. A bad token or an unreachable gateway is a
 * one-line reason.
 */
export async function startDiscordBot(app: App): Promise<Result<DiscordBot | null, string>> {
  const { discordToken, discordApiBase } = app.env;
  if (discordToken === undefined) return ok(null);
  const logger = app.logger.child({ part: 'discord' });
  const bot = createDiscordBot({
    token: discordToken,
    ...(discordApiBase === undefined ? {} : { apiBase: discordApiBase }),
    commands: createCommandSet(app.config, { logger: app.logger.child({ part: 'commands' }) }),
    base: { config: app.config, clock: app.clock, ports: createCommandPorts(app) },
    logger,
  });
  const started = await bot.start();
  if (!started.ok) return started;
  logger.info('discord bot ready', { user: started.value.user });
  return ok(bot);
}
