import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

/** Where the character set came from; useful in `parse --json` and when a feed looks garbled. */
export type CharsetSource = 'bom' | 'content-type' | 'xml-prolog' | 'sniffed' | 'default';

export interface DecodedFeed {
  readonly text: string;
  /** The iconv-lite label actually used. */
  readonly charset: string;
  readonly source: CharsetSource;
}

/** Browsers treat these as windows-1252, and so do real feeds that declare them. */
const WINDOWS_1252_ALIASES = new Set(['iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'latin-1', 'l1', 'us-ascii', 'ascii', 'cp819', 'ibm819']);

/** An iconv-lite label for a declared charset, or null when unknown. */
export function normaliseCharset(label: string): string | null {
  const clean = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (clean === '') return null;
  if (WINDOWS_1252_ALIASES.has(clean)) return 'windows-1252';
  if (clean === 'utf8' || clean === 'unicode-1-1-utf-8') return 'utf-8';
  return iconv.encodingExists(clean) ? clean : null;
}

function charsetFromBom(body: Buffer): string | null {
  const [a, b, c, d] = [body[0], body[1], body[2], body[3]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'utf-32le';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'utf-32be';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  return null;
}

/** UTF-16/32 without a BOM, recognised by how `<?` or `<` is laid out. */
function sniffWideCharset(body: Buffer): string | null {
  const [a, b, c, d] = [body[0], body[1], body[2], body[3]];
  if (a === 0x3c && b === 0 && c === 0 && d === 0) return 'utf-32le';
  if (a === 0 && b === 0 && c === 0 && d === 0x3c) return 'utf-32be';
  if (a === 0x3c && b === 0 && c !== 0) return 'utf-16le';
  if (a === 0 && b === 0x3c) return 'utf-16be';
  return null;
}

function charsetFromContentType(contentType: string | null): string | null {
  if (contentType === null) return null;
  const match = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType);
  return match?.[2] !== undefined ? normaliseCharset(match[2]) : null;
}

function charsetFromProlog(body: Buffer): string | null {
  const head = body.subarray(0, 1024).toString('latin1');
  const match = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([^"']+)["']/.exec(head);
  return match?.[1] !== undefined ? normaliseCharset(match[1]) : null;
}

const isSingleByteLatin = (charset: string): boolean => charset === 'windows-1252';
const hasNonAscii = (body: Buffer): boolean => body.some((byte) => byte >= 0x80);

/**
 * Chooses the character set and decodes with iconv-lite (Node's TextDecoder mangles windows-1252).
 * Order: a BOM (unambiguous), then the Content-Type charset, then the XML prolog, then UTF-8.
 * Two real-world repairs: a declared or default UTF-8 that is not valid UTF-8 falls back to the
 * prolog's charset or windows-1252; a header claiming ISO-8859-1 over a valid UTF-8 body that
 * its prolog calls UTF-8 is read as UTF-8 (servers add `charset=ISO-8859-1` by default).
 */
export function decodeFeed(body: Buffer, contentType: string | null): DecodedFeed {
  const bom = charsetFromBom(body);
  const chosen = pickCharset(body, contentType, bom);
  const text = chosen.charset === 'utf-8' ? body.toString('utf8') : iconv.decode(body, chosen.charset, { stripBOM: true });
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, charset: chosen.charset, source: chosen.source };
}

function pickCharset(body: Buffer, contentType: string | null, bom: string | null): { charset: string; source: CharsetSource } {
  if (bom !== null) return { charset: bom, source: 'bom' };
  const wide = sniffWideCharset(body);
  const header = charsetFromContentType(contentType);
  if (wide !== null && (header === null || !header.startsWith('utf-'))) return { charset: wide, source: 'sniffed' };
  // A prolog readable as single bytes cannot be UTF-16/32, whatever it claims.
  const declared = wide === null ? charsetFromProlog(body) : null;
  const prolog = declared !== null && /^utf-(16|32)/.test(declared) ? null : declared;
  if (header !== null) {
    if (header === 'utf-8' && !isUtf8(body)) {
      return prolog !== null && prolog !== 'utf-8' ? { charset: prolog, source: 'xml-prolog' } : { charset: 'windows-1252', source: 'sniffed' };
    }
    if (isSingleByteLatin(header) && prolog === 'utf-8' && hasNonAscii(body) && isUtf8(body)) return { charset: 'utf-8', source: 'xml-prolog' };
    return { charset: header, source: 'content-type' };
  }
  if (prolog !== null) {
    if (prolog === 'utf-8' && !isUtf8(body)) return { charset: 'windows-1252', source: 'sniffed' };
    return { charset: prolog, source: 'xml-prolog' };
  }
  return isUtf8(body) ? { charset: 'utf-8', source: 'default' } : { charset: 'windows-1252', source: 'sniffed' };
}
