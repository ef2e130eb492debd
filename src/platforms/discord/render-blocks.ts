import type { Language } from '../../core/config-types.js';
import type { ActionButton, Block, ListEntry, StoryCard } from '../../core/message.js';
import {
  ButtonStyle,
  ComponentType,
  DISCORD_LIMITS as L,
  type DiscordButton,
  type DiscordEmbed,
} from './discord-payload.js';
import {
  escapeMarkdown,
  escapeTitle,
  isWebUrl,
  maskedLink,
  packUnits,
  plainText,
  truncateWords,
} from './escape-markdown.js';

/**
 * One piece of a Discord message: an embed, the buttons that go with it, or both. Pieces are
 * packed into messages whole, so a story's buttons always sit in the message of its embed.
 */
export interface RenderedPiece {
  readonly embed?: DiscordEmbed;
  readonly buttons: readonly DiscordButton[];
  /** Action blocks start a row of their own; a story's fact buttons may share one. */
  readonly ownRow: boolean;
}

export const COLORS = { story: 0xd4a017, section: 0x5b6d7a, error: 0xc0392b } as const;

/** The renderer's own labels; French puts a space before the colon. */
const LABELS = {
  en: { sources: 'Sources: ', background: 'Background' },
  fr: { sources: 'Sources : ', background: 'Contexte' },
} as const;

/** Story description room: the total of a story embed stays under 6,000 characters. */
const STORY_DESCRIPTION = 3500;
const FOOTER = 256;

/**
 * A story card: one embed (title linked, summary, sources, note, background, tags, time) and its
 * fact buttons. `author` is the line above the title (an alert's heading).
 */
export function renderStory(card: StoryCard, locale: Language, author?: string): RenderedPiece {
  // A card knows the language it was written in; its labels follow it.
  const labels = LABELS[card.locale ?? locale];
  const parts = [escapeMarkdown(card.summary.trim())];
  const sources = renderSources(card.sources, labels.sources);
  if (sources !== '') parts.push(sources);
  const muted = [card.provenance, card.note].filter(
    (t): t is string => t !== undefined && t.trim() !== '',
  );
  if (muted.length > 0) parts.push(`*${escapeMarkdown(muted.map((t) => t.trim()).join(' · '))}*`);
  const description = truncateWords(parts.filter((p) => p !== '').join('\n\n'), STORY_DESCRIPTION);
  const background = card.facts.map(
    (f) => `**${escapeMarkdown(f.title)}** — ${escapeMarkdown(f.gist)}`,
  );
  const embed: DiscordEmbed = {
    ...(author === undefined
      ? {}
      : { author: { name: truncateWords(plainText(author), L.title) } }),
    title: truncateWords(escapeTitle(card.title), L.title),
    ...(isWebUrl(card.url) ? { url: card.url } : {}),
    ...(description === '' ? {} : { description }),
    color: COLORS.story,
    ...(background.length === 0
      ? {}
      : { fields: [{ name: labels.background, value: truncateLines(background, L.fieldValue) }] }),
    ...(card.tags.length === 0
      ? {}
      : { footer: { text: truncateWords(plainText(card.tags.join(' · ')), FOOTER) } }),
    ...(card.publishedAt === undefined
      ? {}
      : { timestamp: new Date(card.publishedAt).toISOString() }),
  };
  const buttons = card.facts.flatMap((f) => commandButton(f.title, f.command));
  return { embed, buttons, ownRow: false };
}

/** `Sources: [RFI](url) · Studio Tamani`, with as many outlets as fit in 1,000 characters. */
function renderSources(sources: StoryCard['sources'], label: string): string {
  if (sources.length === 0) return '';
  const links = sources.map((s) => maskedLink(s.name, s.url));
  let shown = links.length;
  const line = (n: number): string =>
    `${label}${links.slice(0, n).join(' · ')}${n < links.length ? ` +${links.length - n}` : ''}`;
  while (shown > 1 && line(shown).length > 1000) shown -= 1;
  return line(shown);
}

/** Whole lines while they fit, then `…`. */
function truncateLines(lines: readonly string[], max: number): string {
  const kept: string[] = [];
  for (const line of lines) {
    if ([...kept, line].join('\n').length > max - 2) {
      kept.push(kept.length === 0 ? truncateWords(line, max) : '…');
      break;
    }
    kept.push(line);
  }
  return kept.join('\n');
}

/**
 * A button that runs a command line. Discord refuses a custom_id over 100 characters, and a
 * shortened command line would run something else, so such a button is left out (null).
 */
export function commandButton(label: string, command: string): DiscordButton[] {
  if (command.length === 0 || command.length > L.customId) return [];
  return [
    {
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: buttonLabel(label),
      custom_id: command,
    },
  ];
}

function buttonLabel(label: string): string {
  const clean = plainText(label.replace(/\s+/g, ' ').trim());
  return truncateWords(clean === '' ? '…' : clean, L.buttonLabel);
}

/** An actions block: link buttons for URL actions, command buttons for the rest (at most 25). */
export function renderActions(actions: readonly ActionButton[]): RenderedPiece {
  const buttons = actions.flatMap((a): DiscordButton[] => {
    if (a.url === undefined) return commandButton(a.label, a.id);
    if (!isWebUrl(a.url) || a.url.length > L.buttonUrl) return [];
    return [
      {
        type: ComponentType.Button,
        style: ButtonStyle.Link,
        label: buttonLabel(a.label),
        url: a.url,
      },
    ];
  });
  return { buttons: buttons.slice(0, L.buttonsPerRow * L.rowsPerMessage), ownRow: true };
}

type SectionBlock = Extract<Block, { type: 'heading' | 'text' | 'list' }>;

/**
 * A run of headings, texts and lists: one embed per heading (title, subtitle and what follows),
 * split into several embeds when the description passes 4,096 characters.
 */
export function renderSection(blocks: readonly SectionBlock[]): RenderedPiece[] {
  const first = blocks[0];
  const title =
    first?.type === 'heading' ? truncateWords(escapeTitle(first.text), L.title) : undefined;
  // Units are packed into descriptions whole; a unit that opens a block starts with a line
  // break, so blocks are a blank line apart and list entries one line apart.
  const units: string[] = [];
  let error = false;
  const push = (parts: readonly string[]): void => {
    const kept = parts.filter((p) => p !== '');
    units.push(...kept.map((p, i) => (i === 0 && units.length > 0 ? `\n${p}` : p)));
  };
  for (const block of blocks) {
    if (block.type === 'heading') {
      push([
        block === first ? '' : `**${escapeMarkdown(block.text)}**`,
        block.subtitle === undefined ? '' : `*${escapeMarkdown(block.subtitle)}*`,
      ]);
    } else if (block.type === 'text') {
      error ||= block.tone === 'error';
      push([renderText(block.text, block.tone)]);
    } else {
      push(block.entries.map(renderEntry));
    }
  }
  const color = error ? COLORS.error : COLORS.section;
  const pieces = packUnits(units, L.description).map((p) => p.trim());
  if (pieces.length === 0 && title === undefined) return [];
  return (pieces.length === 0 ? [''] : pieces).map((description, i) => ({
    embed: {
      ...(i === 0 && title !== undefined ? { title } : {}),
      ...(description === '' ? {} : { description }),
      color,
    },
    buttons: [],
    ownRow: false,
  }));
}

function renderText(text: string, tone: 'normal' | 'muted' | 'error' | undefined): string {
  const lines = text
    .trim()
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim());
  const escaped = lines.map((l) => (l === '' ? '' : escapeMarkdown(l)));
  if (tone === 'muted') return escaped.map((l) => (l === '' ? '' : `*${l}*`)).join('\n');
  if (tone === 'error') return `⚠️ ${escaped.join('\n')}`;
  return escaped.join('\n');
}

function renderEntry(entry: ListEntry): string {
  const label = entry.label === undefined ? '' : `**${escapeMarkdown(entry.label)}** — `;
  const head = `• ${label}${maskedLink(entry.text, entry.url)}`;
  const detail = entry.detail?.replace(/\s+/g, ' ').trim();
  return detail === undefined || detail === '' ? head : `${head}\n${escapeMarkdown(detail)}`;
}
