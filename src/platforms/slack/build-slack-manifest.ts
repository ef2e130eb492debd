import { commandPath } from '../../../commands/dispatch-tops.js';
import type { TopCommand } from '../../core/command.js';
import { truncateWords } from './escape-mrkdwn.js';

/** How Slack reaches the app: Socket Mode (no public URL) or HTTP request URLs under `url`. */
export type ManifestMode =
  { readonly mode: 'socket' } | { readonly mode: 'http'; readonly url: string };

/** The subset of Slack's app manifest the bot needs. @see https://docs.slack.dev/reference/app-manifest */
export interface SlackManifest {
  readonly display_information: {
    readonly name: string;
    readonly description: string;
    readonly background_color: string;
  };
  readonly features: {
    readonly app_home: {
      readonly home_tab_enabled: boolean;
      readonly messages_tab_enabled: boolean;
      readonly messages_tab_read_only_enabled: boolean;
    };
    readonly bot_user: { readonly display_name: string; readonly always_online: boolean };
    readonly slash_commands: readonly SlashCommand[];
  };
  readonly oauth_config: { readonly scopes: { readonly bot: readonly string[] } };
  readonly settings: {
    readonly event_subscriptions: {
      readonly request_url?: string;
      readonly bot_events: readonly string[];
    };
    readonly interactivity: { readonly is_enabled: true; readonly request_url?: string };
    readonly org_deploy_enabled: false;
    readonly socket_mode_enabled: boolean;
    readonly token_rotation_enabled: false;
  };
}

interface SlashCommand {
  readonly command: string;
  readonly description: string;
  readonly usage_hint: string;
  readonly should_escape: false;
  readonly url?: string;
}

/**
 * The bot scopes the app uses, and no other: each is needed by a Web API method it calls.
 * @see https://docs.slack.dev/reference/scopes
 */
export const BOT_SCOPES = [
  /** chat.postMessage (also to a user: Home tab answers), chat.update, chat.postEphemeral. */
  'chat:write',
  /** The slash commands. */
  'commands',
  /**
   * conversations.history and conversations.replies: finding an earlier post of an outbox row,
   * top level or in an arc's thread, before posting again.
   */
  'channels:history',
  'groups:history',
  /** users.info: whether a user is a workspace admin or owner, and their language. */
  'users:read',
  /**
   * users.conversations: the channels a user is in, for the subscriptions on their Home tab;
   * conversations.info: whether the app is in a channel an admin subscribes;
   * conversations.list: the channel an admin names as `channel:#name` (public channels need
   * channels:read, private ones groups:read).
   */
  'channels:read',
  'groups:read',
] as const;

/** Where Bolt's HTTP receiver listens for commands, actions and events. */
export const EVENTS_PATH = '/slack/events';

/** Slack's own limits on manifest fields. */
const LIMITS = { description: 140, commandDescription: 2000, usageHint: 1000 } as const;

/**
 * The app manifest to paste into Slack's "create an app from a manifest": one slash command per
 * top-level command with its description and a usage hint listing its sub-commands, the scopes
 * above, the App Home tab, interactivity, and either Socket Mode or request URLs under `url`.
 * Pure: the CLI prints it.
 */
export function buildSlackManifest(tops: readonly TopCommand[], mode: ManifestMode): SlackManifest {
  const url = mode.mode === 'http' ? requestUrl(mode.url) : undefined;
  const withUrl = url === undefined ? {} : { request_url: url };
  return {
    display_information: {
      name: 'Sahel Digest',
      description: truncateWords(
        'News digests, alerts and background facts on Mali, Burkina Faso and Niger, in English and French.',
        LIMITS.description,
      ),
      background_color: '#8a6d0b',
    },
    features: {
      // The Messages tab shows the answers to Home tab buttons (direct messages); read-only,
      // since the bot reads no messages.
      app_home: {
        home_tab_enabled: true,
        messages_tab_enabled: true,
        messages_tab_read_only_enabled: true,
      },
      bot_user: { display_name: 'sahel-digest', always_online: true },
      slash_commands: tops.map((top) => ({
        command: `/${top.name}`,
        description: truncateWords(top.description.en, LIMITS.commandDescription),
        usage_hint: usageHint(top),
        should_escape: false,
        ...(url === undefined ? {} : { url }),
      })),
    },
    oauth_config: { scopes: { bot: [...BOT_SCOPES] } },
    settings: {
      event_subscriptions: { ...withUrl, bot_events: ['app_home_opened'] },
      interactivity: { is_enabled: true, ...withUrl },
      org_deploy_enabled: false,
      socket_mode_enabled: mode.mode === 'socket',
      token_rotation_enabled: false,
    },
  };
}

/** `timeline | news | fact <id> | … | help [topic]`: the sub-commands as typed after the command. */
function usageHint(top: TopCommand): string {
  const paths = [
    ...new Set(
      top.commands.map((c) => {
        const main = c.options.find((o) => o.name === c.mainOption);
        if (main === undefined) return commandPath(c);
        return `${commandPath(c)} ${main.required ? `<${main.name}>` : `[${main.name}]`}`;
      }),
    ),
  ];
  return truncateWords(paths.join(' | '), LIMITS.usageHint);
}

/** The request URL for a public base URL: `https://host/slack/events` unless already given. */
function requestUrl(base: string): string {
  const trimmed = base.replace(/\/+$/, '');
  return trimmed.endsWith(EVENTS_PATH) ? trimmed : `${trimmed}${EVENTS_PATH}`;
}
