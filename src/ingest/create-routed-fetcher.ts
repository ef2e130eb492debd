import type { Fetcher } from './fetch-feed.js';

export interface RoutedFetcherDeps {
  /** For feeds the operator configured: no address guard (they may be on a private network). */
  readonly trusted: Fetcher;
  /** For feeds added from chat: the SSRF guard on every hop, unless ALLOW_PRIVATE_FEEDS. */
  readonly guarded: Fetcher;
  /** True for a URL that a chat-added feed polls; asked at every fetch, so it is never stale. */
  readonly isGuarded: (url: string) => boolean;
}

/**
 * One fetcher for the poll cycle that sends chat-added feeds through the guarded fetcher. The
 * guard runs at every poll, not only when the feed was added: a host that resolved to a public
 * address then may resolve to a private or metadata address later.
 */
export function createRoutedFetcher(deps: RoutedFetcherDeps): Fetcher {
  return {
    fetch: (url, validators) =>
      (deps.isGuarded(url) ? deps.guarded : deps.trusted).fetch(url, validators),
    close() {
      deps.trusted.close();
      deps.guarded.close();
    },
  };
}
