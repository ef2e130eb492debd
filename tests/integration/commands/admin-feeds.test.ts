import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rss } from '../poll/poll-harness.js';
import { startFeedServer, type FeedServer } from '../../fakes/feed-server.js';
import { createSqliteAdminStore } from '../../../src/store/sqlite-admin-store.js';
import { config, NOW, openAdminHarness, type AdminHarness } from './admin-harness.js';

const XML = { 'content-type': 'application/rss+xml' };
const ITEMS = [
  { guid: 'a', title: 'Attaque près de Kidal', link: 'https://wire.example/a' },
  { guid: 'b', title: 'Le convoi de Gao est arrivé', link: 'https://wire.example/b' },
  { guid: 'c', title: 'Niamey accueille un sommet', link: 'https://wire.example/c' },
];

let server: FeedServer;
let h: AdminHarness;
beforeEach(async () => {
  server = await startFeedServer({
    '/wire.xml': { headers: XML, body: rss(ITEMS, 'Sahel Wire &amp; Co') },
    '/tagline.xml': {
      headers: XML,
      body: rss(
        ITEMS,
        'Studio Tamani – Toute l’information du Mali, en français et en langues nationales',
      ),
    },
    '/long.xml': {
      headers: XML,
      body: rss(ITEMS, 'Bulletin quotidien des nouvelles du Sahel central et de ses régions'),
    },
    '/page.html': {
      headers: { 'content-type': 'text/html' },
      body: '<!doctype html><html><head><title>News</title></head><body>hi</body></html>',
    },
  });
});
afterEach(async () => {
  h.close();
  await server.close();
});

/** Registers the config's feeds as `run` does at start-up. */
function syncConfigFeeds(harness: AdminHarness): void {
  harness.store.feeds.sync(
    config.feeds.map((f) => ({ ...f })),
    () => NOW,
  );
}

describe('/sahel feeds add', () => {
  it('fetches and parses the feed once, then stores it for polling without seeding it', async () => {
    h = openAdminHarness({ allowPrivateFeeds: true });
    const url = server.url('/wire.xml');
    // Typed as a user would: the bare URL fills the main option.
    expect(await h.text(`/sahel feeds add ${url}`)).toBe(
      [
        'Feed sahel-wire-co added: Sahel Wire & Co (3 items now).',
        'It is polled from the next cycle on; its first poll only records what is already there, so nothing old is alerted.',
      ].join('\n'),
    );
    expect(server.requestsTo('/wire.xml')).toHaveLength(1);
    const feed = h.store.feeds.get('sahel-wire-co');
    expect(feed).toMatchObject({ url, name: 'Sahel Wire & Co', language: 'fr', active: true });
    // Due at once; its first poll seeds the seen-set, as for a new config feed.
    expect(feed?.nextPollAt).toBeLessThanOrEqual(NOW);
    expect(feed?.seededAt).toBeNull();
    expect(createSqliteAdminStore(h.store.db).feedOrigins().get('sahel-wire-co')).toBe('chat');
  });

  it('makes a short id from a long feed title: the part before its tagline, cut between words', async () => {
    h = openAdminHarness({ allowPrivateFeeds: true });
    expect(await h.text(`/sahel feeds add ${server.url('/tagline.xml')}`)).toMatch(
      /^Feed studio-tamani added: Studio Tamani – Toute l’information du Mali/,
    );
    expect(await h.text(`/sahel feeds add ${server.url('/long.xml')}`)).toMatch(
      /^Feed bulletin-quotidien-des-nouvelles added: /,
    );
  });

  it('takes the name and language given, and quoted URLs', async () => {
    h = openAdminHarness({ allowPrivateFeeds: true });
    const text = await h.text(
      `/sahel feeds add "${server.url('/wire.xml')}" name:"Agence Wire" language:mixed`,
    );
    expect(text).toMatch(/^Feed agence-wire added: Sahel Wire & Co \(3 items now\)\./);
    expect(h.store.feeds.get('agence-wire')).toMatchObject({
      name: 'Agence Wire',
      language: 'mixed',
    });
  });

  it('refuses a private address unless ALLOW_PRIVATE_FEEDS, without fetching it', async () => {
    h = openAdminHarness({ allowPrivateFeeds: false });
    const url = server.url('/wire.xml');
    expect(await h.text(`/sahel feeds add url:${url}`)).toBe(
      `cannot add ${url}: refused: 127.0.0.1 is a private or reserved address (private addresses need ALLOW_PRIVATE_FEEDS=true)`,
    );
    expect(await h.text('/sahel feeds add url:http://169.254.169.254/latest/meta-data/')).toBe(
      'cannot add http://169.254.169.254/latest/meta-data/: refused: 169.254.169.254 is a private or reserved address (private addresses need ALLOW_PRIVATE_FEEDS=true)',
    );
    expect(await h.text('/sahel feeds add url:http://localhost:8080/feed', { locale: 'fr' })).toBe(
      "impossible d'ajouter http://localhost:8080/feed : refusé : localhost est un nom d’hôte local ou de métadonnées (les adresses privées demandent ALLOW_PRIVATE_FEEDS=true)",
    );
    expect(server.requests).toHaveLength(0);
    expect(h.store.feeds.list()).toEqual([]);
  });

  it('answers with the one-line reason when the URL is not a feed', async () => {
    h = openAdminHarness({ allowPrivateFeeds: true });
    const page = server.url('/page.html');
    expect(await h.text(`/sahel feeds add url:${page}`)).toBe(
      `cannot add ${page}: not a feed: the server returned an HTML page (text/html)`,
    );
    expect(await h.text(`/sahel feeds add url:${server.url('/missing.xml')}`)).toBe(
      `cannot add ${server.url('/missing.xml')}: HTTP 404`,
    );
    expect(await h.text('/sahel feeds add url:ftp://example.org/feed')).toBe(
      'cannot add ftp://example.org/feed: refused: only http and https feeds are allowed, not ftp:',
    );
    expect(h.store.feeds.list()).toEqual([]);
  });

  it('answers with the feed that already polls a URL', async () => {
    h = openAdminHarness({ allowPrivateFeeds: true });
    const url = server.url('/wire.xml');
    await h.text(`/sahel feeds add url:${url}`);
    expect(await h.text(`/sahel feeds add url:${url}`)).toBe(
      `${url} is already polled as feed sahel-wire-co (Sahel Wire & Co, added from chat)`,
    );
    expect(server.requestsTo('/wire.xml')).toHaveLength(1);
  });
});

describe('/sahel feeds add of a disabled feed', () => {
  it('enables the feed again once its URL reads, keeping its id and origin', async () => {
    h = openAdminHarness({ allowPrivateFeeds: true });
    h.store.feeds.sync(
      [
        {
          id: 'wire',
          url: server.url('/wire.xml'),
          name: 'Wire',
          language: 'fr',
          tier: 1,
          intervalMs: 600_000,
        },
      ],
      () => NOW,
    );
    h.store.feeds.update('wire', {
      failures: 5,
      lastError: { code: 'HTTP', message: 'HTTP 500' },
      disabled: {
        code: 'HTTP',
        reason: 'disabled after 5 consecutive failures: HTTP 500',
        at: NOW,
      },
    });
    expect(await h.text(`/sahel feeds add ${server.url('/wire.xml')}`)).toBe(
      'Feed wire reads again (3 items now): it is enabled and polled from the next cycle on.',
    );
    expect(h.store.feeds.get('wire')).toMatchObject({
      active: true,
      disabled: null,
      failures: 0,
      lastError: null,
      nextPollAt: NOW,
    });
    expect(createSqliteAdminStore(h.store.db).feedOrigins().get('wire')).toBe('config');
    expect(await h.text(`/sahel feeds add ${server.url('/wire.xml')}`)).toMatch(
      /is already polled as feed wire \(Wire, from the configuration\)$/,
    );
  });
});

describe('/sahel feeds list, remove and status', () => {
  it('lists config and chat feeds with id, name, language and origin', async () => {
    h = openAdminHarness({ allowPrivateFeeds: true });
    syncConfigFeeds(h);
    await h.text(`/sahel feeds add url:${server.url('/wire.xml')}`);
    const text = await h.text('/sahel feeds list');
    expect(text.split('\n')[0]).toBe('Feeds');
    expect(text).toContain(
      'rfi-en — RFI English — Africa (en · tests/fixtures/config/valid/feeds.yaml)',
    );
    expect(text).toContain('sahel-wire-co — Sahel Wire & Co (fr · added from chat)');
  });

  it('keeps chat feeds active through the config sync of a restart', async () => {
    h = openAdminHarness({ allowPrivateFeeds: true });
    await h.text(`/sahel feeds add url:${server.url('/wire.xml')}`);
    syncConfigFeeds(h);
    syncConfigFeeds(h);
    expect(h.store.feeds.get('sahel-wire-co')?.active).toBe(true);
  });

  it('removes a chat feed, but not a config feed or an unknown one', async () => {
    h = openAdminHarness({ allowPrivateFeeds: true });
    syncConfigFeeds(h);
    await h.text(`/sahel feeds add url:${server.url('/wire.xml')}`);
    expect(await h.text('/sahel feeds remove rfi-en')).toBe(
      'feed rfi-en comes from tests/fixtures/config/valid/feeds.yaml; edit that file to remove it',
    );
    expect(await h.text('/sahel feeds remove nope')).toBe(
      'no feed "nope" is polled — /sahel feeds list shows them',
    );
    expect(await h.text('/sahel feeds remove sahel-wire-co')).toBe(
      'Feed sahel-wire-co (Sahel Wire & Co) is no longer polled; its stories stay.',
    );
    expect(h.store.feeds.get('sahel-wire-co')?.active).toBe(false);
    expect(await h.text('/sahel feeds list')).not.toContain('sahel-wire-co');
    // Added again, it comes back under its old id with its state.
    expect(await h.text(`/sahel feeds add url:${server.url('/wire.xml')}`)).toMatch(
      /^Feed sahel-wire-co added/,
    );
  });

  it('shows failing and disabled feeds first, with the reason and the next poll', async () => {
    h = openAdminHarness();
    syncConfigFeeds(h);
    h.store.feeds.update('studio-tamani', {
      failures: 2,
      lastError: { code: 'HTTP', message: 'HTTP 503' },
      lastSuccessAt: NOW - 3_600_000,
      nextPollAt: NOW + 600_000,
    });
    h.store.feeds.update('rfi-en', {
      disabled: { code: 'NOT_A_FEED', reason: 'disabled after 5 failures: not a feed', at: NOW },
    });
    h.store.feeds.upsert(
      {
        id: 'healthy',
        url: 'https://healthy.example/rss',
        name: 'Healthy',
        language: 'en',
        tier: 2,
        intervalMs: 600_000,
      },
      NOW + 300_000,
    );
    h.store.feeds.update('healthy', { lastSuccessAt: NOW - 60_000 });
    const lines = (await h.text('/sahel feeds status')).split('\n');
    expect(lines).toEqual([
      'Feed status',
      'disabled rfi-en — RFI English — Africa (disabled after 5 failures in a row: the address is not a feed · never read yet)',
      '2 failures studio-tamani — Studio Tamani (the site answers 503: temporarily unavailable, failing for 1 h · last success Sun, 6 Dec 2026, 11:00 (UTC) · next try Sun, 6 Dec 2026, 12:10 (UTC))',
      'ok healthy — Healthy (last success Sun, 6 Dec 2026, 11:59 (UTC) · next poll Sun, 6 Dec 2026, 12:05 (UTC))',
    ]);
  });

  it('pages a long status with Next/Previous actions that run the page line', async () => {
    h = openAdminHarness();
    h.store.feeds.sync(
      Array.from({ length: 12 }, (_, i) => ({
        id: `feed-${String(i).padStart(2, '0')}`,
        url: `https://outlet${i}.example/rss`,
        name: `Outlet ${i}`,
        language: 'en' as const,
        tier: 2 as const,
        intervalMs: 600_000,
      })),
      () => NOW,
    );
    const first = await h.say('/sahel feeds status');
    expect(first.fallback.split('\n')[0]).toBe('Feed status (page 1 of 2)');
    const actions = first.blocks.find((b) => b.type === 'actions');
    expect(actions).toEqual({
      type: 'actions',
      actions: [{ id: '/sahel feeds status page:2', label: 'Next page' }],
    });
    const second = await h.text('/sahel feeds status page:2');
    expect(second.split('\n')).toEqual([
      'Feed status (page 2 of 2)',
      'new feed-10 — Outlet 10 (never read yet · next poll at the next cycle)',
      'new feed-11 — Outlet 11 (never read yet · next poll at the next cycle)',
    ]);
  });

  it('completes feed ids by id or name prefix', async () => {
    h = openAdminHarness();
    syncConfigFeeds(h);
    expect(h.ports.completeFeeds('stu')).toEqual([
      { value: 'studio-tamani', label: 'studio-tamani — Studio Tamani' },
    ]);
    expect(h.ports.completeFeeds('RFI E').map((c) => c.value)).toEqual(['rfi-en']);
  });
});
