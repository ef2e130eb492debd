import type Database from 'better-sqlite3';
import type { RunInTransaction, StoredStory, StoryStore } from '../core/delivery-ports.js';
import type { Language } from '../core/config-types.js';
import {
  PIECE_KINDS,
  independentOutlets,
  type PieceKind,
  type Story,
  type StorySource,
} from '../core/story.js';

interface StoryRow {
  seq: number;
  id: string;
  first_seen_at: number;
  last_seen_at: number;
  lead_item_id: string;
  title: string;
  url: string | null;
  summary: string;
  /** JSON object: language → summary (a story told in both languages has one of each). */
  summaries: string;
  lang: string;
  tags: string;
  entities: string;
  countries: string;
  signature: string;
  arc_id: string | null;
  kind: string;
}

interface SourceRow {
  story_id: string;
  item_id: string;
  feed_id: string;
  outlet: string;
  url: string | null;
  title: string;
  lang: string;
  tier: number;
  published_at: number;
}

const STORY_COLUMNS =
  'seq, id, first_seen_at, last_seen_at, lead_item_id, title, url, summary, summaries, lang, tags, entities, countries, signature, arc_id, kind';

/** Runs a function in one better-sqlite3 transaction (nested calls become savepoints). */
export function createSqliteTransaction(db: Database.Database): RunInTransaction {
  return <T>(fn: () => T): T => db.transaction(fn)();
}

/**
 * The SQLite `StoryStore`. Signatures are stored as JSON and handed back parsed, typed as the
 * caller's signature type `S`; only the clustering code writes them. A story's `arcId` is
 * written with its insert and afterwards only by the arc store (an update leaves it alone).
 */
export function createSqliteStoryStore<S = unknown>(db: Database.Database): StoryStore<S> {
  const statements = prepare(db);

  function load(rows: readonly StoryRow[]): StoredStory<S>[] {
    return rows.map((row) => {
      const sources = (statements.sources.all(row.id) as SourceRow[]).map(toSource);
      return {
        story: toStory(row, sources),
        signature: JSON.parse(row.signature) as S,
        seq: row.seq,
      };
    });
  }

  function addSources(story: Story): void {
    const count = (statements.sourceCount.get(story.id) as { n: number }).n;
    let position = count;
    for (const source of story.sources) {
      const result = statements.insertSource.run({ ...sourceParams(story.id, source), position });
      if (result.changes > 0) position += 1;
    }
    if (position > count) rankOutlets(story.id);
  }

  /**
   * `story_rank.outlets` as the digest ranking and the posts count them: independent sources
   * (reprints of one report once), which SQL cannot tell apart, so it is written from here after
   * the trigger's count of outlet names.
   */
  function rankOutlets(storyId: string): void {
    const sources = (statements.sources.all(storyId) as SourceRow[]).map(toSource);
    statements.rankOutlets.run({ id: storyId, outlets: independentOutlets(sources) });
  }

  return {
    insert(story, signature) {
      return db.transaction(() => {
        const info = statements.insert.run(storyParams(story, signature));
        addSources(story);
        return { story, signature, seq: Number(info.lastInsertRowid) };
      })();
    },
    update(story, signature) {
      db.transaction(() => {
        statements.update.run(storyParams(story, signature));
        addSources(story);
      })();
    },
    get(storyId) {
      const row = statements.get.get(storyId) as StoryRow | undefined;
      return row ? (load([row])[0] ?? null) : null;
    },
    storyOfItem(itemId) {
      const row = statements.ofItem.get(itemId) as { story_id: string } | undefined;
      return row?.story_id ?? null;
    },
    recent(since) {
      return load(statements.recent.all(since) as StoryRow[]);
    },
    listSeenBetween(from, to) {
      return load(statements.seenBetween.all(from, to) as StoryRow[]);
    },
    listBySeq(afterSeq, uptoSeq) {
      return load(statements.bySeq.all(afterSeq, uptoSeq) as StoryRow[]);
    },
    maxSeq() {
      return (statements.maxSeq.get() as { seq: number | null }).seq ?? 0;
    },
    prune(before) {
      return db.transaction(() => {
        const removed = statements.prune.run({ before }).changes;
        statements.pruneArcs.run();
        return removed;
      })();
    },
  };
}

function prepare(db: Database.Database) {
  const setColumns =
    'first_seen_at = @first_seen_at, last_seen_at = @last_seen_at, lead_item_id = @lead_item_id, ' +
    'title = @title, url = @url, summary = @summary, summaries = @summaries, lang = @lang, ' +
    'tags = @tags, ' +
    'entities = @entities, countries = @countries, signature = @signature, kind = @kind';
  return {
    insert: db.prepare(
      `INSERT INTO stories (id, first_seen_at, last_seen_at, lead_item_id, title, url, summary,
         summaries, lang, tags, entities, countries, signature, arc_id, kind)
       VALUES (@id, @first_seen_at, @last_seen_at, @lead_item_id, @title, @url, @summary, @summaries, @lang,
         @tags, @entities, @countries, @signature, @arc_id, @kind)`,
    ),
    update: db.prepare(`UPDATE stories SET ${setColumns} WHERE id = @id`),
    insertSource: db.prepare(
      `INSERT OR IGNORE INTO story_items (story_id, item_id, position, feed_id, outlet, url, title,
         lang, tier, published_at)
       VALUES (@story_id, @item_id, @position, @feed_id, @outlet, @url, @title, @lang, @tier,
         @published_at)`,
    ),
    sourceCount: db.prepare('SELECT COUNT(*) AS n FROM story_items WHERE story_id = ?'),
    rankOutlets: db.prepare(
      'UPDATE story_rank SET outlets = @outlets WHERE story_seq = (SELECT seq FROM stories WHERE id = @id)',
    ),
    sources: db.prepare('SELECT * FROM story_items WHERE story_id = ? ORDER BY position'),
    get: db.prepare(`SELECT ${STORY_COLUMNS} FROM stories WHERE id = ?`),
    ofItem: db.prepare('SELECT story_id FROM story_items WHERE item_id = ?'),
    recent: db.prepare(`SELECT ${STORY_COLUMNS} FROM stories WHERE last_seen_at >= ? ORDER BY seq`),
    seenBetween: db.prepare(
      `SELECT ${STORY_COLUMNS} FROM stories WHERE first_seen_at > ? AND first_seen_at <= ? ORDER BY seq`,
    ),
    bySeq: db.prepare(
      `SELECT ${STORY_COLUMNS} FROM stories WHERE seq > ? AND seq <= ? ORDER BY seq`,
    ),
    maxSeq: db.prepare('SELECT MAX(seq) AS seq FROM stories'),
    // A story goes only when its arc (if any) is quiet too, so an arc is never cut in half;
    // then the arcs left without a story go.
    prune: db.prepare(
      `DELETE FROM stories WHERE last_seen_at < @before AND NOT EXISTS
         (SELECT 1 FROM arcs a WHERE a.id = stories.arc_id AND a.last_seen_at >= @before)`,
    ),
    pruneArcs: db.prepare(
      'DELETE FROM arcs WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.arc_id = arcs.id)',
    ),
  };
}

function storyParams(story: Story, signature: unknown): Record<string, unknown> {
  return {
    id: story.id,
    first_seen_at: story.firstSeenAt,
    last_seen_at: story.lastSeenAt,
    lead_item_id: story.leadItemId,
    title: story.title,
    url: story.url,
    summary: story.summary,
    summaries: JSON.stringify(story.summaries ?? {}),
    lang: story.lang,
    tags: JSON.stringify(story.tags),
    entities: JSON.stringify(story.entities),
    countries: JSON.stringify(story.countries),
    signature: JSON.stringify(signature ?? null),
    arc_id: story.arcId ?? null,
    kind: story.kind ?? 'news',
  };
}

function sourceParams(storyId: string, source: StorySource): Record<string, unknown> {
  return {
    story_id: storyId,
    item_id: source.itemId,
    feed_id: source.feedId,
    outlet: source.outlet,
    url: source.url,
    title: source.title,
    lang: source.lang,
    tier: source.tier,
    published_at: source.publishedAt,
  };
}

function toStory(row: StoryRow, sources: readonly StorySource[]): Story {
  return {
    id: row.id,
    firstSeenAt: row.first_seen_at,
    lastSeenAt: row.last_seen_at,
    leadItemId: row.lead_item_id,
    title: row.title,
    url: row.url,
    summary: row.summary,
    ...summariesOf(row.summaries),
    lang: toLang(row.lang),
    tags: JSON.parse(row.tags) as string[],
    entities: JSON.parse(row.entities) as string[],
    countries: JSON.parse(row.countries) as string[],
    sources,
    arcId: row.arc_id,
    kind: toKind(row.kind),
  };
}

function toKind(value: string): PieceKind {
  return PIECE_KINDS.find((kind) => kind === value) ?? 'news';
}

function toSource(row: SourceRow): StorySource {
  return {
    itemId: row.item_id,
    feedId: row.feed_id,
    outlet: row.outlet,
    url: row.url,
    title: row.title,
    lang: toLang(row.lang),
    tier: row.tier === 1 || row.tier === 3 ? row.tier : 2,
    publishedAt: row.published_at,
  };
}

function toLang(value: string): Language | 'und' {
  return value === 'en' || value === 'fr' ? value : 'und';
}

/** Per-language summaries as stored; an empty object leaves the optional field out. */
function summariesOf(json: string): Pick<Story, 'summaries'> {
  const parsed = JSON.parse(json) as Partial<Record<Language, string>>;
  const summaries: Partial<Record<Language, string>> = {};
  if (typeof parsed.en === 'string') summaries.en = parsed.en;
  if (typeof parsed.fr === 'string') summaries.fr = parsed.fr;
  return Object.keys(summaries).length === 0 ? {} : { summaries };
}
