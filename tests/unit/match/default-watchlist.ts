import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { WatchlistConfig } from '../../../src/core/config-types.js';
import { watchlistFileSchema } from '../../../src/config/schemas/watchlist.js';
import { compileWatchlist } from '../../../src/match/compile-watchlist.js';
import type { CompiledWatchlist } from '../../../src/match/compile-watchlist.js';

/** The default `config/watchlist.yaml`, validated by the config schema. */
export function loadDefaultWatchlist(): WatchlistConfig {
  const text = readFileSync(new URL('../../../config/watchlist.yaml', import.meta.url), 'utf8');
  const file = watchlistFileSchema.parse(parse(text));
  return {
    anchors: file.anchors,
    entities: file.entities.map(({ nameFr, ...rest }) => (nameFr === undefined ? rest : { ...rest, nameFr })),
  };
}

let compiled: CompiledWatchlist | undefined;

/** The default watchlist, compiled once per test file. */
export function defaultCompiled(): CompiledWatchlist {
  compiled ??= compileWatchlist(loadDefaultWatchlist());
  return compiled;
}
