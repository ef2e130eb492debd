import { describeError } from '../../core/errors.js';
import type { DeliveryFailure } from '../../core/ports.js';

/** Discord error codes the bot explains. @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#json */
const KNOWN_CODES: Readonly<Record<number, string>> = {
  10003: 'Unknown Channel',
  10008: 'Unknown Message',
  50001: 'Missing Access',
  50013: 'Missing Permissions',
  50035: 'Invalid Form Body',
};

/** The fields of discord.js's DiscordAPIError, HTTPError and RateLimitError that matter here. */
interface RestErrorShape {
  readonly name?: unknown;
  readonly status?: unknown;
  readonly code?: unknown;
  readonly retryAfter?: unknown;
  readonly message?: unknown;
}

/**
 * Turns what discord.js REST threw into a `DeliveryFailure` with a one-line reason naming the
 * channel. Retryable: 5xx, a rate limit discord.js gave back (its wait was too long), network
 * faults. Not retryable: 403 and 404 (the bot lost the channel: retrying cannot help, an admin
 * must act), 401 (bad token) and 400 (a payload Discord refuses).
 */
export function describeDiscordError(error: unknown, channel: string): DeliveryFailure {
  const shape = (typeof error === 'object' && error !== null ? error : {}) as RestErrorShape;
  const status = typeof shape.status === 'number' ? shape.status : undefined;
  const code = typeof shape.code === 'number' ? shape.code : undefined;
  const known = code === undefined ? undefined : KNOWN_CODES[code];
  const detail = known === undefined ? describeError(error) : `${known}, ${code}`;
  if (typeof shape.retryAfter === 'number')
    return {
      code: 'RATE_LIMITED',
      message: `Discord rate limit on channel ${channel}`,
      retryable: true,
      retryAfterMs: shape.retryAfter,
    };
  if (status === 403)
    return {
      code: 'FORBIDDEN',
      message: `the bot may not post in Discord channel ${channel} (${detail})`,
      retryable: false,
    };
  if (code === 10008)
    return {
      code: 'MESSAGE_GONE',
      message: `the message to edit in Discord channel ${channel} was deleted (${detail})`,
      retryable: false,
    };
  if (status === 404)
    return {
      code: 'NOT_FOUND',
      message: `Discord channel ${channel} does not exist or the bot cannot see it (${detail})`,
      retryable: false,
    };
  if (status === 401)
    return {
      code: 'UNAUTHORIZED',
      message: 'Discord refused the bot token (401): check DISCORD_TOKEN',
      retryable: false,
    };
  if (status !== undefined && status >= 500)
    return {
      code: 'SERVER_ERROR',
      message: `Discord answered ${status} for channel ${channel}`,
      retryable: true,
    };
  if (status !== undefined)
    return {
      code: 'REJECTED',
      message: `Discord refused the message for channel ${channel} (${status}: ${detail})`,
      retryable: false,
    };
  return {
    code: 'NETWORK',
    message: `could not reach Discord for channel ${channel}: ${describeError(error)}`,
    retryable: true,
  };
}

/** True when a failure means the bot lost the channel, so its subscriptions should pause. */
export function isChannelLost(failure: DeliveryFailure): boolean {
  return failure.code === 'FORBIDDEN' || failure.code === 'NOT_FOUND';
}
