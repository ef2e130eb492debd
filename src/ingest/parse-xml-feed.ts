import Parser from 'rss-parser';
import type { FeedFailure } from '../core/item.js';
import { FeedFailureCode } from '../core/item.js';
import type { Result } from '../core/result.js';
import { err, ok } from '../core/result.js';
import type { RawEntry, RawFeed } from './feed-entry.js';

type Loose = Record<string, unknown>;

/**
 * Atom's date elements (1.0: published, updated; 0.3: issued, created, modified) are renamed so
 * rss-parser's `new Date(x).toISOString()` never sees (and throws on) a broken date.
 */
const DATE_TAGS = new Set(['published', 'updated', 'issued', 'created', 'modified']);

const SAX_WORDS: readonly (readonly [RegExp, string])[] = [
  [/^Unencoded </, 'unescaped "<"'],
  [/^Invalid character in tag name/, 'unescaped "<" (or a broken tag name)'],
  [/^Invalid characters? in closing tag/, 'broken closing tag'],
  [/^Invalid character entity/, 'unknown entity (an "&" that should be "&amp;"?)'],
  [/^Invalid character in entity name/, 'unescaped "&"'],
  [/^Unexpected close tag/, 'a closing tag that does not match the open element'],
  [/^Unmatched closing tag: (.*)/, 'closing tag </$1> without an opening tag'],
  [/^Unclosed root tag/, 'the document ends before its root element is closed (truncated?)'],
  [/^Text data outside of root node/, 'text after the end of the root element'],
  [/^Non-whitespace before first tag/, 'text before the first tag'],
  [/^Unquoted attribute value/, 'an attribute value without quotes'],
  [/^Attribute without value/, 'an attribute without a value'],
  [/^Attribute .* redefined/, 'an attribute given twice'],
  [/^Unbound namespace prefix: (.*)/, 'undeclared namespace prefix $1'],
  [/^Inappropriately located doctype declaration/, 'a DOCTYPE in the wrong place'],
];

/**
 * The sax parser's error as one line: `invalid XML at line 12: unescaped "<"`. sax counts lines
 * from 0, people from 1.
 */
export function describeXmlError(message: string): string {
  const [first = '', ...rest] = message.split('\n');
  const line = /Line:\s*(\d+)/.exec(rest.join('\n'));
  const where = line?.[1] !== undefined ? ` at line ${Number(line[1]) + 1}` : '';
  const rule = SAX_WORDS.find(([pattern]) => pattern.test(first));
  const words = rule !== undefined ? first.replace(rule[0], rule[1]).trim() : first.trim().replace(/\.$/, '').toLowerCase();
  return `invalid XML${where}: ${words}`;
}

/** Prefixes bound to the Atom namespace (`<a:feed xmlns:a="http://www.w3.org/2005/Atom">`), to strip. */
function atomPrefixes(xml: string): Set<string> {
  const prefixes = new Set<string>();
  const head = xml.length > 200_000 ? xml.slice(0, 200_000) : xml;
  // Most feeds declare no prefix at all: one quick search instead of the pattern's scan.
  if (!head.includes('xmlns:')) return prefixes;
  for (const match of head.matchAll(/xmlns:([\w.-]+)\s*=\s*["']http:\/\/www\.w3\.org\/2005\/Atom["']/g)) {
    if (match[1] !== undefined) prefixes.add(`${match[1]}:`);
  }
  return prefixes;
}

/**
 * The parser for feeds without prefixed Atom, made once: building one costs more than parsing a
 * small feed. Reuse is safe because xml2js parses synchronously and resets between documents.
 */
let plainParser: Parser | undefined;

/** The tag name processor of feeds without prefixed Atom: it runs for every element. */
function renameDateTag(name: string): string {
  return DATE_TAGS.has(name) ? `sd:${name}` : name;
}

function createParser(prefixes: Set<string>): Parser {
  const renameTag =
    prefixes.size === 0
      ? renameDateTag
      : (name: string): string => {
          let local = name;
          for (const prefix of prefixes) if (name.startsWith(prefix)) local = name.slice(prefix.length);
          return renameDateTag(local);
        };
  const parser = new Parser({
    defaultRSS: 2,
    customFields: {
      feed: [['$', 'attrs', { keepArray: true }] as never],
      item: [
        ['$', 'attrs', { keepArray: true }] as never,
        ['guid', 'guidRaw', { keepArray: true }] as never,
        ['sd:published', 'published'] as never,
        ['sd:updated', 'updated'] as never,
        ['sd:issued', 'issued'] as never,
        ['sd:created', 'created'] as never,
        ['sd:modified', 'modified'] as never,
      ],
    },
    xml2js: { tagNameProcessors: [renameTag] },
  });
  skipIsoDates(parser);
  return parser;
}

/**
 * rss-parser 3 gives every item an `isoDate` (a Date parse and toISOString, a tenth of its
 * per-item work) through its `setISODate` method; entries never read it, so this parser skips
 * it. Should a later rss-parser drop the method, the override is simply never called.
 */
function skipIsoDates(parser: Parser): void {
  Object.defineProperty(parser, 'setISODate', { value: () => undefined });
}

const isAtom = (xml: string): boolean => rootName(xml) === 'feed';

/**
 * Atom links written like RSS ones (`<link>https://…</link>`) or empty (`<link/>`) make
 * rss-parser throw on the missing `href`; rewrite the first, drop the second.
 */
function repairAtomLinks(xml: string): string {
  if (!/<link\s*\/?>/.test(xml)) return xml;
  return xml.replace(/<link\s*>\s*([^<\s]+)\s*<\/link>/g, '<link href="$1"/>').replace(/<link\s*\/>|<link\s*>\s*<\/link>/g, '');
}

/** Text of an xml2js value: a string, `{_: text}`, an `href`, or the text inside nested markup (xhtml titles). */
function textOf(value: unknown, depth = 0): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((v) => textOf(v, depth + 1)).join(' ');
  if (value !== null && typeof value === 'object' && depth < 8) {
    const record = value as Loose;
    const keys = Object.keys(record);
    const contentKeys = keys.includes('$') ? keys.length - 1 : keys.length;
    const text = record['_'];
    if (typeof text === 'string' && contentKeys === 1) return text;
    const href = (record['$'] as Loose | undefined)?.['href'];
    if (typeof href === 'string' && contentKeys === 0) return href;
    // Mixed content: xml2js keeps the text first and child elements after it.
    const parts: string[] = [];
    for (const key of keys) {
      const part = key === '$' ? '' : textOf(record[key], depth + 1);
      if (part !== '') parts.push(part);
    }
    return parts.join(' ');
  }
  return '';
}

const nonEmpty = (value: unknown): string | null => {
  const text = textOf(value).trim();
  return text === '' ? null : text;
};

function guidOf(item: Loose): { guid: string | null; isPermaLink: boolean | null } {
  const raw = Array.isArray(item['guidRaw']) ? (item['guidRaw'] as unknown[])[0] : undefined;
  const guid = nonEmpty(raw) ?? nonEmpty(item['id']);
  const attr = raw !== null && typeof raw === 'object' ? ((raw as Loose)['$'] as Loose | undefined)?.['isPermaLink'] : undefined;
  const isPermaLink = typeof attr === 'string' ? attr.trim().toLowerCase() !== 'false' : null;
  return { guid, isPermaLink };
}

/** Where rss-parser leaves an item's dates, best first (published before updated). */
const DATE_FIELDS = ['published', 'issued', 'created', 'pubDate', 'date', 'updated', 'modified'] as const;

function toEntry(item: Loose): RawEntry {
  const { guid, isPermaLink } = guidOf(item);
  const attrs = (item['attrs'] ?? {}) as Loose;
  const encoded = textOf(item['content:encoded']);
  // rss-parser puts RSS <description> and Atom <content> in `content`, Atom <summary> in `summary`.
  const body = encoded !== '' ? encoded : textOf(item['content']);
  const lead = textOf(item['summary']) || (encoded !== '' ? textOf(item['content']) : '');
  const dates: string[] = [];
  for (const field of DATE_FIELDS) {
    const date = nonEmpty(item[field]);
    if (date !== null) dates.push(date);
  }
  return {
    guid,
    guidIsPermaLink: isPermaLink,
    link: nonEmpty(item['link']) ?? (isPermaLink === true ? guid : null) ?? nonEmpty(attrs['rdf:about']),
    title: textOf(item['title']),
    summaryHtml: lead,
    contentHtml: body,
    author: nonEmpty(item['creator']) ?? nonEmpty(item['author']),
    dates,
    base: nonEmpty(attrs['xml:base']),
    language: nonEmpty(item['language']) ?? nonEmpty(attrs['xml:lang']),
  };
}

/**
 * Parses RSS 0.9x/1.0/2.0, RDF and Atom 0.3/1.0 with rss-parser's `parseString` (strict sax: no
 * external entities, no entity expansion bombs). Broken XML gives INVALID_XML with a line number
 * and words a person understands; an XML document that is not a feed gives NOT_A_FEED.
 */
export async function parseXmlFeed(xml: string): Promise<Result<RawFeed, FeedFailure>> {
  let feed: Loose;
  try {
    const prefixes = atomPrefixes(xml);
    const parser = prefixes.size === 0 ? (plainParser ??= createParser(prefixes)) : createParser(prefixes);
    feed = (await parser.parseString(prefixes.size === 0 && isAtom(xml) ? repairAtomLinks(xml) : xml)) as unknown as Loose;
  } catch (error) {
    // xml2js keeps state across documents; after a failure start from a fresh parser.
    plainParser = undefined;
    return err(describeParseFailure(error, xml));
  }
  const attrs = (feed['attrs'] ?? {}) as Loose;
  const items = Array.isArray(feed['items']) ? (feed['items'] as Loose[]) : [];
  return ok({
    entries: items.map(toEntry),
    base: nonEmpty(attrs['xml:base']) ?? rootBase(xml),
    link: nonEmpty(feed['link']),
    language: nonEmpty(feed['language']) ?? nonEmpty(attrs['xml:lang']),
  });
}

/** `xml:base` on the `<rss>` or `<rdf:RDF>` root, which rss-parser does not pass on. */
function rootBase(xml: string): string | null {
  const root = /<(?:rss|rdf:RDF)\b[^>]*?\sxml:base\s*=\s*["']([^"']*)["']/.exec(xml.slice(0, 4096));
  return root?.[1]?.trim() || null;
}

/** The name of the first element of an XML document, or null. */
function rootName(xml: string): string | null {
  const root = /<([A-Za-z_][\w:.-]*)[\s>/]/.exec(xml.slice(0, 8192).replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![^>]*>/g, ''));
  return root?.[1] ?? null;
}

function describeParseFailure(error: unknown, xml: string): FeedFailure {
  const message = error instanceof Error ? error.message : String(error);
  if (/^Feed not recognized/.test(message) || /^Unable to parse XML/.test(message)) {
    const name = rootName(xml) ?? 'unknown';
    return { code: FeedFailureCode.NotAFeed, message: `not a feed: the XML root element is <${name}>, not <rss>, <feed> or <rdf:RDF>` };
  }
  if (error instanceof TypeError) {
    // rss-parser assumes the elements a feed must have; a document without them breaks it.
    const name = rootName(xml) ?? 'unknown';
    const missing = name === 'feed' ? 'well-formed <entry> and <link href> elements' : 'a <channel> element';
    return { code: FeedFailureCode.NotAFeed, message: `not a feed: <${name}> without ${missing}` };
  }
  if (/\nLine:\s*\d+/.test(message)) return { code: FeedFailureCode.InvalidXml, message: describeXmlError(message) };
  return { code: FeedFailureCode.InvalidXml, message: `invalid feed: ${message.split('\n')[0] ?? 'unreadable'}` };
}
