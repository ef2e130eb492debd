import { createHash } from 'node:crypto';
import type { REST } from 'discord.js';
import type { TopCommand } from '../../core/command.js';
import type { ChannelLost } from '../../core/channel-lost.js';
import type { Language } from '../../core/config-types.js';
import type { Message } from '../../core/message.js';
import type { ChatPlatform, DeliveryFailure, Logger, SendRequest } from '../../core/ports.js';
import { silentLogger } from '../../core/ports.js';
import { err, ok, type Result } from '../../core/result.js';
import { withPostLines } from '../command-line-in.js';
import { withDiscordPaths } from './discord-command-paths.js';
import { describeDiscordError, isChannelLost } from './describe-discord-error.js';
import { createDiscordRest, type DiscordRestOptions } from './discord-rest.js';
import { renderDiscord } from './render-discord.js';
import { asReply, postTitle, withPing } from './arc-payload.js';
import { DISCORD_LIMITS, type DiscordMessagePayload } from './discord-payload.js';
import {
  createChannelInfoCache,
  isArchived,
  isForum,
  isUnknownChannel,
  openPost,
  renamePost,
  unarchive,
  type ChannelInfo,
  type DiscordApi,
} from './discord-forum.js';
import { decodePostId, decodeRemoteId, encodeRemoteId } from './remote-id.js';
import { editDiscordPost, type EditedPost } from './edit-discord-post.js';
import { findChannelName } from './find-channel-name.js';

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
  /**
   * The command set's top-level commands, to show command paths as typed on Discord, and a
   * French post's command lines in French.
   */
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
 * `enforce_nonce`); story updates edit every part of the original post (see
 * `editDiscordPost`). A new
 * development of an arc is a reply to the arc's previous post in a text channel, and a message
 * in the arc's post in a forum channel (see `sendToForum`). Rate limits are discord.js's to
 * wait out; 5xx and network faults come back retryable for the outbox's backoff; 403/404 come
 * back non-retryable with a reason naming the channel, and `onChannelLost` is told.
 * @see https://discord.com/developers/docs/resources/message#create-message
 */
export function createDiscordPlatform(deps: DiscordPlatformDeps): ChatPlatform {
  const logger = deps.logger ?? silentLogger;
  let rest: Promise<DiscordApi> | undefined;
  const client = (): Promise<DiscordApi> =>
    (rest ??= createDiscordRest(deps).then(({ rest: made, Routes }) => ({
      rest: deps.rest ?? made,
      routes: Routes,
    })));
  const channelInfo = createChannelInfoCache(client);
  const fail = (channel: string, error: unknown): Promise<Result<never, DeliveryFailure>> =>
    failWith(channel, describeDiscordError(error, channel));
  const failWith = async (
    channel: string,
    failure: DeliveryFailure,
  ): Promise<Result<never, DeliveryFailure>> => {
    if (isChannelLost(failure) && deps.onChannelLost !== undefined) {
      // A channel the bot may not even see (Missing Access) is still named from its server's list.
      const name = channelInfo.nameOf(channel) ?? (await findChannelName(await client(), channel));
      deps.onChannelLost({ channel, failure, ...(name === undefined ? {} : { name }) });
    }
    logger.warn('discord request failed', { channel, code: failure.code, reason: failure.message });
    return err(failure);
  };
  const tops = deps.tops ?? [];
  const render = (message: Message): DiscordMessagePayload[] => {
    // A French post's fact buttons run French lines, within a custom_id's length.
    const local = withPostLines(message, tops, { maxLength: DISCORD_LIMITS.customId });
    const [first, ...others] = renderDiscord(
      withDiscordPaths(local, tops),
      withLocale(deps.locale),
    );
    return first === undefined ? [] : [withPing(first, message.ping), ...others];
  };
  return {
    name: 'discord',
    idempotentSends: true,
    canEdit: true,
    async send(request) {
      const payloads = render(request.message);
      const [first] = payloads;
      if (first === undefined) return fail(request.channel, new Error('nothing to send'));
      const api = await client();
      try {
        const info = await channelInfo(request.channel);
        if (isForum(info)) return ok(await sendToForum(api, info, request, payloads));
        const previous = replyTarget(request);
        const parts =
          previous === null
            ? payloads
            : [asReply(first, request.channel, previous), ...payloads.slice(1)];
        const target = { channel: request.channel, thread: null, firstPart: 0 };
        return ok({ remoteId: await postParts(api, target, parts, request.idempotencyKey) });
      } catch (error) {
        return fail(request.channel, error);
      }
    },
    async edit(channel, remoteId, message, editOptions) {
      const payloads = render(message);
      if (payloads.length === 0) return fail(channel, new Error('nothing to send'));
      const api = await client();
      const at = decodePostId(remoteId, channel);
      // An alert's card knows the language it was written in (a French channel of an English
      // deployment); the stub left in a part it no longer needs reads in that language too.
      const card = message.blocks.find((b) => b.type === 'story')?.card;
      const options = {
        locale: card?.locale ?? deps.locale ?? 'en',
        nonceFor,
        complete: editOptions?.complete === true,
      } as const;
      const attempt = (): Promise<EditedPost> => editDiscordPost(api, at, payloads, options);
      try {
        const edited = await attempt().catch(async (error: unknown) => {
          if (at.thread === null || !isArchived(error) || !(await unarchive(api, at.thread)))
            throw error;
          return attempt();
        });
        if (edited.lost.length > 0) return failWith(channel, partsGone(channel, edited));
        if (edited.parts.length > at.parts.length)
          logger.info('discord edit posted more parts', { channel, parts: edited.parts.length });
        const [first, ...others] = edited.parts;
        return ok({ remoteId: encodeRemoteId(at.thread, [first ?? at.message, ...others]) });
      } catch (error) {
        return at.thread === null
          ? fail(channel, error)
          : failWith(channel, postGone(channel, error));
      }
    },
  };
}

/** The message a text-channel development replies to: the arc's latest post in the channel. */
function replyTarget(request: SendRequest): string | null {
  const previous = request.thread?.previous ?? null;
  if (previous === null) return null;
  const at = decodeRemoteId(previous, request.channel);
  return at.thread === null ? at.message : null;
}

/** Where parts of a message go: a text channel (`thread` null) or a thread, from which part on. */
interface PartsTarget {
  readonly channel: string;
  readonly thread: string | null;
  /** The part number of the first payload, for its nonce. */
  readonly firstPart: number;
}

/**
 * Posts each payload in the target, each with the nonce of its part; returns the remote id
 * naming every part posted.
 */
async function postParts(
  api: DiscordApi,
  target: PartsTarget,
  payloads: readonly DiscordMessagePayload[],
  idempotencyKey: string,
): Promise<string> {
  const ids: string[] = [];
  for (const [index, payload] of payloads.entries()) {
    const body = {
      ...payload,
      nonce: nonceFor(idempotencyKey, target.firstPart + index),
      enforce_nonce: true,
    };
    const created = (await api.rest.post(api.routes.channelMessages(target.channel), {
      body,
    })) as { id: string };
    ids.push(created.id);
  }
  const [first, ...others] = ids;
  if (first === undefined) throw new Error('nothing to send');
  return encodeRemoteId(target.thread, [first, ...others]);
}

/**
 * A message for a forum channel. A development of an arc that already has a post here goes
 * into that post (the thread of its latest development, else of its first). An archived post
 * is unarchived first, because one post per arc is the point of forum delivery and unarchiving
 * an unlocked thread needs only Send Messages; a post a moderator locked or deleted is left
 * alone and a new post opens for the arc. The post takes the arc's title as it now reads (see
 * `renamePost`). Anything else opens its own post.
 */
async function sendToForum(
  api: DiscordApi,
  info: ChannelInfo,
  request: SendRequest,
  payloads: readonly DiscordMessagePayload[],
): Promise<{ remoteId: string }> {
  const { channel, idempotencyKey, thread } = request;
  const known = thread?.previous ?? thread?.root ?? null;
  const post = known === null ? null : decodeRemoteId(known, channel).thread;
  if (post !== null) {
    const inPost = { channel: post, thread: post, firstPart: 0 };
    const sent = await postParts(api, inPost, payloads, idempotencyKey).catch(
      async (error: unknown) => {
        if (isUnknownChannel(error)) return null;
        if (!isArchived(error)) throw error;
        if (!(await unarchive(api, post))) return null;
        return postParts(api, inPost, payloads, idempotencyKey);
      },
    );
    if (sent !== null) {
      if (request.message.arc !== undefined)
        await renamePost(api, post, postTitle(request.message));
      return { remoteId: sent };
    }
  }
  const [first, ...others] = payloads;
  if (first === undefined) throw new Error('nothing to send');
  const opened = await openPost(api, channel, info, postTitle(request.message), first);
  if (others.length === 0) return { remoteId: encodeRemoteId(opened, opened) };
  const rest = { channel: opened, thread: opened, firstPart: 1 };
  const later = decodePostId(await postParts(api, rest, others, idempotencyKey), channel);
  return { remoteId: encodeRemoteId(opened, [opened, ...later.parts]) };
}

/** An edit that found parts of the post deleted: one line naming the channel and the parts. */
function partsGone(channel: string, edited: EditedPost): DeliveryFailure {
  const named = edited.lost.map((index) => `${index + 1}`).join(', ');
  const count = edited.parts.length;
  const noun = edited.lost.length === 1 ? 'part' : 'parts';
  const which = count === 1 ? 'the message' : `${noun} ${named} of ${count} of the message`;
  return {
    code: 'MESSAGE_GONE',
    message: `${which} to edit in Discord channel ${channel} was deleted`,
    retryable: false,
  };
}

/** An edit inside a forum post that failed: a lost post is not a lost channel. */
function postGone(channel: string, error: unknown): DeliveryFailure {
  const failure = describeDiscordError(error, channel);
  if (failure.code === 'NOT_FOUND')
    return {
      code: 'MESSAGE_GONE',
      message: `the forum post holding the message to edit in Discord channel ${channel} was deleted`,
      retryable: false,
    };
  if (isArchived(error))
    return {
      code: 'POST_LOCKED',
      message: `the forum post holding the message to edit in Discord channel ${channel} is locked`,
      retryable: false,
    };
  return failure;
}

function withLocale(locale: Language | undefined): { locale?: Language } {
  return locale === undefined ? {} : { locale };
}
