/**
 * Freshness from response headers: `Cache-Control: max-age` (s-maxage is for shared caches and is
 * ignored), else `Expires` relative to `Date`. `no-store` → null (no hint); `no-cache` → 0.
 * Returns milliseconds, or null when the server gave no usable hint.
 */
export function parseMaxAge(cacheControl: string | undefined, expires?: string, date?: string): number | null {
  if (cacheControl !== undefined) {
    const directives = cacheControl.toLowerCase().split(',').map((d) => d.trim());
    if (directives.includes('no-store')) return null;
    if (directives.includes('no-cache')) return 0;
    for (const directive of directives) {
      const match = /^max-age\s*=\s*"?(\d+)"?$/.exec(directive);
      if (match?.[1] !== undefined) return Number(match[1]) * 1000;
    }
  }
  if (expires !== undefined) {
    const until = Date.parse(expires);
    const base = date !== undefined ? Date.parse(date) : Number.NaN;
    if (Number.isNaN(until)) return 0;
    if (!Number.isNaN(base)) return Math.max(0, until - base);
  }
  return null;
}

/**
 * `Retry-After` as milliseconds from `now`: delta-seconds or an HTTP-date; null when absent or
 * unreadable. A date in the past gives 0.
 */
export function parseRetryAfter(value: string | undefined, now: number): number | null {
  if (value === undefined) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}

/** The media type of a Content-Type header, lower-cased, without parameters. */
export function mediaType(contentType: string | null | undefined): string | null {
  if (contentType === null || contentType === undefined) return null;
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === '' ? null : type;
}
