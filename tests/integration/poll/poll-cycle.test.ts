import { afterEach, describe, expect, it } from 'vitest';
import type { PollCycleReport } from '../../../src/ingest/poll-cycle.js';
import { startFeedServer, type FeedServer } from '../../fakes/feed-server.js';
import { createHarness, entries, feedAt, rss, type Harness } from './poll-harness.js';

let server: FeedServer | undefined;
let harness: Harness | undefined;
afterEach(async () => {
  harness?.close();
  await server?.close();
});

const XML = { 'content-type': 'application/rss+xml; charset=utf-8' };

async function cycle(h: Harness, options = {}): Promise<PollCycleReport> {
  const report = await h.cycle.run(options);
  if (report === null) throw new Error('cycle skipped');
  return report;
}

describe('poll cycle against a feed server', () => {
  it('only seeds the seen-set on the first poll of a feed, then reports what is new', async () => {
    server = await startFeedServer({ '/a.xml': { headers: XML, body: rss(entries('a', 3)) } });
    harness = createHarness([feedAt('a', server.url('/a.xml'))]);
    const first = await cycle(harness);
    expect(first.feeds[0]).toMatchObject({ feedId: 'a', status: 'seeded', newItems: 0 });
    expect(first.newItems).toEqual([]);
    expect(harness.store.feeds.get('a')?.seededAt).toBe(harness.clock.t);

    server.route('/a.xml', { headers: XML, body: rss([...entries('a', 3), { guid: 'a-new', title: 'Attack near Kidal' }]) });
    harness.clock.t += 120_000;
    const second = await cycle(harness);
    expect(second.newItems.map((i) => i.title)).toEqual(['Attack near Kidal']);
    expect(second.newItems[0]?.matches.map((m) => m.entity)).toEqual(['kidal']);
    expect(harness.store.items.get(second.newItems[0]!.id)?.matches).toHaveLength(1);
  });

  it('keeps the configured backfill of a first poll for digests without reporting it as new', async () => {
    server = await startFeedServer({ '/a.xml': { headers: XML, body: rss(entries('a', 5)) } });
    harness = createHarness([feedAt('a', server.url('/a.xml'))], { backfill: 2 });
    const first = await cycle(harness);
    expect(first.newItems).toEqual([]);
    expect(first.backfilled).toHaveLength(2);
    expect(harness.store.items.count()).toBe(2);
  });

  it('sends the ETag back, gets a 304 on the second poll and parses nothing', async () => {
    server = await startFeedServer({ '/a.xml': { headers: XML, etag: '"v1"', body: rss(entries('a', 2)) } });
    harness = createHarness([feedAt('a', server.url('/a.xml'))]);
    await cycle(harness);
    harness.clock.t += 120_000;
    const second = await cycle(harness);
    expect(server.requestsTo('/a.xml').map((r) => r.headers['if-none-match'])).toEqual([undefined, '"v1"']);
    expect(second.feeds[0]?.status).toBe('not-modified');
    expect(second.parses).toBe(0);
    expect(harness.reads).toHaveLength(1);
    expect(harness.store.feeds.get('a')?.lastSuccessAt).toBe(harness.clock.t);
  });

  it('skips parsing when a server without validators sends the same body again', async () => {
    server = await startFeedServer({ '/a.xml': { headers: XML, body: rss(entries('a', 2)) } });
    harness = createHarness([feedAt('a', server.url('/a.xml'))]);
    await cycle(harness);
    harness.clock.t += 120_000;
    const second = await cycle(harness);
    expect(second.feeds[0]?.status).toBe('unchanged');
    expect(second.parses).toBe(0);
  });

  it('does not poll a rate-limited feed again before its Retry-After', async () => {
    server = await startFeedServer({ '/a.xml': { status: 429, headers: { 'retry-after': '7200' }, body: 'slow down' } });
    harness = createHarness([feedAt('a', server.url('/a.xml'))]);
    const start = harness.clock.t;
    const first = await cycle(harness);
    expect(first.feeds[0]).toMatchObject({ status: 'failed', failure: { code: 'RATE_LIMITED' } });
    expect(harness.store.feeds.get('a')?.nextPollAt).toBe(start + 7_200_000);
    harness.clock.t = start + 7_199_000;
    expect((await cycle(harness)).feeds).toEqual([]);
    harness.clock.t = start + 7_200_000;
    expect((await cycle(harness)).feeds).toHaveLength(1);
    expect(server.requestsTo('/a.xml')).toHaveLength(2);
  });

  it('backs off a failing feed exponentially, then disables it with a reason', async () => {
    server = await startFeedServer({ '/a.xml': { status: 500, body: 'oops' } });
    harness = createHarness([feedAt('a', server.url('/a.xml'), 60_000)], { disableAfterFailures: 3 });
    const waits: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const before = harness.clock.t;
      await cycle(harness);
      const next = harness.store.feeds.get('a')!.nextPollAt;
      waits.push(next - before);
      harness.clock.t = next;
    }
    expect(waits.slice(0, 2)).toEqual([60_000, 120_000]);
    const state = harness.store.feeds.get('a')!;
    expect(state.failures).toBe(3);
    expect(state.disabled).toMatchObject({ code: 'HTTP' });
    expect(state.disabled?.reason).toMatch(/^disabled after 3 consecutive failures: .*500/);
    harness.clock.t += 48 * 3_600_000;
    expect((await cycle(harness)).feeds).toEqual([]);
    expect(server.requestsTo('/a.xml')).toHaveLength(3);
  });

  it('re-enables a disabled feed that succeeds when polled by name', async () => {
    server = await startFeedServer({ '/a.xml': { status: 500, body: 'oops' } });
    harness = createHarness([feedAt('a', server.url('/a.xml'))], { disableAfterFailures: 1 });
    await cycle(harness);
    expect(harness.store.feeds.get('a')?.disabled).not.toBeNull();
    server.route('/a.xml', { headers: XML, body: rss(entries('a', 1)) });
    const named = await cycle(harness, { feedIds: ['a'] });
    expect(named.feeds[0]?.status).toBe('seeded');
    expect(harness.store.feeds.get('a')).toMatchObject({ disabled: null, failures: 0 });
  });

  it('stores an article that two feeds link to under the same canonical URL once', async () => {
    server = await startFeedServer({
      '/a.xml': { headers: XML, body: rss([]) },
      '/b.xml': { headers: XML, body: rss([]) },
    });
    harness = createHarness([feedAt('a', server.url('/a.xml')), feedAt('b', server.url('/b.xml'))]);
    await cycle(harness);
    server.route('/a.xml', { headers: XML, body: rss([{ guid: 'a-1', title: 'Same story', link: 'https://wire.example/story?utm_source=a' }]) });
    server.route('/b.xml', { headers: XML, body: rss([{ guid: 'b-9', title: 'Same story', link: 'https://wire.example/story#top' }]) });
    harness.clock.t += 120_000;
    const report = await cycle(harness);
    expect(report.newItems).toHaveLength(1);
    expect(report.newItems[0]?.url).toBe('https://wire.example/story');
    expect(harness.store.items.count()).toBe(1);
  });

  it('records a broken feed and still stores the others of the cycle', async () => {
    server = await startFeedServer({
      '/ok.xml': { headers: XML, body: rss(entries('ok', 1)) },
      '/html': { headers: { 'content-type': 'text/html' }, body: '<!doctype html><html><body>Home</body></html>' },
    });
    harness = createHarness([feedAt('ok', server.url('/ok.xml')), feedAt('html', server.url('/html'))]);
    const report = await cycle(harness);
    const byId = Object.fromEntries(report.feeds.map((f) => [f.feedId, f]));
    expect(byId.ok?.status).toBe('seeded');
    expect(byId.html).toMatchObject({ status: 'failed', failure: { code: 'NOT_A_FEED' } });
    expect(harness.store.feeds.get('html')?.lastError?.code).toBe('NOT_A_FEED');
    expect(harness.store.feeds.get('ok')?.seededAt).not.toBeNull();
  });

  it('never runs two cycles at once', async () => {
    server = await startFeedServer({ '/a.xml': { headers: XML, body: rss(entries('a', 1)), delayMs: 100 } });
    harness = createHarness([feedAt('a', server.url('/a.xml'))]);
    const [first, second] = await Promise.all([harness.cycle.run(), harness.cycle.run()]);
    expect(first?.feeds).toHaveLength(1);
    expect(second).toBeNull();
    expect(server.requestsTo('/a.xml')).toHaveLength(1);
  });
});
