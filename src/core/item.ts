import type { Language } from './config-types.js';

/** A feed entry after decoding, parsing and normalising; what the matcher and store see. */
export interface NormalisedItem {
  /** Stable id: hash of guid, else canonical link, else title + date. */
  readonly id: string;
  readonly feedId: string;
  readonly guid: string | null;
  /** Canonical URL (tracking parameters, fragments and AMP variants removed), or null. */
  readonly url: string | null;
  /** Plain text, entities decoded. */
  readonly title: string;
  /** Plain text lead, boilerplate removed. */
  readonly summary: string;
  /** Plain text body when the feed carries more than the summary, else empty. */
  readonly content: string;
  readonly author: string | null;
  readonly lang: Language | 'und';
  /** Epoch ms; the first-seen time when the feed gave no usable date. */
  readonly publishedAt: number;
  /** True when `publishedAt` came from the feed; false when it is the first-seen time (missing, unparseable or future date). */
  readonly dateFromFeed: boolean;
  readonly firstSeenAt: number;
}

/** Why a feed could not be read; `message` is one line a person understands. */
export const FeedFailureCode = {
  NotAFeed: 'NOT_A_FEED',
  InvalidXml: 'INVALID_XML',
  Timeout: 'TIMEOUT',
  TooLarge: 'TOO_LARGE',
  Tls: 'TLS',
  Dns: 'DNS',
  Network: 'NETWORK',
  Http: 'HTTP',
  RateLimited: 'RATE_LIMITED',
  RedirectLoop: 'REDIRECT_LOOP',
  TooManyRedirects: 'TOO_MANY_REDIRECTS',
  Forbidden: 'FORBIDDEN_ADDRESS',
  BadUrl: 'BAD_URL',
  Decode: 'DECODE',
} as const;
export type FeedFailureCode = (typeof FeedFailureCode)[keyof typeof FeedFailureCode];

export interface FeedFailure {
  readonly code: FeedFailureCode;
  /** e.g. `not a feed: the server returned an HTML page (text/html)`. */
  readonly message: string;
  /** Set when the server asked us to wait (429/503 Retry-After). */
  readonly retryAfterMs?: number;
  readonly status?: number;
}

/** What the fetcher remembers about a feed between polls. */
export interface FetchValidators {
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly bodyHash: string | null;
}

export type FetchOutcome =
  | { readonly kind: 'not-modified'; readonly maxAgeMs: number | null }
  | { readonly kind: 'unchanged'; readonly validators: FetchValidators; readonly maxAgeMs: number | null }
  | {
      readonly kind: 'fetched';
      readonly body: Buffer;
      readonly contentType: string | null;
      readonly finalUrl: string;
      readonly validators: FetchValidators;
      readonly maxAgeMs: number | null;
    }
  | { readonly kind: 'failed'; readonly failure: FeedFailure };
