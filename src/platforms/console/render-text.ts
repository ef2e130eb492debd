import type { Language } from '../../core/config-types.js';
import type { ActionButton, Block, ListEntry, Message, StoryCard } from '../../core/message.js';

/** Console lines wrap at this many columns. */
const WIDTH = 100;

export interface RenderTextOptions {
  /** Language of the few labels the renderer adds itself ("Error", "Sources", "Tags"). */
  readonly locale?: Language;
}

/** The renderer's own labels; French puts a space before the colon. */
const LABELS = {
  en: {
    error: 'Error: ',
    sources: 'Sources: ',
    tags: 'Tags: ',
    background: 'Background:',
    factColon: ': ',
  },
  fr: {
    error: 'Erreur : ',
    sources: 'Sources : ',
    tags: 'Thèmes : ',
    background: 'Contexte :',
    factColon: ' : ',
  },
} as const;

type Labels = (typeof LABELS)[Language];

/**
 * Renders a neutral `Message` as plain terminal text: headings underlined, story cards with
 * link, summary, sources, tags and background facts, lists, dividers and `[action]` labels.
 * Lines wrap at 100 columns; control characters in the (untrusted) text are removed so feed
 * text cannot move the cursor, recolour the terminal or fake extra lines.
 */
export function renderText(message: Message, options: RenderTextOptions = {}): string {
  const labels = LABELS[options.locale ?? 'en'];
  return message.blocks
    .map((block) => renderBlock(block, labels))
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.map((line) => line.trimEnd()).join('\n'))
    .join('\n\n');
}

function renderBlock(block: Block, labels: Labels): string[] {
  switch (block.type) {
    case 'heading':
      return renderHeading(block.text, block.subtitle);
    case 'story':
      // A card knows the language it was written in; its labels follow it.
      return renderStory(
        block.card,
        block.card.locale === undefined ? labels : LABELS[block.card.locale],
      );
    case 'text': {
      const prefix = block.tone === 'error' ? labels.error : '';
      return wrap(prefix + paragraph(block.text), '', '');
    }
    case 'list':
      return block.entries.flatMap(renderEntry);
    case 'divider':
      return ['-'.repeat(40)];
    case 'actions':
      return wrap(block.actions.map(renderAction).join('  '), '', '');
  }
}

function renderHeading(text: string, subtitle: string | undefined): string[] {
  const lines = wrap(line(text), '', '');
  const underline = '='.repeat(Math.min(WIDTH, Math.max(...lines.map(width))));
  return [...lines, underline, ...(subtitle === undefined ? [] : wrap(line(subtitle), '', ''))];
}

function renderStory(card: StoryCard, labels: Labels): string[] {
  const lines = wrap(line(card.title), '* ', '  ');
  if (card.url !== null) lines.push(`  ${line(card.url)}`);
  if (card.publishedAt !== undefined) lines.push(`  ${formatTime(card.publishedAt)}`);
  if (card.summary.trim() !== '') lines.push(...wrap(paragraph(card.summary), '  ', '  '));
  if (card.sources.length > 0) {
    const sources = card.sources.map((s) =>
      s.url === null ? line(s.name) : `${line(s.name)} <${line(s.url)}>`,
    );
    lines.push(...wrap(`${labels.sources}${sources.join(', ')}`, '  ', '    '));
  }
  if (card.tags.length > 0)
    lines.push(...wrap(`${labels.tags}${card.tags.map(line).join(', ')}`, '  ', '    '));
  if (card.facts.length > 0) {
    lines.push(`  ${labels.background}`);
    for (const fact of card.facts)
      lines.push(
        ...wrap(
          `${line(fact.title)}${labels.factColon}${line(fact.gist)} (${line(fact.command)})`,
          '    - ',
          '      ',
        ),
      );
  }
  if (card.provenance !== undefined && card.provenance.trim() !== '')
    lines.push(...wrap(line(card.provenance), '  ', '  '));
  if (card.note !== undefined && card.note.trim() !== '')
    lines.push(...wrap(line(card.note), '  ', '  '));
  return lines;
}

function renderEntry(entry: ListEntry): string[] {
  const head =
    entry.label === undefined ? line(entry.text) : `${line(entry.label)} — ${line(entry.text)}`;
  const lines = wrap(head, '- ', '  ');
  if (entry.detail !== undefined && entry.detail.trim() !== '')
    lines.push(...wrap(paragraph(entry.detail), '    ', '    '));
  if (entry.url !== undefined) lines.push(`    ${line(entry.url)}`);
  return lines;
}

function renderAction(action: ActionButton): string {
  return action.url === undefined
    ? `[${line(action.label)}]`
    : `[${line(action.label)}] <${line(action.url)}>`;
}

function formatTime(epochMs: number): string {
  return `${new Date(epochMs).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** One line of untrusted text: control characters removed, whitespace runs collapsed. */
function line(text: string): string {
  return stripControls(text.replace(/\s+/g, ' ')).trim();
}

/** Untrusted text that may hold paragraphs: newlines kept, other control characters removed. */
function paragraph(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((part) => stripControls(part.replace(/\s+/g, ' ')).trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function stripControls(text: string): string {
  // C0 controls (ESC starts terminal escape sequences), DEL and C1 controls.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}

function width(text: string): number {
  return [...text].length;
}

/**
 * Word-wraps `text` to WIDTH columns: the first line starts with `first`, the others with
 * `rest`. A word longer than a line (a URL) gets a line of its own rather than being cut.
 */
function wrap(text: string, first: string, rest: string): string[] {
  const lines: string[] = [];
  let prefix = first;
  for (const para of text.split('\n')) {
    let current = prefix;
    let empty = true;
    for (const word of para.split(' ').filter((w) => w !== '')) {
      if (!empty && width(current) + 1 + width(word) > WIDTH) {
        lines.push(current);
        current = rest + word;
      } else {
        current = empty ? current + word : `${current} ${word}`;
      }
      empty = false;
    }
    lines.push(current);
    prefix = rest;
  }
  return lines;
}
