import type { DeliveryFailure } from '../../core/ports.js';

/** The fields of the WebClient's errors that matter here (`@slack/web-api` ErrorCode values). */
interface WebApiErrorShape {
  readonly code?: unknown;
  readonly message?: unknown;
  readonly statusCode?: unknown;
  readonly retryAfter?: unknown;
  readonly data?: { readonly error?: unknown };
  readonly original?: { readonly message?: unknown };
}

/** Platform errors that mean the bot lost the channel: retrying cannot help, an admin must act. */
const CHANNEL_LOST: Readonly<Record<string, string>> = {
  channel_not_found: 'does not exist or the bot cannot see it',
  not_in_channel: 'does not have the bot as a member (invite it with /invite @sahel-digest)',
  is_archived: 'is archived',
};

/** Platform errors worth retrying later. */
const TRANSIENT = new Set([
  'ratelimited',
  'service_unavailable',
  'internal_error',
  'fatal_error',
  'request_timeout',
]);

const RATE_LIMIT = /rate limit was exceeded.*retry-after: (\d+)/i;

/**
 * Turns what the WebClient threw into a `DeliveryFailure` with a one-line reason naming the
 * channel. Retryable: 5xx after the client's own retries, a rate limit it gave back, network
 * faults and Slack's transient errors. Not retryable: `channel_not_found`, `not_in_channel`,
 * `is_archived` (code `CHANNEL_LOST`), `message_not_found`, bad tokens and refused payloads.
 * @see https://docs.slack.dev/reference/methods/chat.postMessage#errors
 */
export function describeSlackError(error: unknown, channel: string): DeliveryFailure {
  const shape = (typeof error === 'object' && error !== null ? error : {}) as WebApiErrorShape;
  const platformError = typeof shape.data?.error === 'string' ? shape.data.error : undefined;
  if (platformError !== undefined) return describePlatformError(platformError, channel);
  if (typeof shape.retryAfter === 'number') return rateLimited(channel, shape.retryAfter);
  const text = [shape.message, shape.original?.message]
    .filter((m) => typeof m === 'string')
    .join(' ');
  const limited = RATE_LIMIT.exec(text);
  if (limited !== null) return rateLimited(channel, Number(limited[1]));
  if (typeof shape.statusCode === 'number')
    return {
      code: shape.statusCode >= 500 ? 'SERVER_ERROR' : 'REJECTED',
      message: `Slack answered ${shape.statusCode} for channel ${channel}`,
      retryable: shape.statusCode >= 500,
    };
  const detail = text === '' ? String(error) : text;
  return {
    code: 'NETWORK',
    message: `could not reach Slack for channel ${channel}: ${detail}`,
    retryable: true,
  };
}

function rateLimited(channel: string, seconds: number): DeliveryFailure {
  return {
    code: 'RATE_LIMITED',
    message: `Slack rate limit on channel ${channel}`,
    retryable: true,
    retryAfterMs: seconds * 1000,
  };
}

function describePlatformError(error: string, channel: string): DeliveryFailure {
  const lost = CHANNEL_LOST[error];
  if (lost !== undefined)
    return {
      code: 'CHANNEL_LOST',
      message: `Slack channel ${channel} ${lost} (${error})`,
      retryable: false,
    };
  if (error === 'message_not_found')
    return {
      code: 'MESSAGE_GONE',
      message: `the message to edit in Slack channel ${channel} was deleted (${error})`,
      retryable: false,
    };
  if (
    error === 'invalid_auth' ||
    error === 'not_authed' ||
    error === 'account_inactive' ||
    error === 'token_revoked'
  )
    return {
      code: 'UNAUTHORIZED',
      message: `Slack refused the bot token (${error}): check SLACK_BOT_TOKEN`,
      retryable: false,
    };
  if (TRANSIENT.has(error))
    return {
      code: 'SERVER_ERROR',
      message: `Slack answered ${error} for channel ${channel}`,
      retryable: true,
    };
  return {
    code: 'REJECTED',
    message: `Slack refused the message for channel ${channel} (${error})`,
    retryable: false,
  };
}

/** True when a failure means the bot lost the channel, so its subscriptions should pause. */
export function isChannelLost(failure: DeliveryFailure): boolean {
  return failure.code === 'CHANNEL_LOST';
}
