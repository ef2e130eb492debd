import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../src/store/migrations/index.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { createSqliteReadQueries } from '../../../src/store/sqlite-read-queries.js';
import { createSqliteStoryStore } from '../../../src/store/sqlite-story-store.js';
import { HOUR, NOW, source, story } from '../digest/make-story.js';

describe('migration 016 on a database that kept no publication time per story', () => {
  it('dates the stories already stored by their latest report, and new reports move it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sahel-016-'));
    const path = join(dir, 'db.sqlite');
    try {
      const old = openDatabase({ path, migrations: migrations.slice(0, 15) });
      const insert = createSqliteStoryStore(old);
      // Seen an hour ago; its reports were published three days and two days before.
      insert.insert(
        story('backfilled', {
          countries: ['mali'],
          lastSeenAt: NOW - HOUR,
          sources: [
            source('Sahel Wire', { publishedAt: NOW - 72 * HOUR }),
            source('DW', { publishedAt: NOW - 48 * HOUR }),
          ],
        }),
        null,
      );
      insert.insert(
        story('fresh', {
          countries: ['mali'],
          lastSeenAt: NOW - HOUR,
          sources: [source('RFI English', { publishedAt: NOW - 2 * HOUR })],
        }),
        null,
      );
      old.close();
      const db = openDatabase({ path });
      const queries = createSqliteReadQueries(db);
      const about = (since: number): string[] =>
        queries
          .storiesAbout(['mali'], since)
          .map((r) => r.id)
          .sort();
      expect(about(NOW - 24 * HOUR)).toEqual(['fresh']);
      expect(about(NOW - 50 * HOUR)).toEqual(['backfilled', 'fresh']);
      // A new report of the old story, published now, brings it into the last day.
      const stories = createSqliteStoryStore(db);
      const stored = stories.get('backfilled')?.story;
      if (stored === undefined) throw new Error('story lost');
      stories.update(
        {
          ...stored,
          lastSeenAt: NOW,
          sources: [...stored.sources, source('AFP', { publishedAt: NOW - HOUR })],
        },
        null,
      );
      expect(about(NOW - 24 * HOUR)).toEqual(['backfilled', 'fresh']);
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
