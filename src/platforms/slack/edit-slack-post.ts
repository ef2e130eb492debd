import type { WebClient } from '@slack/web-api';
import type { Language } from '../../core/config-types.js';
import type { Logger } from '../../core/ports.js';
import {
  isThreadGone,
  OUTBOX_EVENT,
  outboxMetadata,
  partsOf,
  type ListedMessage,
  type OutboxMetadata,
} from './find-posted-parts.js';
import { mrkdwn, type SlackMessagePayload } from './slack-payload.js';
import type { SlackAddress } from './slack-remote-id.js';

/**
 * Editing a posted message that may be split into parts. When its remote id lists every part
 * and the outbox vouches no edit since may have added one (`complete`), those parts are edited
 * and nothing is read. Otherwise they are found by the outbox key its first part carries in its
 * metadata: in the thread for a reply, else in the channel's history since the first part (the
 * first edit of a post sent before ids listed parts, a retry, an edit after one that failed or
 * was left unfinished). Every part is edited in order with `chat.update`
 * (metadata rewritten with the new part count); parts the new rendering no longer needs become
 * a one-line "(continued above)" stub (never deleted, so the parts keep their places and a later,
 * longer rendering fills them again); parts it needs beyond the post's are posted after the last
 * one, in the same thread or at the top level, with the same key in their metadata, which is how
 * a retried or later edit finds them instead of posting them twice.
 * @see https://docs.slack.dev/reference/methods/chat.update
 * @see https://docs.slack.dev/messaging/message-metadata
 */

export interface SlackEdit {
  readonly channel: string;
  readonly address: SlackAddress;
  readonly payloads: readonly SlackMessagePayload[];
  /** What a part the new rendering does not need shows. */
  readonly stub: SlackMessagePayload;
  /** Messages per history or replies page. */
  readonly historyLimit: number;
  readonly logger: Logger;
  /**
   * The outbox vouches that no edit since the one `address` comes from may have added a part:
   * when `address` lists the parts (and `key` is given), they are edited without reading.
   */
  readonly complete: boolean;
  /** The outbox key the post was sent with, which its parts' metadata carries. */
  readonly key?: string;
}

/** What an edit did: how many parts the post has now, and the parts (0-based) found deleted. */
export interface EditedSlackPost {
  readonly parts: number;
  readonly lost: readonly number[];
  /** Every part's ts in order, and the thread they are in; null when no part list was found. */
  readonly post: { readonly ids: readonly string[]; readonly root: string | null } | null;
}

/** How many pages of history or replies are read to find a post's parts. */
const MAX_PAGES = 10;

/**
 * Edits the post at `edit.address` to show `edit.payloads`. A deleted part is skipped and
 * reported in `lost`; a deleted first part stops the edit there (the post is gone). A post whose
 * first part carries no outbox key (or is not found) is edited in its first part only. Anything
 * else Slack answers is thrown.
 */
export async function editSlackPost(client: WebClient, edit: SlackEdit): Promise<EditedSlackPost> {
  const { channel, address, payloads, stub } = edit;
  const [first] = payloads;
  if (first === undefined) return { parts: 0, lost: [], post: null };
  const post =
    knownParts(edit) ?? (await findPostParts(client, channel, address, edit.historyLimit));
  if (post === null) {
    if (payloads.length > 1)
      edit.logger.warn('slack edit found no later parts of the post, edits its first', {
        channel,
        ts: address.ts,
      });
    await update(client, channel, address.ts, first, undefined);
    return { parts: 1, lost: [], post: null };
  }
  const known = Math.max(0, ...post.parts.keys()) + 1;
  const count = Math.max(known, payloads.length);
  const lost: number[] = [];
  const ids: string[] = [];
  for (let part = 0; part < count; part += 1) {
    const content = payloads[part] ?? stub;
    const metadata = outboxMetadata(post.key, part, payloads.length);
    const ts = post.parts.get(part);
    if (ts === undefined && part < known) {
      lost.push(part);
    } else if (ts === undefined) {
      const posted = await client.chat.postMessage({
        channel,
        ...content,
        blocks: [...content.blocks],
        metadata,
        ...(post.root === null ? {} : { thread_ts: post.root, reply_broadcast: false }),
      });
      if (posted.ts !== undefined) ids.push(posted.ts);
    } else {
      const updated = await update(client, channel, ts, content, metadata);
      if (updated) ids.push(ts);
      else lost.push(part);
    }
    if (lost[0] === 0) break;
  }
  return { parts: count, lost, post: { ids, root: post.root } };
}

/** The parts `edit.address` lists, when the outbox vouches they are all and the key is known. */
function knownParts(edit: SlackEdit): PostParts | null {
  const { address, key } = edit;
  if (!edit.complete || key === undefined || address.parts === null) return null;
  return { key, parts: new Map(address.parts.map((ts, part) => [part, ts])), root: address.root };
}

/** The one line a part the new rendering does not need is edited to. */
export function continuedStub(locale: Language): SlackMessagePayload {
  const line = locale === 'fr' ? '(suite plus haut)' : '(continued above)';
  return {
    text: line,
    blocks: [{ type: 'context', elements: [mrkdwn(`_${line}_`)] }],
    unfurl_links: false,
    unfurl_media: false,
  };
}

/** Rewrites one part; false when Slack no longer has it. */
async function update(
  client: WebClient,
  channel: string,
  ts: string,
  content: SlackMessagePayload,
  metadata: OutboxMetadata | undefined,
): Promise<boolean> {
  try {
    await client.chat.update({
      channel,
      ts,
      text: content.text,
      blocks: [...content.blocks],
      ...(metadata === undefined ? {} : { metadata }),
    });
    return true;
  } catch (error) {
    if (metadata === undefined || !isMessageGone(error)) throw error;
    return false;
  }
}

interface PostParts {
  readonly key: string;
  /** The ts of each part found, by part number. */
  readonly parts: ReadonlyMap<number, string>;
  /** The thread the parts are in, or null for a top-level post. */
  readonly root: string | null;
}

/** The parts of the post whose first part is `address.ts`, or null when it has no outbox key. */
async function findPostParts(
  client: WebClient,
  channel: string,
  address: SlackAddress,
  limit: number,
): Promise<PostParts | null> {
  let messages: ListedMessage[];
  try {
    messages = await listPost(client, channel, address, limit);
  } catch (error) {
    if (isThreadGone(error)) return null;
    throw error;
  }
  const first = messages.find((m) => m.ts === address.ts);
  const payload = first?.metadata?.event_payload as { key?: unknown } | undefined;
  if (first?.metadata?.event_type !== OUTBOX_EVENT || typeof payload?.key !== 'string') return null;
  // A broadcast reply listed in the channel's history, by an id that names no root.
  const root = first.thread_ts ?? address.root;
  if (address.root === null && root !== null && root !== address.ts)
    return findPostParts(client, channel, { ...address, root }, limit);
  return { key: payload.key, parts: partsOf(messages, payload.key), root: address.root };
}

/**
 * The messages that can hold the post's parts: its thread's replies, or the channel's messages
 * since its first part (newest first, paged), both with their metadata.
 * @see https://docs.slack.dev/reference/methods/conversations.history
 * @see https://docs.slack.dev/reference/methods/conversations.replies
 */
async function listPost(
  client: WebClient,
  channel: string,
  address: SlackAddress,
  limit: number,
): Promise<ListedMessage[]> {
  const messages: ListedMessage[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const common = { channel, limit, include_all_metadata: true, ...(cursor ? { cursor } : {}) };
    const listed =
      address.root === null
        ? await client.conversations.history({ ...common, oldest: address.ts, inclusive: true })
        : await client.conversations.replies({ ...common, ts: address.root });
    messages.push(...((listed.messages ?? []) as ListedMessage[]));
    cursor = listed.response_metadata?.next_cursor;
    if (cursor === undefined || cursor === '') break;
  }
  return messages;
}

function isMessageGone(error: unknown): boolean {
  return (error as { data?: { error?: unknown } } | null)?.data?.error === 'message_not_found';
}
