import { describe, expect, it } from 'vitest';
import type { StoredArc } from '../../../src/core/arc-ports.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { compileWatchlist } from '../../../src/match/compile-watchlist.js';
import { matchItem } from '../../../src/match/match-item.js';
import { matchResultOf } from '../../../src/pipeline/cluster-items.js';
import {
  arcVocabulary,
  signArcStory,
  type ArcSignature,
} from '../../../src/stories/arc-signature.js';
import { arcTitle } from '../../../src/stories/arc-title.js';
import { clusterFacets } from '../../../src/stories/event-tags.js';
import { linkArc } from '../../../src/stories/link-arcs.js';

const loaded = loadConfig('config');
if (!loaded.ok) throw new Error('the default config does not load');
const watchlist = loaded.value.watchlist;
const compiled = compileWatchlist(watchlist);
const vocabulary = arcVocabulary(watchlist);

const DAY = 86_400_000;
const NOW = Date.parse('2026-03-10T12:00:00Z');
const OPTIONS = { now: NOW, windowMs: 7 * DAY };

/** The arc signature of a report, through the real matcher and watchlist. */
function sign(title: string, summary = ''): ArcSignature {
  const matches = matchItem(compiled, { title, summary }).matches;
  const facets = clusterFacets(matchResultOf(matches), watchlist);
  const titleEntities = [
    ...new Set(
      matches
        .filter((m) => m.field === 'title' && m.impliedBy === undefined)
        .sort((a, b) => a.start - b.start)
        .map((m) => m.entity),
    ),
  ];
  return signArcStory(
    { title, summary, titleEntities, entities: facets.entities, tags: facets.tags, matches },
    vocabulary,
  );
}

function arc(id: string, signature: ArcSignature): StoredArc<ArcSignature> {
  const at = NOW - DAY;
  return {
    arc: {
      id,
      title: arcTitle(signature, vocabulary),
      firstSeenAt: at,
      lastSeenAt: at,
      storyIds: [`${id}-0`],
    },
    signature,
  };
}

const attack = arc(
  'attack',
  sign(
    'Niger : une centaine de soldats tués dans une attaque des jihadistes',
    'Près de 100 soldats nigériens ont trouvé la mort dans un affrontement avec des djihadistes.',
  ),
);

describe('linkArc and violence given as a measure’s reason', () => {
  it('does not take the attack a broadcaster reported for the topic of its suspension', () => {
    const suspension = sign(
      'Niger suspends BBC for alleged false reporting on extremist attack',
      'The military government accused the broadcaster of spreading false news.',
    );
    expect(suspension.tags['attack']).toBeUndefined();
    expect(linkArc(suspension, [attack], vocabulary, OPTIONS).arcId).toBeNull();
  });

  it('keeps the attack a measure names with its place, and an attack told as such', () => {
    expect(sign('Couvre-feu à Kidal après une attaque jihadiste').tags['attack']).toBe(1);
    expect(sign('Jihadists attack army post in Niger').tags['attack']).toBe(1);
  });
});
