import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFeeds, loadStories } from '../../demo/build-feeds.js';
import { FIRST_POLL_AT, SAMPLE_MARK, resolveItems } from '../../demo/demo-data.js';
import { decodeFeed } from '../../src/ingest/decode-feed.js';
import type { RawEntry } from '../../src/ingest/feed-entry.js';
import { parseJsonFeed } from '../../src/ingest/parse-json-feed.js';
import { parseXmlFeed } from '../../src/ingest/parse-xml-feed.js';
import { runDemo } from '../../src/cli/demo.js';

const demoDir = new URL('../../demo/', import.meta.url).pathname;
const feedsDir = join(demoDir, 'feeds');

interface ManifestFeed {
  readonly id: string;
  readonly name: string;
  readonly language: 'en' | 'fr';
  readonly format: 'rss' | 'atom' | 'json';
  readonly file: string;
  readonly contentType: string;
  readonly items: number;
}

const manifest = JSON.parse(readFileSync(join(feedsDir, 'manifest.json'), 'utf8')) as {
  readonly feeds: readonly ManifestFeed[];
};

interface ParsedFeed {
  readonly feed: ManifestFeed;
  readonly text: string;
  readonly entries: readonly RawEntry[];
}

/** Decodes and parses one recorded feed with the project's own decoder and parsers. */
async function parseRecorded(dir: string, feed: ManifestFeed): Promise<ParsedFeed> {
  const { text } = decodeFeed(readFileSync(join(dir, feed.file)), feed.contentType);
  const parsed = feed.format === 'json' ? parseJsonFeed(text) : await parseXmlFeed(text);
  if (!parsed.ok) throw new Error(`${feed.file}: ${parsed.error.message}`);
  return { feed, text, entries: parsed.value.entries };
}

const dayOf = (entry: RawEntry): string => new Date(entry.dates[0] ?? NaN).toISOString().slice(0, 10);
const stripTracking = (link: string): string => link.replace(/[?#].*$/, '');

describe('the bundled demo feeds', () => {
  let feeds: ParsedFeed[] = [];
  beforeAll(async () => {
    feeds = await Promise.all(manifest.feeds.map((feed) => parseRecorded(feedsDir, feed)));
  });

  it('parse, and hold at least 120 items from at least 6 outlets', () => {
    const total = feeds.reduce((n, f) => n + f.entries.length, 0);
    expect(feeds.length).toBeGreaterThanOrEqual(6);
    expect(total).toBeGreaterThanOrEqual(120);
    for (const f of feeds) expect(f.entries.length, f.feed.file).toBe(f.feed.items);
  });

  it('cover English and French in RSS, Atom, JSON Feed and one windows-1252 feed', () => {
    expect(new Set(manifest.feeds.map((f) => f.language))).toEqual(new Set(['en', 'fr']));
    expect(new Set(manifest.feeds.map((f) => f.format))).toEqual(new Set(['rss', 'atom', 'json']));
    const cp1252 = feeds.find((f) => f.feed.contentType.includes('windows-1252'));
    expect(cp1252?.text).toContain('l’armée');
    expect(cp1252?.entries.some((e) => e.title.includes('é'))).toBe(true);
  });

  it('date every item on 20, 21 or 22 November 2026 (UTC), each day used', () => {
    const days = new Set(feeds.flatMap((f) => f.entries.map(dayOf)));
    expect([...days].sort()).toEqual(['2026-11-20', '2026-11-21', '2026-11-22']);
  });

  it('mark every feed title and description as sample data', () => {
    for (const f of feeds) {
      if (f.feed.format === 'json') {
        const json = JSON.parse(f.text) as { title: string; description: string };
        expect(json.title).toContain(SAMPLE_MARK);
        expect(json.description).toContain(SAMPLE_MARK);
      } else {
        expect(f.text.match(/<title>[^<]*<\/title>|<title type="text">[^<]*<\/title>/)?.[0]).toContain(SAMPLE_MARK);
        expect(f.text.match(/<(description|subtitle)>[^<]*<\/\1>/)?.[0], f.feed.file).toContain(SAMPLE_MARK);
      }
    }
  });

  it('carry one article in two feeds under the same canonical URL with different tracking', () => {
    const byCanonical = new Map<string, Set<string>>();
    for (const f of feeds) {
      for (const e of f.entries) {
        const owners = byCanonical.get(stripTracking(e.link ?? '')) ?? new Set<string>();
        owners.add(f.feed.id);
        byCanonical.set(stripTracking(e.link ?? ''), owners);
      }
    }
    const shared = [...byCanonical.values()].filter((owners) => owners.size > 1);
    expect(shared).toHaveLength(1);
  });

  it('include the messy parts the normaliser must clean', () => {
    const all = feeds.map((f) => f.text).join('\n');
    expect(all).toMatch(/utm_source=/);
    expect(all).toMatch(/The post <a [^>]+>[^<]+<\/a> appeared first on/);
    expect(all).toContain('Lire la suite');
    expect(all).toContain('&lt;p&gt;');
  });

  it('serve, in the earlier snapshot, only what was published before the first poll', async () => {
    const earlier = await Promise.all(manifest.feeds.map((feed) => parseRecorded(join(feedsDir, 'earlier'), feed)));
    const cutoff = Date.parse(FIRST_POLL_AT);
    const dates = earlier.flatMap((f) => f.entries.map((e) => Date.parse(e.dates[0] ?? '')));
    expect(dates.every((d) => d <= cutoff)).toBe(true);
    const later = feeds.flatMap((f) => f.entries).filter((e) => Date.parse(e.dates[0] ?? '') > cutoff);
    expect(later.length).toBeGreaterThan(0);
    expect(dates.length + later.length).toBe(feeds.reduce((n, f) => n + f.entries.length, 0));
  });

  describe('generator', () => {
    let out = '';
    beforeAll(() => {
      out = mkdtempSync(join(tmpdir(), 'sahel-demo-build-'));
      buildFeeds(join(demoDir, 'stories.yaml'), out);
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
        expect(readFileSync(join(out, 'feeds', file)).equals(readFileSync(join(feedsDir, file))), file).toBe(true);
      }
      expect(readFileSync(join(out, 'expected.md'), 'utf8')).toBe(readFileSync(join(demoDir, 'expected.md'), 'utf8'));
    });
  });
});

describe('npm run demo', () => {
  let printed = '';
  beforeAll(async () => {
    const chunks: string[] = [];
    const code = await runDemo({ configDir: new URL('../../config/', import.meta.url).pathname, out: { write: (c: string) => chunks.push(c) } });
    printed = chunks.join('');
    expect(code).toBe(0);
  }, 60_000);

  it('reads every sample feed on both polls, and finds the late items new on the second', () => {
    expect(printed).toMatch(/first poll at 2026-11-22T20:00:00Z: 8 feeds polled, 0 new items/);
    expect(printed).toMatch(/second poll at 2026-11-23T08:00:00Z: 8 feeds polled, 9 new items/);
  });

  const section = (start: string, end: string | null): string => {
    const from = printed.indexOf(start);
    const to = end === null ? printed.length : printed.indexOf(end);
    expect(from, start).toBeGreaterThanOrEqual(0);
    return printed.slice(from, to);
  };
  const alertTitles = (): string[] =>
    [...section('━━ Alerts', '━━ Morning digest').matchAll(/^\* (.+)$/gm)].map((m) => m[1] ?? '');
  const digest = (): string => section('━━ Morning digest', null);
  const sampleItems = resolveItems(loadStories(join(demoDir, 'stories.yaml')));

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

  it('shows no distractor and no news from elsewhere, in the alerts or the digest', () => {
    const shown = section('━━ Alerts', null);
    const leaked = sampleItems
      .filter((item) => item.kind === 'distractor' || item.kind === 'world')
      .filter((item) => shown.includes(item.title))
      .map((item) => item.title);
    expect(leaked).toEqual([]);
  });

  it('removes its temporary configuration and database', () => {
    const workDir = /work folder (\S+) \(removed at the end\)/.exec(printed)?.[1];
    expect(workDir).toBeDefined();
    expect(existsSync(workDir ?? '')).toBe(false);
  });
});
