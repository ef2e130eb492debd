import type { NormalisedItem } from '../../../src/core/item.js';
import type { FeedRegistration } from '../../../src/core/store-ports.js';

/** A feed registration with test defaults. */
export function feed(id: string, overrides: Partial<FeedRegistration> = {}): FeedRegistration {
  return { id, url: `http://127.0.0.1/${id}.xml`, name: id, language: 'en', tier: 2, intervalMs: 600_000, ...overrides };
}

/** A normalised item with test defaults. */
export function item(feedId: string, id: string, overrides: Partial<NormalisedItem> = {}): NormalisedItem {
  return {
    id,
    feedId,
    guid: id,
    url: `https://news.example/${id}`,
    title: `Title ${id}`,
    summary: `Summary of ${id}`,
    content: '',
    author: null,
    lang: 'en',
    publishedAt: 1_700_000_000_000,
    dateFromFeed: true,
    firstSeenAt: 1_700_000_000_000,
    ...overrides,
  };
}
