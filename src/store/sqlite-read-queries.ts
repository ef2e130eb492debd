import type { StoredItem } from '../core/store-ports.js';
import type { SqliteDatabase } from './open-database.js';
import { toStoredItem, type ItemRow } from './sqlite-item-store.js';

/** What ranking needs of a story, read without its summary, signature or source titles. */
export interface StoryRankRow {
  readonly seq: number;
  readonly id: string;
  readonly lastSeenAt: number;
  readonly entities: readonly string[];
  readonly sources: readonly { readonly outlet: string; readonly tier: 1 | 2 | 3 }[];
}

/** A stored item found by a search, with the story it belongs to (null when in none). */
export interface ItemHitRow {
  readonly item: StoredItem;
  readonly storyId: string | null;
}

/**
 * The read-side queries of slash commands (`news`, `fact`, `search`), shaped for answers and
 * for speed over a large store: subjects through `story_subjects` (migration 005), text through
 * the FTS5 index. Synchronous, like every SQLite call.
 */
export interface ReadQueries {
  /**
   * Stories last seen at or after `since` that name any of `subjects` (and `tag`, when given),
   * unordered; the caller ranks them.
   */
  storiesAbout(subjects: readonly string[], since: number, tag?: string): StoryRankRow[];
  /** Ids of the `limit` most recently seen stories naming any of `subjects`, newest first. */
  storiesNaming(subjects: readonly string[], limit: number): string[];
  /**
   * Items whose title or summary satisfy the FTS5 expression `match` (already valid FTS5
   * syntax), first seen at or after `since`, best match first, at most `limit`.
   */
  searchItems(match: string, since: number, limit: number): ItemHitRow[];
  /** Items first seen at or after `since`, newest first, at most `limit`. */
  recentItems(since: number, limit: number): ItemHitRow[];
}

interface RankRow {
  seq: number;
  id: string;
  last_seen_at: number;
  entities: string;
  sources: string | null;
}

type HitRow = ItemRow & { story_id: string | null };

/** The read queries over an opened (and migrated) database. */
export function createSqliteReadQueries(db: SqliteDatabase): ReadQueries {
  const s = {
    subjectSince: db.prepare(
      'SELECT story_seq AS seq FROM story_subjects WHERE entity = ? AND last_seen_at >= ?',
    ),
    subjectLatest: db.prepare(
      'SELECT story_seq AS seq, last_seen_at AS at FROM story_subjects WHERE entity = ? ORDER BY last_seen_at DESC LIMIT ?',
    ),
    rankRows: db.prepare(`SELECT s.seq, s.id, s.last_seen_at, s.entities,
        (SELECT group_concat(si.outlet || char(9) || si.tier, char(10)) FROM story_items si
          WHERE si.story_id = s.id) AS sources
      FROM stories s WHERE s.seq IN (SELECT value FROM json_each(?))`),
    idsOfSeqs: db.prepare(
      'SELECT seq, id FROM stories WHERE seq IN (SELECT value FROM json_each(?))',
    ),
    search: db.prepare(`SELECT items.*, si.story_id FROM items_fts
        JOIN items ON items.seq = items_fts.rowid
        LEFT JOIN story_items si ON si.item_id = items.id
      WHERE items_fts MATCH ? AND items.first_seen_at >= ?
      ORDER BY bm25(items_fts, 2.0, 1.0), items.published_at DESC LIMIT ?`),
    recent: db.prepare(`SELECT items.*, si.story_id FROM items
        LEFT JOIN story_items si ON si.item_id = items.id
      WHERE items.first_seen_at >= ? ORDER BY items.first_seen_at DESC, items.seq DESC LIMIT ?`),
  };

  const toHit = (row: HitRow): ItemHitRow => ({ item: toStoredItem(row), storyId: row.story_id });

  return {
    storiesAbout(subjects, since, tag) {
      const seqs = new Set<number>();
      for (const subject of subjects)
        for (const row of s.subjectSince.all(subject, since) as { seq: number }[]) seqs.add(row.seq);
      if (tag !== undefined) {
        const tagged = new Set(
          (s.subjectSince.all(tag, since) as { seq: number }[]).map((row) => row.seq),
        );
        for (const seq of seqs) if (!tagged.has(seq)) seqs.delete(seq);
      }
      if (seqs.size === 0) return [];
      return (s.rankRows.all(JSON.stringify([...seqs])) as RankRow[]).map(toRankRow);
    },
    storiesNaming(subjects, limit) {
      // Each subject's newest rows come off its index in order; the merge keeps the newest.
      const latest = new Map<number, number>();
      for (const subject of subjects)
        for (const row of s.subjectLatest.all(subject, limit) as { seq: number; at: number }[])
          latest.set(row.seq, Math.max(row.at, latest.get(row.seq) ?? 0));
      const chosen = [...latest]
        .sort((a, b) => b[1] - a[1] || b[0] - a[0])
        .slice(0, limit)
        .map(([seq]) => seq);
      if (chosen.length === 0) return [];
      const ids = new Map(
        (s.idsOfSeqs.all(JSON.stringify(chosen)) as { seq: number; id: string }[]).map((r) => [
          r.seq,
          r.id,
        ]),
      );
      return chosen.flatMap((seq) => ids.get(seq) ?? []);
    },
    searchItems: (match, since, limit) =>
      (s.search.all(match, since, limit) as HitRow[]).map(toHit),
    recentItems: (since, limit) => (s.recent.all(since, limit) as HitRow[]).map(toHit),
  };
}

function toRankRow(row: RankRow): StoryRankRow {
  const sources = (row.sources ?? '')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const tab = line.lastIndexOf('\t');
      const tier = Number(line.slice(tab + 1));
      return { outlet: line.slice(0, tab), tier: tier === 1 || tier === 3 ? tier : 2 } as const;
    });
  return {
    seq: row.seq,
    id: row.id,
    lastSeenAt: row.last_seen_at,
    entities: JSON.parse(row.entities) as string[],
    sources,
  };
}
