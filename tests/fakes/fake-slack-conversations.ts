/**
 * The fake Slack's `conversations.list`, as a bot token sees it: public channels (with
 * `is_member`) and the private channels the app is in, filtered by `types` and
 * `exclude_archived`, one page of `limit` at a time with `response_metadata.next_cursor` (empty
 * on the last page), and Slack's errors: `missing_scope` with `needed` and `provided` when the
 * token lacks `channels:read` (public) or `groups:read` (private), `invalid_limit` above 1000,
 * `invalid_cursor` for a cursor it did not give.
 * @see https://docs.slack.dev/reference/methods/conversations.list
 */
import type { Json, State } from './fake-slack.js';

/** A channel of the fake workspace with a name. */
export interface FakeSlackChannel {
  readonly id: string;
  readonly name: string;
  readonly private: boolean;
  /** Whether the app is in it. */
  readonly member: boolean;
  readonly archived: boolean;
}

const SCOPE_OF = { public_channel: 'channels:read', private_channel: 'groups:read' } as const;

export function listConversations(state: State, args: Json): Json {
  const types = String(args.types ?? 'public_channel')
    .split(',')
    .map((t) => t.trim());
  for (const type of types) {
    const scope = SCOPE_OF[type as keyof typeof SCOPE_OF];
    if (scope === undefined) return { ok: false, error: 'invalid_types' };
    if (state.scopes !== null && !state.scopes.has(scope))
      return {
        ok: false,
        error: 'missing_scope',
        needed: scope,
        provided: [...state.scopes].join(','),
      };
  }
  const limit = args.limit === undefined ? 100 : Number(args.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
    return { ok: false, error: 'invalid_limit' };
  const cursor = typeof args.cursor === 'string' && args.cursor !== '' ? args.cursor : null;
  const start = cursor === null ? 0 : offsetOf(cursor);
  if (start === null) return { ok: false, error: 'invalid_cursor' };
  const excludeArchived = args.exclude_archived === true || args.exclude_archived === 'true';
  // As on Slack, filters apply to each page after it is cut, so a page may hold fewer.
  const all = [...state.named.values()];
  const page = all
    .slice(start, start + limit)
    .filter((c) => types.includes(c.private ? 'private_channel' : 'public_channel'))
    .filter((c) => !c.private || c.member)
    .filter((c) => !excludeArchived || !c.archived);
  const next = start + limit < all.length ? cursorOf(start + limit) : '';
  return {
    ok: true,
    channels: page.map((c) => ({
      id: c.id,
      name: c.name,
      name_normalized: c.name,
      is_channel: !c.private,
      is_group: c.private,
      is_private: c.private,
      is_archived: c.archived,
      is_member: c.member,
    })),
    response_metadata: { next_cursor: next },
  };
}

const cursorOf = (offset: number): string =>
  Buffer.from(`offset:${offset}`, 'utf8').toString('base64');

function offsetOf(cursor: string): number | null {
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  return match?.[1] === undefined ? null : Number(match[1]);
}
