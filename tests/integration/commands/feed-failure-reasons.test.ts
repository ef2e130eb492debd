import { afterEach, describe, expect, it } from 'vitest';
import type { MatchResult } from '../../../src/core/match-types.js';
import { silentLogger } from '../../../src/core/ports.js';
import { createFetcher } from '../../../src/ingest/fetch-feed.js';
import { createPollCycle, withMatching } from '../../../src/ingest/poll-cycle.js';
import { readFeed } from '../../../src/ingest/read-feed.js';
import { startFeedServer, type FeedServer } from '../../fakes/feed-server.js';
import { NOW, openAdminHarness, type AdminHarness } from './admin-harness.js';

const DAY = 86_400_000;
const noMatch: MatchResult = { entities: [], matches: [], vetoed: [], scores: {} };

let server: FeedServer | undefined;
let h: AdminHarness | undefined;
afterEach(async () => {
  h?.close();
  await server?.close();
});

/**
 * Polls every feed of the harness's store once at `NOW` against the fake feed server, with a
 * 300 ms deadline, as the worker would; the feeds' state is then what `/sahel feeds status`
 * reads.
 */
async function pollOnce(harness: AdminHarness): Promise<void> {
  const fetcher = createFetcher({
    userAgent: 'sahel-digest-test',
    timeoutMs: 300,
    maxBytes: 1_000_000,
    maxRedirects: 5,
    concurrency: 8,
    perHostConcurrency: 8,
    guardAddresses: false,
  });
  const cycle = createPollCycle({
    feeds: harness.store.feeds,
    items: harness.store.items,
    fetcher,
    read: withMatching(readFeed, () => noMatch),
    settings: { disableAfterFailures: 5, maxBackoffMs: DAY, backfill: 0 },
    clock: { now: () => NOW },
    logger: silentLogger,
  });
  await cycle.run();
  fetcher.close();
}

describe('why a feed fails, as /sahel feeds status tells it', () => {
  it('names 404, 503 with Retry-After, 500, a timeout and a web page in words, with since-when and the next try', async () => {
    server = await startFeedServer({
      '/gone.xml': { status: 404, body: 'no such page' },
      '/busy.xml': { status: 503, headers: { 'retry-after': '600' }, body: 'maintenance' },
      '/broken.xml': { status: 500, body: 'oops' },
      '/slow.xml': { delayMs: 2000, body: '<rss/>' },
      '/page.xml': {
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: '<!doctype html><html><head><title>Home</title></head><body>Hi</body></html>',
      },
    });
    h = openAdminHarness();
    const feed = (id: string) => ({
      id,
      url: server?.url(`/${id}.xml`) ?? '',
      name: id,
      language: 'en' as const,
      tier: 2 as const,
      intervalMs: 900_000,
    });
    h.store.feeds.sync(['gone', 'busy', 'broken', 'slow', 'page'].map(feed), () => 0);
    await pollOnce(h);
    // The raw reason stays in the store (and the log) for whoever debugs the feed.
    expect(h.store.feeds.get('gone')?.lastError).toEqual({ code: 'HTTP', message: 'HTTP 404' });
    h.store.feeds.update('gone', { lastSuccessAt: NOW - 3 * DAY });
    h.store.feeds.update('busy', { lastSuccessAt: NOW - 5 * 3_600_000 });

    const english = (await h.text('/sahel feeds status')).split('\n');
    expect(english).toEqual([
      'Feed status',
      '1 failure broken — broken (the site answers 500: server error · never read yet · next try Sun, 6 Dec 2026, 12:15 (UTC))',
      '1 failure busy — busy (the site answers 503: temporarily unavailable, it asks to wait 10 min, failing for 5 h · last success Sun, 6 Dec 2026, 07:00 (UTC) · next try Sun, 6 Dec 2026, 12:15 (UTC))',
      '1 failure gone — gone (the site answers 404: address not found, failing for 3 days · last success Thu, 3 Dec 2026, 12:00 (UTC) · next try Sun, 6 Dec 2026, 12:15 (UTC))',
      '1 failure page — page (the address gives a web page, not a feed · never read yet · next try Sun, 6 Dec 2026, 12:15 (UTC))',
      '1 failure slow — slow (the site did not answer within 0.3 s (timeout) · never read yet · next try Sun, 6 Dec 2026, 12:15 (UTC))',
    ]);
    const french = (await h.text('/sahel flux etat', { locale: 'fr' })).split('\n');
    expect(french.slice(1).map((line) => /\((.*?) · /.exec(line)?.[1])).toEqual([
      'le site répond 500 : erreur du serveur',
      'le site répond 503 : momentanément indisponible, il demande d’attendre 10 min depuis 5 h',
      'le site répond 404 : adresse introuvable depuis 3 jours',
      'l’adresse donne une page web, pas un flux',
      'le site n’a pas répondu en 0,3 s (délai dépassé)',
    ]);
    expect(french.join('\n')).toContain('prochain essai');
  });
});
