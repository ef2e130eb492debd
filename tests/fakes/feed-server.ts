import { createServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { gzipSync } from 'node:zlib';

/** A declarative route: what the fake publisher answers on one path. */
export interface RouteSpec {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Buffer;
  /** Gzip the body and send `Content-Encoding: gzip`. */
  readonly gzip?: boolean;
  /** Sends this ETag and answers 304 when the request's If-None-Match equals it. */
  readonly etag?: string;
  /** Sends this Last-Modified and answers 304 when If-Modified-Since equals it. */
  readonly lastModified?: string;
  /** Waits this long before sending the status line. */
  readonly delayMs?: number;
  /** Sends the body in pieces of `dripBytes` with this pause between them. */
  readonly dripMs?: number;
  readonly dripBytes?: number;
  /** Streams this many filler bytes after `body` (an oversized feed), without buffering them. */
  readonly fillerBytes?: number;
  /** Answers with a redirect to this location (relative or absolute). */
  readonly redirect?: string;
  readonly redirectStatus?: number;
}

export type RouteHandler = (request: IncomingMessage, response: ServerResponse) => void;
export type Route = RouteSpec | RouteHandler;

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
}

export interface FeedServer {
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  readonly port: number;
  /** Absolute URL of a path on this server. */
  url(path: string): string;
  /** Every request received, in order. */
  readonly requests: readonly RecordedRequest[];
  requestsTo(path: string): readonly RecordedRequest[];
  /** Adds or replaces a route. */
  route(path: string, route: Route): void;
  /** Sockets currently open on the server side. */
  openSockets(): number;
  /** Sockets ever accepted. */
  acceptedSockets(): number;
  close(): Promise<void>;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function writeBody(response: ServerResponse, body: Buffer, spec: RouteSpec): Promise<void> {
  const step = spec.dripBytes ?? 64;
  if (spec.dripMs === undefined) response.write(body);
  else {
    for (let i = 0; i < body.length && !response.destroyed; i += step) {
      response.write(body.subarray(i, i + step));
      await sleep(spec.dripMs);
    }
  }
  let left = spec.fillerBytes ?? 0;
  const filler = Buffer.alloc(64 * 1024, 0x20);
  while (left > 0 && !response.destroyed) {
    const piece = filler.subarray(0, Math.min(left, filler.length));
    left -= piece.length;
    if (!response.write(piece)) {
      await new Promise<void>((resolve) => {
        response.once('drain', resolve);
        response.once('close', resolve);
      });
    }
  }
  if (!response.destroyed) response.end();
}

async function serveSpec(request: IncomingMessage, response: ServerResponse, spec: RouteSpec): Promise<void> {
  if (spec.delayMs !== undefined) await sleep(spec.delayMs);
  if (response.destroyed) return;
  if (spec.redirect !== undefined) {
    response.writeHead(spec.redirectStatus ?? 302, { location: spec.redirect, ...spec.headers });
    response.end();
    return;
  }
  const headers: Record<string, string> = { ...spec.headers };
  if (spec.etag !== undefined) headers['etag'] = spec.etag;
  if (spec.lastModified !== undefined) headers['last-modified'] = spec.lastModified;
  const etagMatches = spec.etag !== undefined && request.headers['if-none-match'] === spec.etag;
  const dateMatches = spec.lastModified !== undefined && request.headers['if-modified-since'] === spec.lastModified;
  if (etagMatches || dateMatches) {
    response.writeHead(304, headers);
    response.end();
    return;
  }
  let body = typeof spec.body === 'string' ? Buffer.from(spec.body, 'utf8') : (spec.body ?? Buffer.alloc(0));
  if (spec.gzip === true) {
    body = gzipSync(body);
    headers['content-encoding'] = 'gzip';
  }
  if (spec.dripMs === undefined && spec.fillerBytes === undefined) headers['content-length'] = String(body.length);
  response.writeHead(spec.status ?? 200, headers);
  await writeBody(response, body, spec);
}

/**
 * A real HTTP server on 127.0.0.1 (port 0) playing a feed publisher: fixtures with given status
 * and headers, ETag/Last-Modified with 304s, Retry-After, gzip, slow and dripping responses, huge
 * bodies, redirects. It records every request and counts sockets, so tests can check that a
 * timed-out or oversized fetch really closed its connection.
 */
export async function startFeedServer(routes: Readonly<Record<string, Route>> = {}): Promise<FeedServer> {
  const table = new Map<string, Route>(Object.entries(routes));
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let accepted = 0;
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({ method: request.method ?? 'GET', path, headers: request.headers });
    const route = table.get(path) ?? table.get(path.split('?')[0] ?? path);
    if (route === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    } else if (typeof route === 'function') {
      route(request, response);
    } else {
      serveSpec(request, response, route).catch(() => response.destroy());
    }
  });
  server.on('connection', (socket) => {
    accepted += 1;
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (path) => `${origin}${path}`,
    requests,
    requestsTo: (path) => requests.filter((r) => r.path === path),
    route: (path, route) => void table.set(path, route),
    openSockets: () => sockets.size,
    acceptedSockets: () => accepted,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
