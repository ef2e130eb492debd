import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readFeed } from '../../../src/ingest/read-feed.js';

/** The shared corpus sits beside the repository: `<repo>/../shared/corpus/feeds`. */
const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/feeds/', import.meta.url));
if (!existsSync(`${CORPUS}MANIFEST.tsv`)) {
  throw new Error(`feed corpus not found at ${CORPUS} (expected ../shared/corpus/feeds/MANIFEST.tsv next to the repository)`);
}

interface CorpusFile {
  readonly file: string;
  readonly format: string;
  readonly expected: number | null;
}

const files: readonly CorpusFile[] = readFileSync(`${CORPUS}MANIFEST.tsv`, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t'))
  .map(([file = '', , , , format = '', notes = '']) => {
    const count = /(\d+) items/.exec(notes)?.[1];
    return { file, format, expected: count === undefined ? null : Number(count) };
  });

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

const isNonFeed = (entry: CorpusFile): boolean => /not a feed/i.test(entry.format);
const load = (file: string): Buffer => {
  const body = readFileSync(`${CORPUS}${file}`);
  return body[0] === 0x1f && body[1] === 0x8b ? gunzipSync(body) : body;
};
const read = (file: string) =>
  readFeed({ body: load(file), contentType: null, url: `https://corpus.example.org/${file}`, feedId: file, now: Date.UTC(2026, 0, 1) });

describe('the real-world feed corpus', () => {
  it('has the 59 files of its manifest', () => {
    expect(files).toHaveLength(59);
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
    const relative = await read('node-feedparser/rss-with-relative-html-urls.xml');
    expect(scoped.ok && scoped.value.map((i) => i.url)).toEqual(['https://example.com/first/first', expect.stringMatching(/^https:\/\/example\.com\//)]);
    expect(relative.ok && relative.value[0]?.url).toBe('https://example.com/posts/posts/post-1');
  });
});
