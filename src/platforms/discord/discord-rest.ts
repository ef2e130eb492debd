import type { REST, Routes } from 'discord.js';

export interface DiscordRestOptions {
  readonly token: string;
  /** `DISCORD_API_BASE`, e.g. `https://discord.com/api`; default Discord's. */
  readonly apiBase?: string;
  /** Per request; default 15 s. */
  readonly timeoutMs?: number;
  /**
   * Rate-limit waits longer than this are handed back as a retryable failure instead of being
   * waited out inside discord.js, so one channel's long limit cannot hold the outbox worker.
   */
  readonly maxRateLimitWaitMs?: number;
}

/**
 * A discord.js REST client for the bot. discord.js is loaded on first use: commands that never
 * talk to Discord do not pay for loading it. 5xx are not retried inside discord.js
 * (`retries: 0`): the outbox retries them with its own backoff and records each attempt.
 */
export async function createDiscordRest(
  options: DiscordRestOptions,
): Promise<{ readonly rest: REST; readonly Routes: typeof Routes }> {
  const sdk = await import('discord.js');
  const maxWait = options.maxRateLimitWaitMs ?? 60_000;
  const rest = new sdk.REST({
    version: '10',
    retries: 0,
    timeout: options.timeoutMs ?? 15_000,
    rejectOnRateLimit: (limit) => limit.retryAfter > maxWait,
    ...(options.apiBase === undefined ? {} : { api: options.apiBase }),
  }).setToken(options.token);
  return { rest, Routes: sdk.Routes };
}
