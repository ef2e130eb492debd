import type { TopCommand } from '../../core/command.js';
import { describeError } from '../../core/errors.js';
import { err, ok, type Result } from '../../core/result.js';
import { buildDiscordCommands } from './build-discord-commands.js';
import { createDiscordRest, type DiscordRestOptions } from './discord-rest.js';

export interface RegisterOptions extends DiscordRestOptions {
  /** `DISCORD_APPLICATION_ID`; asked from Discord (`/applications/@me`) when absent. */
  readonly applicationId?: string;
  /** `DISCORD_GUILD_ID`: register in that server only (instant) instead of globally. */
  readonly guildId?: string;
}

export interface Registered {
  readonly applicationId: string;
  readonly guildId?: string;
  /** The top-level command names registered, e.g. `mali`, `sahel`, `sahel-admin`. */
  readonly names: readonly string[];
}

/**
 * Registers every command with one bulk overwrite (commands no longer defined disappear), in a
 * guild when `guildId` is set, else globally. Failures come back as one line naming the cause.
 * @see https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-global-application-commands
 */
export async function registerDiscordCommands(
  tops: readonly TopCommand[],
  options: RegisterOptions,
): Promise<Result<Registered, string>> {
  const { rest, Routes } = await createDiscordRest({ ...options, maxRateLimitWaitMs: 10_000 });
  const body = buildDiscordCommands(tops);
  try {
    const applicationId =
      options.applicationId ?? ((await rest.get(Routes.currentApplication())) as { id: string }).id;
    const route =
      options.guildId === undefined
        ? Routes.applicationCommands(applicationId)
        : Routes.applicationGuildCommands(applicationId, options.guildId);
    await rest.put(route, { body });
    return ok({
      applicationId,
      ...(options.guildId === undefined ? {} : { guildId: options.guildId }),
      names: body.map((c) => c.name),
    });
  } catch (error) {
    return err(describeRegisterError(error, options));
  }
}

function describeRegisterError(error: unknown, options: RegisterOptions): string {
  const status = (error as { status?: unknown } | null)?.status;
  const where = options.guildId === undefined ? 'globally' : `in guild ${options.guildId}`;
  if (status === 401) return 'Discord refused the bot token (401): check DISCORD_TOKEN';
  if (status === 403 || status === 404)
    return `Discord refused to register the commands ${where} (${status}): check DISCORD_APPLICATION_ID and DISCORD_GUILD_ID, and that the bot was invited to that server with the applications.commands scope`;
  if (typeof status === 'number')
    return `Discord refused the commands ${where} (${status}): ${describeError(error)}`;
  return `could not reach Discord at ${options.apiBase ?? 'https://discord.com/api'}: ${describeError(error)}`;
}
