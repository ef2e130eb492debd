import { describe, expect, it } from 'vitest';
import { describeXmlError, parseXmlFeed } from '../../../src/ingest/parse-xml-feed.js';
import { repairXml } from '../../../src/ingest/repair-xml.js';

describe('describeXmlError', () => {
  it.each([
    ['Unencoded <\nLine: 11\nColumn: 5\nChar: <', 'invalid XML at line 12: unescaped "<"'],
    ['Unexpected close tag\nLine: 0\nColumn: 30\nChar: >', 'invalid XML at line 1: a closing tag that does not match the open element'],
    ['Unclosed root tag\nLine: 40\nColumn: 0\nChar: ', 'invalid XML at line 41: the document ends before its root element is closed (truncated?)'],
    ['Invalid character entity\nLine: 2\nColumn: 9\nChar: ;', 'invalid XML at line 3: unknown entity (an "&" that should be "&amp;"?)'],
    ['Something new.\nLine: 4\nColumn: 1\nChar: x', 'invalid XML at line 5: something new'],
  ])('words %j', (message, expected) => {
    expect(describeXmlError(message)).toBe(expected);
  });
});

describe('parseXmlFeed', () => {
  it('reads Atom written with a namespace prefix', async () => {
    const xml = '<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:entry><a:id>urn:x:1</a:id><a:title>T</a:title><a:published>2024-01-01T00:00:00Z</a:published></a:entry></a:feed>';
    const result = await parseXmlFeed(xml);
    expect(result.ok && result.value.entries[0]).toMatchObject({ guid: 'urn:x:1', title: 'T', dates: ['2024-01-01T00:00:00Z'] });
  });

  it('survives an Atom date that Date cannot read', async () => {
    const xml = '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>urn:x:1</id><title>T</title><published>sometime in May</published></entry></feed>';
    const result = await parseXmlFeed(xml);
    expect(result.ok && result.value.entries[0]?.dates).toEqual(['sometime in May']);
  });

  it('parses a good feed right after a broken one and a non-feed', async () => {
    const good = '<rss version="2.0"><channel><item><title>ok</title></item></channel></rss>';
    expect((await parseXmlFeed('<rss version="2.0"><channel><item><title>a < b</title></item></channel></rss>')).ok).toBe(false);
    expect((await parseXmlFeed('<html><body>x</body></html>')).ok).toBe(false);
    const result = await parseXmlFeed(good);
    expect(result.ok && result.value.entries.map((e) => e.title)).toEqual(['ok']);
  });

  it('reads Atom links written as text and survives empty ones', async () => {
    const xml =
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>urn:x:1</id><title>A</title><link>https://a.example/1</link></entry>' +
      '<entry><id>urn:x:2</id><title>B</title><link/></entry></feed>';
    const result = await parseXmlFeed(xml);
    expect(result.ok && result.value.entries.map((e) => [e.title, e.link])).toEqual([
      ['A', 'https://a.example/1'],
      ['B', null],
    ]);
  });

  it('takes the text of an xhtml title', async () => {
    const xml = '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>urn:x:1</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Kidal <b>today</b></div></title></entry></feed>';
    const result = await parseXmlFeed(xml);
    expect(result.ok && result.value.entries[0]?.title.replace(/\s+/g, ' ')).toBe('Kidal today');
  });

  it.each([
    ['<rss version="2.0"></rss>', 'not a feed: <rss> without a <channel> element'],
    ['<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>', 'not a feed: <rdf:RDF> without a <channel> element'],
    ['<?xml version="1.0"?><urlset><url/></urlset>', 'not a feed: the XML root element is <urlset>, not <rss>, <feed> or <rdf:RDF>'],
  ])('says what is missing from %s', async (xml, message) => {
    expect(await parseXmlFeed(xml)).toEqual({ ok: false, error: { code: 'NOT_A_FEED', message } });
  });

  it('keeps the dates of prefixed Atom as written, best first', async () => {
    const xml =
      '<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:entry><a:id>urn:x:1</a:id><a:title>T</a:title>' +
      '<a:updated>not a date</a:updated><a:published>2024-01-01T00:00:00Z</a:published></a:entry></a:feed>';
    const result = await parseXmlFeed(xml);
    expect(result.ok && result.value.entries[0]?.dates).toEqual(['2024-01-01T00:00:00Z', 'not a date']);
  });

  it('keeps an RSS date that Date cannot read', async () => {
    const xml = '<rss version="2.0"><channel><item><title>T</title><pubDate>mardi dernier</pubDate></item></channel></rss>';
    const result = await parseXmlFeed(xml);
    expect(result.ok && result.value.entries[0]?.dates).toEqual(['mardi dernier']);
  });

  it('reads RSS without a version attribute as RSS 2.0', async () => {
    const result = await parseXmlFeed('<rss><channel><item><title>T</title><guid isPermaLink="false">7</guid></item></channel></rss>');
    expect(result.ok && result.value.entries[0]).toMatchObject({ title: 'T', guid: '7', guidIsPermaLink: false });
  });
});

describe('repairXml', () => {
  it('escapes bare ampersands but not entities, character references or CDATA', () => {
    expect(repairXml('<t>R&D &amp; AT&T &#233; &#xE9; &eacute; <![CDATA[a & b]]> & c</t>')).toBe(
      '<t>R&amp;D &amp; AT&amp;T &#233; &#xE9; &eacute; <![CDATA[a & b]]> &amp; c</t>',
    );
  });

  it('drops control characters XML forbids and keeps line breaks', () => {
    expect(repairXml('<t>a\u0000b\u000bc\nd\te</t>')).toBe('<t>abc\nd\te</t>');
  });
});
