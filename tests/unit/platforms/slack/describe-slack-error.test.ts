import { ErrorCode } from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import {
  describeSlackError,
  isChannelLost,
} from '../../../../src/platforms/slack/describe-slack-error.js';

const platformError = (error: string) => ({
  code: ErrorCode.PlatformError,
  data: { ok: false, error },
});

describe('describeSlackError', () => {
  it('treats a lost channel as final, naming the channel', () => {
    const failure = describeSlackError(platformError('not_in_channel'), 'C1');
    expect(failure).toEqual({
      code: 'CHANNEL_LOST',
      message:
        'Slack channel C1 does not have the bot as a member (invite it with /invite @sahel-digest) (not_in_channel)',
      retryable: false,
    });
    expect(isChannelLost(failure)).toBe(true);
  });

  it('points a refused token at SLACK_BOT_TOKEN and does not retry it', () => {
    expect(describeSlackError(platformError('invalid_auth'), 'C1')).toEqual({
      code: 'UNAUTHORIZED',
      message: 'Slack refused the bot token (invalid_auth): check SLACK_BOT_TOKEN',
      retryable: false,
    });
  });

  it('does not retry a payload Slack refuses', () => {
    expect(describeSlackError(platformError('invalid_blocks'), 'C1')).toEqual({
      code: 'REJECTED',
      message: 'Slack refused the message for channel C1 (invalid_blocks)',
      retryable: false,
    });
  });

  it('retries Slack’s transient errors and carries a rate limit’s delay', () => {
    expect(describeSlackError(platformError('service_unavailable'), 'C1').retryable).toBe(true);
    expect(
      describeSlackError({ code: ErrorCode.RateLimitedError, retryAfter: 30 }, 'C1'),
    ).toMatchObject({
      code: 'RATE_LIMITED',
      retryable: true,
      retryAfterMs: 30_000,
    });
  });

  it('retries a 5xx and refuses other HTTP statuses for good', () => {
    expect(describeSlackError({ code: ErrorCode.HTTPError, statusCode: 503 }, 'C1')).toMatchObject({
      code: 'SERVER_ERROR',
      retryable: true,
    });
    expect(describeSlackError({ code: ErrorCode.HTTPError, statusCode: 413 }, 'C1')).toEqual({
      code: 'REJECTED',
      message: 'Slack answered 413 for channel C1',
      retryable: false,
    });
  });
});
