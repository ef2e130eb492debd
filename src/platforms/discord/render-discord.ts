import type { Language } from '../../core/config-types.js';
import type { Block, Message } from '../../core/message.js';
import {
  ComponentType,
  DISCORD_LIMITS as L,
  embedCharacters,
  type DiscordButton,
  type DiscordEmbed,
  type DiscordMessagePayload,
} from './discord-payload.js';
import { renderActions, renderSection, renderStory, type RenderedPiece } from './render-blocks.js';

export interface RenderOptions {
  /** Language of the few labels the renderer adds itself ("Sources", "Background"). */
  readonly locale?: Language;
}

/**
 * Renders a neutral `Message` as one or more Discord message payloads, in order: a story card
 * becomes an embed with its background facts as buttons (custom_id = the fact's command), a run
 * of headings, texts and lists an embed, an actions block a row of buttons. Payloads stay within
 * Discord's limits (10 embeds, 6,000 characters, 5 rows of 5 buttons, unique custom_ids); a
 * message that does not fit is split between pieces, never inside a word or a link. Every
 * payload carries `allowed_mentions: { parse: [] }` and all text is escaped, so nothing from a
 * feed can ping anyone or forge a link.
 */
export function renderDiscord(
  message: Message,
  options: RenderOptions = {},
): DiscordMessagePayload[] {
  const pieces = renderPieces(message.blocks, options.locale ?? 'en');
  if (pieces.length === 0) pieces.push(...fallbackPieces(message.fallback));
  const messages: Draft[] = [];
  let draft = newDraft();
  for (const piece of pieces) {
    if (!fits(draft, piece)) {
      if (!isEmpty(draft)) messages.push(draft);
      draft = newDraft();
    }
    add(draft, piece);
  }
  if (!isEmpty(draft) || messages.length === 0) messages.push(draft);
  return messages.map(toPayload);
}

function renderPieces(blocks: readonly Block[], locale: Language): RenderedPiece[] {
  const pieces: RenderedPiece[] = [];
  // A heading right before the only story (an alert) becomes the story embed's author line.
  const single = blocks.filter((b) => b.type === 'story').length === 1;
  let section: Extract<Block, { type: 'heading' | 'text' | 'list' }>[] = [];
  const flush = (): void => {
    pieces.push(...renderSection(section));
    section = [];
  };
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
        flush();
        section.push(block);
        break;
      case 'text':
      case 'list':
        section.push(block);
        break;
      case 'divider':
        flush();
        break;
      case 'story': {
        const heading = single && section.length === 1 ? section[0] : undefined;
        if (heading?.type === 'heading') {
          section = [];
          const author = [heading.text, heading.subtitle]
            .filter((t) => t !== undefined)
            .join(' · ');
          pieces.push(renderStory(block.card, locale, author));
          break;
        }
        flush();
        pieces.push(renderStory(block.card, locale));
        break;
      }
      case 'actions':
        flush();
        pieces.push(renderActions(block.actions));
        break;
    }
  }
  flush();
  return pieces;
}

function fallbackPieces(fallback: string): RenderedPiece[] {
  return renderSection([{ type: 'text', text: fallback.trim() === '' ? '…' : fallback }]);
}

interface Draft {
  readonly embeds: DiscordEmbed[];
  readonly rows: DiscordButton[][];
  readonly ids: Set<string>;
  characters: number;
  /** The last row takes more fact buttons (false after an actions block). */
  openRow: boolean;
}

function newDraft(): Draft {
  return { embeds: [], rows: [], ids: new Set(), characters: 0, openRow: false };
}

function isEmpty(draft: Draft): boolean {
  return draft.embeds.length === 0 && draft.rows.length === 0;
}

/** Buttons of a piece not yet in the draft: custom_ids must be unique within a message. */
function newButtons(draft: Draft, piece: RenderedPiece): DiscordButton[] {
  const seen = new Set(draft.ids);
  return piece.buttons.filter((b) => {
    if (b.custom_id === undefined) return true;
    if (seen.has(b.custom_id)) return false;
    seen.add(b.custom_id);
    return true;
  });
}

function rowsAfter(
  draft: Draft,
  piece: RenderedPiece,
  buttons: readonly DiscordButton[],
): DiscordButton[][] {
  const rows = draft.rows.map((r) => [...r]);
  let open = draft.openRow && !piece.ownRow;
  for (const button of buttons) {
    const last = rows[rows.length - 1];
    if (open && last !== undefined && last.length < L.buttonsPerRow) {
      last.push(button);
    } else {
      rows.push([button]);
      open = true;
    }
  }
  return rows;
}

function fits(draft: Draft, piece: RenderedPiece): boolean {
  if (piece.embed !== undefined) {
    if (draft.embeds.length + 1 > L.embedsPerMessage) return false;
    if (draft.characters + embedCharacters(piece.embed) > L.charactersPerMessage) return false;
  }
  const buttons = newButtons(draft, piece);
  return buttons.length === 0 || rowsAfter(draft, piece, buttons).length <= L.rowsPerMessage;
}

function add(draft: Draft, piece: RenderedPiece): void {
  if (piece.embed !== undefined) {
    draft.embeds.push(piece.embed);
    draft.characters += embedCharacters(piece.embed);
  }
  const buttons = newButtons(draft, piece);
  if (buttons.length === 0) return;
  const rows = rowsAfter(draft, piece, buttons).slice(0, L.rowsPerMessage);
  draft.rows.splice(0, draft.rows.length, ...rows);
  for (const b of buttons) if (b.custom_id !== undefined) draft.ids.add(b.custom_id);
  draft.openRow = !piece.ownRow;
}

function toPayload(draft: Draft): DiscordMessagePayload {
  return {
    embeds: draft.embeds,
    components: draft.rows.map((components) => ({ type: ComponentType.ActionRow, components })),
    allowed_mentions: { parse: [] },
  };
}
