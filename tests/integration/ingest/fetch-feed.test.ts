import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { FetchOutcome } from '../../../src/core/item.js';
import type { FetcherOptions, Fetcher } from '../../../src/ingest/fetch-feed.js';
import { DEFAULT_USER_AGENT, createFetcher } from '../../../src/ingest/fetch-feed.js';
import type { FeedServer, Route, RouteSpec } from '../../fakes/feed-server.js';
import { startFeedServer } from '../../fakes/feed-server.js';

const RSS = readFileSync(new URL('../../fixtures/feeds/rss2.xml', import.meta.url));
const MB = 1024 * 1024;

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function server(routes: Record<string, Route> = {}): Promise<FeedServer> {
  const started = await startFeedServer(routes);
  cleanups.push(() => started.close());
  return started;
}

function fetcher(overrides: Partial<FetcherOptions> = {}): Fetcher {
  const created = createFetcher({
    userAgent: DEFAULT_USER_AGENT,
    timeoutMs: 15_000,
    maxBytes: 5 * MB,
    maxRedirects: 5,
    concurrency: 8,
    perHostConcurrency: 2,
    guardAddresses: false,
    ...overrides,
  });
  cleanups.push(() => created.close());
  return created;
}

function expectFailure(outcome: FetchOutcome) {
  if (outcome.kind !== 'failed') throw new Error(`expected a failure, got ${outcome.kind}`);
  return outcome.failure;
}

async function waitFor(check: () => boolean, ms = 2000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return check();
}

describe('fetcher: conditional GET and caching', () => {
  it('sends the project User-Agent and gets a gzip body decompressed', async () => {
    const feeds = await server({ '/feed': { body: RSS, gzip: true, headers: { 'content-type': 'application/rss+xml' } } });
    const outcome = await fetcher().fetch(feeds.url('/feed'), null);
    expect(outcome.kind).toBe('fetched');
    if (outcome.kind === 'fetched') expect(outcome.body.equals(RSS)).toBe(true);
    const headers = feeds.requests[0]?.headers;
    expect(headers?.['user-agent']).toMatch(/^sahel-digest\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\/sahel-digest\/sahel-digest\)$/);
    expect(headers?.['accept-encoding']).toBe('gzip, deflate, br');
  });

  it.each([
    ['deflate', deflateSync],
    ['br', brotliCompressSync],
  ] as const)('decompresses a %s body', async (encoding, compress) => {
    const packed = compress(RSS);
    const feeds = await server({
      '/feed': (_req, res) => {
        res.writeHead(200, { 'content-encoding': encoding, 'content-length': String(packed.length) });
        res.end(packed);
      },
    });
    const outcome = await fetcher().fetch(feeds.url('/feed'), null);
    expect(outcome.kind === 'fetched' && outcome.body.equals(RSS)).toBe(true);
  });

  it('says when a gzip body is corrupt', async () => {
    const feeds = await server({
      '/feed': (_req, res) => {
        res.writeHead(200, { 'content-encoding': 'gzip' });
        res.end(Buffer.from('this is not gzip at all'));
      },
    });
    const failure = expectFailure(await fetcher().fetch(feeds.url('/feed'), null));
    expect(failure.code).toBe('DECODE');
    expect(failure.message).toMatch(/^could not decompress the body: /);
  });

  it('answers 304 on the second poll with the ETag, without a body', async () => {
    const feeds = await server({ '/feed': { body: RSS, etag: '"v1"', headers: { 'cache-control': 'public, max-age=300, s-maxage=900' } } });
    const fetch = fetcher();
    const first = await fetch.fetch(feeds.url('/feed'), null);
    if (first.kind !== 'fetched') throw new Error(first.kind);
    expect(first.validators.etag).toBe('"v1"');
    expect(first.maxAgeMs).toBe(300_000);
    const second = await fetch.fetch(feeds.url('/feed'), first.validators);
    expect(second).toEqual({ kind: 'not-modified', maxAgeMs: 300_000 });
    expect(feeds.requests[1]?.headers['if-none-match']).toBe('"v1"');
  });

  it('sends If-Modified-Since from Last-Modified', async () => {
    const lastModified = 'Wed, 01 May 2024 10:00:00 GMT';
    const feeds = await server({ '/feed': { body: RSS, lastModified, headers: { 'cache-control': 'no-store' } } });
    const first = await fetcher().fetch(feeds.url('/feed'), null);
    if (first.kind !== 'fetched') throw new Error(first.kind);
    expect(first.maxAgeMs).toBeNull();
    const second = await fetcher().fetch(feeds.url('/feed'), first.validators);
    expect(second.kind).toBe('not-modified');
    expect(feeds.requests[1]?.headers['if-modified-since']).toBe(lastModified);
  });

  it('reports unchanged when a 200 brings the same bytes', async () => {
    const feeds = await server({ '/feed': { body: RSS } });
    const fetch = fetcher();
    const first = await fetch.fetch(feeds.url('/feed'), null);
    if (first.kind !== 'fetched') throw new Error(first.kind);
    const second = await fetch.fetch(feeds.url('/feed'), first.validators);
    expect(second).toEqual({ kind: 'unchanged', validators: first.validators, maxAgeMs: null });
    feeds.route('/feed', { body: Buffer.concat([RSS, Buffer.from('\n')]) });
    expect((await fetch.fetch(feeds.url('/feed'), first.validators)).kind).toBe('fetched');
  });

  it('reuses one keep-alive connection for successive polls', async () => {
    const feeds = await server({ '/feed': { body: RSS, etag: '"e"' } });
    const fetch = fetcher();
    for (let i = 0; i < 4; i += 1) await fetch.fetch(feeds.url('/feed'), { etag: '"e"', lastModified: null, bodyHash: null });
    expect(feeds.requests).toHaveLength(4);
    expect(feeds.acceptedSockets()).toBe(1);
  });
});

describe('fetcher: failures, each with a one-line reason', () => {
  it('honours 429 Retry-After in seconds', async () => {
    const feeds = await server({ '/feed': { status: 429, headers: { 'retry-after': '120' } } });
    expect(expectFailure(await fetcher().fetch(feeds.url('/feed'), null))).toEqual({
      code: 'RATE_LIMITED',
      message: 'HTTP 429: rate limited, retry after 120 s',
      status: 429,
      retryAfterMs: 120_000,
    });
  });

  it('honours 503 Retry-After as an HTTP date', async () => {
    const at = new Date(Date.now() + 600_000).toUTCString();
    const feeds = await server({ '/feed': { status: 503, headers: { 'retry-after': at } } });
    const failure = expectFailure(await fetcher().fetch(feeds.url('/feed'), null));
    expect(failure.code).toBe('RATE_LIMITED');
    expect(failure.retryAfterMs).toBeGreaterThan(595_000);
    expect(failure.retryAfterMs).toBeLessThanOrEqual(600_000);
  });

  it.each([404, 500, 502])('classifies HTTP %i', async (status) => {
    const feeds = await server({ '/feed': { status, body: 'oops' } });
    expect(expectFailure(await fetcher().fetch(feeds.url('/feed'), null))).toEqual({ code: 'HTTP', message: `HTTP ${status}`, status });
  });

  it('times out a slow server and closes the socket', async () => {
    const feeds = await server({ '/slow': { body: RSS, delayMs: 5_000 } });
    const started = Date.now();
    const failure = expectFailure(await fetcher({ timeoutMs: 300 }).fetch(feeds.url('/slow'), null));
    expect(failure).toEqual({ code: 'TIMEOUT', message: 'timed out after 0.3 s' });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await waitFor(() => feeds.openSockets() === 0)).toBe(true);
  });

  it('times out a body that trickles in and closes the socket', async () => {
    const feeds = await server({ '/drip': { body: RSS, dripMs: 100, dripBytes: 16 } });
    const failure = expectFailure(await fetcher({ timeoutMs: 400 }).fetch(feeds.url('/drip'), null));
    expect(failure.code).toBe('TIMEOUT');
    expect(await waitFor(() => feeds.openSockets() === 0)).toBe(true);
  });

  it('sends no further hop once the deadline has passed during a redirect', async () => {
    const feeds = await server({
      // A redirect whose (small) body takes longer than the deadline to arrive.
      '/moved': (_req, res) => {
        res.writeHead(302, { location: '/next', 'content-length': '10' });
        res.write('moved');
        setTimeout(() => res.end('.....'), 600);
      },
      '/next': { body: RSS },
    });
    const failure = expectFailure(await fetcher({ timeoutMs: 200 }).fetch(feeds.url('/moved'), null));
    expect(failure.code).toBe('TIMEOUT');
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(feeds.requestsTo('/next')).toHaveLength(0);
  });

  it('cuts an oversized body at the cap while reading', async () => {
    const feeds = await server({ '/huge': { body: RSS, fillerBytes: 64 * MB } });
    const fetch = fetcher({ maxBytes: 1 * MB });
    const failure = expectFailure(await fetch.fetch(feeds.url('/huge'), null));
    expect(failure).toEqual({ code: 'TOO_LARGE', message: 'too large: over 1 MB' });
    expect(await waitFor(() => feeds.openSockets() === 0)).toBe(true);
  });

  it('says when the server closes the connection before the body is complete', async () => {
    const feeds = await server({
      '/cut': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': String(RSS.length) });
        res.write(RSS.subarray(0, 100));
        setTimeout(() => res.socket?.destroy(), 20);
      },
    });
    expect(expectFailure(await fetcher().fetch(feeds.url('/cut'), null))).toEqual({
      code: 'NETWORK',
      message: 'network error: the server closed the connection before the body was complete',
    });
  });

  it('refuses a declared Content-Length over the cap before reading', async () => {
    const feeds = await server({ '/big': { body: Buffer.alloc(2 * MB, 0x20) } });
    expect(expectFailure(await fetcher({ maxBytes: 1 * MB }).fetch(feeds.url('/big'), null)).code).toBe('TOO_LARGE');
  });

  it('stops a gzip bomb at the decompressed cap', async () => {
    const bomb = gzipSync(Buffer.alloc(50 * MB, 0x20));
    const feeds = await server({
      '/bomb': (_req, res) => {
        res.writeHead(200, { 'content-encoding': 'gzip', 'content-length': String(bomb.length) });
        res.end(bomb);
      },
    });
    expect(expectFailure(await fetcher({ maxBytes: 1 * MB }).fetch(feeds.url('/bomb'), null))).toEqual({ code: 'TOO_LARGE', message: 'too large: over 1 MB' });
  });

  it('detects a redirect loop', async () => {
    const feeds = await server({ '/a': { redirect: '/b' }, '/b': { redirect: '/a', redirectStatus: 301 } });
    expect(expectFailure(await fetcher().fetch(feeds.url('/a'), null))).toEqual({
      code: 'REDIRECT_LOOP',
      message: `redirect loop: ${feeds.url('/a')} redirects back to an earlier URL`,
    });
  });

  it('follows up to five redirects and refuses a sixth', async () => {
    const routes: Record<string, RouteSpec> = { '/r6': { body: RSS } };
    for (let i = 0; i < 6; i += 1) routes[`/r${i}`] = { redirect: `/r${i + 1}` };
    const feeds = await server(routes);
    expect(expectFailure(await fetcher().fetch(feeds.url('/r0'), null))).toEqual({
      code: 'TOO_MANY_REDIRECTS',
      message: 'too many redirects: more than 5',
    });
    const ok = await fetcher().fetch(feeds.url('/r1'), null);
    expect(ok.kind === 'fetched' && ok.finalUrl).toBe(feeds.url('/r6'));
  });

  it('says a host was not found', async () => {
    const lookup = () => Promise.reject(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }));
    expect(expectFailure(await fetcher({ lookup }).fetch('http://gone.example.test/feed', null))).toEqual({
      code: 'DNS',
      message: 'DNS: host not found (gone.example.test)',
    });
  });

  it('says a connection was refused', async () => {
    const feeds = await server();
    const url = feeds.url('/feed');
    await feeds.close();
    expect(expectFailure(await fetcher().fetch(url, null))).toEqual({ code: 'NETWORK', message: 'network error: connection refused' });
  });

  it('classifies a certificate problem as a TLS error', async () => {
    const tls = createHttpsServer(
      {
        key: readFileSync(new URL('../../fixtures/feeds/tls/self-signed.key', import.meta.url)),
        cert: readFileSync(new URL('../../fixtures/feeds/tls/self-signed.crt', import.meta.url)),
      },
      (_req, res) => res.end(RSS),
    );
    await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => tls.close(() => resolve())));
    const { port } = tls.address() as AddressInfo;
    const failure = expectFailure(await fetcher().fetch(`https://127.0.0.1:${port}/feed`, null));
    expect(failure.code).toBe('TLS');
    expect(failure.message).toBe('TLS error: self-signed certificate');
  });
});

describe('fetcher: concurrency', () => {
  it('keeps to the per-host and the global limits', async () => {
    const make = async () => {
      let active = 0;
      let peak = 0;
      const feeds = await startFeedServer({
        '/feed': (_req, res) => {
          active += 1;
          peak = Math.max(peak, active);
          setTimeout(() => {
            active -= 1;
            res.end(RSS);
          }, 60);
        },
      });
      cleanups.push(() => feeds.close());
      return { feeds, peak: () => peak, active: () => active };
    };
    const a = await make();
    const b = await make();
    const c = await make();
    let globalPeak = 0;
    const timer = setInterval(() => (globalPeak = Math.max(globalPeak, a.active() + b.active() + c.active())), 2);
    const fetch = fetcher({ concurrency: 4, perHostConcurrency: 2 });
    const urls = [a, b, c].flatMap((s) => Array.from({ length: 5 }, () => s.feeds.url('/feed')));
    const outcomes = await Promise.all(urls.map((url) => fetch.fetch(url, null)));
    clearInterval(timer);
    expect(outcomes.every((o) => o.kind === 'fetched')).toBe(true);
    expect([a.peak(), b.peak(), c.peak()]).toEqual([2, 2, expect.any(Number)]);
    expect(c.peak()).toBeLessThanOrEqual(2);
    expect(globalPeak).toBeLessThanOrEqual(4);
    expect(globalPeak).toBeGreaterThanOrEqual(3);
  });
});

describe('fetcher: SSRF guard', () => {
  const names: Record<string, string> = { 'feeds.example.test': '127.0.0.1', 'intranet.example.test': '10.0.0.5' };
  const lookup = async (host: string) => {
    const address = names[host];
    if (address === undefined) throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
    return [{ address, family: 4 as const }];
  };
  /** The fake publisher lives on 127.0.0.1, so that one address is exempted; everything private stays refused. */
  const guarded = () => fetcher({ guardAddresses: true, lookup, guardExemptAddresses: ['127.0.0.1'] });

  it('refuses a loopback feed before sending anything', async () => {
    const feeds = await server({ '/feed': { body: RSS } });
    const failure = expectFailure(await fetcher({ guardAddresses: true }).fetch(feeds.url('/feed'), null));
    expect(failure).toEqual({ code: 'FORBIDDEN_ADDRESS', message: 'refused: 127.0.0.1 is a private or reserved address' });
    expect(feeds.requests).toHaveLength(0);
  });

  it('refuses a name that resolves to a private address', async () => {
    const failure = expectFailure(await guarded().fetch('http://intranet.example.test/feed', null));
    expect(failure.message).toBe('refused: intranet.example.test resolves to a private or reserved address (10.0.0.5)');
  });

  it('connects to the address it checked, not to a second lookup', async () => {
    const feeds = await server({ '/feed': { body: RSS } });
    const outcome = await guarded().fetch(`http://feeds.example.test:${feeds.port}/feed`, null);
    expect(outcome.kind).toBe('fetched');
    expect(feeds.requests[0]?.headers.host).toBe(`feeds.example.test:${feeds.port}`);
  });

  it.each([
    ['the metadata address', 'http://169.254.169.254/latest/meta-data/', 'refused: 169.254.169.254 is a private or reserved address'],
    ['IPv6 loopback', 'http://[::1]/feed', 'refused: [::1] is a private or reserved address'],
    ['a private name', 'http://intranet.example.test/feed', 'refused: intranet.example.test resolves to a private or reserved address (10.0.0.5)'],
  ])('refuses a redirect to %s', async (_what, location, message) => {
    const feeds = await server({ '/feed': { redirect: location } });
    const failure = expectFailure(await guarded().fetch(`http://feeds.example.test:${feeds.port}/feed`, null));
    expect(failure).toEqual({ code: 'FORBIDDEN_ADDRESS', message });
  });

  it('refuses a redirect to a non-http scheme', async () => {
    const feeds = await server({ '/feed': { redirect: 'file:///etc/passwd' } });
    expect(expectFailure(await guarded().fetch(`http://feeds.example.test:${feeds.port}/feed`, null)).code).toBe('BAD_URL');
  });
});
