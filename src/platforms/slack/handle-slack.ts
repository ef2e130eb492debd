import type { WebClient } from '@slack/web-api';
import type {
  CommandDefinition,
  CommandSet,
  Invocation,
  InvocationContext,
} from '../../core/command.js';
import type { Language } from '../../core/config-types.js';
import { describeError } from '../../core/errors.js';
import type { Message } from '../../core/message.js';
import type { Logger } from '../../core/ports.js';
import { withChannelAccessWarning } from './channel-access-warning.js';
import { renderSlack } from './render-slack.js';
import { resolveChannelOption } from './resolve-channel-option.js';
import type { SlackChannelDirectory } from './slack-channel-directory.js';
import type { SlackUserProfiles } from './slack-user-profiles.js';

export interface SlackHandlerDeps {
  readonly commands: CommandSet;
  /** What every command context shares; the request adds channel and requester. */
  readonly base: Pick<InvocationContext, 'config' | 'clock' | 'ports'>;
  readonly logger: Logger;
  /** Who users are: admin rights (configured or workspace) and language; one per bot. */
  readonly profiles: SlackUserProfiles;
  /** The workspace's channels by name (`channel:#sahel-alerts`); one per bot, cached briefly. */
  readonly channels: SlackChannelDirectory;
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
 * The command context of a request: the requester's admin rights, asked of Slack when the
 * request runs an admin command (`needAdmin`), and the language of the answer, French when the
 * user's Slack is in French, else the configured one.
 */
async function contextOf(
  client: WebClient,
  request: SlackRequest,
  needAdmin: boolean,
  deps: SlackHandlerDeps,
): Promise<InvocationContext> {
  const profile = await deps.profiles.lookup(client, request.userId, needAdmin);
  return {
    ...deps.base,
    locale: profile.language ?? deps.base.config.settings.locale,
    platform: 'slack',
    channel: request.channel,
    // A bot token is one workspace's: every Slack channel it knows is this workspace's.
    server: { sameServer: (ids) => deps.channels.names(client, ids) },
    requester: {
      userId: request.userId,
      admin: profile.admin,
      ...(request.userName === undefined ? {} : { name: request.userName }),
    },
  };
}

/** Whether a typed line runs an admin command (a line that does not parse runs none). */
function runsAdminCommand(line: string, deps: SlackHandlerDeps): boolean {
  const parsed = deps.commands.parse(line);
  return parsed.ok && definitionOf(parsed.value, deps)?.admin === true;
}

/** The definition of the command an invocation runs. */
function definitionOf(
  { top, group, name }: Invocation,
  deps: SlackHandlerDeps,
): CommandDefinition | undefined {
  return deps.commands.tops
    .find((t) => t.name === top)
    ?.commands.find((c) => c.name === name && c.group === group);
}

/**
 * Answers a slash command (already acknowledged) through the neutral commands: the text is
 * parsed as typed (`/mali timeline from:2023`), a `channel:#name` resolved to its channel, run,
 * and the answer posted to the response URL,
 * in the channel, or only to the user for errors and admin commands; a mistyped line is answered
 * in the user's language. Nothing throws: a failure is logged and answered ephemerally with one
 * line.
 */
export async function answerSlashCommand(
  line: string,
  request: SlackRequest,
  io: { readonly client: WebClient; readonly respond: Respond },
  deps: SlackHandlerDeps,
): Promise<void> {
  try {
    const admin = runsAdminCommand(line, deps);
    const context = await contextOf(io.client, request, admin, deps);
    // Parsed again in the user's language, so that a mistyped line is answered in it.
    const parsed = deps.commands.parse(line, context.locale);
    if (!parsed.ok) {
      await send(io.respond, errorMessage(parsed.error), {
        ephemeral: true,
        locale: context.locale,
      });
      return;
    }
    // Only for an admin: the dispatcher refuses anyone else, before Slack is asked for names.
    const resolved = context.requester.admin
      ? await resolveChannelOption(parsed.value, {
          client: io.client,
          directory: deps.channels,
          locale: context.locale,
        })
      : ({ ok: true, value: parsed.value } as const);
    if (!resolved.ok) {
      await send(io.respond, errorMessage(resolved.error), {
        ephemeral: true,
        locale: context.locale,
      });
      return;
    }
    const message = await withChannelAccessWarning(
      await deps.commands.run(resolved.value, context),
      resolved.value,
      { client: io.client, channel: request.channel, locale: context.locale },
    );
    await send(io.respond, message, {
      ephemeral: message.ephemeral === true || admin,
      locale: context.locale,
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
 * A button on the Home tab has no response URL and no channel to answer ephemerally in, so the
 * answer comes as a direct message from the app (its Messages tab): private like an ephemeral
 * answer, kept for later, and not cut to the tab's 100 blocks.
 */
export async function answerButton(
  value: string,
  request: SlackRequest & { readonly onEphemeral: boolean; readonly inHome: boolean },
  io: { readonly client: WebClient; readonly respond: Respond | undefined },
  deps: SlackHandlerDeps,
): Promise<void> {
  try {
    // runAction parses the value again and answers a bad one in the context's language.
    const context = await contextOf(io.client, request, runsAdminCommand(value, deps), deps);
    const message = await deps.commands.runAction(value, context);
    if (request.inHome || io.respond === undefined) {
      await sendDirect(io.client, request.userId, message, context.locale);
      return;
    }
    await send(io.respond, message, {
      ephemeral: true,
      replace: request.onEphemeral,
      locale: context.locale,
    });
  } catch (error) {
    deps.logger.error('slack button failed', { value, error: describeError(error) });
    if (io.respond === undefined) return;
    await send(io.respond, errorMessage(describeError(error)), { ephemeral: true }).catch(
      () => undefined,
    );
  }
}

/**
 * Posts a message to the app's direct conversation with a user, every part of it: a user id
 * as `channel` begins or continues the conversation in the app's Messages tab.
 * @see https://docs.slack.dev/reference/methods/chat.postMessage
 */
async function sendDirect(
  client: WebClient,
  userId: string,
  message: Message,
  locale: Language,
): Promise<void> {
  for (const payload of renderSlack(message, { locale })) {
    await client.chat.postMessage({ channel: userId, ...payload, blocks: [...payload.blocks] });
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
