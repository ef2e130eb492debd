import type { NormalisedItem } from '../core/item.js';
import type { EntityMatch, MatchField } from '../core/match-types.js';
import type {
  FeedStateStore,
  IncomingItem,
  ItemStore,
  PollCommit,
  PollCommitResult,
  StoredItem,
} from '../core/store-ports.js';
import type { SqliteDatabase } from './open-database.js';
import { toFtsQuery } from './to-fts-query.js';

/** An `items` row as SQLite returns it. */
export interface ItemRow {
  id: string;
  feed_id: string;
  guid: string | null;
  url: string | null;
  title: string;
  summary: string;
  content: string;
  author: string | null;
  lang: string;
  published_at: number;
  date_from_feed: number;
  first_seen_at: number;
  backfill: number;
  matches: string;
}

/**
 * The SQLite `ItemStore`. Feed state is written through `feeds` inside the same transaction as
 * the items, so a poll is committed whole or not at all.
 */
export function createSqliteItemStore(db: SqliteDatabase, feeds: FeedStateStore): ItemStore {
  const s = prepare(db);

  /** The first `seq` inserted and not yet indexed: every row from it on is new. */
  let firstNewSeq: number | null = null;

  const store = (incoming: IncomingItem, now: number, backfill: boolean): StoredItem | null => {
    const { item, matches } = incoming;
    // Positional parameters: no per-item parameter object to build and walk.
    const inserted = s.insertItem.run(
      item.id,
      item.feedId,
      item.guid,
      item.url,
      item.title,
      item.summary,
      item.content,
      item.author,
      item.lang,
      item.publishedAt,
      item.dateFromFeed ? 1 : 0,
      now,
      backfill ? 1 : 0,
      encodeMatches(matches),
    );
    // Ignored: another feed already delivered this id or this canonical URL.
    if (inserted.changes === 0) return null;
    firstNewSeq ??= Number(inserted.lastInsertRowid);
    return storedItem(item, now, backfill, matches);
  };

  /**
   * Indexes every row this transaction inserted in one statement: FTS5 writes one segment per
   * statement, so a per-row insert (or trigger) costs several times more (see migration 003).
   * Rows get increasing seqs, so the new ones are exactly those from the first new seq on.
   */
  const indexNewItems = (): void => {
    if (firstNewSeq === null) return;
    s.indexFrom.run(firstNewSeq);
    firstNewSeq = null;
  };

  /**
   * Runs `write` in a transaction (a savepoint when nested) that ends by indexing what is still
   * unindexed. A rolled-back write leaves the pending mark as it found it.
   */
  const inTransaction = <T>(write: () => T): T => {
    const pending = firstNewSeq;
    try {
      return db.transaction((): T => {
        const result = write();
        indexNewItems();
        return result;
      })();
    } catch (error) {
      firstNewSeq = pending;
      throw error;
    }
  };

  const readItems = (rows: ItemRow[]): StoredItem[] => rows.map(toStoredItem);

  const storePoll = (
    commit: PollCommit,
    within?: (result: PollCommitResult) => void,
  ): PollCommitResult => {
    const kept = commit.seed ? newestIds(commit.items, commit.seed.backfill) : null;
    const newItems: StoredItem[] = [];
    const backfilled: StoredItem[] = [];
    let known = 0;
    for (const incoming of commit.items) {
      const { feedId, id } = incoming.item;
      if (s.insertSeen.run(feedId, id, commit.now, commit.now).changes === 0) {
        s.touchSeen.run(commit.now, feedId, id);
        known += 1;
        continue;
      }
      if (kept && !kept.has(id)) continue;
      const stored = store(incoming, commit.now, kept !== null);
      if (!stored) known += 1;
      else (kept ? backfilled : newItems).push(stored);
    }
    feeds.update(commit.feedId, commit.state);
    const result = { newItems, backfilled, known };
    within?.(result);
    return result;
  };

  return {
    commitPoll: (commit, within) => inTransaction(() => storePoll(commit, within)),
    commitPolls: (commits, within) =>
      inTransaction(() =>
        commits.map((c) => storePoll(c, within ? (r) => within(c, r) : undefined)),
      ),
    get(itemId) {
      const row = s.selectItem.get(itemId) as ItemRow | undefined;
      return row ? (readItems([row])[0] ?? null) : null;
    },
    listSince(from, options) {
      const rows = s.selectSince.all(
        from,
        options?.to ?? Number.MAX_SAFE_INTEGER,
        options?.limit ?? -1,
      );
      return readItems(rows as ItemRow[]);
    },
    search(query, options) {
      const fts = toFtsQuery(query);
      if (fts === null) return [];
      const rows = s.search.all(fts, options.since ?? 0, options.limit);
      return readItems(rows as ItemRow[]);
    },
    prune(before) {
      return db.transaction(() => {
        // Out of the index in one statement first, while the rows still hold the indexed text.
        s.unindexBefore.run(before);
        return {
          items: s.pruneItems.run(before).changes,
          seenKeys: s.pruneSeen.run(before).changes,
        };
      })();
    },
    count: () => (s.count.get() as { n: number }).n,
  };
}

function prepare(db: SqliteDatabase) {
  return {
    insertSeen: db.prepare(
      'INSERT OR IGNORE INTO seen_items (feed_id, item_id, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?)',
    ),
    touchSeen: db.prepare(
      'UPDATE seen_items SET last_seen_at = ? WHERE feed_id = ? AND item_id = ?',
    ),
    insertItem: db.prepare(`INSERT OR IGNORE INTO items (id, feed_id, guid, url, title, summary, content, author,
      lang, published_at, date_from_feed, first_seen_at, backfill, matches)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    indexFrom: db.prepare(
      'INSERT INTO items_fts (rowid, title, summary) SELECT seq, title, summary FROM items WHERE seq >= ?',
    ),
    unindexBefore: db.prepare(`INSERT INTO items_fts (items_fts, rowid, title, summary)
      SELECT 'delete', seq, title, summary FROM items WHERE first_seen_at < ?`),
    selectItem: db.prepare('SELECT * FROM items WHERE id = ?'),
    selectSince: db.prepare(
      'SELECT * FROM items WHERE first_seen_at >= ? AND first_seen_at < ? ORDER BY first_seen_at DESC, seq DESC LIMIT ?',
    ),
    search: db.prepare(`SELECT items.* FROM items_fts JOIN items ON items.seq = items_fts.rowid
      WHERE items_fts MATCH ? AND items.first_seen_at >= ? ORDER BY bm25(items_fts, 2.0, 1.0), items.published_at DESC LIMIT ?`),
    pruneItems: db.prepare('DELETE FROM items WHERE first_seen_at < ?'),
    pruneSeen: db.prepare('DELETE FROM seen_items WHERE last_seen_at < ?'),
    count: db.prepare('SELECT COUNT(*) AS n FROM items'),
  };
}

/** The ids of the `limit` most recently published items: what a first poll keeps as backfill. */
function newestIds(items: readonly IncomingItem[], limit: number): Set<string> {
  const sorted = [...items].sort((a, b) => b.item.publishedAt - a.item.publishedAt);
  return new Set(sorted.slice(0, Math.max(0, limit)).map((i) => i.item.id));
}

/**
 * A stored item built field by field: spreading an item that arrived from a worker (a cloned
 * object) into a literal makes a slow dictionary object, several times larger, for every item.
 */
function storedItem(
  item: NormalisedItem,
  firstSeenAt: number,
  backfill: boolean,
  matches: readonly EntityMatch[],
): StoredItem {
  return {
    id: item.id,
    feedId: item.feedId,
    guid: item.guid,
    url: item.url,
    title: item.title,
    summary: item.summary,
    content: item.content,
    author: item.author,
    lang: item.lang,
    publishedAt: item.publishedAt,
    dateFromFeed: item.dateFromFeed,
    firstSeenAt,
    backfill,
    matches,
  };
}

function toStoredItem(row: ItemRow): StoredItem {
  return {
    id: row.id,
    feedId: row.feed_id,
    guid: row.guid,
    url: row.url,
    title: row.title,
    summary: row.summary,
    content: row.content,
    author: row.author,
    lang: row.lang as NormalisedItem['lang'],
    publishedAt: row.published_at,
    dateFromFeed: row.date_from_feed === 1,
    firstSeenAt: row.first_seen_at,
    backfill: row.backfill === 1,
    matches: decodeMatches(row.matches),
  };
}

/** One-letter codes of the matched field in the stored form. */
const FIELD_CODES = { title: 't', summary: 's', content: 'c' } as const satisfies Record<MatchField, string>;
const FIELDS: Readonly<Record<string, MatchField>> = { t: 'title', s: 'summary', c: 'content' };

type StoredMatch =
  | [entity: string, alias: string, field: string, start: number, end: number]
  | [entity: string, alias: string, field: string, start: number, end: number, impliedBy: string];

/** An alias that the line form cannot carry (entity ids are kebab-case and never can). */
const NOT_IN_LINES = /[\t\n]/;

/**
 * Matches as stored, one line per match: `entity TAB alias TAB field code TAB start TAB end
 * [TAB impliedBy]`. Built by concatenation, it makes far less garbage than the JSON tuples that
 * earlier versions wrote (`[["kidal","Kidal","t",0,5]]`, still read) and is a fifth smaller. An
 * alias holding a tab or a line break falls back to the JSON form; no matches is `[]`.
 */
export function encodeMatches(matches: readonly EntityMatch[]): string {
  if (matches.length === 0) return '[]';
  let out = '';
  for (let i = 0; i < matches.length; i += 1) {
    const m = matches[i] as EntityMatch;
    if (NOT_IN_LINES.test(m.alias)) return encodeMatchesAsJson(matches);
    if (i > 0) out += '\n';
    out += `${m.entity}\t${m.alias}\t${FIELD_CODES[m.field]}\t${m.start}\t${m.end}`;
    if (m.impliedBy !== undefined) out += `\t${m.impliedBy}`;
  }
  return out;
}

/** The JSON tuple form: `[["kidal","Kidal","t",0,5],["mali","Kidal","t",0,5,"kidal"]]`. */
function encodeMatchesAsJson(matches: readonly EntityMatch[]): string {
  const tuples: StoredMatch[] = matches.map((m) =>
    m.impliedBy === undefined
      ? [m.entity, m.alias, FIELD_CODES[m.field], m.start, m.end]
      : [m.entity, m.alias, FIELD_CODES[m.field], m.start, m.end, m.impliedBy],
  );
  return JSON.stringify(tuples);
}

const toMatch = ([entity, alias, field, start, end, impliedBy]: StoredMatch): EntityMatch => ({
  entity,
  alias,
  field: FIELDS[field] ?? 'content',
  start,
  end,
  ...(impliedBy === undefined ? {} : { impliedBy }),
});

/** Reads either stored form back. */
export function decodeMatches(stored: string): EntityMatch[] {
  if (stored.startsWith('[')) return (JSON.parse(stored) as StoredMatch[]).map(toMatch);
  return stored.split('\n').map((line) => {
    const [entity = '', alias = '', field = '', start, end, impliedBy] = line.split('\t');
    return toMatch(
      impliedBy === undefined
        ? [entity, alias, field, Number(start), Number(end)]
        : [entity, alias, field, Number(start), Number(end), impliedBy],
    );
  });
}
