/**
 * The parse workers' entry: decode, parse and normalise one fetched body off the main thread.
 * Matching stays on the main thread (about a tenth of a millisecond per item): it would cost as
 * much again to send ~7 match objects per item back through structured cloning, and on a small
 * machine the main thread has the spare time while parsing is the slow stage.
 */
export { readFeed } from './ingest/read-feed.js';
