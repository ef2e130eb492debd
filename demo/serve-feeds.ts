import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/**
 * The demo's feed publisher: serves the recorded feeds of demo/feeds/ on 127.0.0.1 with the
 * headers a real publisher sends (Content-Type with charset, ETag, conditional GET). It serves
 * one snapshot at a time: `earlier` (what the feeds held at the first poll) or `current`.
 */

export interface DemoManifestFeed {
  readonly id: string;
  readonly name: string;
  readonly language: 'en' | 'fr';
  readonly format: 'rss' | 'atom' | 'json';
  readonly file: string;
  readonly contentType: string;
  readonly items: number;
}

export interface DemoManifest {
  readonly note: string;
  /** ISO time of the demo's first poll (the `earlier` snapshot). */
  readonly firstPollAt: string;
  /** ISO time of the demo's second poll and digest. */
  readonly now: string;
  readonly feeds: readonly DemoManifestFeed[];
}

export type DemoSnapshot = 'earlier' | 'current';

export interface DemoFeedServer {
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  /** The URL a feed is served at. */
  urlOf(feed: DemoManifestFeed): string;
  /** Switches every feed to this snapshot. */
  serve(snapshot: DemoSnapshot): void;
  close(): Promise<void>;
}

/** Reads demo/feeds/manifest.json. */
export function readDemoManifest(feedsDir: string): DemoManifest {
  return JSON.parse(readFileSync(join(feedsDir, 'manifest.json'), 'utf8')) as DemoManifest;
}

interface Served {
  readonly body: Buffer;
  readonly etag: string;
  readonly contentType: string;
}

function loadSnapshot(
  feedsDir: string,
  manifest: DemoManifest,
  snapshot: DemoSnapshot,
): Map<string, Served> {
  const dir = snapshot === 'earlier' ? join(feedsDir, 'earlier') : feedsDir;
  const files = new Map<string, Served>();
  for (const feed of manifest.feeds) {
    const body = readFileSync(join(dir, feed.file));
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    files.set(`/feeds/${feed.file}`, { body, etag, contentType: feed.contentType });
  }
  return files;
}

/** Answers one request from the current snapshot, honouring If-None-Match. */
function answer(
  served: Served | undefined,
  request: IncomingMessage,
  response: ServerResponse,
): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  if (served === undefined) {
    response
      .writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
      .end('no such demo feed\n');
    return;
  }
  if (request.headers['if-none-match'] === served.etag) {
    response.writeHead(304, { etag: served.etag }).end();
    return;
  }
  response.writeHead(200, {
    'content-type': served.contentType,
    'content-length': served.body.length,
    etag: served.etag,
    'cache-control': 'max-age=0',
  });
  response.end(request.method === 'HEAD' ? undefined : served.body);
}

/** Starts the demo publisher on 127.0.0.1 (a free port), serving the `earlier` snapshot. */
export async function startDemoFeedServer(
  feedsDir: string,
  manifest: DemoManifest,
): Promise<DemoFeedServer> {
  const snapshots = {
    earlier: loadSnapshot(feedsDir, manifest, 'earlier'),
    current: loadSnapshot(feedsDir, manifest, 'current'),
  };
  let files = snapshots.earlier;
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    answer(files.get(path), request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    urlOf: (feed) => `${origin}/feeds/${feed.file}`,
    serve(snapshot) {
      files = snapshots[snapshot];
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
