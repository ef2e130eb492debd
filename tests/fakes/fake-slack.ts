import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeSlackChannel } from './fake-slack-conversations.js';
import { answer } from './fake-slack-methods.js';

/**
 * A local Slack Web API on 127.0.0.1 for tests: a real HTTP server answering the methods the
 * bot uses as Slack does (HTTP 200 with `{ ok: false, error }` for platform errors, 429 with
 * `Retry-After` for rate limits), so the real WebClient and Bolt run against it unchanged
 * (`slackApiUrl` = `fake.apiUrl`).
 *
 * Methods: auth.test, chat.postMessage (payload limits checked: `invalid_blocks`, `no_text`;
 * `thread_ts` of no message in the channel: `thread_not_found`; a user id as channel posts to
 * the app's direct message with that user), chat.update (`metadata` replaced when given),
 * chat.postEphemeral, conversations.info (`is_member` false in a `not_in_channel` channel),
 * conversations.history (message `metadata` only with
 * `include_all_metadata`; top-level messages only, as documented: "conversations.history returns
 * only parent messages"; newest first within `oldest`/`latest` (`inclusive`), `limit` a page,
 * `cursor` the next), conversations.replies (a thread's root and replies, oldest first, paged by
 * `limit` and `cursor`; `thread_not_found` for an unknown `ts`),
 * views.publish, users.info (with `locale` when `include_locale` is true), conversations.list
 * (see fake-slack-conversations.ts). Also
 * `POST /respond/:id`, a response_url.
 */

export type Json = Record<string, unknown>;

export interface FakeSlackMessage {
  readonly ts: string;
  readonly channel: string;
  text: string;
  blocks: unknown[];
  metadata?: { readonly event_type: string; readonly event_payload: Json };
  /** Set on thread replies: the root's ts. */
  readonly thread_ts?: string;
  /** `thread_broadcast` on a reply also sent to the channel (`reply_broadcast`). */
  readonly subtype?: 'thread_broadcast';
  readonly bot_id: string;
  readonly unfurl_links?: unknown;
  edited?: boolean;
}

export interface RecordedSlackCall {
  readonly method: string;
  readonly args: Json;
  readonly status: number;
  readonly error?: string;
}

/**
 * How upcoming calls of `method` (every method when absent) fail, after letting `after` of them
 * through (default 0).
 */
export type SlackFailure = { readonly method?: string; readonly after?: number } & (
  | { readonly kind: 'ratelimited'; readonly retryAfter: number }
  | { readonly kind: 'status'; readonly status: number }
  | { readonly kind: 'error'; readonly error: string }
);

export type ChannelState = 'ok' | 'channel_not_found' | 'not_in_channel' | 'is_archived';

export interface FakeSlack {
  /** What `slackApiUrl` is set to: `http://127.0.0.1:PORT/api/`. */
  readonly apiUrl: string;
  readonly origin: string;
  readonly token: string;
  /** The app-level token `apps.connections.open` takes (Socket Mode). */
  readonly appToken: string;
  /** The WebSocket URL `apps.connections.open` returns (a fake Socket Mode server's). */
  socketUrl: string | null;
  readonly botId: string;
  readonly botUserId: string;
  readonly teamId: string;
  readonly calls: RecordedSlackCall[];
  /** Messages of a channel, oldest first. */
  messages(channel: string): readonly FakeSlackMessage[];
  readonly ephemerals: Json[];
  /** Home tabs published, by user id. */
  readonly views: Map<string, Json>;
  /** Bodies posted to response URLs, in order. */
  readonly responses: { readonly id: string; readonly body: Json }[];
  /** A response_url on this server. */
  responseUrl(id: string): string;
  /** Sets a channel's state; channels never set are `ok`. */
  setChannel(channel: string, state: ChannelState): void;
  /** Adds a user; `locale` (e.g. `fr-FR`) is what `users.info` tells with `include_locale`. */
  addUser(
    id: string,
    roles?: { readonly admin?: boolean; readonly owner?: boolean; readonly locale?: string },
  ): void;
  /** Deletes a message as a user would, so a later reply to it finds no thread. */
  deleteMessage(channel: string, ts: string): void;
  /** The channels `users.conversations` lists for a user. */
  setMemberships(user: string, channels: readonly string[]): void;
  /** A named channel `conversations.list` lists (public, with the app in it, unless told). */
  addChannel(
    id: string,
    name: string,
    options?: {
      readonly private?: boolean;
      readonly member?: boolean;
      readonly archived?: boolean;
    },
  ): void;
  /** The bot token's scopes from now on (all of them until set). */
  setScopes(scopes: readonly string[]): void;
  /** The next `times` matching calls fail as described. */
  fail(failure: SlackFailure, times?: number): void;
  close(): Promise<void>;
}

/** Slack's signature of a request: `v0=` + HMAC-SHA256(secret, `v0:${ts}:${body}`) in hex. */
export function signSlackRequest(
  secret: string,
  body: string,
  timestamp = Math.floor(Date.now() / 1000),
): { 'x-slack-signature': string; 'x-slack-request-timestamp': string } {
  const digest = createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
  return { 'x-slack-signature': `v0=${digest}`, 'x-slack-request-timestamp': String(timestamp) };
}

/**
 * Posts `body` to an app's events endpoint (`http://127.0.0.1:PORT/slack/events`) as Slack sends
 * it: JSON for an event, a form otherwise, signed with `secret` unless `headers` are given (to
 * try a bad or stale signature).
 */
export function postSlackRequest(
  url: string,
  secret: string,
  body: string,
  headers: Record<string, string> = signSlackRequest(secret, body),
): Promise<Response> {
  const type = body.startsWith('{') ? 'application/json' : 'application/x-www-form-urlencoded';
  return fetch(url, { method: 'POST', headers: { 'content-type': type, ...headers }, body });
}

/** The fake's state, shared with the method answers in `fake-slack-methods.ts`. */
export interface State {
  readonly fake: FakeSlack;
  readonly channels: Map<string, ChannelState>;
  readonly messages: Map<string, FakeSlackMessage[]>;
  readonly users: Map<string, { admin: boolean; owner: boolean; locale: string }>;
  readonly members: Map<string, string[]>;
  /** Named channels, in the order `conversations.list` pages them. */
  readonly named: Map<string, FakeSlackChannel>;
  /** The token's scopes; null: every scope. */
  scopes: Set<string> | null;
  readonly failures: { failure: SlackFailure; left: number; skip: number }[];
  clock: number;
  readonly latencyMs: number;
}

/** Starts a fake Slack Web API on 127.0.0.1 (a free port). */
export async function startFakeSlack(
  options: {
    readonly token?: string;
    /** Delay between doing what a call asks and answering it (a kill can land in between). */
    readonly latencyMs?: number;
  } = {},
): Promise<FakeSlack> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const state: State = {
    channels: new Map(),
    messages: new Map(),
    users: new Map(),
    members: new Map(),
    named: new Map(),
    scopes: null,
    failures: [],
    clock: 1_700_000_000,
    latencyMs: options.latencyMs ?? 0,
    fake: {
      apiUrl: `${origin}/api/`,
      origin,
      token: options.token ?? 'xoxb-fake-token',
      appToken: 'xapp-fake-token',
      socketUrl: null,
      botId: 'B0FAKEBOT',
      botUserId: 'U0FAKEBOT',
      teamId: 'T0FAKETEAM',
      calls: [],
      messages: (channel) => state.messages.get(channel) ?? [],
      ephemerals: [],
      views: new Map(),
      responses: [],
      responseUrl: (id) => `${origin}/respond/${id}`,
      setChannel: (channel, channelState) => state.channels.set(channel, channelState),
      addUser: (id, roles = {}) =>
        state.users.set(id, {
          admin: roles.admin === true,
          owner: roles.owner === true,
          locale: roles.locale ?? 'en-US',
        }),
      deleteMessage: (channel, ts) => {
        const list = state.messages.get(channel) ?? [];
        state.messages.set(
          channel,
          list.filter((m) => m.ts !== ts),
        );
      },
      setMemberships: (user, channels) => state.members.set(user, [...channels]),
      addChannel: (id, name, options = {}) =>
        state.named.set(id, {
          id,
          name,
          private: options.private === true,
          member: options.member !== false,
          archived: options.archived === true,
        }),
      setScopes: (scopes) => {
        state.scopes = new Set(scopes);
      },
      fail: (failure, times = 1) =>
        state.failures.push({ failure, left: times, skip: failure.after ?? 0 }),
      close: () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    },
  };
  server.on('request', (req, res) => {
    void readBody(req).then((body) => route(state, req, res, body));
  });
  return state.fake;
}

async function readBody(req: IncomingMessage): Promise<Json> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if ((req.headers['content-type'] ?? '').includes('application/json'))
    return raw === '' ? {} : (JSON.parse(raw) as Json);
  // The WebClient sends forms, with objects and arrays as JSON strings.
  const args: Json = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = /^[[{]/.test(value) ? (JSON.parse(value) as unknown) : value;
  }
  return args;
}

function send(res: ServerResponse, status: number, body: Json, headers: Json = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function route(state: State, req: IncomingMessage, res: ServerResponse, args: Json): void {
  const path = new URL(req.url ?? '/', state.fake.origin).pathname;
  if (path.startsWith('/respond/')) {
    state.fake.responses.push({ id: path.slice('/respond/'.length), body: args });
    send(res, 200, { ok: true });
    return;
  }
  const method = path.replace(/^\/api\//, '');
  const record = (status: number, error?: string): void => {
    state.fake.calls.push({ method, args, status, ...(error === undefined ? {} : { error }) });
  };
  const failure = takeFailure(state, method);
  if (failure?.kind === 'ratelimited') {
    record(429, 'ratelimited');
    send(
      res,
      429,
      { ok: false, error: 'ratelimited' },
      { 'retry-after': String(failure.retryAfter) },
    );
    return;
  }
  if (failure?.kind === 'status') {
    record(failure.status);
    res.writeHead(failure.status, { 'content-type': 'text/plain' });
    res.end('upstream failure');
    return;
  }
  const auth = req.headers.authorization ?? `Bearer ${String(args.token ?? '')}`;
  const result =
    failure?.kind === 'error'
      ? { ok: false, error: failure.error }
      : auth !==
          `Bearer ${method === 'apps.connections.open' ? state.fake.appToken : state.fake.token}`
        ? { ok: false, error: auth === 'Bearer ' ? 'not_authed' : 'invalid_auth' }
        : answer(state, method, args);
  record(200, result.ok === false ? String(result.error) : undefined);
  if (state.latencyMs === 0) send(res, 200, result);
  else setTimeout(() => send(res, 200, result), state.latencyMs);
}

function takeFailure(state: State, method: string): SlackFailure | undefined {
  const index = state.failures.findIndex(
    (f) => f.left > 0 && (f.failure.method === undefined || f.failure.method === method),
  );
  const entry = state.failures[index];
  if (entry === undefined) return undefined;
  if (entry.skip > 0) {
    entry.skip -= 1;
    return undefined;
  }
  entry.left -= 1;
  if (entry.left === 0) state.failures.splice(index, 1);
  return entry.failure;
}
