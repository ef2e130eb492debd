import { WebClient, type RetryOptions } from '@slack/web-api';
import type { ChannelLost } from '../../core/channel-lost.js';
import type { TopCommand } from '../../core/command.js';
import type { Language } from '../../core/config-types.js';
import type { Message } from '../../core/message.js';
import type { ChatPlatform, DeliveryFailure, Logger } from '../../core/ports.js';
import { silentLogger } from '../../core/ports.js';
import { err, ok, type Result } from '../../core/result.js';
import { withPostLines } from '../command-line-in.js';
import { describeSlackError, isChannelLost } from './describe-slack-error.js';
import {
  findPostedParts,
  isThreadGone,
  outboxMetadata,
  type OutboxMetadata,
} from './find-posted-parts.js';
import { continuedStub, editSlackPost, type EditedSlackPost } from './edit-slack-post.js';
import { decodeSlackRemoteId, encodeSlackRemoteId, threadRootOf } from './slack-remote-id.js';
import { renderSlack } from './render-slack.js';
import type { SlackMessagePayload } from './slack-payload.js';
import { toSlackLogger } from './slack-logger.js';

export type { ChannelLost } from '../../core/channel-lost.js';

export interface SlackPlatformDeps {
  /** The bot token (`xoxb-…`). */
  readonly token: string;
  /** Web API base with a trailing slash (`SLACK_API_URL`); default Slack's. */
  readonly apiUrl?: string;
  /** Language of the renderer's own labels; the message text is already localised. */
  readonly locale?: Language;
  readonly logger?: Logger;
  /**
   * Called when a channel answers `channel_not_found`, `not_in_channel` or `is_archived`: the
   * place to pause the channel's subscriptions and tell the admin channel. The row itself fails
   * with the reason either way, so nothing stops silently.
   */
  readonly onChannelLost?: (lost: ChannelLost) => void;
  /**
   * The WebClient's retries, which also wait out 429s for `Retry-After`. Default: 3 retries,
   * 1 s doubling to 10 s, so a 5xx comes back to the outbox's own backoff within seconds.
   */
  readonly retryConfig?: RetryOptions;
  /** How many recent messages of the channel are searched for an earlier post of a row (200). */
  readonly historyLimit?: number;
  /** A ready client (tests); default one made from the options. */
  readonly client?: WebClient;
  /** The command set's top-level commands, to show a French post's command lines in French. */
  readonly tops?: readonly TopCommand[];
}

export { OUTBOX_EVENT } from './find-posted-parts.js';

const DEFAULT_RETRY: RetryOptions = { retries: 3, factor: 2, minTimeout: 1000, maxTimeout: 10_000 };

/** A Web API client pointed at `apiUrl`, with the platform's retry policy and a 30 s timeout. */
export function createSlackClient(
  deps: Pick<SlackPlatformDeps, 'token' | 'apiUrl' | 'logger' | 'retryConfig'>,
): WebClient {
  return new WebClient(deps.token, {
    ...(deps.apiUrl === undefined ? {} : { slackApiUrl: deps.apiUrl }),
    retryConfig: deps.retryConfig ?? DEFAULT_RETRY,
    timeout: 30_000,
    logger: toSlackLogger(deps.logger ?? silentLogger, 'web-api'),
  });
}

/**
 * The Slack `ChatPlatform`: posts rendered messages with `chat.postMessage`, one per rendered
 * part, each carrying message metadata with the outbox key and its part number. Before posting,
 * the sender reads the channel's recent history for that key and posts only the parts not there
 * yet, so a row re-sent after a crash or a lost answer is never posted twice (`idempotentSends`).
 * That costs one `conversations.history` call per send (and one `conversations.replies` for a
 * reply). A later development of an arc (`request.thread` with a root) is a reply in the arc's
 * thread, broadcast to the channel (`reply_broadcast`) so nobody misses it, and its remote id
 * names the root too (`<root>/<ts>`); when the root is gone it is posted at the top level
 * instead, never dropped. Story updates edit every part of the post (see `editSlackPost`). The
 * WebClient waits out rate limits (429 + `Retry-After`) and retries 5xx; what it gives up on
 * comes back retryable for the outbox's backoff. Lost channels come back
 * non-retryable with a reason naming the channel, and `onChannelLost` is told.
 * @see https://docs.slack.dev/reference/methods/chat.postMessage
 * @see https://docs.slack.dev/messaging/message-metadata
 * @see https://docs.slack.dev/messaging#threading
 */
export function createSlackPlatform(deps: SlackPlatformDeps): ChatPlatform {
  const logger = deps.logger ?? silentLogger;
  const client = deps.client ?? createSlackClient(deps);
  const historyLimit = deps.historyLimit ?? 200;
  const render = (message: Message): SlackMessagePayload[] =>
    renderSlack(withPostLines(message, deps.tops ?? []), withLocale(deps.locale));
  const failWith = (
    channel: string,
    failure: DeliveryFailure,
    name?: string,
  ): Result<never, DeliveryFailure> => {
    if (isChannelLost(failure))
      deps.onChannelLost?.({ channel, failure, ...(name === undefined ? {} : { name }) });
    logger.warn('slack request failed', { channel, code: failure.code, reason: failure.message });
    return err(failure);
  };
  /** A failure; a lost channel is first named, when Slack still says its name, for the notice. */
  const fail = async (channel: string, error: unknown): Promise<Result<never, DeliveryFailure>> => {
    const failure = describeSlackError(error, channel);
    const name = isChannelLost(failure) ? await channelName(client, channel) : undefined;
    return failWith(channel, failure, name);
  };
  /**
   * Posts one part, in the thread under `root` when there is one (the first part broadcast to
   * the channel), else at the top level. Resolves with the ts and the root still usable: null
   * once Slack says the thread is gone, and the part is then posted at the top level.
   */
  const post = async (
    channel: string,
    payload: SlackMessagePayload,
    metadata: OutboxMetadata,
    root: string | null,
  ): Promise<{ readonly ts: string | undefined; readonly root: string | null }> => {
    const message = { channel, ...payload, blocks: [...payload.blocks], metadata };
    if (root !== null) {
      try {
        const broadcast = metadata.event_payload.part === 0;
        const result = await client.chat.postMessage({
          ...message,
          thread_ts: root,
          reply_broadcast: broadcast,
        });
        return { ts: result.ts, root };
      } catch (error) {
        if (!isThreadGone(error)) throw error;
        logger.warn('slack thread root is gone, posting at the top level', { channel, root });
      }
    }
    const result = await client.chat.postMessage(message);
    return { ts: result.ts, root: null };
  };
  return {
    name: 'slack',
    idempotentSends: true,
    canEdit: true,
    async send(request) {
      const { channel, idempotencyKey: key } = request;
      const payloads = render(request.message);
      const threadRoot = request.thread?.root ?? null;
      try {
        const found = await findPostedParts(client, {
          channel,
          key,
          root: threadRoot === null ? null : threadRootOf(threadRoot),
          historyLimit,
        });
        const posted = found.parts;
        let root = found.root;
        let firstRoot = found.inThread.has(0) ? found.root : null;
        if (posted.size > 0)
          logger.info('slack send resumes an earlier post', { channel, parts: posted.size });
        for (const [part, payload] of payloads.entries()) {
          if (posted.has(part)) continue;
          const metadata = outboxMetadata(key, part, payloads.length);
          const result = await post(channel, payload, metadata, root);
          root = result.root;
          if (part === 0) firstRoot = result.root;
          if (result.ts !== undefined) posted.set(part, result.ts);
        }
        const [first, ...others] = payloads.map((_, part) => posted.get(part));
        if (first === undefined) return fail(channel, new Error('Slack returned no message ts'));
        // Every part listed when each is known, so an edit needs no history to find them.
        const listed = posted.size === payloads.length && others.every((ts) => ts !== undefined);
        const parts = listed ? ([first, ...others] as [string, ...string[]]) : first;
        return ok({ remoteId: encodeSlackRemoteId(firstRoot, parts) });
      } catch (error) {
        return fail(channel, error);
      }
    },
    async edit(channel, remoteId, message, options) {
      const payloads = render(message);
      if (payloads.length === 0) return fail(channel, new Error('nothing to send'));
      try {
        const address = decodeSlackRemoteId(remoteId);
        const edited = await editSlackPost(client, {
          channel,
          address,
          payloads,
          stub: continuedStub(deps.locale ?? 'en'),
          historyLimit,
          logger,
          complete: options?.complete === true,
          ...(options?.key === undefined ? {} : { key: options.key }),
        });
        if (edited.lost.length > 0) return failWith(channel, partsGone(channel, edited));
        // The answer lists every part for the next edit to start from (see `editTarget`), or
        // names the first alone when a part's ts is unknown, so the next edit reads history.
        const [first, ...others] = edited.post?.ids ?? [];
        const all = first !== undefined && others.length + 1 === edited.parts;
        return ok({
          remoteId:
            all && edited.post !== null
              ? encodeSlackRemoteId(edited.post.root, [first, ...others])
              : encodeSlackRemoteId(address.root, address.ts),
        });
      } catch (error) {
        return fail(channel, error);
      }
    },
  };
}

/** An edit that found parts of the post deleted: one line naming the channel and the parts. */
function partsGone(channel: string, edited: EditedSlackPost): DeliveryFailure {
  const named = edited.lost.map((index) => `${index + 1}`).join(', ');
  const noun = edited.lost.length === 1 ? 'part' : 'parts';
  const which =
    edited.parts === 1 ? 'the message' : `${noun} ${named} of ${edited.parts} of the message`;
  return {
    code: 'MESSAGE_GONE',
    message: `${which} to edit in Slack channel ${channel} was deleted`,
    retryable: false,
  };
}

function withLocale(locale: Language | undefined): { locale?: Language } {
  return locale === undefined ? {} : { locale };
}

/**
 * The name of a channel the bot lost, when `conversations.info` still gives it (an archived
 * channel, a public one the bot is not in); undefined for a deleted or private one, or when
 * Slack will not say.
 * @see https://docs.slack.dev/reference/methods/conversations.info
 */
async function channelName(client: WebClient, channel: string): Promise<string | undefined> {
  try {
    const info = await client.conversations.info({ channel });
    return typeof info.channel?.name === 'string' ? info.channel.name : undefined;
  } catch {
    return undefined;
  }
}
