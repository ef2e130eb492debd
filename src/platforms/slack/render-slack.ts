import type { Language } from '../../core/config-types.js';
import type { Block, Message } from '../../core/message.js';
import { escapeMrkdwn, truncateWords } from './escape-mrkdwn.js';
import {
  attachToStory,
  renderActions,
  renderHeading,
  renderList,
  renderStory,
  renderText,
  type SlackPiece,
} from './render-slack-blocks.js';
import {
  COMMAND_ACTION_PREFIX,
  SLACK_LIMITS as L,
  type SlackBlock,
  type SlackMessagePayload,
} from './slack-payload.js';

export interface RenderOptions {
  /** Language of the few labels the renderer adds itself ("Sources", "Background"). */
  readonly locale?: Language;
}

/**
 * Renders a neutral `Message` as one or more Slack messages, in order: headings become header
 * blocks, texts and lists sections (muted text a context line), a story card a section with its
 * background facts as context and as buttons (`value` = the fact's command, answered
 * ephemerally), an actions block buttons. Messages stay within Slack's limits (50 blocks, 3,000
 * characters per section, 150 per header, 10 context elements of 2,000, 25 buttons per actions
 * block, unique action ids); a message that does not fit is split between blocks, never inside
 * a word or a link. All feed text is escaped, so nothing from a feed can ping anyone or forge a
 * link; unfurling is off and every message carries a plain-text `text` fallback.
 */
export function renderSlack(message: Message, options: RenderOptions = {}): SlackMessagePayload[] {
  const pieces = renderPieces(message.blocks, options.locale ?? 'en');
  const messages: SlackBlock[][] = [];
  let draft: SlackBlock[] = [];
  for (const piece of pieces.flatMap(splitPiece)) {
    if (draft.length + piece.length > L.blocksPerMessage) {
      messages.push(draft);
      draft = [];
    }
    draft.push(...piece);
  }
  if (draft.length > 0 || messages.length === 0) messages.push(draft);
  const fallback = fallbackText(message);
  return messages.map((blocks, i) => ({
    text: messages.length === 1 ? fallback : `${fallback} (${i + 1}/${messages.length})`,
    blocks: numberActions(blocks),
    unfurl_links: false,
    unfurl_media: false,
  }));
}

function renderPieces(blocks: readonly Block[], locale: Language): SlackPiece[] {
  const pieces: SlackPiece[] = [];
  for (const [index, block] of blocks.entries()) {
    switch (block.type) {
      case 'heading':
        pieces.push(renderHeading(block));
        break;
      case 'text':
        pieces.push(...renderText(block));
        break;
      case 'list': {
        // A list right after a story (an alert's "Previous development") joins the story,
        // ahead of its fact buttons.
        const story = blocks[index - 1]?.type === 'story' ? pieces.pop() : undefined;
        const list = renderList(block.entries);
        pieces.push(...(story === undefined ? list : [attachToStory(story, list)]));
        break;
      }
      case 'divider':
        pieces.push([{ type: 'divider' }]);
        break;
      case 'story':
        pieces.push(renderStory(block.card, locale));
        break;
      case 'actions':
        pieces.push(renderActions(block.actions));
        break;
    }
  }
  return pieces.filter((p) => p.length > 0);
}

/** A piece longer than a whole message (only a very long actions run) goes in several. */
function splitPiece(piece: SlackPiece): SlackPiece[] {
  if (piece.length <= L.blocksPerMessage) return [piece];
  const parts: SlackPiece[] = [];
  for (let i = 0; i < piece.length; i += L.blocksPerMessage) {
    parts.push(piece.slice(i, i + L.blocksPerMessage));
  }
  return parts;
}

/** Gives every button an action id unique within its message: `run:0`, `run:1`, `link:2`… */
function numberActions(blocks: readonly SlackBlock[]): SlackBlock[] {
  let n = 0;
  return blocks.map((block) =>
    block.type !== 'actions'
      ? block
      : {
          ...block,
          elements: block.elements.map((b) => ({ ...b, action_id: `${b.action_id}${n++}` })),
        },
  );
}

/** The message's plain-text fallback, escaped (Slack parses `text` too) and shortened. */
function fallbackText(message: Message): string {
  const text = message.fallback.replace(/\s+/g, ' ').trim();
  return truncateWords(escapeMrkdwn(text === '' ? '…' : text), L.fallbackText);
}

/** The action id prefix of command buttons, for the Bolt app's listener. */
export const COMMAND_ACTION = new RegExp(`^${COMMAND_ACTION_PREFIX}\\d+$`);
