import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NormalisedItem } from '../../../src/core/item.js';
import type { FeedServer } from '../../fakes/feed-server.js';
import { startFeedServer } from '../../fakes/feed-server.js';
import { parseCli as parse } from './parse-cli-run.js';

/** Real-world feeds bundled with the tests (see tests/fixtures/feeds/real/README.md). */
const REAL = fileURLToPath(new URL('../../fixtures/feeds/real/', import.meta.url));
const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/feeds/${name}`, import.meta.url));

let feeds: FeedServer;
beforeAll(async () => {
  feeds = await startFeedServer({
    '/rss': { body: readFileSync(fixture('rss2.xml')), gzip: true, headers: { 'content-type': 'application/rss+xml; charset=utf-8' } },
    '/page': { body: readFileSync(fixture('html-page.html')), headers: { 'content-type': 'text/html; charset=utf-8' } },
    '/gone': { status: 404, body: 'not here' },
  });
});
afterAll(() => feeds.close());

describe('sahel-digest parse', () => {
  it('prints one block per item: date, language, title, link, summary', async () => {
    const run = await parse([fixture('rdf.xml')]);
    expect(run).toEqual({
      code: 0,
      stderr: '',
      stdout:
        '2024-03-02 07:15 UTC · en · Gao: a market reopens\nhttps://rdf.example.org/a\nTraders returned to the main market of Gao after weeks of closure.\n\n' +
        '2024-03-01 00:00 UTC · fr · Tombouctou : le blocus se poursuit\nhttps://rdf.example.org/b\n' +
        'Le blocus imposé par les jihadistes à la ville se poursuit depuis le mois d’août, selon les habitants.\n',
    });
  });

  it('prints the NormalisedItem array with --json, from a gzip file', async () => {
    const run = await parse([`${REAL}node-feedparser/compressed.xml`, '--json']);
    expect(run.code).toBe(0);
    const items = JSON.parse(run.stdout) as NormalisedItem[];
    expect(items).toHaveLength(10);
    expect(items[0]?.title).toBe('В Бузулуке главные стройплощадки – детсад и Ледовый дворец');
  });

  it.each(['rss-parser/unrecognized.rss', 'node-feedparser/notafeed.html'])('explains in one line why %s is not a feed', async (file) => {
    const run = await parse([`${REAL}${file}`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`${REAL}${file}: not a feed: an HTML page, not RSS, Atom or JSON Feed\n`);
  });

  it('points at the line of broken XML', async () => {
    const run = await parse([fixture('unescaped-lt.xml')]);
    expect(run).toMatchObject({ code: 1, stderr: `${fixture('unescaped-lt.xml')}: invalid XML at line 12: unescaped "<"\n` });
  });

  it('says when the file does not exist', async () => {
    expect(await parse(['no/such/feed.xml'])).toEqual({ code: 1, stdout: '', stderr: 'no/such/feed.xml: no such file\n' });
  });

  it('fetches a URL when private feeds are allowed', async () => {
    const run = await parse([feeds.url('/rss'), '--json'], { ALLOW_PRIVATE_FEEDS: 'true' });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as NormalisedItem[]).map((i) => i.title)).toContain('Niger: junta names a new cabinet');
    expect(feeds.requestsTo('/rss')[0]?.headers['user-agent']).toMatch(/^sahel-digest\//);
  });

  it('refuses a private address unless ALLOW_PRIVATE_FEEDS is true', async () => {
    const before = feeds.requests.length;
    const run = await parse([feeds.url('/rss')]);
    expect(run).toEqual({ code: 1, stdout: '', stderr: `${feeds.url('/rss')}: refused: 127.0.0.1 is a private or reserved address\n` });
    expect(feeds.requests.length).toBe(before);
  });

  it('names an HTML page and an HTTP error', async () => {
    const page = await parse([feeds.url('/page')], { ALLOW_PRIVATE_FEEDS: 'true' });
    expect(page.stderr).toBe(`${feeds.url('/page')}: not a feed: the server returned an HTML page (text/html)\n`);
    const gone = await parse([feeds.url('/gone')], { ALLOW_PRIVATE_FEEDS: 'true' });
    expect(gone).toMatchObject({ code: 1, stderr: `${feeds.url('/gone')}: HTTP 404\n` });
  });
});
