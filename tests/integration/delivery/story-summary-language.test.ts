import { describe, expect, it } from 'vitest';
import type { StoredItem } from '../../../src/core/store-ports.js';
import type { Story } from '../../../src/core/story.js';
import { buildStoryCard } from '../../../src/digest/story-card.js';
import { clusterItems, type ClusterDeps } from '../../../src/pipeline/cluster-items.js';
import type { StorySignature } from '../../../src/stories/cluster-stories.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { createSqliteStoryStore } from '../../../src/store/sqlite-story-store.js';
import { T0, config, item } from './pipeline-harness.js';

const HOUR = 3_600_000;
const TIERS: Record<string, 1 | 2 | 3> = { 'wire-en': 1, 'desk-en': 2, 'courrier-fr': 2 };

const FR_SUMMARY =
  'Un convoi de ravitaillement de l’armée a été attaqué dimanche entre Anéfis et Kidal.';
const EN_SUMMARY = 'Gunmen attacked an army supply convoy between Anefis and Kidal on Sunday.';

const fr = (): StoredItem => ({
  ...item({
    id: 'fr-1',
    feedId: 'courrier-fr',
    at: T0,
    title: 'Kidal : un convoi de l’armée attaqué entre Anéfis et Kidal',
    summary: FR_SUMMARY,
  }),
  lang: 'fr',
});
const en = (id: string, feedId: string, summary: string): StoredItem =>
  item({
    id,
    feedId,
    at: T0 + HOUR,
    title: 'Gunmen attack army convoy between Anefis and Kidal in northern Mali',
    summary,
  });

/** Clusters the items one call each, as successive polls do, over a real SQLite story store. */
function cluster(items: readonly StoredItem[]): { story: Story; reread: Story } {
  const db = openDatabase({ path: ':memory:' });
  const stories = createSqliteStoryStore<StorySignature>(db);
  const deps: ClusterDeps = {
    config,
    stories,
    feedInfo: (feedId) => ({ name: feedId, tier: TIERS[feedId] ?? 2 }),
  };
  let story: Story | undefined;
  for (const next of items) {
    const summaries = new Map([[next.id, next.summary]]);
    story = clusterItems(deps, [next], summaries, next.firstSeenAt + 60_000)[0]?.story;
  }
  if (story === undefined) throw new Error('no story');
  const reread = stories.get(story.id)?.story;
  if (reread === undefined) throw new Error('story not stored');
  db.close();
  return { story, reread };
}

const languageOf = (story: Story): string | undefined =>
  story.sources.find((s) => s.itemId === story.leadItemId)?.lang;

describe('the summary of a story told in English and French', () => {
  it('stays the French lead’s when an English report of the same tier joins', () => {
    const { story, reread } = cluster([fr(), en('en-1', 'desk-en', EN_SUMMARY)]);
    expect(story.sources).toHaveLength(2);
    expect(story.leadItemId).toBe('fr-1');
    expect(story.summary).toBe(FR_SUMMARY);
    expect(story.summaries).toEqual({ fr: FR_SUMMARY, en: EN_SUMMARY });
    expect(reread.summary).toBe(FR_SUMMARY);
  });

  it('becomes the English report’s when a better-tier English outlet becomes the lead', () => {
    const { story, reread } = cluster([fr(), en('en-1', 'wire-en', EN_SUMMARY)]);
    expect(story.leadItemId).toBe('en-1');
    expect(story.title).toMatch(/^Gunmen attack/);
    expect(story.summary).toBe(EN_SUMMARY);
    expect([reread.leadItemId, reread.summary, languageOf(reread)]).toEqual([
      'en-1',
      EN_SUMMARY,
      'en',
    ]);
  });

  it('is never the French one under a new English lead that has no summary', () => {
    const { story } = cluster([fr(), en('en-1', 'wire-en', '')]);
    expect(story.leadItemId).toBe('en-1');
    expect(story.summary).not.toBe(FR_SUMMARY);
    expect(story.summaries?.fr).toBe(FR_SUMMARY);
  });

  it('gives each digest card the summary in the language of the title it shows', () => {
    const { story } = cluster([fr(), en('en-1', 'desk-en', EN_SUMMARY)]);
    const english = buildStoryCard(story, 'en', config);
    const french = buildStoryCard(story, 'fr', config);
    expect([english.title, english.summary]).toEqual([
      'Gunmen attack army convoy between Anefis and Kidal in northern Mali',
      EN_SUMMARY,
    ]);
    expect([french.title, french.summary]).toEqual([
      'Kidal : un convoi de l’armée attaqué entre Anéfis et Kidal',
      FR_SUMMARY,
    ]);
  });
});
