import type { FeedFailure, NormalisedItem } from '../core/item.js';
import { FeedFailureCode } from '../core/item.js';
import type { Result } from '../core/result.js';
import { err, ok } from '../core/result.js';
import { decodeFeed } from './decode-feed.js';
import type { RawFeed } from './feed-entry.js';
import { mediaType } from './http-headers.js';
import { normaliseEntries } from './normalise-entries.js';
import { parseJsonFeed } from './parse-json-feed.js';
import { parseXmlFeed } from './parse-xml-feed.js';
import { repairXml } from './repair-xml.js';

export interface ReadFeedInput {
  readonly body: Buffer;
  /** The Content-Type header, or null for a file. */
  readonly contentType: string | null;
  /** The feed's (final) URL: base of relative links. */
  readonly url: string;
  readonly feedId: string;
  /** Epoch ms: first-seen time of every item. */
  readonly now: number;
}

type BodyKind = 'xml' | 'json' | 'html' | 'empty-xml' | 'other';

/** Skips whitespace, the XML declaration, comments and processing instructions. */
function startOfMarkup(text: string): string {
  let head = text.slice(0, 4096).trimStart();
  for (let guard = 0; guard < 20; guard += 1) {
    const skip = /^(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->)\s*/.exec(head);
    if (skip === null) break;
    head = head.slice(skip[0].length);
  }
  return head;
}

function kindOf(text: string, type: string | null): BodyKind {
  const head = startOfMarkup(text);
  if (head === '' && text.trimStart().startsWith('<?xml')) return 'empty-xml';
  if (head.startsWith('{') || (type !== null && /json/.test(type) && !head.startsWith('<'))) return 'json';
  if (/^<!doctype\s+html|^<html[\s>]|^<head[\s>]|^<body[\s>]/i.test(head)) return 'html';
  return head.startsWith('<') ? 'xml' : 'other';
}

function notAFeed(message: string): FeedFailure {
  return { code: FeedFailureCode.NotAFeed, message: `not a feed: ${message}` };
}

/** The first feed a page advertises (`<link rel="alternate" type="application/rss+xml" href>`), resolved. */
function advertisedFeed(html: string, pageUrl: string): string | null {
  for (const tag of html.slice(0, 65_536).match(/<link\b[^>]*>/gi) ?? []) {
    if (!/type\s*=\s*["']?application\/(?:rss|atom|feed)\+(?:xml|json)/i.test(tag)) continue;
    const href = /href\s*=\s*(?:"([^"]+)"|'([^']+)'|([^\s>]+))/i.exec(tag);
    const link = href?.[1] ?? href?.[2] ?? href?.[3];
    if (link === undefined) continue;
    try {
      const url = new URL(link.replace(/&amp;/g, '&'), pageUrl);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // an unusable href: look at the next link
    }
  }
  return null;
}

function htmlFailure(type: string | null, html: string, pageUrl: string): FeedFailure {
  const what = type !== null ? `the server returned an HTML page (${type})` : 'an HTML page, not RSS, Atom or JSON Feed';
  const feed = advertisedFeed(html, pageUrl);
  return notAFeed(feed === null ? what : `${what}; the page names a feed at ${feed}`);
}

function describeStart(text: string, type: string | null): FeedFailure {
  if (type !== null && /^(?:image|audio|video)\/|^application\/(?:pdf|zip|gzip|octet-stream)$/.test(type)) {
    return notAFeed(`the server returned ${type}, not RSS, Atom or JSON Feed`);
  }
  const start = JSON.stringify(text.trimStart().slice(0, 24));
  return notAFeed(`the body is neither XML nor JSON (it starts with ${start}${type !== null ? `, served as ${type}` : ''})`);
}

/**
 * One fetched body (or file) → normalised items: decode (Content-Type, BOM, XML prolog;
 * iconv-lite), repair (bare `&`, control characters), parse (rss-parser `parseString` for
 * RSS/RDF/Atom, JSON Feed directly), normalise. Pure apart from CPU: no network, no globals,
 * safe to run in a worker thread. Zero items is a success. An HTML page → NOT_A_FEED
 * (`not a feed: the server returned an HTML page (text/html)`); broken XML → INVALID_XML
 * (`invalid XML at line 12: unescaped "<"`).
 */
export async function readFeed(input: ReadFeedInput): Promise<Result<NormalisedItem[], FeedFailure>> {
  // A Buffer sent to a worker thread arrives as a plain Uint8Array.
  const raw: Uint8Array = input.body;
  const body = Buffer.isBuffer(raw) ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  if (body.length === 0 || body.every((byte) => byte <= 0x20)) return err(notAFeed('the body is empty'));
  const type = mediaType(input.contentType);
  const { text } = decodeFeed(body, input.contentType);
  const kind = kindOf(text, type);
  let parsed: Result<RawFeed, FeedFailure>;
  if (kind === 'html') return err(htmlFailure(type, text, input.url));
  if (kind === 'other') return err(describeStart(text, type));
  if (kind === 'empty-xml') return err(notAFeed('an XML declaration with no document after it (empty or truncated)'));
  if (kind === 'json') parsed = parseJsonFeed(text);
  else {
    parsed = await parseXmlFeed(repairXml(text));
    if (!parsed.ok && type === 'text/html') return err(htmlFailure(type, text, input.url));
  }
  if (!parsed.ok) return parsed;
  return ok(normaliseEntries(parsed.value, { feedId: input.feedId, feedUrl: input.url, now: input.now }));
}
