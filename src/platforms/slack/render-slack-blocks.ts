import type { Language } from '../../core/config-types.js';
import type { ActionButton, Block, FactRef, ListEntry, StoryCard } from '../../core/message.js';
import {
  escapeMrkdwn,
  isWebUrl,
  mrkdwnLink,
  packUnits,
  plainText,
  splitText,
  truncateWords,
} from './escape-mrkdwn.js';
import {
  COMMAND_ACTION_PREFIX,
  SLACK_LIMITS as L,
  mrkdwn,
  plain,
  type MrkdwnText,
  type SlackBlock,
  type SlackButton,
} from './slack-payload.js';

/**
 * Blocks that belong together (a story's text, context and fact buttons): packed into messages
 * whole, so a story's buttons always sit in the message of its text.
 */
export type SlackPiece = readonly SlackBlock[];

/** The renderer's own labels; French puts a space before the colon. */
const LABELS = {
  en: { sources: 'Sources: ', background: 'Background:' },
  fr: { sources: 'Sources : ', background: 'Contexte :' },
} as const;

/**
 * A command button: `value` is the command line it runs. Slack refuses a value over 2,000
 * characters and a shortened command line would run something else, so such a button is left
 * out. Action ids are numbered when the message is packed (`run:<n>`), unique per message.
 */
export function commandButton(label: string, command: string): SlackButton[] {
  if (command.trim() === '' || command.length > L.buttonValue) return [];
  return [
    {
      type: 'button',
      text: plain(buttonLabel(label)),
      action_id: COMMAND_ACTION_PREFIX,
      value: command,
    },
  ];
}

function buttonLabel(label: string): string {
  const clean = plainText(label.replace(/\s+/g, ' ').trim());
  return truncateWords(clean === '' ? '…' : clean, L.buttonText);
}

/** Buttons in actions blocks of at most 25 elements. */
function actionsBlocks(buttons: readonly SlackButton[]): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  for (let i = 0; i < buttons.length; i += L.actionsElements) {
    blocks.push({ type: 'actions', elements: buttons.slice(i, i + L.actionsElements) });
  }
  return blocks;
}

/** Context blocks of at most 10 elements of at most 2,000 characters each. */
function contextBlocks(texts: readonly string[]): SlackBlock[] {
  const elements: MrkdwnText[] = texts
    .filter((t) => t.trim() !== '')
    .flatMap((t) => splitText(t, L.contextElementText))
    .map(mrkdwn);
  const blocks: SlackBlock[] = [];
  for (let i = 0; i < elements.length; i += L.contextElements) {
    blocks.push({ type: 'context', elements: elements.slice(i, i + L.contextElements) });
  }
  return blocks;
}

function sectionBlocks(text: string): SlackBlock[] {
  return splitText(text, L.sectionText).map((t) => ({ type: 'section', text: mrkdwn(t) }));
}

/**
 * A story card: a section with the linked title, summary, sources and note; a context line
 * with the background facts' gists, tags and time; and the facts as buttons that open each card.
 */
export function renderStory(card: StoryCard, locale: Language): SlackPiece {
  // A card knows the language it was written in; its labels follow it.
  const labels = LABELS[card.locale ?? locale];
  const title = `*${mrkdwnLink(card.title, card.url)}*`;
  const parts = [title, escapeMrkdwn(card.summary.trim())];
  const sources = renderSources(card.sources, labels.sources);
  if (sources !== '') parts.push(sources);
  const muted = [card.provenance, card.note].filter(
    (t): t is string => t !== undefined && t.trim() !== '',
  );
  if (muted.length > 0) parts.push(`_${escapeMrkdwn(muted.map((t) => t.trim()).join(' · '))}_`);
  const text = truncateWords(parts.filter((p) => p !== '').join('\n'), L.sectionText);
  const meta = [
    card.tags.join(' · '),
    card.publishedAt === undefined ? '' : slackDate(card.publishedAt),
  ]
    .filter((p) => p !== '')
    .map((p) => (p.startsWith('<!date') ? p : escapeMrkdwn(p)))
    .join(' · ');
  const background = card.facts.map((f) => renderFact(f));
  const context = [
    ...(background.length === 0 ? [] : [`*${labels.background}* ${background.join(' ')}`]),
    ...(meta === '' ? [] : [meta]),
  ];
  const buttons = card.facts.flatMap((f) => commandButton(f.title, f.command));
  return [
    { type: 'section', text: mrkdwn(text) },
    ...contextBlocks(context),
    ...actionsBlocks(buttons),
  ];
}

/**
 * A story piece with blocks that belong to its text — an alert's "Previous development" link —
 * placed right after the story's section, before its background line and fact buttons: the
 * link reads as part of the development and the buttons stay last, beside the facts they open.
 */
export function attachToStory(story: SlackPiece, extra: readonly SlackPiece[]): SlackPiece {
  const textEnd = story.findIndex((block) => block.type !== 'section');
  const at = textEnd < 0 ? story.length : textEnd;
  return [...story.slice(0, at), ...extra.flat(), ...story.slice(at)];
}

function renderFact(fact: FactRef): string {
  return `*${escapeMrkdwn(fact.title)}* — ${escapeMrkdwn(fact.gist)}`;
}

/** A date Slack shows in each reader's own time zone, with a UTC fallback. */
function slackDate(epochMs: number): string {
  const seconds = Math.floor(epochMs / 1000);
  const iso = new Date(epochMs).toISOString().slice(0, 16).replace('T', ' ');
  return `<!date^${seconds}^{date_short_pretty} {time}|${iso} UTC>`;
}

/** `Sources: <url|RFI> · Studio Tamani`, with as many outlets as fit in 1,000 characters. */
function renderSources(sources: StoryCard['sources'], label: string): string {
  if (sources.length === 0) return '';
  const links = sources.map((s) => mrkdwnLink(s.name, s.url));
  let shown = links.length;
  const line = (n: number): string =>
    `${label}${links.slice(0, n).join(' · ')}${n < links.length ? ` +${links.length - n}` : ''}`;
  while (shown > 1 && line(shown).length > 1000) shown -= 1;
  return line(shown);
}

/** An actions block: link buttons for URL actions, command buttons for the rest. */
export function renderActions(actions: readonly ActionButton[]): SlackPiece {
  const buttons = actions.flatMap((a): SlackButton[] => {
    if (a.url === undefined) return commandButton(a.label, a.id);
    if (!isWebUrl(a.url, L.buttonUrl)) return [];
    return [{ type: 'button', text: plain(buttonLabel(a.label)), action_id: 'link:', url: a.url }];
  });
  return actionsBlocks(buttons);
}

/** A heading: a header block (plain text, 150 characters) and its subtitle as context. */
export function renderHeading(block: Extract<Block, { type: 'heading' }>): SlackPiece {
  const text = plainText(block.text.replace(/\s+/g, ' ').trim());
  const header: SlackBlock[] =
    text === '' ? [] : [{ type: 'header', text: plain(truncateWords(text, L.headerText)) }];
  const subtitle = block.subtitle?.trim() ?? '';
  return [...header, ...contextBlocks(subtitle === '' ? [] : [escapeMrkdwn(subtitle)])];
}

/** A text block: sections (muted text as context), split at lines or words past the limits. */
export function renderText(block: Extract<Block, { type: 'text' }>): SlackPiece[] {
  const lines = block.text
    .trim()
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim());
  const text = lines.map((l) => (l === '' ? '' : escapeMrkdwn(l))).join('\n');
  if (text === '') return [];
  if (block.tone === 'muted') return [contextBlocks([text])];
  const shown = block.tone === 'error' ? `:warning: ${text}` : text;
  return sectionBlocks(shown).map((b) => [b]);
}

/** A list: entries packed whole into sections of at most 3,000 characters. */
export function renderList(entries: readonly ListEntry[]): SlackPiece[] {
  return packUnits(entries.map(renderEntry), L.sectionText).map((text) => [
    { type: 'section', text: mrkdwn(text) },
  ]);
}

function renderEntry(entry: ListEntry): string {
  const label = entry.label === undefined ? '' : `*${escapeMrkdwn(entry.label)}* — `;
  const head = `• ${label}${mrkdwnLink(entry.text, entry.url)}`;
  const detail = entry.detail?.replace(/\s+/g, ' ').trim();
  return detail === undefined || detail === '' ? head : `${head}\n${escapeMrkdwn(detail)}`;
}
