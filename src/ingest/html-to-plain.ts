import { Parser } from 'htmlparser2';

/** Elements whose start and end break a line of text. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'tbody', 'td', 'th', 'thead', 'tr', 'ul',
]);
/** Elements whose text is never shown to a reader. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'head', 'title']);

/**
 * A run of spacing that is not already one plain space: one that starts with another spacing
 * character, or a space followed by more. A lone space is left alone, so ordinary text is
 * scanned, not rebuilt.
 */
const SPACING_RUN = /[\t\f\v\r\u00a0\u200b][ \t\f\v\r\u00a0\u200b]*| [ \t\f\v\r\u00a0\u200b]+/g;

const collapse = (text: string): string => text.replace(SPACING_RUN, ' ');

/**
 * Spacing for `tidy`: what `\s` matches and `trim` removes, and the zero-width space, which
 * `SPACING_RUN` turns into a space.
 */
function isSpacing(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200b) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/**
 * What `tidy` may change inside a text: a line break, a character `SPACING_RUN` replaces, or two
 * spaces. Other spacing inside a line (`\u3000`, thin spaces) stays as written.
 */
const UNTIDY_SPACING = /[\t-\r\u00a0\u200b]| {2}/;

/**
 * A maximal run of spacing `tidy` may change: two or more, or one that is not a plain space. A
 * run starts where spacing does, so each match is a whole run.
 */
const SPACING_TO_TIDY = /[\s\u200b]{2,}|[^\S ]|\u200b/g;

/** One run inside a line collapses; a run holding line breaks is one line break. */
const tidyRun = (run: string): string => (run.includes('\n') ? '\n' : collapse(run));

/**
 * Runs of spacing collapsed (`SPACING_RUN`), every line trimmed, empty lines dropped, the whole
 * trimmed. Equivalently, run by run: a run at either end goes, a run holding a line break becomes
 * one, any other run is collapsed. Text whose inside has only single plain spaces is just trimmed.
 */
function tidy(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpacing(text.charCodeAt(start))) start += 1;
  while (end > start && isSpacing(text.charCodeAt(end - 1))) end -= 1;
  const inside = start === 0 && end === text.length ? text : text.slice(start, end);
  return UNTIDY_SPACING.test(inside) ? inside.replace(SPACING_TO_TIDY, tidyRun) : inside;
}

/** A line break in the source and the spacing around it: markup breaks lines, the source does not. */
const BREAK_IN_TEXT = /\s*\n\s*/g;

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
      scratch.parts.push(text.includes('\n') ? text.replace(BREAK_IN_TEXT, ' ') : text);
      scratch.size += text.length;
    },
  },
  { decodeEntities: true },
);

/** Void elements: never open, so never closed by an enclosing end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/**
 * Elements the fast path leaves to the tokenizer: raw-text elements, and elements whose opening
 * implicitly closes a block (a `<p>`) without being a block itself.
 */
const TOKENIZER_ONLY = new Set([
  'textarea', 'xmp', 'plaintext', 'listing', 'noembed', 'noframes', 'math', 'html', 'body', 'form', 'fieldset',
  'details', 'select', 'option', 'optgroup', 'button', 'datalist', 'output', 'rt', 'rp',
]);
/** One well-formed start or end tag with quoted or plain attribute values. */
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/y;

/**
 * The fast path: the tokenizer's text for markup made only of well-formed tags and no entities
 * (what most feed descriptions are), or null when anything needs the tokenizer. Block elements
 * give the same line breaks; where they differ only by empty lines, `tidy` removes them.
 */
function simpleMarkupText(html: string, maxChars: number): string | null {
  if (html.includes('&')) return null;
  const parts: string[] = [];
  const open: string[] = [];
  let size = 0;
  let at = 0;
  for (let lt = html.indexOf('<'); lt !== -1; lt = html.indexOf('<', at)) {
    TAG.lastIndex = lt;
    const tag = TAG.exec(html);
    const name = tag?.[2]?.toLowerCase();
    if (tag === null || name === undefined || HIDDEN.has(name) || TOKENIZER_ONLY.has(name)) return null;
    size = addText(parts, html.slice(at, lt), size, maxChars);
    at = TAG.lastIndex;
    if (tag[1] === '') {
      if (BLOCK.has(name)) parts.push('\n');
      if (!VOID.has(name)) open.push(name);
      continue;
    }
    const index = open.lastIndexOf(name);
    // An end tag with no open element: `</p>` and `</br>` still break the line, others are dropped.
    if (index === -1) {
      if (name === 'p' || name === 'br') parts.push('\n');
      continue;
    }
    for (let i = open.length - 1; i >= index; i -= 1) if (BLOCK.has(open[i] ?? '')) parts.push('\n');
    open.length = index;
  }
  addText(parts, html.slice(at), size, maxChars);
  return parts.join('');
}

/** Adds a run of text (line breaks in it read as spaces) unless `maxChars` are collected; the new size. */
function addText(parts: string[], text: string, size: number, maxChars: number): number {
  if (text === '' || size > maxChars) return size;
  parts.push(text.includes('\n') ? text.replace(BREAK_IN_TEXT, ' ') : text);
  return size + text.length;
}

/** The tokenizer's text, before tidying. */
function tokenizeHtml(html: string, maxChars: number): string {
  scratch.parts = [];
  scratch.size = 0;
  scratch.hiddenDepth = 0;
  scratch.maxChars = maxChars;
  tokenizer.reset();
  tokenizer.end(html);
  const text = scratch.parts.join('');
  scratch.parts = [];
  return text;
}

/**
 * HTML (or text with entities) to plain text: an HTML tokenizer (htmlparser2) decodes every
 * entity, drops tags, scripts and styles, and turns block elements into line breaks. Runs of
 * spaces collapse; empty lines go. Stops collecting after `maxChars`.
 * Text with neither `<` nor `&` skips the tokenizer (most titles); simple markup without
 * entities takes a fast path with the same result (most descriptions).
 */
export function htmlToPlain(html: string, maxChars = 20_000): string {
  if (!html.includes('<') && !html.includes('&')) return tidy(html).slice(0, maxChars);
  const input = html.length > maxChars * 4 ? html.slice(0, maxChars * 4) : html;
  return tidy(simpleMarkupText(input, maxChars) ?? tokenizeHtml(input, maxChars)).slice(0, maxChars);
}

/** `htmlToPlain` through the tokenizer only (the reference the fast path must agree with). */
export function htmlToPlainTokenized(html: string, maxChars = 20_000): string {
  const input = html.length > maxChars * 4 ? html.slice(0, maxChars * 4) : html;
  return tidy(tokenizeHtml(input, maxChars)).slice(0, maxChars);
}

/** Markup left in text after one pass: the feed escaped its HTML twice (`&amp;lt;p&amp;gt;`). */
const ESCAPED_TWICE = /<(?:p|div|a|br|img|span|table|b|i|em|strong)\b[^<>]*>|<!--/i;

/** `htmlToPlain`, run a second time when the first pass still shows tags (double-escaped feeds). */
export function htmlToPlainRepaired(html: string, maxChars = 20_000): string {
  const once = htmlToPlain(html, maxChars);
  return once.includes('<') && ESCAPED_TWICE.test(once) ? htmlToPlain(once, maxChars) : once;
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

/** Whether one line is a CMS footer. */
function isFooterLine(line: string): boolean {
  if (line.length > FOOTER_MAX_CHARS) return false;
  for (const pattern of FOOTER_LINES) if (pattern.test(line)) return true;
  return false;
}

/** Whether `TRAILING_MORE` can match: its phrases are case-sensitive, so a tail without them keeps. */
function mayEndWithMore(tail: string): boolean {
  return tail.includes('Continue reading') || tail.includes('Read ') || tail.includes('Lire ') || tail.includes('En savoir plus');
}

/** Removes CMS boilerplate: "The post … appeared first on …", "Lire la suite", "Continue reading", `[…]`. */
export function removeBoilerplate(text: string): string {
  let out = text;
  if (!text.includes('\n')) {
    if (isFooterLine(text)) out = '';
  } else {
    const lines = text.split('\n');
    const kept = lines.filter((line) => !isFooterLine(line));
    if (kept.length !== lines.length) out = kept.join('\n');
  }
  // Both patterns are anchored at the end: test only the tail, not the whole text.
  const cut = Math.max(0, out.length - TAIL_CHARS);
  const tail = out.slice(cut);
  const cleaned = mayEndWithMore(tail) ? tail.replace(TRAILING_MORE, '') : tail;
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
