import http from 'node:http';
import type { IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { FetchValidators } from '../core/item.js';
import type { CheckedUrl, ResolvedAddress } from './guard-address.js';

/** The keep-alive agents one fetcher shares between its requests. */
export interface Agents {
  readonly http: http.Agent;
  readonly https: https.Agent;
}

/** Creates keep-alive agents; LIFO reuse keeps few sockets warm instead of many lukewarm. */
export function createAgents(): Agents {
  return {
    http: new http.Agent({ keepAlive: true, scheduling: 'lifo' }),
    https: new https.Agent({ keepAlive: true, scheduling: 'lifo' }),
  };
}

const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

/** A `lookup` for http.request that answers with the addresses the guard already checked. */
function pinnedLookup(addresses: readonly ResolvedAddress[]): LookupFunction {
  return ((_host: string, opts: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (opts.all === true) callback(null, addresses.map((a) => ({ address: a.address, family: a.family })));
    else callback(null, addresses[0]?.address, addresses[0]?.family);
  }) as LookupFunction;
}

/**
 * How a fetch is called off (its deadline passed). Lighter than an AbortSignal, which costs an
 * AbortController and listeners on every request: a noticeable share of a cold cycle's requests.
 */
export interface Cancellation {
  aborted: boolean;
  /** Destroys the request in flight and its socket; set by `sendRequest`. */
  stop: (() => void) | null;
}

export const createCancellation = (): Cancellation => ({ aborted: false, stop: null });

/** Calls the fetch off: the request in flight is destroyed now, and no further one is sent. */
export function cancel(cancellation: Cancellation): void {
  cancellation.aborted = true;
  cancellation.stop?.();
}

const abortError = (): Error => Object.assign(new Error('The operation was aborted'), { name: 'AbortError', code: 'ABORT_ERR' });

/**
 * Sends one conditional GET and resolves with the response head. When the guard resolved the
 * host, the socket connects to exactly those addresses (no second DNS lookup to race).
 * Cancelling destroys the request and its socket.
 */
export function sendRequest(
  request: { readonly target: CheckedUrl; readonly validators: FetchValidators | null; readonly userAgent: string },
  agents: Agents,
  cancellation: Cancellation,
): Promise<IncomingMessage> {
  const { url, addresses } = request.target;
  const headers: Record<string, string> = { 'user-agent': request.userAgent, accept: ACCEPT, 'accept-encoding': 'gzip, deflate, br' };
  if (request.validators?.etag) headers['if-none-match'] = request.validators.etag;
  if (request.validators?.lastModified) headers['if-modified-since'] = request.validators.lastModified;
  const isHttps = url.protocol === 'https:';
  return new Promise((resolve, reject) => {
    if (cancellation.aborted) {
      reject(abortError());
      return;
    }
    const outgoing = (isHttps ? https : http).request({
      protocol: url.protocol,
      hostname: url.hostname.replace(/^\[|\]$/g, ''),
      port: url.port === '' ? undefined : Number(url.port),
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers,
      agent: isHttps ? agents.https : agents.http,
      ...(addresses.length > 0 ? { lookup: pinnedLookup(addresses) } : {}),
    });
    cancellation.stop = () => outgoing.destroy(abortError());
    outgoing.once('response', resolve);
    outgoing.once('error', reject);
    outgoing.end();
  });
}

/** Largest unwanted body read to the end (not cut off), so the socket can be reused. */
const DRAIN_LIMIT = 64 * 1024;

/**
 * Discards a response body we do not need. Small bodies are read to the end so the keep-alive
 * socket goes back to the agent before the next request; big ones close the socket instead.
 */
export function discardBody(response: IncomingMessage): Promise<void> {
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
