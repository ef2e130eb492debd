import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '@slack/bolt';
import { describeError } from '../../core/errors.js';
import { err, ok, type Result } from '../../core/result.js';
import { withLocalCommandLines } from '../command-line-in.js';
import { EVENTS_PATH } from './build-slack-manifest.js';
import {
  answerButton,
  answerSlashCommand,
  type Respond,
  type SlackHandlerDeps,
} from './handle-slack.js';
import { publishHome } from './publish-home.js';
import { COMMAND_ACTION } from './render-slack.js';
import { createSlackClient } from './slack-platform.js';
import { toSlackLogger } from './slack-logger.js';
import { createSlackChannelDirectory } from './slack-channel-directory.js';
import { createSlackUserProfiles } from './slack-user-profiles.js';

export interface SlackBotDeps extends Omit<SlackHandlerDeps, 'profiles' | 'channels'> {
  /**
   * Slack user ids allowed admin commands besides the workspace's admins and owners
   * (`settings.admins.slack`).
   */
  readonly admins?: readonly string[];
  readonly token: string;
  /** Verifies requests on the HTTP receiver (`SLACK_SIGNING_SECRET`). */
  readonly signingSecret?: string;
  /** Socket Mode when set (`SLACK_APP_TOKEN`, `xapp-…`): no public URL needed. */
  readonly appToken?: string;
  /** `SLACK_API_URL`, with a trailing slash. */
  readonly apiUrl?: string;
  /** The HTTP receiver's port (`PORT`, default 3000); 0 picks a free one (tests). */
  readonly port?: number;
}

export interface SlackBot {
  /**
   * Checks the token with `auth.test`, then starts Bolt: resolves with the bot's user and the
   * port it listens on, or a one-line reason it could not start (nothing throws).
   */
  start(): Promise<Result<{ readonly user: string; readonly port: number | null }, string>>;
  stop(): Promise<void>;
}

/**
 * The bot in Slack workspaces: a Bolt App, with the HTTP receiver at `/slack/events` (requests
 * verified with the signing secret: a wrong signature or a timestamp over five minutes old is
 * answered 401) or Socket Mode with an app token. Slash commands are acknowledged at once and
 * answered through the response URL; buttons run their value through `runAction`; the Home
 * tab is published when a user opens it. Bolt's own `auth.test` in its constructor would crash
 * the process on an unreachable API (an unawaited promise), so the bot calls `auth.test` itself
 * first and hands Bolt the bot ids with token verification off.
 * @see https://docs.slack.dev/tools/bolt-js/concepts/acknowledge
 */
export function createSlackBot(deps: SlackBotDeps): SlackBot {
  let app: App | undefined;
  const handlers: SlackHandlerDeps = {
    // A French asker's buttons carry French command lines.
    commands: withLocalCommandLines(deps.commands),
    base: deps.base,
    logger: deps.logger,
    channels: createSlackChannelDirectory(),
    profiles: createSlackUserProfiles({
      logger: deps.logger,
      ...(deps.admins === undefined ? {} : { admins: deps.admins }),
    }),
  };
  return {
    async start() {
      if (deps.appToken === undefined && deps.signingSecret === undefined)
        return err(
          'SLACK_SIGNING_SECRET is not set (or set SLACK_APP_TOKEN for Socket Mode): see .env.example',
        );
      const client = createSlackClient({ ...deps, retryConfig: { retries: 0 } });
      let identity: { user: string; userId: string; botId: string };
      try {
        const auth = await client.auth.test();
        identity = {
          user: auth.user ?? 'bot',
          userId: auth.user_id ?? '',
          botId: auth.bot_id ?? '',
        };
      } catch (error) {
        return err(describeStartError(error));
      }
      const bolt = await import('@slack/bolt');
      const made = new bolt.App({
        token: deps.token,
        botId: identity.botId,
        botUserId: identity.userId,
        tokenVerificationEnabled: false,
        logger: toSlackLogger(deps.logger, 'bolt'),
        clientOptions: {
          ...(deps.apiUrl === undefined ? {} : { slackApiUrl: deps.apiUrl }),
          retryConfig: { retries: 3, factor: 2, minTimeout: 1000, maxTimeout: 10_000 },
        },
        ...(deps.appToken === undefined
          ? { signingSecret: deps.signingSecret ?? '', endpoints: EVENTS_PATH }
          : { socketMode: true, appToken: deps.appToken }),
      });
      listen(made, handlers);
      made.error(async (error) => {
        deps.logger.error('slack listener failed', { error: describeError(error) });
      });
      try {
        const started: unknown = await made.start(deps.port ?? 3000);
        app = made;
        return ok({ user: identity.user, port: portOf(started) });
      } catch (error) {
        return err(`could not start the Slack receiver: ${describeError(error)}`);
      }
    },
    async stop() {
      await app?.stop();
      app = undefined;
    },
  };
}

function listen(app: App, deps: SlackHandlerDeps): void {
  for (const top of deps.commands.tops) {
    app.command(`/${top.name}`, async ({ command, ack, respond, client }) => {
      // Slack wants the acknowledgement within 3 s; the answer follows through the response URL.
      await ack();
      const request = {
        userId: command.user_id,
        userName: command.user_name,
        channel: command.channel_id,
      };
      const line = `${command.command} ${command.text}`.trim();
      await answerSlashCommand(line, request, { client, respond: respond as Respond }, deps);
    });
  }
  app.action(COMMAND_ACTION, async ({ ack, action, body, respond, client }) => {
    await ack();
    const value = action.type === 'button' ? (action.value ?? '') : '';
    const container = (body as { container?: { type?: string; is_ephemeral?: boolean } }).container;
    const request = {
      userId: body.user.id,
      channel: body.channel?.id ?? '',
      onEphemeral: container?.is_ephemeral === true,
      inHome: container?.type === 'view',
    };
    // A Home tab button carries no response URL, so Bolt gives no `respond` for it.
    await answerButton(value, request, { client, respond: respond as Respond | undefined }, deps);
  });
  // Link buttons send an action too; an unacknowledged one shows the user a warning.
  app.action(/^link:\d+$/, async ({ ack }) => ack());
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab === 'home') await publishHome(client, event.user, deps);
  });
}

function portOf(started: unknown): number | null {
  const address = (started as Server | undefined)?.address?.();
  return typeof address === 'object' && address !== null ? (address as AddressInfo).port : null;
}

function describeStartError(error: unknown): string {
  const code = (error as { data?: { error?: unknown } } | null)?.data?.error;
  if (
    code === 'invalid_auth' ||
    code === 'not_authed' ||
    code === 'token_revoked' ||
    code === 'account_inactive'
  )
    return `Slack refused the bot token (${String(code)}): check SLACK_BOT_TOKEN`;
  return `could not reach the Slack Web API: ${describeError(error)}`;
}

/**
 * Starts the bot, and while Slack cannot be reached says so in one line and tries again after
 * each delay in turn (the last repeats), so `run` never stops over an outage. A refused token
 * is not retried. Resolves once started or given up on.
 */
export async function startSlackBotWithRetry(
  bot: SlackBot,
  deps: Pick<SlackHandlerDeps, 'logger'> & {
    readonly delaysMs?: readonly number[];
    readonly sleep?: (ms: number) => Promise<void>;
    readonly stopped?: () => boolean;
  },
): Promise<Result<{ readonly user: string; readonly port: number | null }, string>> {
  const delays = deps.delaysMs ?? [5_000, 15_000, 30_000, 60_000];
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref()));
  for (let attempt = 0; ; attempt += 1) {
    const started = await bot.start();
    if (started.ok || !started.error.startsWith('could not reach') || deps.stopped?.() === true)
      return started;
    const delay = delays[Math.min(attempt, delays.length - 1)] ?? 60_000;
    deps.logger.warn('slack: cannot start, will retry', {
      reason: started.error,
      retryInMs: delay,
    });
    await sleep(delay);
  }
}
