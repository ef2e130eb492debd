import type { WebClient } from '@slack/web-api';
import { closestMatch } from '../../core/closest-match.js';
import { describeError } from '../../core/errors.js';
import { err, ok, type Result } from '../../core/result.js';

/** A channel as `conversations.list` shows it to the bot. */
export interface SlackChannel {
  readonly id: string;
  readonly name: string;
  /** Whether the app is in it (always true for a private channel it can see). */
  readonly isMember: boolean;
}

/** Why a `#name` did not resolve to one channel. */
export type SlackChannelFailure =
  | { readonly code: 'not-found'; readonly name: string; readonly suggestion?: string }
  | { readonly code: 'ambiguous'; readonly name: string; readonly ids: readonly string[] }
  /** The token lacks a scope `conversations.list` needs (Slack's `needed`). */
  | { readonly code: 'missing-scope'; readonly needed: string }
  | { readonly code: 'rate-limited' }
  | { readonly code: 'failed'; readonly reason: string };

export interface SlackChannelDirectory {
  /** The one channel named `name` (`sahel-alerts`, with or without `#`, any case). */
  find(client: WebClient, name: string): Promise<Result<SlackChannel, SlackChannelFailure>>;
  /**
   * The names of these channel ids (from a fresh listing, else `conversations.info`), null for
   * one the app cannot see or when Slack will not say.
   */
  names(client: WebClient, ids: readonly string[]): Promise<ReadonlyMap<string, string | null>>;
}

export interface SlackChannelDirectoryDeps {
  /** How long a listing is kept (one minute): renamed or new channels show after that. */
  readonly ttlMs?: number;
  /** Channels per `conversations.list` page (Slack recommends at most 200). */
  readonly pageSize?: number;
  readonly now?: () => number;
}

const TTL_MS = 60_000;
const PAGE_SIZE = 200;
/** A workspace listed beyond this many pages is cut there (40,000 channels at 200 a page). */
const MAX_PAGES = 200;
/** Channels named one by one per question; the others stay unnamed (`#C…`). */
const MAX_INFO = 10;

/**
 * The workspace's channels by name, for `channel:#name`: public channels and the private ones
 * the app is in (all a bot token may list), unarchived, read page by page through
 * `response_metadata.next_cursor` and kept briefly, so a burst of commands lists them once.
 * Concurrent lookups share one listing. The WebClient waits out a 429 (`Retry-After`) itself; a
 * rate limit it gives back, a missing scope or another error is a failure value, never thrown.
 * @see https://docs.slack.dev/reference/methods/conversations.list
 */
export function createSlackChannelDirectory(
  deps: SlackChannelDirectoryDeps = {},
): SlackChannelDirectory {
  const ttl = deps.ttlMs ?? TTL_MS;
  const now = deps.now ?? Date.now;
  let cached: { readonly at: number; readonly channels: readonly SlackChannel[] } | undefined;
  let pending: Promise<Result<readonly SlackChannel[], SlackChannelFailure>> | undefined;

  async function listing(
    client: WebClient,
  ): Promise<Result<readonly SlackChannel[], SlackChannelFailure>> {
    if (cached !== undefined && now() - cached.at < ttl) return ok(cached.channels);
    pending ??= listChannels(client, deps.pageSize ?? PAGE_SIZE).finally(() => {
      pending = undefined;
    });
    const listed = await pending;
    if (listed.ok) cached = { at: now(), channels: listed.value };
    return listed;
  }

  return {
    async find(client, typed) {
      const name = typed.trim().replace(/^#/, '').toLowerCase();
      const listed = await listing(client);
      if (!listed.ok) return listed;
      const same = listed.value.filter((c) => c.name.toLowerCase() === name);
      const [only, ...others] = same;
      if (only !== undefined && others.length === 0) return ok(only);
      if (only !== undefined) return err({ code: 'ambiguous', name, ids: same.map((c) => c.id) });
      const suggestion = closestMatch(
        name,
        listed.value.map((c) => c.name),
      );
      return err({ code: 'not-found', name, ...(suggestion === undefined ? {} : { suggestion }) });
    },
    async names(client, ids) {
      // A fresh listing answers at once; else each channel is asked alone (conversations.info
      // is rate-limited less than listing a large workspace page by page).
      const fresh = cached !== undefined && now() - cached.at < ttl ? cached.channels : [];
      const byId = new Map<string, string | null>(fresh.map((c) => [c.id, c.name]));
      const missing = [...new Set(ids)].filter((id) => !byId.has(id)).slice(0, MAX_INFO);
      const asked = await Promise.all(missing.map((id) => nameOf(client, id)));
      missing.forEach((id, i) => byId.set(id, asked[i] ?? null));
      return new Map(ids.map((id) => [id, byId.get(id) ?? null]));
    },
  };
}

/**
 * A channel's name from `conversations.info`, null when Slack will not say (a private channel
 * the app is not in, a missing scope, an error).
 * @see https://docs.slack.dev/reference/methods/conversations.info
 */
async function nameOf(client: WebClient, channel: string): Promise<string | null> {
  try {
    return (await client.conversations.info({ channel })).channel?.name ?? null;
  } catch {
    return null;
  }
}

/** Every page of `conversations.list`, or why Slack would not list them. */
async function listChannels(
  client: WebClient,
  limit: number,
): Promise<Result<readonly SlackChannel[], SlackChannelFailure>> {
  const channels: SlackChannel[] = [];
  let cursor: string | undefined;
  try {
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const answer = await client.conversations.list({
        types: 'public_channel,private_channel',
        exclude_archived: true,
        limit,
        ...(cursor === undefined ? {} : { cursor }),
      });
      for (const c of answer.channels ?? []) {
        if (c.id === undefined || c.name === undefined) continue;
        channels.push({ id: c.id, name: c.name, isMember: c.is_member === true });
      }
      cursor = answer.response_metadata?.next_cursor;
      if (cursor === undefined || cursor === '') break;
    }
  } catch (error) {
    return err(listFailure(error));
  }
  return ok(channels);
}

/** The WebClient's error as a failure: Slack's `missing_scope` with its `needed`, rate limits. */
export function listFailure(error: unknown): SlackChannelFailure {
  const shape = (typeof error === 'object' && error !== null ? error : {}) as {
    readonly code?: unknown;
    readonly message?: unknown;
    readonly data?: { readonly error?: unknown; readonly needed?: unknown };
  };
  if (shape.data?.error === 'missing_scope') {
    const needed = typeof shape.data.needed === 'string' ? shape.data.needed : 'channels:read';
    return { code: 'missing-scope', needed };
  }
  if (
    shape.data?.error === 'ratelimited' ||
    shape.code === 'slack_webapi_rate_limited_error' ||
    (typeof shape.message === 'string' && /rate limit was exceeded/i.test(shape.message))
  )
    return { code: 'rate-limited' };
  const platform = typeof shape.data?.error === 'string' ? shape.data.error : undefined;
  return { code: 'failed', reason: platform ?? describeError(error) };
}
