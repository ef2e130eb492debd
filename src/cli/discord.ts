import type { Command } from 'commander';
import { createCommandSet } from '../../commands/index.js';
import { readProcessEnv } from '../config/load-env.js';
import { describeError } from '../core/errors.js';
import { inviteUrl } from '../platforms/discord/invite-url.js';
import {
  registerDiscordCommands,
  type Registered,
} from '../platforms/discord/register-commands.js';
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
