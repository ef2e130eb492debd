import type { WatchlistConfig } from './core/config-types.js';
import { readFeed } from './ingest/read-feed.js';
import { withMatching, type ReadItems } from './ingest/poll-cycle.js';
import { compileWatchlist } from './match/compile-watchlist.js';
import { matchItem } from './match/match-item.js';

/**
 * Reads a fetched feed body and matches its items against `watchlist`, compiled once. The app
 * runs it on the worker-thread pool (this module is the workers' entry), so the two CPU-heavy
 * steps of a poll, parsing and matching, stay off the main event loop.
 */
export function createReadAndMatch(watchlist: WatchlistConfig): ReadItems {
  const compiled = compileWatchlist(watchlist);
  return withMatching(readFeed, (item) => matchItem(compiled, item));
}
