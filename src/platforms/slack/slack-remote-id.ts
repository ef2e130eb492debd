/**
 * Where a posted Slack message lives: its first part's ts, and the thread root it replies
 * under when it is a reply (`<rootTs>/<ts>`), since its later parts are in that thread and
 * only there. A top-level message is known by its ts alone, as every id was before replies
 * named their root; such an id still decodes (as a top-level message).
 */
export interface SlackAddress {
  readonly ts: string;
  readonly root: string | null;
}

/** `<rootTs>/<ts>` for a reply, else the ts. */
export function encodeSlackRemoteId(root: string | null, ts: string): string {
  return root === null || root === ts ? ts : `${root}/${ts}`;
}

/** Reads a remote id written by `encodeSlackRemoteId`. */
export function decodeSlackRemoteId(remoteId: string): SlackAddress {
  const slash = remoteId.indexOf('/');
  if (slash < 0) return { ts: remoteId, root: null };
  return { ts: remoteId.slice(slash + 1), root: remoteId.slice(0, slash) };
}

/** The ts a reply to the message with this remote id hangs from: its root, or itself. */
export function threadRootOf(remoteId: string): string {
  const address = decodeSlackRemoteId(remoteId);
  return address.root ?? address.ts;
}
