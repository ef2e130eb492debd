import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.js';
import { execCli, type CliRun } from './cli-fixture.js';
import { entries, rss } from './poll/poll-harness.js';

const DEFAULT_CONFIG = fileURLToPath(new URL('../../config/', import.meta.url));
const XML = { 'content-type': 'application/rss+xml' };

let server: FeedServer;
let dir: string;

beforeEach(async () => {
  server = await startFeedServer({
    '/a.xml': { headers: XML, etag: '"a1"', body: rss(entries('a', 3)) },
    '/b.xml': { headers: XML, body: rss(entries('b', 2)) },
  });
  dir = mkdtempSync(join(tmpdir(), 'sahel-once-'));
  for (const file of ['watchlist.yaml', 'facts.yaml', 'timeline.yaml', 'settings.yaml']) {
    copyFileSync(join(DEFAULT_CONFIG, file), join(dir, file));
  }
  writeFeeds([
    ['outlet-a', '/a.xml'],
    ['outlet-b', '/b.xml'],
  ]);
});
afterEach(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function writeFeeds(feeds: [string, string][]): void {
  const yaml = feeds
    .map(([id, path]) => `  - id: ${id}\n    url: ${server.url(path)}\n    name: Outlet ${id.slice(-1).toUpperCase()}\n    language: en\n`)
    .join('');
  writeFileSync(join(dir, 'feeds.yaml'), `feeds:\n${yaml}`);
}

function once(...args: string[]): Promise<CliRun> {
  return execCli(['--config', dir, '--db', join(dir, 'test.db'), 'once', ...args], { ...process.env, LOG_LEVEL: 'silent' });
}

describe('sahel-digest once', () => {
  it('seeds new feeds on the first run, then prints only the new items with their entities', async () => {
    const first = await once();
    expect(first.stdout).toMatch(
      /^polled 2 feeds in \d+\.\d s: 0 new items, 2 seeded\n\(seeded: a feed's first poll only records the items it already holds, so nothing old is alerted; new items print from the next poll on\)\n$/,
    );
    expect(first.code).toBe(0);

    server.route('/a.xml', {
      headers: XML,
      etag: '"a2"',
      body: rss([...entries('a', 3), { guid: 'a-kidal', title: 'Attack near Kidal', link: 'https://outlet.example/kidal' }]),
    });
    const second = await once();
    expect(second.stdout.split('\n')[0]).toBe('[Outlet A] Attack near Kidal — https://outlet.example/kidal  (attack, kidal, mali)');
    expect(second.stdout).toMatch(/polled 2 feeds in \d+\.\d s: 1 new item, 1 not modified\n$/);
  }, 30_000);

  it('prints a JSON report with --format json', async () => {
    await once();
    server.route('/b.xml', { headers: XML, body: rss([...entries('b', 2), { guid: 'b-new', title: 'Niamey talks' }]) });
    const run = await once('--format', 'json');
    const report = JSON.parse(run.stdout) as { feeds: { feedId: string; status: string }[]; newItems: { title: string; feedId: string }[] };
    expect(report.newItems).toEqual([expect.objectContaining({ title: 'Niamey talks', feedId: 'outlet-b' })]);
    expect(report.feeds.map((f) => f.status).sort()).toEqual(['new-items', 'not-modified']);
  }, 30_000);

  it('polls only the feeds named with --feed', async () => {
    const run = await once('--feed', server.url('/b.xml'));
    expect(run.stdout).toMatch(/^polled 1 feed in /);
    expect(server.requestsTo('/a.xml')).toHaveLength(0);
    expect(server.requestsTo('/b.xml')).toHaveLength(1);
  }, 30_000);

  it('refuses a --feed that is a file path, in one line pointing to parse, and polls nothing', async () => {
    const before = server.requestsTo('/a.xml').length;
    const run = await once('--feed', 'demo/feeds/sahel-wire.xml');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      '--feed "demo/feeds/sahel-wire.xml": not an http(s) URL (to read a feed file, use sahel-digest parse FILE)\n',
    );
    expect(run.stdout).toBe('');
    expect(server.requestsTo('/a.xml')).toHaveLength(before);
  }, 30_000);

  it('exits 1 with a one-line reason per feed when every feed fails', async () => {
    writeFeeds([['outlet-x', '/missing.xml']]);
    const run = await once();
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(/^feed outlet-x \(http:\/\/127\.0\.0\.1:\d+\/missing\.xml\): HTTP 404$/);
  }, 30_000);

  it('exits 1 naming the file and line of a configuration error', async () => {
    writeFileSync(join(dir, 'feeds.yaml'), 'feeds:\n  - id: broken\n    url: not-a-url\n    name: Broken\n    language: en\n');
    const run = await once();
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/feeds\.yaml:3:\d+ /);
    expect(server.requests).toHaveLength(0);
  }, 30_000);
});
