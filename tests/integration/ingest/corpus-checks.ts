import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readFeed } from '../../../src/ingest/read-feed.js';
import { parseCli } from './parse-cli-run.js';

/**
 * The checks every real-world feed corpus must pass, shared by the bundled sample
 * (tests/fixtures/feeds/real, run by `npm test`) and the full shared corpus (run by
 * `npm run test:corpus`). A corpus is a folder with a `MANIFEST.tsv` whose columns are
 * file, source_repo, commit, original_path, format, notes; a note `N items` is the count of raw
 * item elements, and a format saying `not a feed` marks a page that must be refused.
 */

export interface CorpusFile {
  readonly file: string;
  readonly format: string;
  /** Items the manifest counts, or null when it does not say. */
  readonly expected: number | null;
}

export interface CorpusSpec {
  /** A label for the describe block. */
  readonly name: string;
  /** The corpus folder, ending with a slash. */
  readonly dir: string;
  /** How many files the manifest lists: a lost or unlisted file fails the suite. */
  readonly files: number;
  /** A file of the corpus and the heading `parse` must print for it. */
  readonly heading: { readonly file: string; readonly items: number };
}

/**
 * Where the item count differs from the manifest's count of raw elements, and why.
 * Every other real feed must give exactly the manifest's count.
 */
const EXCEPTIONS: Readonly<Record<string, { readonly items: number; readonly why: string }>> = {
  'rss-parser/incomplete-fields.atom': { items: 0, why: 'its one <entry> holds only an empty <author>' },
  'rss-parser/missing-fields.atom': { items: 0, why: 'its one <entry> holds only an <id>: no title, link or text' },
  'rss-parser/itunes-missing-image.rss': { items: 130, why: 'geekistry-2.mp3 appears twice with the same guid' },
  'node-feedparser/illegally-nested.xml': { items: 10, why: 'the other 10 <item>s are empty <item/> nested inside real items' },
};

/** The files the manifest of `dir` lists; throws one line when there is no manifest. */
export function readManifest(dir: string): CorpusFile[] {
  const manifest = join(dir, 'MANIFEST.tsv');
  if (!existsSync(manifest)) throw new Error(`feed corpus not found: ${manifest} does not exist`);
  return readFileSync(manifest, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .map(([file = '', , , , format = '', notes = '']) => {
      const count = /(\d+) items/.exec(notes)?.[1];
      return { file, format, expected: count === undefined ? null : Number(count) };
    });
}

/** Every file under `dir` except the manifest and READMEs, as paths relative to it. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!/^(?:MANIFEST\.tsv|README\.md|LICENSE.*)$/.test(name)) out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

const isNonFeed = (entry: CorpusFile): boolean => /not a feed/i.test(entry.format);

/** Defines the corpus checks for `spec` inside the calling test file. */
export function describeCorpus(spec: CorpusSpec): void {
  const files = readManifest(spec.dir);
  const load = (file: string): Buffer => {
    const body = readFileSync(`${spec.dir}${file}`);
    return body[0] === 0x1f && body[1] === 0x8b ? gunzipSync(body) : body;
  };
  const read = (file: string) =>
    readFeed({ body: load(file), contentType: null, url: `https://corpus.example.org/${file}`, feedId: file, now: Date.UTC(2026, 0, 1) });

  describe(spec.name, () => {
    it(`has the ${spec.files} files of its manifest, and no file it does not list`, () => {
      expect(files).toHaveLength(spec.files);
      expect(filesUnder(spec.dir)).toEqual(files.map((f) => f.file).sort());
    });

    it.each(files.filter((f) => !isNonFeed(f)).map((f) => [f.file, f] as const))('reads %s into sane items', async (_name, entry) => {
      const result = await read(entry.file);
      if (!result.ok) throw new Error(`${entry.file}: ${result.error.message}`);
      const expected = EXCEPTIONS[entry.file]?.items ?? entry.expected;
      if (expected !== null) expect(result.value).toHaveLength(expected);
      else expect(result.value.length).toBeGreaterThan(0);
      expect(new Set(result.value.map((i) => i.id)).size).toBe(result.value.length);
      for (const item of result.value) {
        expect(item.title.length + item.summary.length).toBeGreaterThan(0);
        expect(item.summary.length).toBeLessThanOrEqual(1_000);
        expect(item.title).not.toMatch(/<\/?[a-z][^>]*>|&(?:amp|lt|gt|quot|#\d+);/i);
        expect(item.summary).not.toMatch(/<\/?(?:p|div|a|img|br)\b[^>]*>|&(?:amp|lt|gt|quot|nbsp|#\d+);/i);
        if (item.url !== null) expect(item.url).toMatch(/^https?:\/\/[^\s#]+$/);
        expect(Number.isFinite(item.publishedAt)).toBe(true);
      }
    });

    it.each(files.filter(isNonFeed).map((f) => f.file))('gives %s a one-line reason instead of items', async (file) => {
      const result = await read(file);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('NOT_A_FEED');
        expect(result.error.message).toMatch(/^not a feed: [^\n]+$/);
      }
    });

    it('never throws on truncated copies of every file, and always explains a failure in one line', async () => {
      const reasons = new Set<string>();
      for (const { file } of files) {
        const body = load(file);
        for (const fraction of [0.05, 0.37, 0.5, 0.93]) {
          const result = await readFeed({ body: body.subarray(0, Math.floor(body.length * fraction)), contentType: null, url: 'https://c.example/', feedId: file, now: 0 });
          if (!result.ok) {
            expect(result.error.message).toMatch(/^[^\n]+$/);
            reasons.add(result.error.code);
          }
        }
      }
      expect([...reasons].sort()).toEqual(['INVALID_XML', 'NOT_A_FEED']);
    });

    it('decodes the non-UTF-8 feeds exactly', async () => {
      const latin = await read('rss-parser/encoding.rss');
      const cyrillic = await read('node-feedparser/iconv.xml');
      const gzipped = await read('node-feedparser/compressed.xml');
      expect(latin.ok && latin.value[0]?.title).toBe('Mãe de utente é a nova presidente da Raríssimas');
      expect(cyrillic.ok && cyrillic.value[0]?.title).toBe('В Бузулуке главные стройплощадки – детсад и Ледовый дворец');
      expect(gzipped.ok && gzipped.value[0]?.title).toBe('В Бузулуке главные стройплощадки – детсад и Ледовый дворец');
    });

    it('resolves relative links against xml:base', async () => {
      const scoped = await read('node-feedparser/rss-with-item-scoped-html-base.xml');
      const relativeUrls = await read('node-feedparser/rss-with-relative-html-urls.xml');
      expect(scoped.ok && scoped.value.map((i) => i.url)).toEqual(['https://example.com/first/first', expect.stringMatching(/^https:\/\/example\.com\//)]);
      expect(relativeUrls.ok && relativeUrls.value[0]?.url).toBe('https://example.com/posts/posts/post-1');
    });

    it('parses every file in one `sahel-digest parse` run: items for the feeds, one line for each non-feed', async () => {
      const paths = files.map((f) => `${spec.dir}${f.file}`);
      const nonFeeds = files.filter(isNonFeed).map((f) => `${spec.dir}${f.file}`);
      const run = await parseCli(paths);
      expect(run.code).toBe(1);
      expect(run.stderr.trim().split('\n').sort()).toEqual(nonFeeds.map((f) => `${f}: not a feed: an HTML page, not RSS, Atom or JSON Feed`).sort());
      const headings = [...run.stdout.matchAll(/^== (.+) \((\d+) items?\)$/gm)].map((m) => m[1]);
      expect(headings).toEqual(paths.filter((f) => !nonFeeds.includes(f)));
      expect(run.stdout).toContain(`== ${spec.dir}${spec.heading.file} (${spec.heading.items} items)`);
    });
  });
}
