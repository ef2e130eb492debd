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
  return TRACKING_PARAMS.has(key) || TRACKING_PREFIXES.some((prefix) => key.startsWith(prefix));
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

/**
 * The canonical form of an item link: resolved against `base` (xml:base or the feed URL), only
 * http(s), fragment dropped, tracking parameters (utm_*, fbclid, xtor, …) and AMP variants
 * (`/amp`, `.amp.html`, `?amp=1`, AMP cache hosts) removed. Null when the link is not usable.
 */
export function canonicalUrl(link: string | null, base: string | null): string | null {
  if (link === null || link.trim() === '') return null;
  let url: URL;
  try {
    url = base === null ? new URL(link.trim()) : new URL(link.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url = unwrapAmpCache(url);
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
