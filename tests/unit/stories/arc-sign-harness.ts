import { loadConfig } from '../../../src/config/load-config.js';
import { compileWatchlist } from '../../../src/match/compile-watchlist.js';
import { matchItem } from '../../../src/match/match-item.js';
import { matchResultOf, titleEntities } from '../../../src/pipeline/cluster-items.js';
import {
  arcVocabulary,
  signArcStory,
  type ArcSignature,
} from '../../../src/stories/arc-signature.js';
import { clusterFacets } from '../../../src/stories/event-tags.js';

/**
 * The default watchlist and the arc signature of a report as the pipeline makes it (the real
 * matcher, facets and title entities): shared by the tests of arc linking and arc titles.
 */
const loaded = loadConfig('config');
if (!loaded.ok) throw new Error('the default config does not load');
export const watchlist = loaded.value.watchlist;
const compiled = compileWatchlist(watchlist);
export const vocabulary = arcVocabulary(watchlist);

/** The arc signature of a report, through the real matcher and watchlist. */
export function sign(title: string, summary = ''): ArcSignature {
  const matches = matchItem(compiled, { title, summary }).matches;
  const facets = clusterFacets(matchResultOf(matches), watchlist);
  return signArcStory(
    {
      title,
      summary,
      titleEntities: titleEntities(matches),
      entities: facets.entities,
      tags: facets.tags,
      matches,
    },
    vocabulary,
  );
}
