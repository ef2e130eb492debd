/**
 * Scores the stories a demo run built against the answer key (demo/expected.md): which events
 * told by several outlets ended up whole in one story, which were split, and which stories
 * merged different events. Run after `sahel-digest demo --keep`:
 *   npx tsx demo/score-clusters.ts /tmp/sahel-digest-demo-XXXX/demo.db
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Story } from '../src/core/story.js';
import { createSqliteStore } from '../src/store/create-sqlite-store.js';
import { createSqliteStoryStore } from '../src/store/sqlite-story-store.js';
import { loadStories } from './build-feeds.js';
import { resolveItems, type DemoItem } from './demo-data.js';

export interface ClusterScore {
  /** Events told by several outlets whose items all landed in one story. */
  readonly whole: readonly string[];
  /** Events whose items are spread over several stories, with the story count. */
  readonly split: readonly { readonly event: string; readonly stories: number }[];
  /** Stories holding items of more than one event or single item, with the groups. */
  readonly merged: readonly (readonly string[])[];
  /** Of the item pairs the key puts together, the share the stories put together. */
  readonly pairRecall: number;
  /** Of the item pairs the stories put together, the share the key puts together. */
  readonly pairPrecision: number;
}

/** The answer-key group of an item: its event, or the item itself when it stands alone. */
function keyGroup(item: DemoItem): string {
  return item.kind === 'event' ? item.groupId : item.canonicalUrl;
}

function pairs(groups: Iterable<readonly string[]>): Set<string> {
  const out = new Set<string>();
  for (const members of groups) {
    const sorted = [...members].sort();
    for (let i = 0; i < sorted.length; i += 1) {
      for (let j = i + 1; j < sorted.length; j += 1) out.add(`${sorted[i]}\u0000${sorted[j]}`);
    }
  }
  return out;
}

function share(part: Set<string>, whole: Set<string>): number {
  if (whole.size === 0) return 1;
  let hit = 0;
  for (const pair of whole) if (part.has(pair)) hit += 1;
  return hit / whole.size;
}

/** Compares stories (by their sources' canonical URLs) with the answer key. */
export function scoreClusters(
  stories: readonly Pick<Story, 'sources'>[],
  items: readonly DemoItem[],
): ClusterScore {
  const byUrl = new Map(items.map((i) => [i.canonicalUrl, i]));
  const storyGroups = stories.map((s) => [
    ...new Set(s.sources.flatMap((src) => (src.url === null ? [] : [src.url]))),
  ]);
  const keyGroups = new Map<string, string[]>();
  for (const item of items) {
    const group = keyGroups.get(keyGroup(item)) ?? [];
    if (!group.includes(item.canonicalUrl)) group.push(item.canonicalUrl);
    keyGroups.set(keyGroup(item), group);
  }
  const storiesOf = (urls: readonly string[]): number =>
    new Set(urls.map((u) => storyGroups.findIndex((g) => g.includes(u))).filter((i) => i >= 0))
      .size;
  const events = [...new Set(items.filter((i) => i.kind === 'event').map((i) => i.groupId))];
  const counted = events.map((event) => ({
    event,
    stories: storiesOf(keyGroups.get(event) ?? []),
  }));
  const merged = storyGroups
    .map((urls) => [
      ...new Set(urls.map((u) => (byUrl.has(u) ? keyGroup(byUrl.get(u) as DemoItem) : u))),
    ])
    .filter((groups) => groups.length > 1);
  const keyPairs = pairs(keyGroups.values());
  const storyPairs = pairs(storyGroups);
  return {
    whole: counted.filter((c) => c.stories === 1).map((c) => c.event),
    split: counted.filter((c) => c.stories > 1),
    merged,
    pairRecall: share(storyPairs, keyPairs),
    pairPrecision: share(keyPairs, storyPairs),
  };
}

/** A few lines a person reads. */
export function formatClusterScore(score: ClusterScore): string {
  const events = score.whole.length + score.split.length;
  return [
    `events kept whole: ${score.whole.length} of ${events}`,
    `pairs: recall ${score.pairRecall.toFixed(2)}, precision ${score.pairPrecision.toFixed(2)}`,
    ...score.split.map((s) => `split: ${s.event} over ${s.stories} stories`),
    ...score.merged.map((groups) => `merged: ${groups.join(' + ')}`),
  ].join('\n');
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dbPath = process.argv[2];
  if (dbPath === undefined) {
    console.error(
      'usage: npx tsx demo/score-clusters.ts PATH/demo.db (from `sahel-digest demo --keep`)',
    );
    process.exitCode = 2;
  } else {
    const here = dirname(fileURLToPath(import.meta.url));
    const store = createSqliteStore({ path: dbPath });
    const stories = createSqliteStoryStore(store.db);
    const all = stories.listBySeq(0, stories.maxSeq()).map((s) => s.story);
    console.log(
      formatClusterScore(scoreClusters(all, resolveItems(loadStories(join(here, 'stories.yaml'))))),
    );
    store.close();
  }
}
