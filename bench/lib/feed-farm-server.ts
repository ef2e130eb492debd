/**
 * The benchmark's publisher, run as its own process so serving does not share the measured
 * process's event loop: `/feed/N.xml` for N < 1,000, with ETag and 304s; `/__stats` returns
 * `{ requests, notModified, bytes }` and `/__reset` zeroes them. Prints `PORT <n>` when ready.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildFarm } from './feed-farm.js';

const farm = buildFarm();
const stats = { requests: 0, notModified: 0, bytes: 0 };

const server = createServer((request, response) => {
  const path = request.url ?? '/';
  if (path === '/__stats') {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ ...stats, totalBytes: farm.reduce((n, f) => n + f.body.length, 0) }));
    return;
  }
  if (path === '/__reset') {
    Object.assign(stats, { requests: 0, notModified: 0, bytes: 0 });
    response.end('ok');
    return;
  }
  const match = /^\/feed\/(\d+)\.xml$/.exec(path);
  const feed = match ? farm[Number(match[1])] : undefined;
  stats.requests += 1;
  if (!feed) {
    response.writeHead(404);
    response.end();
    return;
  }
  if (request.headers['if-none-match'] === feed.etag) {
    stats.notModified += 1;
    response.writeHead(304, { etag: feed.etag });
    response.end();
    return;
  }
  stats.bytes += feed.body.length;
  response.writeHead(200, {
    'content-type': 'application/rss+xml; charset=utf-8',
    'content-length': String(feed.body.length),
    etag: feed.etag,
  });
  response.end(feed.body);
});
server.keepAliveTimeout = 30_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`PORT ${(server.address() as AddressInfo).port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
