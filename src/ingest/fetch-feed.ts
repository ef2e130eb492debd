import { createHash } from 'node:crypto';
import pkg from '../../package.json' with { type: 'json' };
import type { IncomingMessage } from 'node:http';
import type { FeedFailure, FetchOutcome, FetchValidators } from '../core/item.js';
import { FeedFailureCode } from '../core/item.js';
import { describeFetchError, timeoutFailure, tooLargeFailure } from './describe-fetch-error.js';
import type { LookupFn } from './guard-address.js';
import { resolveFeedUrl } from './guard-address.js';
import { parseMaxAge, parseRetryAfter } from './http-headers.js';
import { createLimiter } from './limit-concurrency.js';
import { readBody } from './read-body.js';
import type { Agents, Cancellation } from './send-request.js';
import { cancel, createAgents, createCancellation, discardBody, sendRequest } from './send-request.js';

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

/** The User-Agent every request sends: names the project and where to read about it. */
export const DEFAULT_USER_AGENT = `sahel-digest/${pkg.version} (+https://github.com/sahel-digest/sahel-digest)`;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

const failed = (failure: FeedFailure): FetchOutcome => ({ kind: 'failed', failure });

interface Context {
  readonly options: FetcherOptions;
  readonly agents: Agents;
}

function header(response: IncomingMessage, name: string): string | undefined {
  const value = response.headers[name];
  return Array.isArray(value) ? value[0] : value;
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

/** The final (non-redirect) response → outcome: 304, 429/503, other errors, or the body read under the cap. */
async function finish(context: Context, response: IncomingMessage, validators: FetchValidators | null, finalUrl: string): Promise<FetchOutcome> {
  const status = response.statusCode ?? 0;
  const maxAgeMs = parseMaxAge(header(response, 'cache-control'), header(response, 'expires'), header(response, 'date'));
  if (status === 304) {
    await discardBody(response);
    return { kind: 'not-modified', maxAgeMs };
  }
  if (status === 429 || status === 503) {
    await discardBody(response);
    return failed(rateLimited(status, parseRetryAfter(header(response, 'retry-after'), Date.now())));
  }
  if (status < 200 || status >= 300) {
    await discardBody(response);
    return failed({ code: FeedFailureCode.Http, message: `HTTP ${status}`, status });
  }
  const { maxBytes } = context.options;
  if (!header(response, 'content-encoding') && Number(header(response, 'content-length') ?? Number.NaN) > maxBytes) {
    response.destroy();
    return failed(tooLargeFailure(maxBytes));
  }
  const body = await readBody(response, maxBytes);
  const bodyHash = createHash('sha256').update(body).digest('hex');
  const next: FetchValidators = { etag: header(response, 'etag') ?? null, lastModified: header(response, 'last-modified') ?? null, bodyHash };
  if (validators?.bodyHash === bodyHash) return { kind: 'unchanged', validators: next, maxAgeMs };
  return { kind: 'fetched', body, contentType: header(response, 'content-type') ?? null, finalUrl, validators: next, maxAgeMs };
}

/** Follows redirects, checking every hop with the guard; a URL seen before is a loop. */
async function follow(
  context: Context,
  startUrl: string,
  validators: FetchValidators | null,
  cancellation: Cancellation,
  hostRef: { host: string },
): Promise<FetchOutcome> {
  const { options } = context;
  const visited = new Set<string>();
  let current = startUrl;
  for (let hop = 0; ; hop += 1) {
    const target = await resolveFeedUrl(current, {
      allowPrivate: !options.guardAddresses,
      ...(options.lookup !== undefined ? { lookup: options.lookup } : {}),
      ...(options.guardExemptAddresses !== undefined ? { exemptAddresses: options.guardExemptAddresses } : {}),
    });
    if (!target.ok) return failed(target.error);
    hostRef.host = target.value.url.hostname;
    visited.add(target.value.url.href);
    const response = await sendRequest({ target: target.value, validators, userAgent: options.userAgent }, context.agents, cancellation);
    const location = response.headers.location;
    if (!REDIRECT_STATUSES.has(response.statusCode ?? 0) || location === undefined) {
      return finish(context, response, validators, target.value.url.href);
    }
    await discardBody(response);
    const next = parseUrl(location, target.value.url.href)?.href;
    if (next === undefined) {
      return failed({ code: FeedFailureCode.BadUrl, message: `redirect to an invalid URL: ${JSON.stringify(location.slice(0, 200))}` });
    }
    if (visited.has(next)) return failed({ code: FeedFailureCode.RedirectLoop, message: `redirect loop: ${next} redirects back to an earlier URL` });
    if (hop + 1 > options.maxRedirects) {
      return failed({ code: FeedFailureCode.TooManyRedirects, message: `too many redirects: more than ${options.maxRedirects}` });
    }
    current = next;
  }
}

/** One fetch under a deadline that covers DNS, connect, redirects and the body, and destroys the socket when it passes. */
async function fetchWithDeadline(context: Context, url: string, validators: FetchValidators | null): Promise<FetchOutcome> {
  const { timeoutMs, maxBytes } = context.options;
  const cancellation = createCancellation();
  const hostRef = { host: hostOf(url) };
  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<FetchOutcome>((resolve) => {
    timer = setTimeout(() => {
      timedOut = true;
      cancel(cancellation);
      resolve(failed(timeoutFailure(timeoutMs)));
    }, timeoutMs);
  });
  const work = follow(context, url, validators, cancellation, hostRef).catch((error: unknown) =>
    failed(describeFetchError(error, { timedOut, timeoutMs, maxBytes, host: hostRef.host })),
  );
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** `new URL` without the throw (URL.parse needs Node 20.18+; the engines field allows 20.6). */
function parseUrl(input: string, base?: string): URL | undefined {
  try {
    return new URL(input, base);
  } catch {
    return undefined;
  }
}

function hostOf(url: string): string {
  return parseUrl(url)?.host.toLowerCase() ?? url;
}

/**
 * A feed fetcher on `node:http`/`node:https` with keep-alive agents: conditional GET, a deadline
 * that destroys the socket, a byte cap enforced while reading, redirect limits with loop
 * detection, 429/503 Retry-After, Cache-Control freshness, and the SSRF guard on every hop,
 * connecting to exactly the address that was checked. Concurrency is limited inside (a global
 * limit and a per-host limit, keyed by the first URL's host).
 */
export function createFetcher(options: FetcherOptions): Fetcher {
  const context: Context = { options, agents: createAgents() };
  const limiter = createLimiter({ global: options.concurrency, perKey: options.perHostConcurrency });
  return {
    fetch: (url, validators) => limiter.run(hostOf(url), () => fetchWithDeadline(context, url, validators)),
    close: () => {
      context.agents.http.destroy();
      context.agents.https.destroy();
    },
  };
}
