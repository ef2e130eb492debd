/** The state and shared types of the fake Discord (see fake-discord.ts). */
export type RouteName =
  | 'createMessage'
  | 'editMessage'
  | 'getMessage'
  | 'listMessages'
  | 'getChannel'
  | 'editChannel'
  | 'createThread'
  | 'activeThreads'
  | 'userGuilds'
  | 'guildChannels'
  | 'putCommands'
  | 'callback'
  | 'followUp'
  | 'editOriginal'
  | 'gateway'
  | 'me';

/** A failure to answer on a route instead of handling it, `times` times (default once). */
export interface FailureRule {
  readonly route: RouteName;
  readonly status: 429 | 500 | 502 | 503 | 403 | 404;
  /** Seconds, for 429: `retry_after` in the body and `Retry-After` header. */
  readonly retryAfter?: number;
  readonly times?: number;
  /** How many matching requests go through before the failures start (default 0). */
  readonly after?: number;
}

export interface FakeMessage {
  readonly id: string;
  readonly channel_id: string;
  readonly nonce?: string;
  /** As sent, `allowed_mentions` and `message_reference` included (see `pingsOf`). */
  body: Record<string, unknown>;
  edits: number;
}

export interface RecordedCall {
  readonly route: RouteName | 'unknown';
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly body: unknown;
  readonly authorization: string | undefined;
}

export interface FakeThread {
  readonly id: string;
  readonly parent: string;
  name: string;
  /** When the thread was renamed (epoch ms), for Discord's two renames per ten minutes. */
  readonly renames: number[];
  archived: boolean;
  locked: boolean;
  /** ISO 8601. */
  readonly createdAt: string;
}

let snowflake = 1_300_000_000_000_000_000n;
/** Increasing snowflake-like ids. */
export const nextSnowflake = (): string => String((snowflake += 1n));

export interface State {
  readonly options: {
    readonly token: string;
    readonly applicationId: string;
    readonly guildId: string;
    readonly latencyMs: number;
  };
  gatewayUrl: string;
  /** Every channel the bot can see: text channels, forums and threads. */
  readonly channels: Set<string>;
  /** Forum (15) and media (16) channels, by id. */
  readonly forums: Map<string, 15 | 16>;
  readonly threads: Map<string, FakeThread>;
  readonly forbidden: Set<string>;
  readonly messages: Map<string, FakeMessage[]>;
  readonly commands: Map<string, Record<string, unknown>[]>;
  readonly failures: { rule: FailureRule; left: number; skip: number }[];
  readonly fake: {
    readonly calls: RecordedCall[];
    readonly callbacks: {
      readonly id: string;
      readonly token: string;
      readonly body: Record<string, unknown>;
    }[];
    readonly followUps: { readonly token: string; readonly body: Record<string, unknown> }[];
    readonly botUserId: string;
  };
}
