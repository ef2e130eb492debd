import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeedFailure, NormalisedItem } from '../../../src/core/item.js';
import { readFeed } from '../../../src/ingest/read-feed.js';

const NOW = Date.UTC(2024, 9, 1);
const fixture = (name: string): Buffer => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url));

async function items(name: string, contentType: string | null = null): Promise<NormalisedItem[]> {
  const result = await readFeed({ body: fixture(name), contentType, url: 'https://feeds.example.org/feed.xml', feedId: 'test', now: NOW });
  if (!result.ok) throw new Error(`expected items from ${name}, got ${result.error.message}`);
  return result.value;
}

async function failure(body: Buffer | string, contentType: string | null = null): Promise<FeedFailure> {
  const result = await readFeed({ body: Buffer.from(body), contentType, url: 'https://feeds.example.org/feed.xml', feedId: 'test', now: NOW });
  if (result.ok) throw new Error(`expected a failure, got ${result.value.length} items`);
  return result.error;
}

describe('readFeed formats', () => {
  it('reads RSS 2.0 with content:encoded, dc:creator and CDATA', async () => {
    const [first] = await items('rss2.xml');
    expect(first).toMatchObject({
      title: 'Mali : l’armée annonce la reprise de Kidal',
      author: 'Amadou Diallo',
      lang: 'fr',
      publishedAt: Date.UTC(2023, 10, 14, 16, 5),
      dateFromFeed: true,
      summary: 'Les forces armées maliennes ont annoncé la reprise de Kidal, selon un communiqué de l’état-major.',
    });
    expect(first?.content).toBe(
      'Les forces armées maliennes ont annoncé la reprise de Kidal, selon un communiqué de l’état-major.\n' +
        'La ville était contrôlée depuis 2012 par des groupes armés. Les habitants sont restés chez eux.',
    );
  });

  it('reads Atom with html titles, summaries and xhtml content', async () => {
    const [aes, wagner] = await items('atom.xml');
    expect(aes).toMatchObject({
      title: 'Mali, Burkina Faso and Niger leave ECOWAS & form the AES',
      summary: 'The three juntas announced their withdrawal from the regional bloc with immediate effect.',
      author: 'Jane Analyst',
      publishedAt: Date.parse('2024-01-28T17:30:00Z'),
      guid: 'tag:blog.example.net,2024:aes-exit',
    });
    expect(aes?.content).toContain('They accused ECOWAS');
    expect(wagner?.summary).toBe("Russia's Defence Ministry is folding the group's African operations into a new structure.");
  });

  it('reads Atom 0.3 with issued dates and escaped content', async () => {
    const [item] = await items('atom-0.3.xml');
    expect(item).toMatchObject({
      title: 'Tombouctou : les manuscrits sont à l’abri',
      url: 'https://old.example.org/2005/06/manuscrits',
      summary: 'Les bibliothèques de la ville ont mis à l’abri des milliers de manuscrits anciens.',
      publishedAt: Date.UTC(2005, 4, 31, 17),
      dateFromFeed: true,
      lang: 'fr',
    });
  });

  it('reads RSS 1.0 (RDF) with dc:date', async () => {
    const parsed = await items('rdf.xml');
    expect(parsed.map((i) => [i.title, i.url, i.publishedAt, i.lang])).toEqual([
      ['Gao: a market reopens', 'https://rdf.example.org/a', Date.UTC(2024, 2, 2, 7, 15), 'en'],
      ['Tombouctou : le blocus se poursuit', 'https://rdf.example.org/b', Date.UTC(2024, 2, 1), 'fr'],
    ]);
  });

  it('reads JSON Feed 1.1, keeping plain-text content literal', async () => {
    const [first, second, third] = await items('feed.json', 'application/feed+json');
    expect(first).toMatchObject({ url: 'https://json.example.org/p/1', author: 'Ousmane Maïga', lang: 'fr', publishedAt: Date.UTC(2023, 8, 2, 9) });
    expect(first?.summary).toBe("Des milliers de personnes se sont rassemblées devant la base, à l'appel du M62.");
    expect(second?.summary).toBe('Plain <text> & more, with no markup at all: the AES summit opened in Niamey.');
    expect(second?.url).toBe('https://elsewhere.example.com/story');
    expect(third).toMatchObject({ url: null, dateFromFeed: false, publishedAt: NOW });
    expect(third?.title).toBe('A micro-post without title or date, about the dry season in Mopti.');
  });

  it('accepts the body as a plain Uint8Array, as a worker thread receives it', async () => {
    const bytes = new Uint8Array(fixture('rdf.xml'));
    const result = await readFeed({ body: bytes as Buffer, contentType: null, url: 'https://e.example/', feedId: 'e', now: NOW });
    expect(result.ok && result.value.map((i) => i.title)).toEqual(['Gao: a market reopens', 'Tombouctou : le blocus se poursuit']);
  });

  it('returns zero items as a success', async () => {
    const result = await readFeed({
      body: Buffer.from('<rss version="2.0"><channel><title>Empty</title></channel></rss>'),
      contentType: 'application/rss+xml',
      url: 'https://e.example/',
      feedId: 'e',
      now: NOW,
    });
    expect(result).toEqual({ ok: true, value: [] });
  });
});

describe('readFeed encodings', () => {
  const title = 'Ménaka : « l’État doit protéger les civils », dit l’élu';
  const summary = 'Après l’attaque, les habitants ont fui vers la frontière – une crise “sans précédent”… Œuvre de l’EIGS ?';

  it.each(['windows-1252.xml', 'iso-8859-1.xml', 'utf-16.xml'])('decodes %s with accents and curly quotes exactly', async (name) => {
    const [item] = await items(name);
    expect(item?.title).toBe(title);
    expect(item?.summary).toBe(summary);
  });

  it('lets the Content-Type charset decide when the prolog is silent', async () => {
    const body = Buffer.from('<rss version="2.0"><channel><item><title>Ségou</title></item></channel></rss>', 'latin1');
    const result = await readFeed({ body, contentType: 'text/xml; charset=ISO-8859-1', url: 'https://e.example/', feedId: 'e', now: NOW });
    expect(result.ok && result.value[0]?.title).toBe('Ségou');
  });
});

describe('readFeed repairs and normalises', () => {
  it('repairs bare ampersands outside CDATA and keeps entities', async () => {
    const [item] = await items('bare-ampersand.xml');
    expect(item?.title).toBe('Sécurité & défense : Bamako & Niamey signent un accord');
    expect(item?.summary).toBe('Accord R&D & logistique, AT&T absent. © 2024 Already & fine');
    expect(item?.url).toBe('https://amp.example.org/a?x=1&y=2');
  });

  it('removes tracking parameters and fragments, and resolves relative links against the site and drops AMP', async () => {
    const parsed = await items('rss2.xml');
    expect(parsed.map((i) => i.url)).toEqual([
      'https://news.example.org/2023/11/14/kidal?id=42',
      'https://news.example.org/2023/08/10/niger-cabinet.html',
      'https://news.example.org/burkina/no-date?page=2',
      'https://news.example.org/future',
    ]);
  });

  it('resolves relative Atom links against the feed and entry xml:base', async () => {
    const parsed = await items('atom.xml');
    expect(parsed.map((i) => i.url)).toEqual([
      'https://blog.example.net/sahel/posts/aes-exit',
      'https://other.example.net/archive/wagner-africa-corps',
    ]);
  });

  it('keeps only the first of two items with the same guid', async () => {
    const parsed = await items('rss2.xml');
    expect(parsed.map((i) => i.title)).not.toContain('Duplicate of the first item');
    expect(parsed.filter((i) => i.guid === 'news-1001')).toHaveLength(1);
  });

  it('uses the first-seen time for items without a date or with a future date', async () => {
    const parsed = await items('rss2.xml');
    const undated = parsed.find((i) => i.title.includes('without a date'));
    const future = parsed.find((i) => i.title.includes('future'));
    expect(undated).toMatchObject({ publishedAt: NOW, dateFromFeed: false, firstSeenAt: NOW });
    expect(future).toMatchObject({ publishedAt: NOW, dateFromFeed: false });
  });

  it('reads a WAT (West Africa Time) date', async () => {
    const niger = (await items('rss2.xml')).find((i) => i.title.startsWith('Niger'));
    expect(niger?.publishedAt).toBe(Date.UTC(2023, 7, 10, 8));
  });

  it('strips "Continue reading" and "The post … appeared first on …"', async () => {
    const parsed = await items('rss2.xml');
    const text = parsed.map((i) => `${i.summary}\n${i.content}`).join('\n');
    expect(text).not.toMatch(/Continue reading|appeared first on|Lire la suite|track\(\)/);
    expect(parsed[1]?.summary).toBe('The military government in Niamey has named a 21-member cabinet after the coup, state television said.');
  });

  it('gives the same id to the same canonical URL in two feeds', async () => {
    const read = (feedId: string, link: string) =>
      readFeed({
        body: Buffer.from(`<rss version="2.0"><channel><item><title>T</title><link>${link}</link></item></channel></rss>`),
        contentType: null,
        url: 'https://a.example/',
        feedId,
        now: NOW,
      });
    const a = await read('feed-a', 'https://x.example/story?utm_source=a');
    const b = await read('feed-b', 'https://x.example/story#top');
    expect(a.ok && b.ok && a.value[0]?.id === b.value[0]?.id).toBe(true);
  });

  it('keeps ids stable between two reads at different times', async () => {
    const first = await items('rss2.xml');
    const again = await readFeed({ body: fixture('rss2.xml'), contentType: null, url: 'https://feeds.example.org/feed.xml', feedId: 'test', now: NOW + 3_600_000 });
    expect(again.ok && again.value.map((i) => i.id)).toEqual(first.map((i) => i.id));
  });
});

describe('readFeed failures', () => {
  it('names an HTML page served as a feed', async () => {
    expect(await failure(fixture('html-page.html'), 'text/html; charset=utf-8')).toEqual({
      code: 'NOT_A_FEED',
      message: 'not a feed: the server returned an HTML page (text/html)',
    });
  });

  it('points to the feed an HTML page advertises', async () => {
    const page = '<!doctype html><html><head><link rel="alternate" type="application/rss+xml" title="RSS" href="/rss/afrique.xml?x=1&amp;y=2"></head><body></body></html>';
    expect((await failure(page, 'text/html')).message).toBe(
      'not a feed: the server returned an HTML page (text/html); the page names a feed at https://feeds.example.org/rss/afrique.xml?x=1&y=2',
    );
  });

  it('points at the line of an unescaped "<"', async () => {
    expect(await failure(fixture('unescaped-lt.xml'))).toEqual({ code: 'INVALID_XML', message: 'invalid XML at line 12: unescaped "<"' });
  });

  it('says when a body is neither XML nor JSON', async () => {
    const reason = await failure(fixture('not-xml.txt'), 'text/plain');
    expect(reason.code).toBe('NOT_A_FEED');
    expect(reason.message).toBe('not a feed: the body is neither XML nor JSON (it starts with "Service temporarily unav", served as text/plain)');
  });

  it('names the media type of a binary answer', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect((await failure(png, 'image/png')).message).toBe('not a feed: the server returned image/png, not RSS, Atom or JSON Feed');
  });

  it('says an XML declaration alone is not a feed', async () => {
    expect((await failure('<?xml version="1.0" encoding="utf-8"?>\n')).message).toBe(
      'not a feed: an XML declaration with no document after it (empty or truncated)',
    );
  });

  it('names the root element of XML that is not a feed', async () => {
    expect((await failure('<?xml version="1.0"?><urlset><url/></urlset>')).message).toBe(
      'not a feed: the XML root element is <urlset>, not <rss>, <feed> or <rdf:RDF>',
    );
  });

  it('says an empty body is empty', async () => {
    expect((await failure('  \n')).message).toBe('not a feed: the body is empty');
  });

  it('refuses JSON that is not a JSON Feed', async () => {
    expect((await failure('{"hello":"world"}', 'application/json')).code).toBe('NOT_A_FEED');
    expect((await failure('{"version":"https://jsonfeed.org/version/1.1", "items":', 'application/json')).message).toMatch(/^not a feed: invalid JSON/);
  });

  it('refuses an XML bomb instead of expanding it', async () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss version="2.0"><channel><item><title>&b;</title></item></channel></rss>';
    const result = await readFeed({ body: Buffer.from(bomb), contentType: null, url: 'https://e.example/', feedId: 'e', now: NOW });
    const title = result.ok ? (result.value[0]?.title ?? '') : '';
    expect(title.includes('aaaaaaaaaa')).toBe(false);
  });
});
