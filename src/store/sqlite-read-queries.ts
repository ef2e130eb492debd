import type { SqliteDatabase } from './open-database.js';
import { decodeMatches, type ItemRow } from './sqlite-item-store.js';

/** What ranking needs of a story, read without its summary, signature or source titles. */
export interface StoryRankRow {
  readonly seq: number;
  readonly id: string;
  readonly lastSeenAt: number;
  /** The story's entity ids as stored (a JSON array) when asked for, else null. */
  readonly entitiesJson: string | null;
  /** Independent sources among its sources, as posts count them (reprints of one report once). */
  readonly outlets: number;
  /** The best (lowest) tier among its sources. */
  readonly bestTier: 1 | 2 | 3;
}

/**
 * What a search reads of a stored item: the text the query language evaluates, the entities it
 * matched, and the story it belongs to (null when in none).
 */
export interface ItemHitRow {
  readonly id: string;
  readonly feedId: string;
  readonly url: string | null;
  readonly title: string;
  readonly summary: string;
  readonly content: string;
  readonly lang: string;
  readonly publishedAt: number;
  /** Matched entity ids, each once. */
  readonly entities: readonly string[];
  readonly storyId: string | null;
}

/**
 * The read-side queries of slash commands (`news`, `fact`, `search`), shaped for answers and
 * for speed over a large store: subjects through `story_subjects` (migration 005), text through
 * the FTS5 index. Synchronous, like every SQLite call.
 */
export interface ReadQueries {
  /**
   * Stories last seen at or after `since`, whose latest report was published then or later too,
   * that name any of `subjects` (and `tag`, when given), unordered; the caller ranks them.
   * Their entity lists are read only `withEntities`.
   */
  storiesAbout(
    subjects: readonly string[],
    since: number,
    tag?: string,
    withEntities?: boolean,
  ): StoryRankRow[];
  /** Ids of the `limit` most recently seen stories naming any of `subjects`, newest first. */
  storiesNaming(subjects: readonly string[], limit: number): string[];
  /**
   * Items whose title or summary satisfy the FTS5 expression `match` (already valid FTS5
   * syntax), first seen and published at or after `since`, best match first, at most `limit`.
   */
  searchItems(match: string, since: number, limit: number): ItemHitRow[];
  /** Items first seen and published at or after `since`, newest first, at most `limit`. */
  recentItems(since: number, limit: number): ItemHitRow[];
  /** Ids and titles of stories whose id starts with `prefix` (in id order), or the latest ones. */
  storyIds(prefix: string | null, limit: number): { id: string; title: string }[];
}

interface RankRow {
  seq: number;
  id: string;
  last_seen_at: number;
  entities: string | null;
  outlets: number | null;
  best_tier: number | null;
}

type HitRow = Pick<
  ItemRow,
  'id' | 'feed_id' | 'url' | 'title' | 'summary' | 'content' | 'lang' | 'published_at' | 'matches'
> & { story_id: string | null };

/** The columns a search reads: not the guid, author, flags or times it never shows. */
const HIT_COLUMNS =
  'items.id, items.feed_id, items.url, items.title, items.summary, items.content, items.lang, items.published_at, items.matches, si.story_id';

/** The read queries over an opened (and migrated) database. */
export function createSqliteReadQueries(db: SqliteDatabase): ReadQueries {
  // Subjects and ranking figures come from migration 005's tables in one statement; the tag
  // (when given) is one primary-key probe per story.
  const hits = `(SELECT DISTINCT story_seq FROM story_subjects
      WHERE entity IN (SELECT value FROM json_each(?)) AND last_seen_at >= ?) AS hit`;
  const tagged = `WHERE EXISTS (SELECT 1 FROM story_subjects t
      WHERE t.story_seq = hit.story_seq AND t.entity = ?)`;
  // Without entity weights, ranking needs nothing of the (large) story rows.
  // A story seen in the window is in it when its latest report was published in it too (one
  // without reports, 0, by when it was seen).
  const ranked =
    'JOIN story_rank r ON r.story_seq = hit.story_seq AND (r.last_published_at >= ? OR r.last_published_at = 0)';
  const about = `SELECT r.story_seq AS seq, r.id, r.last_seen_at, NULL AS entities, r.outlets, r.best_tier
    FROM ${hits} ${ranked}`;
  const aboutWeighted = `SELECT r.story_seq AS seq, r.id, r.last_seen_at, s.entities, r.outlets, r.best_tier
    FROM ${hits} ${ranked}
    JOIN stories s ON s.seq = hit.story_seq`;
  const s = {
    about: db.prepare(about),
    aboutTagged: db.prepare(`${about} ${tagged}`),
    aboutWeighted: db.prepare(aboutWeighted),
    aboutWeightedTagged: db.prepare(`${aboutWeighted} ${tagged}`),
    subjectLatest: db.prepare(
      'SELECT story_seq AS seq, last_seen_at AS at FROM story_subjects WHERE entity = ? ORDER BY last_seen_at DESC LIMIT ?',
    ),
    idsOfSeqs: db.prepare(
      'SELECT seq, id FROM stories WHERE seq IN (SELECT value FROM json_each(?))',
    ),
    // Items get increasing seqs as they are stored, so "first seen since" starts at a seq; the
    // FTS5 index then ranks only that range (a rowid bound it applies itself), and the outer
    // query keeps the exact time condition.
    // Left to itself the planner walks the primary key from the oldest item up to `since`.
    firstSeqSince: db.prepare(
      'SELECT MIN(seq) AS seq FROM items INDEXED BY items_first_seen WHERE first_seen_at >= ?',
    ),
    search: db.prepare(`WITH hits AS MATERIALIZED (
        SELECT rowid AS seq, bm25(items_fts, 2.0, 1.0) AS score FROM items_fts
        WHERE items_fts MATCH @match AND rowid >= @first ORDER BY score LIMIT @limit)
      SELECT ${HIT_COLUMNS} FROM hits
        JOIN items ON items.seq = hits.seq
        LEFT JOIN story_items si ON si.item_id = items.id
      WHERE items.first_seen_at >= @since AND items.published_at >= @since
      ORDER BY hits.score, items.published_at DESC`),
    latestIds: db.prepare('SELECT id, title FROM stories ORDER BY seq DESC LIMIT ?'),
    idsFrom: db.prepare(
      'SELECT id, title FROM stories WHERE id >= ? AND id < ? ORDER BY id LIMIT ?',
    ),
    recent: db.prepare(`SELECT ${HIT_COLUMNS} FROM items
        LEFT JOIN story_items si ON si.item_id = items.id
      WHERE items.first_seen_at >= @since AND items.published_at >= @since
      ORDER BY items.first_seen_at DESC, items.seq DESC LIMIT @limit`),
  };

  return {
    storiesAbout(subjects, since, tag, withEntities = false) {
      const list = JSON.stringify(subjects);
      const [plain, filtered] = withEntities
        ? [s.aboutWeighted, s.aboutWeightedTagged]
        : [s.about, s.aboutTagged];
      const rows =
        tag === undefined ? plain.all(list, since, since) : filtered.all(list, since, since, tag);
      return (rows as RankRow[]).map(toRankRow);
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
    searchItems(match, since, limit) {
      const first =
        since <= 0 ? 0 : ((s.firstSeqSince.get(since) as { seq: number | null }).seq ?? null);
      if (first === null) return [];
      return (s.search.all({ match, first, limit, since }) as HitRow[]).map(toHit);
    },
    recentItems: (since, limit) => (s.recent.all({ since, limit }) as HitRow[]).map(toHit),
    storyIds: (prefix, limit) =>
      (prefix === null
        ? s.latestIds.all(limit)
        : s.idsFrom.all(prefix, `${prefix}\uffff`, limit)) as { id: string; title: string }[],
  };
}

function toHit(row: HitRow): ItemHitRow {
  return {
    id: row.id,
    feedId: row.feed_id,
    url: row.url,
    title: row.title,
    summary: row.summary,
    content: row.content,
    lang: row.lang,
    publishedAt: row.published_at,
    entities:
      row.matches === '[]' ? [] : [...new Set(decodeMatches(row.matches).map((m) => m.entity))],
    storyId: row.story_id,
  };
}

function toRankRow(row: RankRow): StoryRankRow {
  const tier = row.best_tier;
  return {
    seq: row.seq,
    id: row.id,
    lastSeenAt: row.last_seen_at,
    entitiesJson: row.entities,
    outlets: row.outlets ?? 0,
    bestTier: tier === 1 || tier === 3 ? tier : 2,
  };
}
