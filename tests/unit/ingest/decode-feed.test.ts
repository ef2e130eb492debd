import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeFeed } from '../../../src/ingest/decode-feed.js';

const xml = (encoding: string, text: string): string => `<?xml version="1.0" encoding="${encoding}"?><rss><t>${text}</t></rss>`;
const FRENCH = 'l’État « Ségou » – “Mopti”… œuvre';

describe('decodeFeed', () => {
  it('decodes windows-1252 bytes 0x80–0x9F (curly quotes, dashes) that TextDecoder gets wrong', () => {
    const body = iconv.encode(xml('windows-1252', FRENCH), 'windows-1252');
    expect(decodeFeed(body, null)).toMatchObject({ text: xml('windows-1252', FRENCH), charset: 'windows-1252', source: 'xml-prolog' });
  });

  it('treats a declared ISO-8859-1 as windows-1252, as browsers do', () => {
    const body = iconv.encode(xml('ISO-8859-1', FRENCH), 'windows-1252');
    expect(decodeFeed(body, 'text/xml; charset=iso-8859-1').text).toBe(xml('ISO-8859-1', FRENCH));
  });

  it('prefers the Content-Type charset to the prolog', () => {
    const body = iconv.encode(xml('utf-8', 'Ségou'), 'latin1');
    expect(decodeFeed(body, 'application/rss+xml; charset="ISO-8859-1"')).toMatchObject({ source: 'content-type' });
    expect(decodeFeed(body, 'application/rss+xml; charset="ISO-8859-1"').text).toContain('Ségou');
  });

  it('trusts a BOM over a contradicting header', () => {
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml('utf-8', FRENCH))]);
    expect(decodeFeed(body, 'text/xml; charset=windows-1252')).toMatchObject({ text: xml('utf-8', FRENCH), source: 'bom' });
  });

  it.each(['utf-16le', 'utf-16be'])('decodes %s with a BOM', (encoding) => {
    const body = iconv.encode(xml('UTF-16', FRENCH), encoding, { addBOM: true });
    expect(decodeFeed(body, null).text).toBe(xml('UTF-16', FRENCH));
  });

  it('recognises UTF-16 without a BOM from the layout of "<?"', () => {
    const body = iconv.encode(xml('UTF-16', FRENCH), 'utf-16le');
    expect(decodeFeed(body, null)).toMatchObject({ text: xml('UTF-16', FRENCH), source: 'sniffed' });
  });

  it('decodes UTF-32 with a BOM', () => {
    const body = iconv.encode(xml('UTF-32', FRENCH), 'utf-32le', { addBOM: true });
    expect(decodeFeed(body, null).text).toBe(xml('UTF-32', FRENCH));
  });

  it.each([
    ['Shift_JIS', 'マリ共和国'],
    ['EUC-JP', 'マリ共和国'],
    ['GB2312', '马里共和国'],
    ['GBK', '马里共和国'],
    ['Big5', '馬利共和國'],
    ['EUC-KR', '말리 공화국'],
    ['ISO-8859-15', 'Œuvre €'],
    ['windows-1251', 'Мали'],
    ['KOI8-R', 'Мали'],
  ])('decodes %s declared in the prolog', (encoding, text) => {
    const body = iconv.encode(xml(encoding, text), encoding);
    expect(decodeFeed(body, null).text).toBe(xml(encoding, text));
  });

  it('falls back to windows-1252 when a feed claiming UTF-8 is not', () => {
    const body = iconv.encode(xml('UTF-8', 'Ségou'), 'windows-1252');
    expect(decodeFeed(body, 'text/xml; charset=utf-8').text).toBe(xml('UTF-8', 'Ségou'));
    expect(decodeFeed(body, null).text).toBe(xml('UTF-8', 'Ségou'));
  });

  it('reads UTF-8 when a server adds charset=ISO-8859-1 by default to a UTF-8 feed', () => {
    const body = Buffer.from(xml('UTF-8', FRENCH));
    expect(decodeFeed(body, 'text/xml; charset=ISO-8859-1').text).toBe(xml('UTF-8', FRENCH));
  });

  it('ignores an unknown charset label', () => {
    const body = Buffer.from(xml('utf-8', FRENCH));
    expect(decodeFeed(body, 'text/xml; charset=klingon').text).toBe(xml('utf-8', FRENCH));
  });
});
