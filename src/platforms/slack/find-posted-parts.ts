import type { WebClient } from '@slack/web-api';

/** The `event_type` of the message metadata every post carries. */
export const OUTBOX_EVENT = 'sahel_digest_outbox';

/** The metadata of part `part` of `parts` of an outbox row. */
export interface OutboxMetadata {
  readonly event_type: typeof OUTBOX_EVENT;
  readonly event_payload: { readonly key: string; readonly part: number; readonly parts: number };
}

/** The metadata of part `part` of `parts` of row `key`. */
export function outboxMetadata(key: string, part: number, parts: number): OutboxMetadata {
  return { event_type: OUTBOX_EVENT, event_payload: { key, part, parts } };
}

/** What an earlier attempt at a row left in Slack. */
export interface PostedParts {
  /** The ts of each part of the row already posted, by part number. */
  readonly parts: Map<number, string>;
  /** The thread root to reply under, or null when there was none or it no longer exists. */
  readonly root: string | null;
  /** The parts found among the replies of `root` (the others are top-level). */
  readonly inThread: ReadonlySet<number>;
}

/**
 * Slack's answers meaning a thread's root is gone (deleted, or never in this channel): the
 * development is then posted at the top level rather than dropped.
 */
const THREAD_GONE = new Set(['thread_not_found', 'message_not_found']);

/** True when a Web API error says the thread a reply was meant for no longer exists. */
export function isThreadGone(error: unknown): boolean {
  const code = (error as { data?: { error?: unknown } } | null)?.data?.error;
  return typeof code === 'string' && THREAD_GONE.has(code);
}

/**
 * Finds the parts of outbox row `key` already posted, so a row re-sent after a crash or a lost
 * answer never posts twice. Top-level posts are in the channel's recent history; replies are
 * not (`conversations.history` returns only parent messages), so when the row replies under
 * `root` the thread is read too (`conversations.replies`). A root Slack no longer knows comes
 * back as `root: null`.
 * @see https://docs.slack.dev/reference/methods/conversations.history
 * @see https://docs.slack.dev/reference/methods/conversations.replies
 */
export async function findPostedParts(
  client: WebClient,
  where: {
    readonly channel: string;
    readonly key: string;
    readonly root: string | null;
    readonly historyLimit: number;
  },
): Promise<PostedParts> {
  const { channel, key } = where;
  const page = await client.conversations.history({
    channel,
    limit: where.historyLimit,
    include_all_metadata: true,
  });
  const parts = partsOf(page.messages ?? [], key);
  const inThread = new Set<number>();
  if (where.root === null) return { parts, root: null, inThread };
  try {
    const thread = await client.conversations.replies({
      channel,
      ts: where.root,
      limit: 1000,
      include_all_metadata: true,
    });
    for (const [part, ts] of partsOf(thread.messages ?? [], key)) {
      if (ts === where.root) continue;
      parts.set(part, ts);
      inThread.add(part);
    }
    return { parts, root: where.root, inThread };
  } catch (error) {
    if (isThreadGone(error)) return { parts, root: null, inThread };
    throw error;
  }
}

/** A message as `conversations.history` and `conversations.replies` list it. */
export interface ListedMessage {
  readonly ts?: string;
  readonly thread_ts?: string;
  readonly metadata?: { readonly event_type?: string; readonly event_payload?: unknown };
}

/** The parts of row `key` among listed messages, by part number. */
export function partsOf(messages: readonly ListedMessage[], key: string): Map<number, string> {
  const found = new Map<number, string>();
  for (const message of messages) {
    const payload = message.metadata?.event_payload as
      Partial<OutboxMetadata['event_payload']> | undefined;
    if (message.metadata?.event_type !== OUTBOX_EVENT || payload?.key !== key) continue;
    if (typeof payload.part === 'number' && message.ts !== undefined)
      found.set(payload.part, message.ts);
  }
  return found;
}
