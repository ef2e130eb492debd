import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { RawEntry, RawFeed } from '../../../src/ingest/feed-entry.js';
import { itemIdOf, normaliseEntries } from '../../../src/ingest/normalise-entries.js';

const NOW = Date.UTC(2025, 10, 1);
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 32);

function entry(fields: Partial<RawEntry>): RawEntry {
  return {
    guid: null,
    guidIsPermaLink: null,
    link: null,
    title: '',
    summaryHtml: '',
    contentHtml: '',
    author: null,
    dates: [],
    base: null,
    language: null,
    ...fields,
  };
}

const feedOf = (entries: RawEntry[], language: string | null = null): RawFeed => ({ entries, base: null, link: 'https://site.example/', language });
const normalise = (feed: RawFeed) => normaliseEntries(feed, { feedId: 'f1', feedUrl: 'https://site.example/feed.xml', now: NOW });

describe('itemIdOf', () => {
  it('hashes the canonical link, a global guid or the feed-local key with sha256', () => {
    const taken = new Set<string>();
    expect(itemIdOf('f1', entry({ guid: '7' }), 'https://x.example/a', null, 'T', taken)).toBe(sha256('u:https://x.example/a'));
    expect(itemIdOf('f1', entry({ guid: 'tag:x.example,2025:7' }), null, null, 'T', taken)).toBe(sha256('g:tag:x.example,2025:7'));
    expect(itemIdOf('f1', entry({ guid: 'https://x.example/b?utm_source=rss#c' }), null, null, 'T', taken)).toBe(sha256('u:https://x.example/b'));
    expect(itemIdOf('f1', entry({ guid: '7' }), null, null, 'T', taken)).toBe(sha256('f:f1\u0000g:7'));
    expect(itemIdOf('f1', entry({ dates: ['d'], summaryHtml: 'lead' }), null, null, 'T', taken)).toBe(sha256('f:f1\u0000t:T\u0000d\u0000lead'));
  });

  it('hashes text beyond ASCII as UTF-8', () => {
    expect(itemIdOf('f1', entry({ guid: 'tag:x.example,2025:Ménaka–Gao 😀' }), null, null, 'T', new Set())).toBe(
      sha256('g:tag:x.example,2025:Ménaka–Gao 😀'),
    );
  });
});

describe('normaliseEntries language', () => {
  it('reads the title and the summary together', () => {
    const [item] = normalise(feedOf([entry({ title: 'Kidal', contentHtml: '<p>Les forces armées ont repris la ville, selon un communiqué.</p>' })]));
    expect(item?.lang).toBe('fr');
  });

  it('reads no further than the first 320 characters of title and summary', () => {
    const title = `Kidal ${'x '.repeat(155)}`;
    const summary = 'The army said the attack was over and the town of Kidal was calm.';
    const [short, long] = normalise(feedOf([entry({ guid: '1', title: 'Kidal', contentHtml: summary }), entry({ guid: '2', title, contentHtml: summary })]));
    expect(short?.lang).toBe('en');
    expect(long?.lang).toBe('und');
  });

  it('falls back to the declared language when the text does not tell', () => {
    const [item] = normalise(feedOf([entry({ title: 'Kidal', contentHtml: 'Gao, Ménaka' })], 'fr-FR'));
    expect(item?.lang).toBe('fr');
  });
});
