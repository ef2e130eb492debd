import crypto from 'node:crypto';
import type { NormalisedItem } from '../core/item.js';
import { canonicalUrl, resolveBase } from './canonical-url.js';
import { detectLanguage } from './detect-language.js';
import type { RawEntry, RawFeed } from './feed-entry.js';
import { htmlToPlain, htmlToPlainRepaired, removeBoilerplate, truncateText } from './html-to-plain.js';
import { parseFeedDate } from './parse-date.js';

export const SUMMARY_MAX_CHARS = 1_000;
export const CONTENT_MAX_CHARS = 20_000;
const TITLE_MAX_CHARS = 500;
/** Dates this far ahead of now count as wrong (clock skew allowed), and first-seen time is used. */
const FUTURE_TOLERANCE_MS = 15 * 60 * 1000;

export interface NormaliseContext {
  readonly feedId: string;
  /** Where the feed was fetched from (final URL after redirects); the base of relative links. */
  readonly feedUrl: string;
  readonly now: number;
}

/** The one-shot `crypto.hash` (Node 20.12+) where there is one: no Hash object per id. */
const oneShotHash = typeof crypto.hash === 'function' ? crypto.hash : null;

/** The first 32 hex digits of the key's sha256. */
function hash(key: string): string {
  const hex = oneShotHash === null ? crypto.createHash('sha256').update(key).digest('hex') : oneShotHash('sha256', key, 'hex');
  return hex.slice(0, 32);
}

const HTTP_URL = /^https?:\/\//i;
const GLOBAL_URI = /^(?:tag|urn):/i;

/** A guid that names the item worldwide: an http(s) URL, a `tag:` URI or a `urn:`. */
function globalGuid(guid: string | null, base: string | null): string | null {
  if (guid === null) return null;
  if (HTTP_URL.test(guid)) {
    const url = canonicalUrl(guid, base);
    return url === null ? null : `u:${url}`;
  }
  return GLOBAL_URI.test(guid) ? `g:${guid}` : null;
}

/** The feed-local key: the feed id with a local guid, else with the title, written date and lead. */
function localKey(feedId: string, entry: RawEntry, title: string): string {
  if (entry.guid !== null) return `f:${feedId}\u0000g:${entry.guid}`;
  return `f:${feedId}\u0000t:${title}\u0000${entry.dates[0] ?? ''}\u0000${entry.summaryHtml.slice(0, 200)}`;
}

/**
 * The item id, a 32-hex-digit sha256 of:
 * 1. the guid when it is globally unique (a URL guid is canonicalised like a link, so it meets
 *    the same article's link from another feed; `tag:` and `urn:` guids as written);
 * 2. else the canonical link — identical canonical URLs from different feeds are the same item;
 * 3. else the feed id with a feed-local guid (`12345`), or with title, the date as written (never
 *    the first-seen time, which changes) and the lead.
 * The feed-local id is also the fallback when two entries of one feed with different guids share
 * a link (podcasts that link every episode to their home page): both are kept. Null when both
 * ids are already `taken` (a true duplicate).
 */
export function itemIdOf(
  feedId: string,
  entry: RawEntry,
  url: string | null,
  base: string | null,
  title: string,
  taken: ReadonlySet<string>,
): string | null {
  const global = globalGuid(entry.guid, base) ?? (url !== null ? `u:${url}` : null);
  const first = global === null ? null : hash(global);
  if (first !== null && !taken.has(first)) return first;
  const local = hash(localKey(feedId, entry, title));
  return taken.has(local) ? null : local;
}

function languageOf(title: string, summary: string, declared: string | null): 'en' | 'fr' | 'und' {
  const detected = detectLanguage(title, summary);
  if (detected !== 'und') return detected;
  const code = declared?.slice(0, 2).toLowerCase();
  return code === 'en' || code === 'fr' ? code : 'und';
}

function dateOf(entry: RawEntry, now: number): { publishedAt: number; dateFromFeed: boolean } {
  for (const candidate of entry.dates) {
    const time = parseFeedDate(candidate);
    if (time !== null) return time > now + FUTURE_TOLERANCE_MS ? { publishedAt: now, dateFromFeed: false } : { publishedAt: time, dateFromFeed: true };
  }
  return { publishedAt: now, dateFromFeed: false };
}

function textsOf(entry: RawEntry): { title: string; summary: string; content: string } {
  const body = removeBoilerplate(htmlToPlainRepaired(entry.contentHtml, CONTENT_MAX_CHARS));
  const lead = entry.summaryHtml === '' ? '' : removeBoilerplate(htmlToPlainRepaired(entry.summaryHtml, CONTENT_MAX_CHARS));
  const summary = truncateText((lead !== '' ? lead : body).replace(/\n/g, ' '), SUMMARY_MAX_CHARS);
  const content = body.length > summary.length && body !== lead ? body : '';
  let title = htmlToPlain(entry.title, TITLE_MAX_CHARS * 2).replace(/\n/g, ' ');
  if (title === '') title = truncateText(summary, 120);
  return { title: truncateText(title, TITLE_MAX_CHARS), summary, content };
}

/**
 * Raw entries → NormalisedItems: plain text with entities decoded and boilerplate removed,
 * canonical URLs (relative links resolved against the entry's and feed's xml:base, then the
 * channel's absolute site link, then the feed URL), language (stop words, else the feed's declared language), dates (missing or future →
 * `now`, with `dateFromFeed` false). Entries with neither title, link nor text are skipped;
 * a repeated guid or id keeps the first entry.
 */
export function normaliseEntries(feed: RawFeed, context: NormaliseContext): NormalisedItem[] {
  const feedBase = resolveBase(feed.base, siteBase(feed.link, context.feedUrl));
  const seen = new Set<string>();
  const seenGuids = new Set<string>();
  const items: NormalisedItem[] = [];
  for (const entry of feed.entries) {
    if (entry.guid !== null) {
      if (seenGuids.has(entry.guid)) continue;
      seenGuids.add(entry.guid);
    }
    const base = resolveBase(entry.base, feedBase);
    const url = canonicalUrl(entry.link, base) ?? (entry.guidIsPermaLink !== false ? canonicalUrl(httpGuid(entry.guid), base) : null);
    const { title, summary, content } = textsOf(entry);
    if (title === '' && summary === '' && url === null) continue;
    const id = itemIdOf(context.feedId, entry, url, base, title, seen);
    if (id === null) continue;
    seen.add(id);
    const { publishedAt, dateFromFeed } = dateOf(entry, context.now);
    items.push({
      id,
      feedId: context.feedId,
      guid: entry.guid,
      url,
      title,
      summary,
      content,
      author: entry.author === null ? null : htmlToPlain(entry.author, 200) || null,
      lang: languageOf(title, summary, entry.language ?? feed.language),
      publishedAt,
      dateFromFeed,
      firstSeenAt: context.now,
    });
  }
  return items;
}

const SITE_LINK = /^https?:\/\/[^/]/i;

/** The channel's site link when it is an absolute http(s) URL (relative links are written against the site), else the feed URL. */
function siteBase(link: string | null, feedUrl: string): string {
  return link !== null && SITE_LINK.test(link) ? link : feedUrl;
}

const httpGuid = (guid: string | null): string | null => (guid !== null && HTTP_URL.test(guid) ? guid : null);
