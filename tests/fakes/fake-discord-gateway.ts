import { WebSocketServer, type WebSocket } from 'ws';
import type { FakeDiscord } from './fake-discord.js';
import { nextSnowflake } from './fake-discord-routes.js';

/**
 * A Discord gateway on the fake Discord's port: HELLO, IDENTIFY → READY + GUILD_CREATE,
 * heartbeats, RESUME → RESUMED, and INTERACTION_CREATE on demand. `GET /gateway/bot` points at
 * it, so the real discord.js Client logs in here. JSON encoding, no compression (what
 * discord.js asks for without zlib-sync).
 * @see https://discord.com/developers/docs/events/gateway
 */
export interface FakeGateway {
  readonly url: string;
  /** Intents of every IDENTIFY, in order. */
  readonly identifies: number[];
  /** Session ids of every RESUME, in order. */
  readonly resumes: string[];
  /** Sends INTERACTION_CREATE to the live session. */
  sendInteraction(interaction: Record<string, unknown>): void;
  /** Closes the live connection as a network drop would (the client should resume). */
  drop(): void;
  /** Resolves when a session is ready (after IDENTIFY or RESUME). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

const SESSION = 'fake-session-1';

/** Serves a gateway on the fake Discord's port and points `GET /gateway/bot` at it. */
export function attachFakeGateway(fake: FakeDiscord, channels: readonly string[]): FakeGateway {
  const wss = new WebSocketServer({ server: fake.server });
  const url = fake.api.replace(/^http/, 'ws').replace(/\/api$/, '');
  fake.setGatewayUrl(url);
  const identifies: number[] = [];
  const resumes: string[] = [];
  let live: WebSocket | undefined;
  let seq = 0;
  let waiters: (() => void)[] = [];
  const send = (socket: WebSocket, payload: Record<string, unknown>): void =>
    socket.send(JSON.stringify(payload));
  const dispatch = (socket: WebSocket, t: string, d: unknown): void =>
    send(socket, { op: 0, t, s: (seq += 1), d });
  const markReady = (): void => {
    const now = waiters;
    waiters = [];
    now.forEach((w) => w());
  };
  wss.on('connection', (socket) => {
    send(socket, { op: 10, s: null, t: null, d: { heartbeat_interval: 41_250 } });
    socket.on('message', (data: Buffer) => {
      const { op, d } = JSON.parse(data.toString('utf8')) as {
        op: number;
        d: Record<string, unknown> | null;
      };
      if (op === 1) send(socket, { op: 11, s: null, t: null, d: null });
      if (op === 2) {
        if (d?.token !== fake.token) {
          socket.close(4004, 'Authentication failed.');
          return;
        }
        identifies.push(Number(d.intents));
        live = socket;
        dispatch(socket, 'READY', ready(fake, url));
        dispatch(socket, 'GUILD_CREATE', guild(fake, channels));
        markReady();
      }
      if (op === 6) {
        resumes.push(String(d?.session_id));
        live = socket;
        dispatch(socket, 'RESUMED', {});
        markReady();
      }
    });
  });
  return {
    url,
    identifies,
    resumes,
    sendInteraction(interaction) {
      if (live === undefined) throw new Error('no gateway session');
      dispatch(live, 'INTERACTION_CREATE', interaction);
    },
    drop() {
      live?.terminate();
      live = undefined;
    },
    ready: () => new Promise<void>((resolve) => waiters.push(resolve)),
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate();
        wss.close(() => resolve());
      }),
  };
}

function botUser(fake: FakeDiscord): Record<string, unknown> {
  return {
    id: fake.botUserId,
    username: 'sahel-digest',
    discriminator: '0',
    bot: true,
    avatar: null,
    global_name: null,
    flags: 0,
  };
}

function ready(fake: FakeDiscord, url: string): Record<string, unknown> {
  return {
    v: 10,
    user: botUser(fake),
    guilds: [{ id: fake.guildId, unavailable: true }],
    session_id: SESSION,
    resume_gateway_url: url,
    shard: [0, 1],
    application: { id: fake.applicationId, flags: 0 },
  };
}

function guild(fake: FakeDiscord, channels: readonly string[]): Record<string, unknown> {
  return {
    id: fake.guildId,
    name: 'Sahel Watch',
    icon: null,
    owner_id: '1100000000000000009',
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      {
        id: fake.guildId,
        name: '@everyone',
        permissions: '0',
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    system_channel_flags: 0,
    premium_tier: 0,
    preferred_locale: 'en-US',
    nsfw_level: 0,
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [],
    channels: channels.map((id, position) => ({
      id,
      type: 0,
      name: `channel-${position}`,
      guild_id: fake.guildId,
      position,
      permission_overwrites: [],
    })),
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
  };
}

export interface InteractionSpec {
  readonly channel: string;
  /** Manage Server when true (the member's permissions), none when false. */
  readonly admin?: boolean;
  readonly locale?: string;
  readonly userId?: string;
  /** Flags of the message a pressed button is on (64: an ephemeral answer). */
  readonly messageFlags?: number;
}

/** A raw INTERACTION_CREATE payload: `type` 2 command, 3 button, 4 autocomplete. */
export function interactionPayload(
  fake: FakeDiscord,
  spec: InteractionSpec,
  type: 2 | 3 | 4,
  data: Record<string, unknown>,
): Record<string, unknown> {
  return {
    id: nextSnowflake(),
    application_id: fake.applicationId,
    type,
    token: `token-${nextSnowflake()}`,
    version: 1,
    guild_id: fake.guildId,
    channel_id: spec.channel,
    channel: {
      id: spec.channel,
      type: fake.channelType(spec.channel),
      guild_id: fake.guildId,
      name: 'alerts',
      permission_overwrites: [],
    },
    member: member(spec),
    locale: spec.locale ?? 'en-US',
    guild_locale: 'en-US',
    app_permissions: fake.appPermissions(spec.channel),
    entitlements: [],
    authorizing_integration_owners: { '0': fake.guildId },
    context: 0,
    data,
    // A button press carries the message the button is on.
    ...(type === 3 ? { message: botMessage(fake, spec) } : {}),
  };
}

function member(spec: InteractionSpec): Record<string, unknown> {
  const user = {
    id: spec.userId ?? '1100000000000000010',
    username: 'reader',
    discriminator: '0',
    avatar: null,
    global_name: 'Reader',
  };
  return {
    user,
    roles: [],
    permissions: spec.admin === true ? '32' : '0',
    joined_at: new Date().toISOString(),
    deaf: false,
    mute: false,
    flags: 0,
    nick: null,
    avatar: null,
    pending: false,
  };
}

function botMessage(fake: FakeDiscord, spec: InteractionSpec): Record<string, unknown> {
  return {
    id: nextSnowflake(),
    channel_id: spec.channel,
    type: 0,
    content: '',
    embeds: [],
    components: [],
    author: botUser(fake),
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    attachments: [],
    mentions: [],
    mention_roles: [],
    pinned: false,
    tts: false,
    mention_everyone: false,
    flags: spec.messageFlags ?? 0,
  };
}
