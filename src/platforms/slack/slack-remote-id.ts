/**
 * Where a posted Slack message lives: its parts' ts, and the thread root it replies under when
 * it is a reply (`<rootTs>/…`), since its later parts are in that thread and only there. An id
 * lists every part, comma-separated and closed by their count (`<ts>,<ts2>#2`, `<ts>#1`), so an
 * edit reaches them without reading the channel. Ids written before parts were listed (`<ts>`,
 * `<rootTs>/<ts>`) name the first part only and still decode, with no parts listed.
 */
export interface SlackAddress {
  /** The first part's ts. */
  readonly ts: string;
  readonly root: string | null;
  /** Every part's ts in order; null for an id that names the first part only. */
  readonly parts: readonly string[] | null;
}

/**
 * `<rootTs>/<parts>` for a reply, else the parts: every part's ts closed by their count, or
 * the first part's ts alone when not every part is known.
 */
export function encodeSlackRemoteId(
  root: string | null,
  parts: string | readonly [string, ...string[]],
): string {
  const first = typeof parts === 'string' ? parts : parts[0];
  const listed = typeof parts === 'string' ? parts : `${parts.join(',')}#${parts.length}`;
  return root === null || root === first ? listed : `${root}/${listed}`;
}

/** Reads a remote id written by `encodeSlackRemoteId`, now or before parts were listed. */
export function decodeSlackRemoteId(remoteId: string): SlackAddress {
  const slash = remoteId.indexOf('/');
  const root = slash < 0 ? null : remoteId.slice(0, slash);
  const ids = remoteId.slice(slash + 1);
  const hash = ids.lastIndexOf('#');
  const list = (hash < 0 ? ids : ids.slice(0, hash)).split(',');
  const listed = hash >= 0 && Number(ids.slice(hash + 1)) === list.length;
  return { ts: list[0] ?? '', root, parts: listed ? list : null };
}

/** The ts a reply to the message with this remote id hangs from: its root, or itself. */
export function threadRootOf(remoteId: string): string {
  const address = decodeSlackRemoteId(remoteId);
  return address.root ?? address.ts;
}
