import type { Config } from '../../src/core/config-types.js';
import type { StoredItem } from '../../src/core/store-ports.js';
import { clusterItems } from '../../src/pipeline/cluster-items.js';
import { readHeadline } from '../../src/stories/action-frame.js';
import type { StorySignature } from '../../src/stories/cluster-stories.js';
import { openDatabase } from '../../src/store/open-database.js';
import { createSqliteStoryStore } from '../../src/store/sqlite-story-store.js';

/** Why each item joined or started its story, and whether the re-run agrees with the replay. */
export interface ClusteringExplanation {
  /** One line per stream item id: `joined <reason>` or `new story; closest …`. */
  readonly reasons: ReadonlyMap<string, string>;
  /** False when re-clustering put the items in other groups than the replay did. */
  readonly sameStories: boolean;
}

const key = (groups: Iterable<readonly string[]>): string =>
  [...groups]
    .map((g) => [...g].sort().join(','))
    .sort()
    .join('|');

/** What the headline says happened and who acted, as clustering reads it: `claim+toll by army`. */
function reading(title: string, summary: string): string {
  const { frame, actor } = readHeadline(title, summary);
  const what = [...frame.heads, ...frame.acts].join('+') || 'nothing';
  const from = frame.fromLead === true ? ' (lead)' : '';
  return `${frame.negated ? 'not ' : ''}${what}${from}${actor === undefined ? '' : ` by ${actor}`}`;
}

/**
 * Files the replay's stored items again, one at a time in the order the pipeline filed them, with
 * the pipeline's own `clusterItems` on an empty story store, to recover the reason it gives for
 * each join or new story (the pipeline does not keep them). `filed` are the stories the replay
 * built, by stream item id; the re-run is checked against them, so a reason is only trusted when
 * `sameStories` holds.
 */
export function explainClustering(
  config: Config,
  /** In the order the pipeline filed them. */
  items: readonly (StoredItem & { readonly streamId: string })[],
  filed: readonly (readonly string[])[],
): ClusteringExplanation {
  const db = openDatabase({ path: ':memory:' });
  try {
    const deps = {
      config,
      stories: createSqliteStoryStore<StorySignature>(db),
      feedInfo: (feedId: string) => ({ name: feedId, tier: 2 as const }),
    };
    const reasons = new Map<string, string>();
    const stories = new Map<string, string[]>();
    for (const item of items) {
      const [result] = clusterItems(deps, [item], new Map(), item.firstSeenAt);
      if (result === undefined) continue;
      const reason = `${result.created ? '' : 'joined: '}${result.reason}`;
      reasons.set(item.streamId, `${reason} [read: ${reading(item.title, item.summary)}]`);
      stories.set(result.story.id, [...(stories.get(result.story.id) ?? []), item.streamId]);
    }
    return { reasons, sameStories: key(stories.values()) === key(filed) };
  } finally {
    db.close();
  }
}
