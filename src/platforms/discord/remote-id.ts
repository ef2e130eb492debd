/**
 * Where a posted Discord message lives. A message in the subscription's channel is known by
 * its ids alone; a message inside a thread (a forum post) by `<threadId>/<ids>`, since edits
 * and later developments must reach the thread, not the forum. A message split into parts
 * lists every part it posted, comma-separated and in order (`<first>,<second>,…`), so an edit
 * reaches all of them. Ids written before parts were listed hold the first part only and still
 * decode (as a one-part message).
 */
export interface MessageAddress {
  /** The channel or thread that holds the message. */
  readonly channel: string;
  /** The first part's id. */
  readonly message: string;
  /** The thread id, when the message is inside one. */
  readonly thread: string | null;
}

/** A message's address with every part's id, in order; the first is `message`. */
export interface PostAddress extends MessageAddress {
  readonly parts: readonly [string, ...string[]];
}

/** `<threadId>/<ids>` for a message in a thread, else the ids; ids are comma-separated. */
export function encodeRemoteId(
  thread: string | null,
  parts: string | readonly [string, ...string[]],
): string {
  const ids = typeof parts === 'string' ? parts : parts.join(',');
  return thread === null ? ids : `${thread}/${ids}`;
}

/** Reads a remote id written by `encodeRemoteId`: where its first part is. */
export function decodeRemoteId(remoteId: string, channel: string): MessageAddress {
  const { parts: _parts, ...address } = decodePostId(remoteId, channel);
  return address;
}

/** Reads a remote id written by `encodeRemoteId`, every part; ids without a thread live in `channel`. */
export function decodePostId(remoteId: string, channel: string): PostAddress {
  const slash = remoteId.indexOf('/');
  const thread = slash < 0 ? null : remoteId.slice(0, slash);
  const [first = '', ...others] = remoteId.slice(slash + 1).split(',');
  return { channel: thread ?? channel, message: first, thread, parts: [first, ...others] };
}
