import { Parser } from 'htmlparser2';

/** Elements whose start and end break a line of text. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'tbody', 'td', 'th', 'thead', 'tr', 'ul',
]);
/** Elements whose text is never shown to a reader. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'head', 'title']);

const collapse = (text: string): string => text.replace(/[ \t\f\v\r\u00a0\u200b]+/g, ' ');

function tidy(text: string): string {
  if (!text.includes('\n')) return collapse(text).trim();
  return text
    .split('\n')
    .map((line) => collapse(line).trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Scratch state of the one reusable tokenizer; `htmlToPlain` is synchronous, so calls never interleave. */
const scratch = { parts: [] as string[], size: 0, hiddenDepth: 0, maxChars: 0 };

const tokenizer = new Parser(
  {
    onopentagname(name) {
      if (HIDDEN.has(name)) scratch.hiddenDepth += 1;
      else if (BLOCK.has(name)) scratch.parts.push('\n');
    },
    onclosetag(name, isImplied) {
      if (HIDDEN.has(name)) scratch.hiddenDepth = Math.max(0, scratch.hiddenDepth - 1);
      else if (BLOCK.has(name) && !(isImplied && name === 'br')) scratch.parts.push('\n');
    },
    ontext(text) {
      if (scratch.hiddenDepth > 0 || scratch.size > scratch.maxChars) return;
      scratch.parts.push(text.includes('\n') ? text.replace(/\s*\n\s*/g, ' ') : text);
      scratch.size += text.length;
    },
  },
  { decodeEntities: true },
);

/**
 * HTML (or text with entities) to plain text: an HTML tokenizer (htmlparser2) decodes every
 * entity, drops tags, scripts and styles, and turns block elements into line breaks. Runs of
 * spaces collapse; empty lines go. Stops collecting after `maxChars`.
 * Text with neither `<` nor `&` skips the tokenizer (most titles).
 */
export function htmlToPlain(html: string, maxChars = 20_000): string {
  if (!html.includes('<') && !html.includes('&')) return tidy(html.replace(/\s*\n\s*/g, '\n')).slice(0, maxChars);
  scratch.parts = [];
  scratch.size = 0;
  scratch.hiddenDepth = 0;
  scratch.maxChars = maxChars;
  tokenizer.reset();
  tokenizer.end(html.length > maxChars * 4 ? html.slice(0, maxChars * 4) : html);
  const text = scratch.parts.join('');
  scratch.parts = [];
  return tidy(text).slice(0, maxChars);
}

/** Markup left in text after one pass: the feed escaped its HTML twice (`&amp;lt;p&amp;gt;`). */
const ESCAPED_TWICE = /<(?:p|div|a|br|img|span|table|b|i|em|strong)\b[^<>]*>|<!--/i;

/** `htmlToPlain`, run a second time when the first pass still shows tags (double-escaped feeds). */
export function htmlToPlainRepaired(html: string, maxChars = 20_000): string {
  const once = htmlToPlain(html, maxChars);
  return ESCAPED_TWICE.test(once) ? htmlToPlain(once, maxChars) : once;
}

/** Whole lines that are a CMS footer, not the story. */
const FOOTER_LINES: readonly RegExp[] = [
  /^The post .+ appeared first on .+$/i,
  /^(?:L[’']article|Cet article) .+ est apparu en premier sur .+$/i,
  /^(?:This|The) (?:article|entry) .+ was (?:originally )?published (?:first )?(?:on|at) .+$/i,
  /^(?:Read|Lire) (?:more|the full (?:story|article)|l[’']article complet|la suite)\b.{0,120}$/,
  /^(?:Continue reading|Lire la suite|En savoir plus|Lire plus)\b.{0,160}$/,
];
/**
 * A capitalised "read more" link at the very end, after a sentence end or an ellipsis ("… said.
 * Continue reading →"); "they would continue reading the report." is left alone.
 */
const TRAILING_MORE =
  /(?:^|(?<=[.!?…»”")\]])\s+|\n)(?:\[(?:…|\.\.\.)\]\s*)?(?:Continue reading|Read more|Lire la suite|Lire plus|En savoir plus|Read the full (?:story|article))\b[^\n]{0,160}$/;
const TRAILING_ELLIPSIS = /\s*\[(?:…|\.\.\.)\]\s*$/;

const FOOTER_MAX_CHARS = 400;
const TAIL_CHARS = 240;

/** Removes CMS boilerplate: "The post … appeared first on …", "Lire la suite", "Continue reading", `[…]`. */
export function removeBoilerplate(text: string): string {
  const lines = text.split('\n');
  const kept = lines.filter((line) => line.length > FOOTER_MAX_CHARS || !FOOTER_LINES.some((pattern) => pattern.test(line)));
  let out = kept.length === lines.length ? text : kept.join('\n');
  // Both patterns are anchored at the end: test only the tail, not the whole text.
  const cut = Math.max(0, out.length - TAIL_CHARS);
  const tail = out.slice(cut);
  const cleaned = tail.replace(TRAILING_MORE, '');
  const trimmed = cleaned.includes('[') ? cleaned.replace(TRAILING_ELLIPSIS, ' …') : cleaned;
  if (trimmed !== tail) out = out.slice(0, cut) + trimmed;
  return out.trim();
}

/** Cuts `text` to at most `max` characters at a word boundary, marking the cut with `…`. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
