import type { WebClient } from '@slack/web-api';
import type { AdminPorts } from '../../core/admin-ports.js';
import type { CommandSet, InvocationContext } from '../../core/command.js';
import type { Language } from '../../core/config-types.js';
import { describeError } from '../../core/errors.js';
import type { Message } from '../../core/message.js';
import type { Logger } from '../../core/ports.js';
import { buildHomeView } from './build-home-view.js';
import { renderSlack } from './render-slack.js';

export interface SlackHandlerDeps {
  readonly commands: CommandSet;
  /** What every command context shares; the request adds channel and requester. */
  readonly base: Pick<InvocationContext, 'config' | 'clock' | 'ports'>;
  readonly logger: Logger;
  /** Slack user ids that are admins besides the workspace's admins and owners. */
  readonly admins?: readonly string[];
}

/** What Bolt's `respond` takes: a response_url payload. */
export interface ResponsePayload {
  readonly response_type: 'ephemeral' | 'in_channel';
  readonly replace_original: boolean;
  readonly text: string;
  readonly blocks: readonly unknown[];
}

export type Respond = (payload: ResponsePayload) => Promise<unknown>;

/** Who asks and where, as a slash command or a button press tells it. */
export interface SlackRequest {
  readonly userId: string;
  readonly userName?: string;
  readonly channel: string;
}

/**
 * Whether a user may run admin commands: listed in config, or a workspace admin or owner
 * (`users.info`), asked at every use, never cached. A failed lookup counts as not an admin.
 * @see https://docs.slack.dev/reference/methods/users.info
 */
export async function isSlackAdmin(
  client: WebClient,
  userId: string,
  deps: SlackHandlerDeps,
): Promise<boolean> {
  if (deps.admins?.includes(userId) === true) return true;
  try {
    const { user } = await client.users.info({ user: userId });
    return user?.is_admin === true || user?.is_owner === true;
  } catch (error) {
    deps.logger.warn('slack users.info failed', { userId, error: describeError(error) });
    return false;
  }
}

async function contextOf(
  client: WebClient,
  request: SlackRequest,
  deps: SlackHandlerDeps,
): Promise<InvocationContext> {
  return {
    ...deps.base,
    locale: deps.base.config.settings.locale,
    platform: 'slack',
    channel: request.channel,
    requester: {
      userId: request.userId,
      admin: await isSlackAdmin(client, request.userId, deps),
      ...(request.userName === undefined ? {} : { name: request.userName }),
    },
  };
}

/**
 * Answers a slash command (already acknowledged) through the neutral commands: the text is
 * parsed as typed (`/mali timeline from:2023`), run, and the answer posted to the response URL,
 * in the channel, or only to the user for errors and admin commands. Nothing throws: a failure
 * is logged and answered ephemerally with one line.
 */
export async function answerSlashCommand(
  line: string,
  request: SlackRequest,
  io: { readonly client: WebClient; readonly respond: Respond },
  deps: SlackHandlerDeps,
): Promise<void> {
  try {
    const parsed = deps.commands.parse(line);
    if (!parsed.ok) {
      await send(io.respond, errorMessage(parsed.error), { ephemeral: true });
      return;
    }
    const { top, group, name } = parsed.value;
    const definition = deps.commands.tops
      .find((t) => t.name === top)
      ?.commands.find((c) => c.name === name && c.group === group);
    const message = await deps.commands.run(
      parsed.value,
      await contextOf(io.client, request, deps),
    );
    await send(io.respond, message, {
      ephemeral: message.ephemeral === true || definition?.admin === true,
      locale: deps.base.config.settings.locale,
    });
  } catch (error) {
    deps.logger.error('slack command failed', { line, error: describeError(error) });
    await send(io.respond, errorMessage(describeError(error)), { ephemeral: true }).catch(
      () => undefined,
    );
  }
}

/**
 * Answers a button press: its value is a command line, run through `runAction` and answered
 * to the presser only; a button on an answer only they could see replaces that answer (paging).
 * A button on the Home tab has no response URL: the tab is published again with the answer.
 */
export async function answerButton(
  value: string,
  request: SlackRequest & { readonly onEphemeral: boolean; readonly inHome: boolean },
  io: { readonly client: WebClient; readonly respond: Respond | undefined },
  deps: SlackHandlerDeps,
): Promise<void> {
  try {
    const message = await deps.commands.runAction(value, await contextOf(io.client, request, deps));
    if (request.inHome || io.respond === undefined) {
      await publishHome(io.client, request.userId, deps, message);
      return;
    }
    await send(io.respond, message, {
      ephemeral: true,
      replace: request.onEphemeral,
      locale: deps.base.config.settings.locale,
    });
  } catch (error) {
    deps.logger.error('slack button failed', { value, error: describeError(error) });
    if (io.respond === undefined) return;
    await send(io.respond, errorMessage(describeError(error)), { ephemeral: true }).catch(
      () => undefined,
    );
  }
}

/** Publishes the user's Home tab. @see https://docs.slack.dev/reference/methods/views.publish */
export async function publishHome(
  client: WebClient,
  userId: string,
  deps: SlackHandlerDeps,
  answer?: Message,
): Promise<void> {
  try {
    const admin: Pick<AdminPorts, 'feedStatus' | 'subscriptions'> = deps.base.ports.admin;
    const channels = await channelsOf(client, userId, deps);
    const view = buildHomeView({
      tops: deps.commands.tops,
      feeds: admin.feedStatus(),
      subscriptions: admin.subscriptions
        .list({ platform: 'slack' })
        .filter((s) => channels.has(s.channel)),
      locale: deps.base.config.settings.locale,
      ...(answer === undefined ? {} : { answer }),
    });
    await client.views.publish({
      user_id: userId,
      view: { type: 'home', blocks: [...view.blocks] },
    });
  } catch (error) {
    deps.logger.error('slack home tab failed', { userId, error: describeError(error) });
  }
}

/**
 * The channels a user is in (`users.conversations`, up to 1,000), so the Home tab shows only
 * their subscriptions; none when Slack will not say (the tab then lists none).
 * @see https://docs.slack.dev/reference/methods/users.conversations
 */
async function channelsOf(
  client: WebClient,
  userId: string,
  deps: SlackHandlerDeps,
): Promise<Set<string>> {
  try {
    const found = await client.users.conversations({
      user: userId,
      types: 'public_channel,private_channel',
      exclude_archived: true,
      limit: 1000,
    });
    return new Set((found.channels ?? []).flatMap((c) => (c.id === undefined ? [] : [c.id])));
  } catch (error) {
    deps.logger.warn('slack users.conversations failed', { userId, error: describeError(error) });
    return new Set();
  }
}

function errorMessage(reason: string): Message {
  return {
    blocks: [{ type: 'text', text: reason, tone: 'error' }],
    fallback: reason,
    ephemeral: true,
  };
}

/** Slack accepts at most five responses per response URL. */
const RESPONSES_PER_URL = 5;

/** Posts the rendered parts to the response URL, at most five of them. */
async function send(
  respond: Respond,
  message: Message,
  how: { readonly ephemeral: boolean; readonly replace?: boolean; readonly locale?: Language },
): Promise<void> {
  const options = how.locale === undefined ? {} : { locale: how.locale };
  // A response URL takes at most five responses; a longer answer keeps its first five parts.
  for (const [i, payload] of renderSlack(message, options).slice(0, RESPONSES_PER_URL).entries()) {
    await respond({
      response_type: how.ephemeral ? 'ephemeral' : 'in_channel',
      replace_original: how.replace === true && i === 0,
      text: payload.text,
      blocks: payload.blocks,
    });
  }
}
