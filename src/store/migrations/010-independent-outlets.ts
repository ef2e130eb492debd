import type { Migration } from './migration.js';
import { independentOutlets, type StorySource } from '../../core/story.js';

/**
 * `story_rank.outlets` counted again as independent sources, as the story store now writes it
 * (an outlet's feeds once, word-for-word reprints of one report once), for the stories stored
 * when it counted outlet names, so `/mali news` ranks them as digests do. Only stories with two
 * or more sources can change.
 */
export const migration010: Migration = {
  version: 10,
  name: 'independent-outlets',
  up(db) {
    const rows = db
      .prepare(
        `SELECT si.story_id, si.outlet, si.url, si.title FROM story_items si
          WHERE si.story_id IN (SELECT story_id FROM story_items GROUP BY story_id HAVING COUNT(*) > 1)
          ORDER BY si.story_id, si.position`,
      )
      .all() as { story_id: string; outlet: string; url: string | null; title: string }[];
    const byStory = new Map<string, StorySource[]>();
    for (const row of rows) {
      const sources = byStory.get(row.story_id) ?? [];
      sources.push({
        itemId: '',
        feedId: '',
        outlet: row.outlet,
        url: row.url,
        title: row.title,
        lang: 'und',
        tier: 3,
        publishedAt: 0,
      });
      byStory.set(row.story_id, sources);
    }
    const update = db.prepare(
      'UPDATE story_rank SET outlets = ? WHERE story_seq = (SELECT seq FROM stories WHERE id = ?)',
    );
    for (const [storyId, sources] of byStory) update.run(independentOutlets(sources), storyId);
  },
};
