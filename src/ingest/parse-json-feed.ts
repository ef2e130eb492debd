import type { FeedFailure } from '../core/item.js';
import { FeedFailureCode } from '../core/item.js';
import type { Result } from '../core/result.js';
import { err, ok } from '../core/result.js';
import type { RawEntry, RawFeed } from './feed-entry.js';

type Loose = Record<string, unknown>;

const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
const isObject = (value: unknown): value is Loose => value !== null && typeof value === 'object' && !Array.isArray(value);

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function authorOf(item: Loose): string | null {
  const authors = Array.isArray(item['authors']) ? item['authors'] : isObject(item['author']) ? [item['author']] : [];
  const names = authors.filter(isObject).map((a) => str(a['name'])).filter((n): n is string => n !== null);
  return names.length > 0 ? names.join(', ') : null;
}

function toEntry(item: Loose): RawEntry {
  const id = str(item['id']) ?? (typeof item['id'] === 'number' ? String(item['id']) : null);
  const text = str(item['content_text']);
  const summary = str(item['summary']);
  return {
    guid: id,
    guidIsPermaLink: null,
    link: str(item['url']) ?? str(item['external_url']),
    title: escapeHtml(str(item['title']) ?? ''),
    summaryHtml: summary !== null ? escapeHtml(summary) : '',
    contentHtml: str(item['content_html']) ?? (text !== null ? escapeHtml(text) : ''),
    author: authorOf(item),
    dates: [str(item['date_published']), str(item['date_modified'])].filter((d): d is string => d !== null),
    base: null,
    language: str(item['language']),
  };
}

/**
 * Parses JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/). Plain-text fields are
 * escaped so the normaliser can treat every field as HTML.
 */
export function parseJsonFeed(text: string): Result<RawFeed, FeedFailure> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : 'unreadable';
    return err({ code: FeedFailureCode.NotAFeed, message: `not a feed: invalid JSON (${detail})` });
  }
  const version = isObject(data) ? str(data['version']) : null;
  if (!isObject(data) || version === null || !/jsonfeed\.org\/version\/1/.test(version)) {
    return err({ code: FeedFailureCode.NotAFeed, message: 'not a feed: JSON without a JSON Feed "version" (https://jsonfeed.org/version/1.1)' });
  }
  const items = data['items'];
  if (items !== undefined && !Array.isArray(items)) {
    return err({ code: FeedFailureCode.NotAFeed, message: 'not a feed: JSON Feed "items" is not an array' });
  }
  return ok({
    entries: (items ?? []).filter(isObject).map(toEntry),
    base: null,
    link: str(data['home_page_url']),
    language: str(data['language']),
  });
}
