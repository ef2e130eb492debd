/**
 * Text helpers for Discord: markdown escaping of untrusted text, masked links built only from
 * our own URL fields, and word-safe truncation. Everything here is pure.
 */
import {
  packUnits as packBy,
  safeCut,
  splitText as splitBy,
  type SplitRules,
} from '../../core/split-text.js';

/** Zero-width space: breaks `@everyone` and `@here` without changing what a reader sees. */
const ZWSP = '\u200b';

/**
 * Escapes untrusted (feed or user) text for Discord markdown, in content, embed descriptions,
 * titles and field values alike:
 * - markdown punctuation (`\ * _ ~ \` | [ ] ( ) <`) gets a backslash, so no bold, spoiler, code,
 *   masked link `[text](url)`, and no `<@id>`, `<@&id>`, `<#id>`, `</cmd:id>`, `<t:…>` or
 *   `<:emoji:id>` can form (Discord reads `\<` as a literal `<`);
 * - `@everyone` and `@here` get a zero-width space after the `@`;
 * - `#`, `-`, `>` and `1.` at the start of a line get a backslash (headings, subtext, lists, quotes).
 * Discord treats a backslash before any punctuation as an escape, so over-escaping is harmless.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\*_~`|[\]()<]/g, '\\$&')
    .replace(/@(everyone|here)/gi, `@${ZWSP}$1`)
    .replace(/^(\s*)([#>-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)\./gm, '$1\\.');
}

/**
 * Escapes untrusted text for an embed title, where Discord renders bold, italics, code and
 * spoilers but neither links nor mentions: formatting characters get a backslash, and mentions
 * and `](` are broken as in `plainText`, without backslashes before brackets a reader would see
 * if a client showed them literally.
 */
export function escapeTitle(text: string): string {
  return plainText(text.replace(/[\\*_~`|]/g, '\\$&'));
}

/**
 * Neutralises mentions in fields Discord shows as plain text (footers, button labels, field
 * names): no markdown there, so no backslashes, only a zero-width space after `@` in
 * `@everyone`/`@here`, after `<` where a mention, command or timestamp could start, and inside
 * `](`, in case Discord ever renders links there.
 */
export function plainText(text: string): string {
  return text
    .replace(/@(everyone|here)/gi, `@${ZWSP}$1`)
    .replace(/<(?=[@#/:]|t:|a:)/gi, `<${ZWSP}`)
    .replace(/\]\(/g, `]${ZWSP}(`);
}

/** Packs whole units (list entries, paragraphs) into texts of at most `max` characters. */
export function packUnits(units: readonly string[], max: number, separator = '\n'): string[] {
  return packBy(units, max, RULES, separator);
}

/** True for an absolute http(s) URL Discord will accept in an embed or a link button. */
export function isWebUrl(url: string | null | undefined): url is string {
  if (url === null || url === undefined || url.length > 2048 || !URL.canParse(url)) return false;
  const protocol = new URL(url).protocol;
  return protocol === 'http:' || protocol === 'https:';
}

/**
 * A markdown link from escaped text and one of our URL fields; plain escaped text when the URL
 * is not a web URL. Characters that would end the link early are percent-encoded.
 */
export function maskedLink(text: string, url: string | null | undefined): string {
  const label = escapeMarkdown(text);
  if (!isWebUrl(url)) return label;
  const safe = url.replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${label}](${safe})`;
}

/**
 * Shortens `text` to at most `max` characters, ending in `…` at a word boundary. A text whose
 * first word alone is too long is cut inside that word (there is no better place).
 */
export function truncateWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const space = room.search(/\s\S*$/);
  const head = space > 0 ? room.slice(0, space) : safeCut(room);
  return `${head.trimEnd()}…`;
}

/** A markdown link `[label](url)` with what sticks to it, or a word with its trailing spaces. */
const RULES: SplitRules = {
  token: /\[(?:\\.|[^\]\\])*\]\([^)\s]*\)\S*\s*|\S+\s*|\s+/g,
  cut: (token, max) => safeCut(token.slice(0, max)),
};

/**
 * Splits text into pieces of at most `max` characters: between lines when it can, else between
 * words, so no word and no `[label](url)` link is cut. Only a single word longer than `max` is.
 */
export function splitText(text: string, max: number): string[] {
  return splitBy(text, max, RULES);
}
