/** Query parameters that only track the reader; removing them never changes the page. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'igshid', 'mc_cid', 'mc_eid', '_ga', '_gl',
  'xtor', 'xtref', 'at_medium', 'at_campaign', 'at_platform', 'at_creation', 'at_link', 'ito', 'cmpid',
  'ns_mchannel', 'ns_source', 'ns_campaign', 'ns_linkname', 'ns_fee', 's_cid', 'ref_src', 'ocid',
  'from_rss', 'amp', 'outputtype',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_', 'oly_'];

function isTracking(name: string, value: string): boolean {
  const key = name.toLowerCase();
  if (key === 'outputtype') return value.toLowerCase() === 'amp';
  if (TRACKING_PARAMS.has(key)) return true;
  for (const prefix of TRACKING_PREFIXES) if (key.startsWith(prefix)) return true;
  return false;
}

/** `https://www-example-com.cdn.ampproject.org/c/s/www.example.com/a` → `https://www.example.com/a`. */
function unwrapAmpCache(url: URL): URL {
  if (!url.hostname.endsWith('.cdn.ampproject.org')) return url;
  const match = /^\/[a-z]\/(s\/)?(.+)$/.exec(url.pathname);
  if (match?.[2] === undefined) return url;
  try {
    return new URL(`${match[1] !== undefined ? 'https' : 'http'}://${match[2]}${url.search}`);
  } catch {
    return url;
  }
}

function stripAmpPath(pathname: string): string {
  if (/\.amp\.html?$/i.test(pathname)) return pathname.replace(/\.amp(\.html?)$/i, '$1');
  if (/\/amp\/?$/i.test(pathname) && pathname.length > 4) return pathname.replace(/\/amp\/?$/i, '/');
  if (/^\/amp\//i.test(pathname)) return pathname.slice(4);
  return pathname;
}

/** A link whose base cannot matter: an absolute http(s) URL with its authority. */
const ABSOLUTE_HTTP = /^https?:\/\//i;
/** Paths `stripAmpPath` may change; most paths are left alone without its three tests. */
const AMP_PATH = /^\/amp\/|\/amp\/?$|\.amp\.html?$/i;
/**
 * Query parts that read the same percent-decoded and that URLSearchParams writes back unchanged
 * (`name` or `name=value` of `A–Z a–z 0–9 * - . _`): their filtering needs no round trip.
 */
const PLAIN_PART = /^[\w*.-]*(?:=[\w*.-]*)?$/;

/**
 * The query after removing tracking parameters, as URLSearchParams would write it (`?` included,
 * '' when none is left), the same `search` when none is tracking, or null when a part needs
 * decoding or encoding and only the round trip gives the exact result.
 */
function plainFilteredSearch(search: string): string | null {
  const parts = search.slice(1).split('&');
  let kept = '';
  let removed = false;
  for (const part of parts) {
    // URLSearchParams skips empty parts: they go only when the query is rewritten.
    if (part === '') continue;
    if (!PLAIN_PART.test(part)) return null;
    const equals = part.indexOf('=');
    const name = equals === -1 ? part : part.slice(0, equals);
    if (isTracking(name, equals === -1 ? '' : part.slice(equals + 1))) removed = true;
    else kept += `${kept === '' ? '' : '&'}${equals === -1 ? `${part}=` : part}`;
  }
  if (!removed) return search;
  return kept === '' ? '' : `?${kept}`;
}

/**
 * The canonical form of an item link: resolved against `base` (xml:base or the feed URL), only
 * http(s), fragment dropped, tracking parameters (utm_*, fbclid, xtor, …) and AMP variants
 * (`/amp`, `.amp.html`, `?amp=1`, AMP cache hosts) removed. Null when the link is not usable.
 */
export function canonicalUrl(link: string | null, base: string | null): string | null {
  if (link === null) return null;
  const trimmed = link.trim();
  if (trimmed === '') return null;
  const url = parseLink(trimmed, base);
  if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:')) return null;
  return plainCanonicalHref(url) ?? rebuiltCanonicalHref(url);
}

/**
 * `canonicalUrl` through `new URL(link, base)`, URL's setters and URLSearchParams only (the
 * reference the fast paths must agree with).
 */
export function canonicalUrlRebuilt(link: string | null, base: string | null): string | null {
  if (link === null || link.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(link.trim(), base ?? undefined);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return rebuiltCanonicalHref(url);
}

/** The last base checked, and whether it parses: the entries of one feed share their base. */
const lastBase: { text: string | null; usable: boolean } = { text: null, usable: false };

/**
 * `new URL(link, base)`, or null when either does not parse. An absolute http(s) link with its
 * `//` ignores a usable base, so only the link is parsed.
 */
function parseLink(link: string, base: string | null): URL | null {
  try {
    if (base === null) return new URL(link);
    if (base !== lastBase.text) {
      lastBase.text = base;
      lastBase.usable = URL.canParse(base);
    }
    if (!lastBase.usable) return null;
    return ABSOLUTE_HTTP.test(link) ? new URL(link) : new URL(link, base);
  } catch {
    return null;
  }
}

/**
 * The canonical href read off the parsed URL, for links with no AMP host or path (most): the
 * fragment cut off, tracking parameters filtered as text. Null when the URL needs rebuilding.
 */
function plainCanonicalHref(url: URL): string | null {
  if (AMP_PATH.test(url.pathname) || url.hostname.endsWith('.cdn.ampproject.org')) return null;
  // A URL's serialisation has a literal `#` only where its fragment starts.
  const href = url.href;
  const hash = href.indexOf('#');
  const bare = hash === -1 ? href : href.slice(0, hash);
  const search = url.search;
  if (search === '') return bare;
  const filtered = plainFilteredSearch(search);
  if (filtered === null) return null;
  // The serialisation ends with the query once the fragment is gone.
  return filtered === search ? bare : bare.slice(0, bare.length - search.length) + filtered;
}

/** The canonical href through URL's setters and URLSearchParams: any link, at a higher cost. */
function rebuiltCanonicalHref(parsed: URL): string {
  const url = unwrapAmpCache(parsed);
  url.hash = '';
  url.pathname = stripAmpPath(url.pathname);
  if (url.search !== '') {
    const kept = [...url.searchParams].filter(([name, value]) => !isTracking(name, value));
    if (kept.length !== [...url.searchParams].length) url.search = new URLSearchParams(kept).toString();
  }
  return url.href;
}

/** Resolves a possibly relative base against another; the outer one when `inner` is unusable. */
export function resolveBase(inner: string | null, outer: string | null): string | null {
  if (inner === null) return outer;
  try {
    return outer === null ? new URL(inner).href : new URL(inner, outer).href;
  } catch {
    return outer;
  }
}
