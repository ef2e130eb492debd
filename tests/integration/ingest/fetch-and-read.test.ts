import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedFailure, FetchValidators, NormalisedItem } from '../../../src/core/item.js';
import type { Result } from '../../../src/core/result.js';
import { DEFAULT_USER_AGENT, createFetcher } from '../../../src/ingest/fetch-feed.js';
import { readFeed } from '../../../src/ingest/read-feed.js';
import type { FeedServer } from '../../fakes/feed-server.js';
import { startFeedServer } from '../../fakes/feed-server.js';

const fixture = (name: string): Buffer => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url));
const NOW = Date.UTC(2024, 9, 1);

let feeds: FeedServer;
const fetcher = createFetcher({
  userAgent: DEFAULT_USER_AGENT,
  timeoutMs: 5_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  concurrency: 4,
  perHostConcurrency: 2,
  guardAddresses: false,
});

beforeAll(async () => {
  feeds = await startFeedServer({
    '/rss': { body: fixture('rss2.xml'), etag: '"rss-1"', headers: { 'content-type': 'application/rss+xml' } },
    '/atom': { body: fixture('atom.xml'), gzip: true, headers: { 'content-type': 'application/atom+xml' } },
    '/rdf': { body: fixture('rdf.xml'), headers: { 'content-type': 'application/rdf+xml' } },
    '/json': { body: fixture('feed.json'), headers: { 'content-type': 'application/feed+json' } },
    '/cp1252': { body: fixture('windows-1252.xml'), headers: { 'content-type': 'text/xml; charset=windows-1252' } },
    '/latin1': { body: fixture('iso-8859-1.xml'), gzip: true, headers: { 'content-type': 'application/xml; charset=ISO-8859-1' } },
    '/utf16': { body: fixture('utf-16.xml'), headers: { 'content-type': 'application/xml' } },
    '/page': { body: fixture('html-page.html'), headers: { 'content-type': 'text/html; charset=utf-8' } },
    '/moved': { redirect: '/rss', redirectStatus: 301 },
  });
});
afterAll(async () => {
  fetcher.close();
  await feeds.close();
});

/** One poll as the poll loop does it: fetch, then read only a fetched body. */
async function poll(path: string, validators: FetchValidators | null = null) {
  const outcome = await fetcher.fetch(feeds.url(path), validators);
  if (outcome.kind !== 'fetched') return { outcome, read: null };
  const read: Result<NormalisedItem[], FeedFailure> = await readFeed({
    body: outcome.body,
    contentType: outcome.contentType,
    url: outcome.finalUrl,
    feedId: path,
    now: NOW,
  });
  return { outcome, read };
}

describe('fetch then read, over HTTP', () => {
  it.each([
    ['/rss', 'Mali : l’armée annonce la reprise de Kidal'],
    ['/atom', 'Mali, Burkina Faso and Niger leave ECOWAS & form the AES'],
    ['/rdf', 'Gao: a market reopens'],
    ['/json', 'Niamey : manifestation devant la base française'],
    ['/cp1252', 'Ménaka : « l’État doit protéger les civils », dit l’élu'],
    ['/latin1', 'Ménaka : « l’État doit protéger les civils », dit l’élu'],
    ['/utf16', 'Ménaka : « l’État doit protéger les civils », dit l’élu'],
    ['/moved', 'Mali : l’armée annonce la reprise de Kidal'],
  ])('reads %s', async (path, title) => {
    const { read } = await poll(path);
    expect(read?.ok && read.value[0]?.title).toBe(title);
  });

  it('gets a 304 on the second poll and has nothing to parse', async () => {
    const first = await poll('/rss');
    if (first.outcome.kind !== 'fetched') throw new Error(first.outcome.kind);
    const second = await poll('/rss', first.outcome.validators);
    expect(second).toEqual({ outcome: { kind: 'not-modified', maxAgeMs: null }, read: null });
  });

  it('names an HTML page served instead of a feed', async () => {
    const { read } = await poll('/page');
    expect(read).toEqual({ ok: false, error: { code: 'NOT_A_FEED', message: 'not a feed: the server returned an HTML page (text/html)' } });
  });

  it('resolves relative links against the final URL after a redirect', async () => {
    const body = '<rss version="2.0"><channel><item><title>T</title><link>story-1</link></item></channel></rss>';
    feeds.route('/section/feed', { body });
    feeds.route('/old-feed', { redirect: '/section/feed' });
    const { read } = await poll('/old-feed');
    expect(read?.ok && read.value[0]?.url).toBe(feeds.url('/section/story-1'));
  });
});
