import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFeeds, loadStories } from '../../demo/build-feeds.js';
import { DEMO_NOW, FIRST_POLL_AT, SAMPLE_MARK, resolveItems } from '../../demo/demo-data.js';
import { scoreClusters } from '../../demo/score-clusters.js';
import { readDemoManifest, type DemoManifestFeed } from '../../demo/serve-feeds.js';
import { runDemo } from '../../src/cli/demo.js';
import type { NormalisedItem } from '../../src/core/item.js';
import type { Story } from '../../src/core/story.js';
import { decodeFeed } from '../../src/ingest/decode-feed.js';
import { readFeed } from '../../src/ingest/read-feed.js';

const demoDir = new URL('../../demo/', import.meta.url).pathname;
const feedsDir = join(demoDir, 'feeds');
const manifest = readDemoManifest(feedsDir);
const sampleItems = resolveItems(loadStories(join(demoDir, 'stories.yaml')));

interface ReadRecorded {
  readonly feed: DemoManifestFeed;
  /** The decoded feed document, for checks on what the publisher wrote. */
  readonly text: string;
  readonly items: readonly NormalisedItem[];
}

/** Reads one recorded feed the way the poller does: decode, parse, normalise. */
async function readRecorded(dir: string, feed: DemoManifestFeed): Promise<ReadRecorded> {
  const body = readFileSync(join(dir, feed.file));
  const read = await readFeed({
    body,
    contentType: feed.contentType,
    url: `http://127.0.0.1/feeds/${feed.file}`,
    feedId: feed.id,
    now: Date.parse(DEMO_NOW),
  });
  if (!read.ok) throw new Error(`${feed.file}: ${read.error.message}`);
  return { feed, text: decodeFeed(body, feed.contentType).text, items: read.value };
}

const dayOf = (item: NormalisedItem): string =>
  new Date(item.publishedAt).toISOString().slice(0, 10);

describe('the bundled demo feeds', () => {
  let feeds: ReadRecorded[] = [];
  beforeAll(async () => {
    feeds = await Promise.all(manifest.feeds.map((feed) => readRecorded(feedsDir, feed)));
  });

  it('read, and hold at least 120 items from at least 6 outlets', () => {
    const total = feeds.reduce((n, f) => n + f.items.length, 0);
    expect(feeds.length).toBeGreaterThanOrEqual(6);
    expect(total).toBeGreaterThanOrEqual(120);
    for (const f of feeds) expect(f.items.length, f.feed.file).toBe(f.feed.items);
  });

  it('cover English and French in RSS, Atom, JSON Feed and one windows-1252 feed', () => {
    expect(new Set(manifest.feeds.map((f) => f.format))).toEqual(new Set(['rss', 'atom', 'json']));
    for (const f of feeds)
      expect(new Set(f.items.map((i) => i.lang)), f.feed.id).toEqual(new Set([f.feed.language]));
    expect(new Set(manifest.feeds.map((f) => f.language))).toEqual(new Set(['en', 'fr']));
    const cp1252 = feeds.find((f) => f.feed.contentType.includes('windows-1252'));
    expect(cp1252?.items.some((i) => i.title.includes('l’armée'))).toBe(true);
  });

  it('date every item, from the feed, on 20, 21 or 22 November 2026 (UTC), each day used', () => {
    const all = feeds.flatMap((f) => f.items);
    expect(all.every((i) => i.dateFromFeed)).toBe(true);
    expect([...new Set(all.map(dayOf))].sort()).toEqual(['2026-11-20', '2026-11-21', '2026-11-22']);
  });

  it('mark every feed title and description as sample data', () => {
    for (const f of feeds) {
      if (f.feed.format === 'json') {
        const json = JSON.parse(f.text) as { title: string; description: string };
        expect(json.title).toContain(SAMPLE_MARK);
        expect(json.description).toContain(SAMPLE_MARK);
      } else {
        expect(f.text.match(/<title>[^<]*<\/title>/)?.[0], f.feed.file).toContain(SAMPLE_MARK);
        expect(f.text.match(/<(description|subtitle)>[^<]*<\/\1>/)?.[0], f.feed.file).toContain(
          SAMPLE_MARK,
        );
      }
    }
  });

  it('carry the messy parts of real feeds', () => {
    const all = feeds.map((f) => f.text).join('\n');
    expect(all).toMatch(/utm_source=/);
    expect(all).toMatch(/The post <a [^>]+>[^<]+<\/a> appeared first on/);
    expect(all).toContain('Lire la suite');
    expect(all).toContain('&lt;p&gt;');
  });

  it('normalise to the canonical URLs of the answer key, with no boilerplate left', () => {
    const canonical = new Set(sampleItems.map((i) => i.canonicalUrl));
    const read = feeds.flatMap((f) => f.items);
    expect(read.filter((i) => i.url === null || !canonical.has(i.url)).map((i) => i.url)).toEqual(
      [],
    );
    const leftovers = read.filter((i) =>
      /appeared first on|Lire la suite|Continue reading|utm_/.test(i.summary),
    );
    expect(leftovers.map((i) => i.title)).toEqual([]);
  });

  it('carry one article in two feeds under the same canonical URL', () => {
    const owners = new Map<string, string[]>();
    for (const f of feeds)
      for (const i of f.items)
        owners.set(i.url ?? '', [...(owners.get(i.url ?? '') ?? []), f.feed.id]);
    expect([...owners.values()].filter((ids) => ids.length > 1)).toEqual([
      ['sahel-wire', 'west-africa-desk'],
    ]);
  });

  it('serve, in the earlier snapshot, only what was published before the first poll', async () => {
    const earlier = await Promise.all(
      manifest.feeds.map((feed) => readRecorded(join(feedsDir, 'earlier'), feed)),
    );
    const cutoff = Date.parse(FIRST_POLL_AT);
    const before = earlier.flatMap((f) => f.items);
    expect(before.every((i) => i.publishedAt <= cutoff)).toBe(true);
    const later = feeds.flatMap((f) => f.items).filter((i) => i.publishedAt > cutoff);
    expect(later.length).toBeGreaterThan(0);
    expect(before.length + later.length).toBe(feeds.reduce((n, f) => n + f.items.length, 0));
  });

  describe('generator', () => {
    let out = '';
    beforeAll(async () => {
      out = mkdtempSync(join(tmpdir(), 'sahel-demo-build-'));
      await buildFeeds(join(demoDir, 'stories.yaml'), out);
    });
    afterAll(() => rmSync(out, { recursive: true, force: true }));

    it('reproduces the committed feeds and answer key byte for byte', () => {
      const files = (dir: string): string[] =>
        readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((d) => d.isFile())
          .map((d) => join(d.parentPath, d.name).slice(dir.length))
          .sort();
      expect(files(join(out, 'feeds'))).toEqual(files(feedsDir));
      for (const file of files(feedsDir)) {
        expect(
          readFileSync(join(out, 'feeds', file)).equals(readFileSync(join(feedsDir, file))),
          file,
        ).toBe(true);
      }
      expect(readFileSync(join(out, 'expected.md'), 'utf8')).toBe(
        readFileSync(join(demoDir, 'expected.md'), 'utf8'),
      );
    });
  });
});

describe('scoring stories against the answer key', () => {
  const urlsOf = (group: string): string[] =>
    sampleItems.filter((i) => i.groupId === group).map((i) => i.canonicalUrl);
  const story = (urls: readonly string[]) => ({
    sources: urls.map((url) => ({ url })) as unknown as Story['sources'],
  });

  it('counts an event in one story as whole, one over two stories as split', () => {
    const [first, ...rest] = urlsOf('menaka-drone-strike');
    const score = scoreClusters(
      [story(urlsOf('kidal-convoy-attack')), story([first ?? '']), story(rest)],
      sampleItems,
    );
    expect(score.whole).toContain('kidal-convoy-attack');
    expect(score.split).toContainEqual({ event: 'menaka-drone-strike', stories: 2 });
    expect(score.pairPrecision).toBe(1);
    expect(score.pairRecall).toBeLessThan(1);
  });

  it('reports a story that mixes two events as merged and lowers precision', () => {
    const score = scoreClusters(
      [story([...urlsOf('timbuktu-flights'), ...urlsOf('gao-ansongo-road')])],
      sampleItems,
    );
    expect(score.merged).toEqual([['timbuktu-flights', 'gao-ansongo-road']]);
    expect(score.pairPrecision).toBeCloseTo(2 / 6);
  });
});

describe('npm run demo', () => {
  let printed = '';
  beforeAll(async () => {
    const chunks: string[] = [];
    const code = await runDemo({
      configDir: new URL('../../config/', import.meta.url).pathname,
      out: { write: (c: string) => chunks.push(c) },
    });
    printed = chunks.join('');
    expect(code).toBe(0);
  }, 60_000);

  it('reads every sample feed on both polls, and finds the late items new on the second', () => {
    expect(printed).toMatch(
      /first poll at 2026-11-22T20:00:00Z: polled 8 feeds in [\d.]+ s: 0 new items, 8 seeded; \d+ items/,
    );
    expect(printed).toMatch(
      /second poll at 2026-11-23T08:00:00Z: polled 8 feeds in [\d.]+ s: 13 new items, 2 not modified\n/,
    );
  });

  const section = (start: string, end: string | null): string => {
    const from = printed.indexOf(start);
    const to = end === null ? printed.length : printed.indexOf(end);
    expect(from, start).toBeGreaterThanOrEqual(0);
    return printed.slice(from, to);
  };
  const alertTitles = (): string[] =>
    [...section('━━ Alerts', '━━ Morning digest').matchAll(/^\* (.+)$/gm)].map((m) => m[1] ?? '');
  const digest = (): string => section('━━ Morning digest', '━━ Commands');
  const answers = (): string => section('━━ Commands', null);

  it('prints a morning digest that carries the Kidal convoy story told by EN and FR outlets', () => {
    expect(digest()).toMatch(/stories · 22 Nov, 08:00 – 23 Nov, 08:00/);
    const cards = digest().split(/^(?=\* )/m);
    const kidal = cards.find((card) => /^\* .*convoy.*Kidal|^\* .*Kidal.*convoi/.test(card));
    expect(kidal).toBeDefined();
    expect(kidal).toContain('Sahel Wire (sample)');
    expect(kidal).toContain('Le Courrier du Sahel (exemple)');
  });

  it('alerts the Kidal OR Ménaka channel only with stories about Kidal or Ménaka', () => {
    const titles = alertTitles();
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title).toMatch(/Kidal|Ménaka/);
  });

  /** The posts of the alert channel, each from its `── #demo-alerts (console-N) ──` line. */
  const alertPosts = (): string[] =>
    section('━━ Alerts', '━━ Morning digest')
      .split(/^── #demo-alerts .*$/m)
      .slice(1);

  it('alerts the NGOs\' suspension as "Developing — …", after the kidnapping it follows', () => {
    const posts = alertPosts();
    const kidnapping = posts.findIndex((p) => /^\* .*(kidnap two NGO staff|ONG enlevés)/m.test(p));
    const suspension = posts.findIndex((p) => /^\* .*(NGOs suspend|ONG suspendent)/m.test(p));
    expect(kidnapping, 'the kidnapping alerted').toBeGreaterThanOrEqual(0);
    expect(suspension).toBeGreaterThan(kidnapping);
    const post = posts[suspension] ?? '';
    expect(post).toMatch(
      /^Developing — .+\n=+\n2nd development since 22 Nov · Matches: Kidal OR Ménaka$/m,
    );
    expect(post).toMatch(/^- Previous development — .*(kidnap two NGO staff|ONG enlevés)/m);
    expect(posts[kidnapping]).toMatch(/^Sahel alert$/m);
  });

  it('groups the kidnapping and the suspension in the digest under their arc, in order', () => {
    const text = digest();
    const heading = /^(.+) — 2 developments\n=+\n\n(?=\* Armed men kidnap)/m.exec(text);
    expect(heading, 'the arc heading above the kidnapping').not.toBeNull();
    const group = text
      .slice((heading?.index ?? 0) + (heading?.[0].length ?? 0))
      .split(/^-{40}$/m)[0];
    expect([...(group ?? '').matchAll(/^\* (.+)$/gm)].map((c) => c[1])).toEqual([
      'Armed men kidnap two NGO staff on the Anderamboukane road near Ménaka',
      'NGOs suspend work in Ménaka after two staff kidnapped',
    ]);
  });

  it('shows no distractor and no news from elsewhere, in the alerts or the digest', () => {
    const shown = section('━━ Alerts', null);
    const leaked = sampleItems
      .filter((item) => item.kind === 'distractor' || item.kind === 'world')
      .filter((item) => shown.includes(item.title))
      .map((item) => item.title);
    expect(leaked).toEqual([]);
  });

  it('shows background facts as the card’s gist and the command that opens it', () => {
    expect(digest()).toMatch(
      /^ {4}- Kidal: Town and region in northern Mali and a Tuareg stronghold\. \(\/mali fact kidal\)$/m,
    );
    expect(digest()).not.toMatch(/Background:\n\s+- [^\n]*https?:/);
  });

  it('ends by answering /mali news, /sahel search convoy and /mali fact kidal over its store', () => {
    const text = answers();
    const news = text.slice(text.indexOf('> /mali news'), text.indexOf('> /sahel search convoy'));
    expect(news).toMatch(/News: Mali\n=+\n\d+ stories · since 16 Nov 2026/);
    expect(news).toMatch(/Open: \/sahel story st-[0-9a-f]+/);
    const search = text.slice(
      text.indexOf('> /sahel search convoy'),
      text.indexOf('> /mali fact kidal'),
    );
    expect(search).toMatch(/Search: convoy · best match first\n=+\n\d+ stories/);
    expect(search).toMatch(
      /convoi logistique de l’armée attaqué au sud de Kidal|convoy near Kidal/,
    );
    const fact = text.slice(text.indexOf('> /mali fact kidal'));
    expect(fact).toContain('Kidal\n=====\n\nTown and region in northern Mali');
    expect(fact).toMatch(/Latest stories\n\n- 2\d Nov 2026 — .*Kidal/);
  });

  it('refuses a --config folder without a knowledge base, naming the missing file', async () => {
    const missing = join(tmpdir(), 'sahel-demo-no-config');
    await expect(runDemo({ configDir: missing, out: { write: () => true } })).rejects.toThrow(
      `${missing}/watchlist.yaml: not found`,
    );
  });

  it('removes its temporary configuration and database', () => {
    const workDir = /work folder (\S+) \(removed at the end\)/.exec(printed)?.[1];
    expect(workDir).toBeDefined();
    expect(existsSync(workDir ?? '')).toBe(false);
  });
});
