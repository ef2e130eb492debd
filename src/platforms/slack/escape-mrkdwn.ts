/**
 * Text helpers for Slack's mrkdwn: escaping of untrusted text, links built only from our own URL
 * fields, word-safe truncation and splitting. Everything here is pure.
 * @see https://docs.slack.dev/messaging/formatting-message-text#escaping
 */
import { packUnits as packBy, safeCut, splitText as splitBy } from '../../core/split-text.js';

/** Zero-width space: breaks a bare `@here` without changing what a reader sees. */
const ZWSP = '\u200b';

/**
 * Escapes untrusted (feed or user) text for mrkdwn. Slack's control sequences all start with
 * `<` (`<!channel>`, `<!here>`, `<!everyone>`, `<@U…>`, `<#C…>`, `<!subteam^…>`, `<url|text>`),
 * so escaping `&`, `<` and `>` as Slack documents makes every one of them literal text. A bare
 * `@channel`, `@here` or `@everyone` gets a zero-width space after the `@`, in case a client or
 * a future setting ever links names in bot messages.
 */
export function escapeMrkdwn(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(channel|here|everyone)/gi, `@${ZWSP}$1`);
}

/** Text for `plain_text` objects (headers, button labels): no markup there, only the `@` guard. */
export function plainText(text: string): string {
  return text.replace(/@(channel|here|everyone)/gi, `@${ZWSP}$1`);
}

/** True for an absolute http(s) URL of at most `max` characters. */
export function isWebUrl(url: string | null | undefined, max = 3000): url is string {
  if (url === null || url === undefined || url.length > max || !URL.canParse(url)) return false;
  const protocol = new URL(url).protocol;
  return protocol === 'http:' || protocol === 'https:';
}

/**
 * A mrkdwn link `<url|label>` from untrusted label text and one of our URL fields; the escaped
 * label alone when the URL is not a web URL. Characters that would end the link early or start
 * a label (`|`, `<`, `>`, spaces) are percent-encoded in the URL.
 */
export function mrkdwnLink(label: string, url: string | null | undefined): string {
  const text = escapeMrkdwn(label.replace(/\s+/g, ' ').trim()).replace(/\|/g, '¦');
  if (!isWebUrl(url)) return text;
  const safe = url.replace(
    /[|<>\s]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return `<${safe}|${text === '' ? safe : text}>`;
}

/**
 * Shortens `text` to at most `max` characters, ending in `…` at a word boundary. A text whose
 * first word alone is too long is cut inside that word (there is no better place). Never ends
 * inside an escape (`&amp;`) or a `<url|label>` link.
 */
export function truncateWords(text: string, max: number): string {
  if (text.length <= max) return text;
  let head = '';
  for (const token of text.match(TOKEN) ?? []) {
    if (head.length + token.trimEnd().length > max - 1) break;
    head += token;
  }
  if (head.trim() === '') head = cutToken(text.trimStart(), max - 1);
  return `${head.trimEnd()}…`;
}

/** A `<…>` link or a word, each with what sticks to it and its trailing spaces. */
const TOKEN = /(?:<[^<>\s]*\|[^<>]*>|<[^<>\s]*>|\S)+\s*|\s+/g;

/**
 * Splits text into pieces of at most `max` characters: between lines when it can, else between
 * words, so no word, no `&amp;` escape and no `<url|label>` link is cut. Only a single token
 * longer than `max` is, at a character that is not inside an escape.
 */
export function splitText(text: string, max: number): string[] {
  return splitBy(text, max, { token: TOKEN, cut: cutToken });
}

/** The longest head of an over-long token that does not end inside an `&…;` escape. */
function cutToken(token: string, max: number): string {
  let head = safeCut(token.slice(0, max));
  const amp = head.lastIndexOf('&');
  if (amp > 0 && !head.slice(amp).includes(';') && /^&(?:amp|lt|gt);/.test(token.slice(amp))) {
    head = head.slice(0, amp);
  }
  return head;
}

/** Packs whole units (list entries, paragraphs) into texts of at most `max` characters. */
export function packUnits(units: readonly string[], max: number, separator = '\n'): string[] {
  return packBy(units, max, { token: TOKEN, cut: cutToken }, separator);
}
