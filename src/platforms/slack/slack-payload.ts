/**
 * The JSON the Slack platform sends: the subset of Block Kit and of `chat.postMessage`'s
 * arguments the renderers produce. Field names are Slack's own, so a payload goes to the Web API
 * unchanged.
 * @see https://docs.slack.dev/reference/block-kit/blocks
 */

/** Slack's limits for one message and its parts. */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  headerText: 150,
  contextElements: 10,
  contextElementText: 2000,
  actionsElements: 25,
  buttonText: 75,
  actionId: 255,
  buttonValue: 2000,
  buttonUrl: 3000,
  /** Slack truncates `text` beyond 40,000 characters; notifications show far less. */
  fallbackText: 3000,
} as const;

/** A mrkdwn text object; `verbatim` stops Slack from turning names and URLs into links itself. */
export interface MrkdwnText {
  readonly type: 'mrkdwn';
  readonly text: string;
  readonly verbatim: true;
}

export interface PlainText {
  readonly type: 'plain_text';
  readonly text: string;
  readonly emoji: true;
}

export interface SlackButton {
  readonly type: 'button';
  readonly text: PlainText;
  /** Unique within the message; command buttons are `run:<n>`. */
  readonly action_id: string;
  /** Set on command buttons: the command line the button runs. */
  readonly value?: string;
  /** Set on link buttons. */
  readonly url?: string;
}

export type SlackBlock =
  | { readonly type: 'header'; readonly text: PlainText }
  | { readonly type: 'section'; readonly text: MrkdwnText }
  | { readonly type: 'context'; readonly elements: readonly MrkdwnText[] }
  | { readonly type: 'divider' }
  | { readonly type: 'actions'; readonly elements: readonly SlackButton[] };

/** One `chat.postMessage` worth of content (channel and metadata are added by the sender). */
export interface SlackMessagePayload {
  /** Plain-text fallback for notifications and clients without Block Kit, escaped as mrkdwn. */
  readonly text: string;
  readonly blocks: readonly SlackBlock[];
  readonly unfurl_links: false;
  readonly unfurl_media: false;
}

/** Prefix of the action ids of command buttons; the Bolt app listens for it. */
export const COMMAND_ACTION_PREFIX = 'run:';

/** A mrkdwn text object for text already escaped with `escapeMrkdwn`. */
export function mrkdwn(text: string): MrkdwnText {
  return { type: 'mrkdwn', text, verbatim: true };
}

/** A plain-text object (headers, button labels): Slack shows it literally. */
export function plain(text: string): PlainText {
  return { type: 'plain_text', text, emoji: true };
}
