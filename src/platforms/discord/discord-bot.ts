import type { Client } from 'discord.js';
import { describeError } from '../../core/errors.js';
import { err, ok, type Result } from '../../core/result.js';
import { withLocalCommandLines } from '../command-line-in.js';
import { DISCORD_LIMITS } from './discord-payload.js';
import { handleInteraction, type InteractionDeps } from './handle-interaction.js';

export interface DiscordBotDeps extends InteractionDeps {
  readonly token: string;
  /** `DISCORD_API_BASE`; the gateway URL comes from `GET /gateway/bot` there. */
  readonly apiBase?: string;
  /** How long `start` waits for the gateway's READY; default 30 s. */
  readonly readyTimeoutMs?: number;
}

export interface DiscordBot {
  /** Logs in over the gateway; resolves once ready, or with a one-line reason it could not. */
  start(): Promise<Result<{ readonly user: string }, string>>;
  stop(): Promise<void>;
}

/**
 * The bot on Discord servers: a discord.js Client with the Guilds intent only (slash commands,
 * autocomplete and buttons need no privileged intent), answering interactions through the
 * neutral commands. Reconnects and resumes are discord.js's job.
 * @see https://discord.com/developers/docs/events/gateway
 */
export function createDiscordBot(deps: DiscordBotDeps): DiscordBot {
  let client: Client | undefined;
  // A French asker's buttons carry French command lines, within a custom_id's length.
  const commands = withLocalCommandLines(deps.commands, { maxLength: DISCORD_LIMITS.customId });
  const interactions: InteractionDeps = { ...deps, commands };
  return {
    async start() {
      const sdk = await import('discord.js');
      const made = new sdk.Client({
        intents: [sdk.GatewayIntentBits.Guilds],
        ...(deps.apiBase === undefined ? {} : { rest: { api: deps.apiBase } }),
      });
      client = made;
      made.on(
        sdk.Events.InteractionCreate,
        (interaction) => void handleInteraction(interaction, interactions),
      );
      made.on(sdk.Events.Error, (error) =>
        deps.logger.error('discord client error', { error: describeError(error) }),
      );
      made.on(sdk.Events.ShardResume, (shard) =>
        deps.logger.info('discord gateway resumed', { shard }),
      );
      const ready = new Promise<void>((resolve) =>
        made.once(sdk.Events.ClientReady, () => resolve()),
      );
      try {
        // The whole login is bounded: an unreachable gateway must not hold `run` forever.
        await withTimeout(
          made.login(deps.token).then(() => ready),
          deps.readyTimeoutMs ?? 30_000,
        );
      } catch (error) {
        await made.destroy().catch(() => undefined);
        return err(describeLoginError(error));
      }
      return ok({ user: made.user?.tag ?? 'unknown' });
    },
    async stop() {
      await client?.destroy();
      client = undefined;
    },
  };
}

function describeLoginError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const status = (error as { status?: unknown } | null)?.status;
  if (code === 'TokenInvalid' || status === 401)
    return 'Discord refused the bot token: check DISCORD_TOKEN';
  if (code === 'DisallowedIntents')
    return 'Discord refused the gateway intents (only Guilds is asked for)';
  return `could not connect to Discord: ${describeError(error)}`;
}

function withTimeout(promise: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no READY from the gateway within ${ms} ms`)),
      ms,
    );
    promise.then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
