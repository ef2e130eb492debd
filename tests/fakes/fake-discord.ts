import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { handle } from './fake-discord-routes.js';
import { nextSnowflake } from './fake-discord-state.js';
import { pingsOf, type Ping } from './fake-discord-mentions.js';
import type {
  FailureRule,
  FakeMessage,
  FakeThread,
  RecordedCall,
  State,
} from './fake-discord-state.js';

export { nextSnowflake } from './fake-discord-state.js';
export { pingsOf, type Ping } from './fake-discord-mentions.js';
export type {
  FailureRule,
  FakeMessage,
  FakeThread,
  RecordedCall,
  RouteName,
} from './fake-discord-state.js';

/**
 * A local Discord on 127.0.0.1 for tests: a real HTTP server speaking the REST routes the bot
 * uses, with Discord's status codes, error bodies and rate-limit headers, so the real discord.js
 * REST client runs against it unchanged (`rest.api` = `fake.api`).
 *
 * Routes (under `/api/v10`): channel messages create (with `nonce` + `enforce_nonce`
 * de-duplication: the first message with that nonce in the channel is returned, nothing is
 * created) and edit, message fetch and listing (newest first, `after`/`before`/`limit`; no
 * nonce on a message read back, as on Discord), channel fetch, application command bulk overwrite (global and per guild),
 * interaction callbacks (204, no body), follow-up webhooks and `@original` edits,
 * `GET /gateway/bot`, `GET /users/@me`, `GET /applications/@me`. Payloads beyond Discord's
 * limits are answered 400 (code 50035), as Discord does. Forum channels take posts
 * (`POST /channels/{id}/threads`), threads take messages until archived, replies to an unknown
 * message are refused unless `fail_if_not_exists: false`, and every message keeps what it was
 * sent with, so `pings` tells who it would have notified (see fake-discord-threads.ts).
 */

export interface FakeDiscordOptions {
  readonly token?: string;
  readonly applicationId?: string;
  /** Channels that exist (text channels of `guildId`); others answer 404 Unknown Channel. */
  readonly channels?: readonly string[];
  readonly guildId?: string;
  /** Forum channels (type 15) of `guildId`. */
  readonly forums?: readonly string[];
  /** The gateway URL `GET /gateway/bot` returns (a fake gateway's). */
  readonly gatewayUrl?: string;
  /** Milliseconds each request waits before it is handled, as a real network would. */
  readonly latencyMs?: number;
}

export interface FakeDiscord {
  /** What `rest.api` is set to: `http://127.0.0.1:PORT/api`. */
  readonly api: string;
  readonly server: Server;
  readonly token: string;
  readonly applicationId: string;
  readonly guildId: string;
  readonly botUserId: string;
  /** Every request, in order, with the status it got. */
  readonly calls: RecordedCall[];
  /** Messages of a channel or thread, oldest first. */
  messages(channel: string): readonly FakeMessage[];
  /** Posts (threads) of a forum channel, oldest first. */
  threads(forum: string): readonly FakeThread[];
  /**
   * The bot's permissions in a channel, as an interaction's `app_permissions` tells them: View
   * Channel, Send Messages, Embed Links and Send Messages in Threads, none where it was `forbid`den.
   */
  appPermissions(channel: string): string;
  /** A channel's type: 0 text, 11 a thread (a forum post), 15 a forum. */
  channelType(channel: string): number;
  /** Who a message would notify on Discord (its content read with its `allowed_mentions`). */
  pings(message: FakeMessage): readonly Ping[];
  /** Commands last registered globally, or in `guild`. */
  commands(guild?: string): readonly Record<string, unknown>[];
  readonly callbacks: {
    readonly id: string;
    readonly token: string;
    readonly body: Record<string, unknown>;
  }[];
  readonly followUps: { readonly token: string; readonly body: Record<string, unknown> }[];
  addChannel(id: string): void;
  addForum(id: string): void;
  /** Someone opens a post (a thread) in a forum channel; returns the post's id. */
  openPost(forum: string, name: string): string;
  /** Archives a thread, as Discord does after its inactivity delay; `locked` as a moderator would. */
  archive(thread: string, options?: { readonly locked?: boolean }): void;
  /** A moderator deletes a forum post: its thread and messages are gone (404 Unknown Channel). */
  deleteThread(thread: string): void;
  /** Someone deletes one message of a channel or thread (404 Unknown Message from then on). */
  deleteMessage(channel: string, id: string): void;
  /** The bot loses access to a channel: 403 Missing Access. */
  forbid(channel: string): void;
  fail(rule: FailureRule): void;
  setGatewayUrl(url: string): void;
  close(): Promise<void>;
}

/** View Channel, Send Messages, Embed Links and Send Messages in Threads. */
const BOT_PERMISSIONS = String((1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 38n));

/** Starts a fake Discord on 127.0.0.1 (a free port). */
export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const state: State = {
    options: {
      token: options.token ?? 'fake-bot-token',
      latencyMs: options.latencyMs ?? 0,
      applicationId: options.applicationId ?? '1100000000000000001',
      guildId: options.guildId ?? '1100000000000000002',
    },
    gatewayUrl: options.gatewayUrl ?? 'ws://127.0.0.1:9',
    channels: new Set([...(options.channels ?? []), ...(options.forums ?? [])]),
    forums: new Map((options.forums ?? []).map((id) => [id, 15] as const)),
    threads: new Map(),
    forbidden: new Set(),
    messages: new Map(),
    commands: new Map(),
    failures: [],
    fake: { calls: [], callbacks: [], followUps: [], botUserId: '1100000000000000003' },
  };
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => void handle(state, req, res));
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    api: `http://127.0.0.1:${port}/api`,
    server,
    token: state.options.token,
    applicationId: state.options.applicationId,
    guildId: state.options.guildId,
    ...state.fake,
    messages: (channel) => state.messages.get(channel) ?? [],
    commands: (guild) => state.commands.get(guild ?? 'global') ?? [],
    threads: (forum) => [...state.threads.values()].filter((t) => t.parent === forum),
    pings: (message) => pingsOf(message.body),
    appPermissions: (channel) => (state.forbidden.has(channel) ? '0' : BOT_PERMISSIONS),
    channelType: (channel) => (state.threads.has(channel) ? 11 : (state.forums.get(channel) ?? 0)),
    addChannel: (id) => void state.channels.add(id),
    addForum: (id) => {
      state.channels.add(id);
      state.forums.set(id, 15);
    },
    deleteThread: (id) => {
      state.threads.delete(id);
      state.channels.delete(id);
      state.messages.delete(id);
    },
    openPost: (forum, name) => {
      const id = nextSnowflake();
      const createdAt = new Date().toISOString();
      state.threads.set(id, {
        id,
        parent: forum,
        name,
        renames: [],
        archived: false,
        locked: false,
        createdAt,
      });
      state.channels.add(id);
      return id;
    },
    archive: (id, { locked = false } = {}) => {
      const thread = state.threads.get(id);
      if (thread === undefined) throw new Error(`fake Discord: no thread ${id}`);
      thread.archived = true;
      thread.locked = locked;
    },
    deleteMessage: (channel, id) => {
      const list = state.messages.get(channel) ?? [];
      state.messages.set(
        channel,
        list.filter((m) => m.id !== id),
      );
    },
    forbid: (channel) => void state.forbidden.add(channel),
    fail: (rule) =>
      void state.failures.push({ rule, left: rule.times ?? 1, skip: rule.after ?? 0 }),
    setGatewayUrl: (url) => void (state.gatewayUrl = url),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
