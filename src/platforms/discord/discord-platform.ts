import { createHash } from 'node:crypto';
import type { REST, Routes } from 'discord.js';
import type { TopCommand } from '../../core/command.js';
import type { ChannelLost } from '../../core/channel-lost.js';
import type { Language } from '../../core/config-types.js';
import type { ChatPlatform, DeliveryFailure, Logger } from '../../core/ports.js';
import { silentLogger } from '../../core/ports.js';
import { err, ok, type Result } from '../../core/result.js';
import { withDiscordPaths } from './discord-command-paths.js';
import { describeDiscordError, isChannelLost } from './describe-discord-error.js';
import { createDiscordRest, type DiscordRestOptions } from './discord-rest.js';
import { renderDiscord } from './render-discord.js';

export type { ChannelLost } from '../../core/channel-lost.js';

export interface DiscordPlatformDeps extends DiscordRestOptions {
  /** Language of the renderer's own labels; the message text is already localised. */
  readonly locale?: Language;
  readonly logger?: Logger;
  /**
   * Called when a channel answers 403 or 404: the place to pause the channel's subscriptions
   * and tell the server's admin channel (see `channelLostNotice`). The row itself fails with
   * the reason either way, so nothing stops silently.
   */
  readonly onChannelLost?: (lost: ChannelLost) => void;
  /** A ready REST client (tests); default one made from the options. */
  readonly rest?: REST;
  /** The command set's top-level commands, to show command paths as typed on Discord. */
  readonly tops?: readonly TopCommand[];
}

/** Discord's nonce holds at most 25 characters. */
const NONCE_LENGTH = 25;

/**
 * The nonce of part `part` of an outbox row: a hash of its idempotency key, so a retried send
 * (after a crash or a lost answer) carries the same nonce and, with `enforce_nonce`, Discord
 * returns the message it already created instead of posting again.
 */
export function nonceFor(idempotencyKey: string, part: number): string {
  const digest = createHash('sha256').update(`${idempotencyKey}\u0000${part}`).digest('base64url');
  return digest.slice(0, NONCE_LENGTH);
}

/**
 * The Discord `ChatPlatform`: posts rendered messages through discord.js REST (no gateway
 * needed), one REST message per rendered payload. Sends are idempotent (`nonce` +
 * `enforce_nonce`); story updates edit the first message of the original post. Rate limits are
 * discord.js's to wait out; 5xx and network faults come back retryable for the outbox's backoff;
 * 403/404 come back non-retryable with a reason naming the channel, and `onChannelLost` is told.
 * @see https://discord.com/developers/docs/resources/message#create-message
 */
export function createDiscordPlatform(deps: DiscordPlatformDeps): ChatPlatform {
  const logger = deps.logger ?? silentLogger;
  let rest: Promise<{ rest: REST; routes: typeof Routes }> | undefined;
  const client = (): NonNullable<typeof rest> =>
    (rest ??= createDiscordRest(deps).then(({ rest: made, Routes }) => ({
      rest: deps.rest ?? made,
      routes: Routes,
    })));
  const fail = (channel: string, error: unknown): Result<never, DeliveryFailure> => {
    const failure = describeDiscordError(error, channel);
    if (isChannelLost(failure)) deps.onChannelLost?.({ channel, failure });
    logger.warn('discord request failed', { channel, code: failure.code, reason: failure.message });
    return err(failure);
  };
  return {
    name: 'discord',
    idempotentSends: true,
    canEdit: true,
    async send(request) {
      const payloads = renderDiscord(
        withDiscordPaths(request.message, deps.tops ?? []),
        withLocale(deps.locale),
      );
      const { rest: api, routes } = await client();
      let first: string | undefined;
      for (const [part, payload] of payloads.entries()) {
        try {
          const body = {
            ...payload,
            nonce: nonceFor(request.idempotencyKey, part),
            enforce_nonce: true,
          };
          const created = (await api.post(routes.channelMessages(request.channel), { body })) as {
            id: string;
          };
          first ??= created.id;
        } catch (error) {
          return fail(request.channel, error);
        }
      }
      return first === undefined
        ? fail(request.channel, new Error('nothing to send'))
        : ok({ remoteId: first });
    },
    async edit(channel, remoteId, message) {
      const [payload, ...rest] = renderDiscord(
        withDiscordPaths(message, deps.tops ?? []),
        withLocale(deps.locale),
      );
      if (rest.length > 0)
        logger.warn('discord edit keeps only the first part of a split message', {
          channel,
          remoteId,
        });
      const { rest: api, routes } = await client();
      try {
        await api.patch(routes.channelMessage(channel, remoteId), { body: payload });
        return ok({ remoteId });
      } catch (error) {
        return fail(channel, error);
      }
    },
  };
}

function withLocale(locale: Language | undefined): { locale?: Language } {
  return locale === undefined ? {} : { locale };
}
