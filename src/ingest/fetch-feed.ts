import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { FeedFailure, FetchOutcome, FetchValidators } from '../core/item.js';
import { FeedFailureCode } from '../core/item.js';
import { describeFetchError, timeoutFailure, tooLargeFailure } from './describe-fetch-error.js';
import type { CheckedUrl, LookupFn, ResolvedAddress } from './guard-address.js';
import { resolveFeedUrl } from './guard-address.js';
import { parseMaxAge, parseRetryAfter } from './http-headers.js';
import { createLimiter } from './limit-concurrency.js';
import { readBody } from './read-body.js';

export type { LookupFn } from './guard-address.js';

export interface FetcherOptions {
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  concurrency: number;
  perHostConcurrency: number;
  /** Refuse private, loopback, link-local and metadata addresses on every hop (SSRF guard). */
  guardAddresses: boolean;
  /** Name resolution for the guard and the connection; default: the system resolver. */
  lookup?: LookupFn;
  /** Exact addresses the guard lets through (a local test server, an internal proxy). */
  guardExemptAddresses?: readonly string[];
}

export interface Fetcher {
  /**
   * One conditional GET of a feed. Never throws for network trouble: every failure comes back as
   * `{ kind: 'failed' }` with a one-line reason. `unchanged` means a 200 whose body hash equals
   * `validators.bodyHash` (nothing to parse).
   */
  fetch(url: string, validators: FetchValidators | null): Promise<FetchOutcome>;
  /** Closes the keep-alive sockets. */
  close(): void;
}

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** The User-Agent every request sends: names the project and where to read about it. */
export const DEFAULT_USER_AGENT = `sahel-digest/${readVersion()} (+https://github.com/sahel-digest/sahel-digest)`;

const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

const failed = (failure: FeedFailure): FetchOutcome => ({ kind: 'failed', failure });

/** Largest body read to the end (not cut off) when it is not wanted, so the socket can be reused. */
const DRAIN_LIMIT = 64 * 1024;

/**
 * Discards a response body we do not need. Small bodies are read to the end so the keep-alive
 * socket goes back to the agent before the next request; big ones close the socket instead.
 */
function discard(response: IncomingMessage): Promise<void> {
  const declared = Number(response.headers['content-length'] ?? 0);
  if (declared > DRAIN_LIMIT) {
    response.destroy();
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    let seen = 0;
    response.on('data', (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > DRAIN_LIMIT) response.destroy();
    });
    response.once('end', resolve);
    response.once('close', resolve);
    response.once('error', () => resolve());
  });
}

/** A `lookup` for http.request that answers with the addresses the guard already checked. */
function pinnedLookup(addresses: readonly ResolvedAddress[]): LookupFunction {
  return ((_host: string, opts: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (opts.all === true) callback(null, addresses.map((a) => ({ address: a.address, family: a.family })));
    else callback(null, addresses[0]?.address, addresses[0]?.family);
  }) as LookupFunction;
}

/**
 * A feed fetcher on `node:http`/`node:https` with keep-alive agents: conditional GET, a deadline
 * that destroys the socket, a byte cap enforced while reading, redirect limits with loop
 * detection, 429/503 Retry-After, Cache-Control freshness, and the SSRF guard on every hop,
 * connecting to exactly the address that was checked. Concurrency is limited inside (a global
 * limit and a per-host limit, keyed by the first URL's host).
 */
export function createFetcher(options: FetcherOptions): Fetcher {
  const agents = {
    http: new http.Agent({ keepAlive: true, scheduling: 'lifo' }),
    https: new https.Agent({ keepAlive: true, scheduling: 'lifo' }),
  };
  const limiter = createLimiter({ global: options.concurrency, perKey: options.perHostConcurrency });

  const resolveTarget = (url: string) =>
    resolveFeedUrl(url, {
      allowPrivate: !options.guardAddresses,
      ...(options.lookup !== undefined ? { lookup: options.lookup } : {}),
      ...(options.guardExemptAddresses !== undefined ? { exemptAddresses: options.guardExemptAddresses } : {}),
    });

  const send = (target: CheckedUrl, validators: FetchValidators | null, signal: AbortSignal): Promise<IncomingMessage> =>
    new Promise((resolve, reject) => {
      const { url, addresses } = target;
      const headers: Record<string, string> = {
        'user-agent': options.userAgent,
        accept: ACCEPT,
        'accept-encoding': 'gzip, deflate, br',
      };
      if (validators?.etag) headers['if-none-match'] = validators.etag;
      if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
      const isHttps = url.protocol === 'https:';
      const request = (isHttps ? https : http).request({
        protocol: url.protocol,
        hostname: url.hostname.replace(/^\[|\]$/g, ''),
        port: url.port === '' ? undefined : Number(url.port),
        path: `${url.pathname}${url.search}`,
        method: 'GET',
        headers,
        agent: isHttps ? agents.https : agents.http,
        signal,
        ...(addresses.length > 0 ? { lookup: pinnedLookup(addresses) } : {}),
      });
      request.once('response', resolve);
      request.once('error', reject);
      request.end();
    });

  const finish = async (response: IncomingMessage, validators: FetchValidators | null, finalUrl: string): Promise<FetchOutcome> => {
    const status = response.statusCode ?? 0;
    const header = (name: string): string | undefined => {
      const value = response.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    const maxAgeMs = parseMaxAge(header('cache-control'), header('expires'), header('date'));
    if (status === 304) {
      await discard(response);
      return { kind: 'not-modified', maxAgeMs };
    }
    if (status === 429 || status === 503) {
      await discard(response);
      return failed(rateLimited(status, parseRetryAfter(header('retry-after'), Date.now())));
    }
    if (status < 200 || status >= 300) {
      await discard(response);
      return failed({ code: FeedFailureCode.Http, message: `HTTP ${status}`, status });
    }
    const declared = Number(header('content-length') ?? Number.NaN);
    if (!header('content-encoding') && declared > options.maxBytes) {
      response.destroy();
      return failed(tooLargeFailure(options.maxBytes));
    }
    const body = await readBody(response, options.maxBytes);
    const bodyHash = createHash('sha256').update(body).digest('hex');
    const next: FetchValidators = { etag: header('etag') ?? null, lastModified: header('last-modified') ?? null, bodyHash };
    if (validators?.bodyHash === bodyHash) return { kind: 'unchanged', validators: next, maxAgeMs };
    return { kind: 'fetched', body, contentType: header('content-type') ?? null, finalUrl, validators: next, maxAgeMs };
  };

  const follow = async (startUrl: string, validators: FetchValidators | null, signal: AbortSignal, hostRef: { host: string }): Promise<FetchOutcome> => {
    const visited = new Set<string>();
    let current = startUrl;
    for (let hop = 0; ; hop += 1) {
      const target = await resolveTarget(current);
      if (!target.ok) return failed(target.error);
      hostRef.host = target.value.url.hostname;
      visited.add(target.value.url.href);
      const response = await send(target.value, validators, signal);
      const location = response.headers.location;
      if (!REDIRECT_STATUSES.has(response.statusCode ?? 0) || location === undefined) {
        return finish(response, validators, target.value.url.href);
      }
      await discard(response);
      let next: string;
      try {
        next = new URL(location, target.value.url).href;
      } catch {
        return failed({ code: FeedFailureCode.BadUrl, message: `redirect to an invalid URL: ${JSON.stringify(location.slice(0, 200))}` });
      }
      if (visited.has(next)) return failed({ code: FeedFailureCode.RedirectLoop, message: `redirect loop: ${next} redirects back to an earlier URL` });
      if (hop + 1 > options.maxRedirects) {
        return failed({ code: FeedFailureCode.TooManyRedirects, message: `too many redirects: more than ${options.maxRedirects}` });
      }
      current = next;
    }
  };

  const fetchOnce = async (url: string, validators: FetchValidators | null): Promise<FetchOutcome> => {
    const controller = new AbortController();
    const hostRef = { host: hostOf(url) };
    let timedOut = false;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<FetchOutcome>((resolve) => {
      timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
        resolve(failed(timeoutFailure(options.timeoutMs)));
      }, options.timeoutMs);
    });
    const work = follow(url, validators, controller.signal, hostRef).catch((error: unknown) =>
      failed(describeFetchError(error, { timedOut, timeoutMs: options.timeoutMs, maxBytes: options.maxBytes, host: hostRef.host })),
    );
    try {
      return await Promise.race([work, deadline]);
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    fetch: (url, validators) => limiter.run(hostOf(url), () => fetchOnce(url, validators)),
    close: () => {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}

function rateLimited(status: number, retryAfterMs: number | null): FeedFailure {
  const words = status === 429 ? 'rate limited' : 'service unavailable';
  const wait = retryAfterMs === null ? '' : `, retry after ${Math.ceil(retryAfterMs / 1000)} s`;
  return {
    code: FeedFailureCode.RateLimited,
    message: `HTTP ${status}: ${words}${wait}`,
    status,
    ...(retryAfterMs === null ? {} : { retryAfterMs }),
  };
}
