import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../src/store/migrations/index.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { createSqliteReadQueries } from '../../../src/store/sqlite-read-queries.js';
import { createSqliteStoryStore } from '../../../src/store/sqlite-story-store.js';
import { source, story } from '../digest/make-story.js';

const DISPATCH = 'Mali: army says it repelled an attack on a base near Boulkessi';

describe('migration 010 on a database ranked by outlet names', () => {
  it('counts the stories already stored again as independent sources', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sahel-010-'));
    const path = join(dir, 'db.sqlite');
    try {
      const old = openDatabase({ path, migrations: migrations.slice(0, 9) });
      const stories = createSqliteStoryStore(old);
      stories.insert(
        story('reprinted', {
          countries: ['mali'],
          sources: ['Sahel Wire', 'Mali Web', 'Bamako News'].map((o) =>
            source(o, { title: DISPATCH }),
          ),
        }),
        null,
      );
      stories.insert(
        story('two', { countries: ['mali'], sources: [source('RFI English'), source('DW')] }),
        null,
      );
      stories.insert(
        story('one', { countries: ['mali'], sources: [source('Studio Tamani')] }),
        null,
      );
      // As a version-9 store left it: distinct outlet names.
      old.exec(
        `UPDATE story_rank SET outlets =
           (SELECT COUNT(DISTINCT outlet) FROM story_items si, stories s
             WHERE s.seq = story_rank.story_seq AND si.story_id = s.id)`,
      );
      old.close();
      const db = openDatabase({ path });
      const counts = createSqliteReadQueries(db)
        .storiesAbout(['mali'], 0)
        .map((r) => [r.id, r.outlets]);
      expect(counts.sort()).toEqual([
        ['one', 1],
        ['reprinted', 1],
        ['two', 2],
      ]);
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
