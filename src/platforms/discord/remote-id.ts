/**
 * Where a posted Discord message lives. A message in the subscription's channel is known by
 * its id alone (every row sent before forum delivery existed); a message inside a thread (a
 * forum post) by `<threadId>/<messageId>`, since edits and later developments must reach the
 * thread, not the forum.
 */
export interface MessageAddress {
  /** The channel or thread that holds the message. */
  readonly channel: string;
  readonly message: string;
  /** The thread id, when the message is inside one. */
  readonly thread: string | null;
}

/** `<threadId>/<messageId>` for a message in a thread, else the message id. */
export function encodeRemoteId(thread: string | null, message: string): string {
  return thread === null ? message : `${thread}/${message}`;
}

/** Reads a remote id written by `encodeRemoteId`; a plain id lives in `channel` itself. */
export function decodeRemoteId(remoteId: string, channel: string): MessageAddress {
  const slash = remoteId.indexOf('/');
  if (slash < 0) return { channel, message: remoteId, thread: null };
  const thread = remoteId.slice(0, slash);
  return { channel: thread, message: remoteId.slice(slash + 1), thread };
}
