import type Database from 'better-sqlite3';
import type { ArcStore, StoredArc } from '../core/arc-ports.js';
import { AppError, ErrorCode } from '../core/errors.js';
import type { Arc } from '../core/story.js';

interface ArcRow {
  id: string;
  title: string;
  title_fr: string | null;
  first_seen_at: number;
  last_seen_at: number;
  signature: string;
}

interface MemberRow {
  arc_id: string;
  id: string;
}

export interface SqliteArcStoreOptions<S> {
  /**
   * Builds the French title of an arc stored without one (before French titles were kept) from
   * its stored signature and English title; the title is then stored. Without it such an arc has
   * no `titleFr`.
   */
  readonly frenchTitle?: (signature: S, title: string) => string;
}

/**
 * The SQLite `ArcStore`. An arc's developments are the stories whose `arc_id` names it, ordered
 * by when they began, so the order needs no column of its own and a pruned story simply leaves.
 * Signatures are stored as JSON and handed back parsed, typed as the caller's type `S`.
 */
export function createSqliteArcStore<S = unknown>(
  db: Database.Database,
  options: SqliteArcStoreOptions<S> = {},
): ArcStore<S> {
  const statements = prepare(db);

  function toArc(row: ArcRow, storyIds: readonly string[]): Arc {
    const titleFr = row.title_fr ?? frenchTitleOf(row);
    return {
      id: row.id,
      title: row.title,
      ...(titleFr === null ? {} : { titleFr }),
      firstSeenAt: row.first_seen_at,
      lastSeenAt: row.last_seen_at,
      storyIds,
    };
  }

  return {
    insertArc(arc, signature, names) {
      db.transaction(() => {
        statements.insert.run({
          id: arc.id,
          title: arc.title,
          title_fr: arc.titleFr ?? null,
          first_seen_at: arc.firstSeenAt,
          last_seen_at: arc.lastSeenAt,
          signature: JSON.stringify(signature ?? null),
        });
        for (const storyId of arc.storyIds) statements.link.run(arc.id, storyId);
        if (names !== undefined) setNames(arc.id, names);
      })();
    },
    addToArc(arcId, storyId, update) {
      db.transaction(() => {
        const changed = statements.update.run({
          id: arcId,
          title: update.title,
          title_fr: update.titleFr ?? null,
          last_seen_at: update.lastSeenAt,
          signature: JSON.stringify(update.signature ?? null),
        }).changes;
        if (changed === 0) {
          throw new AppError(
            ErrorCode.StoreFailure,
            `arc ${arcId} not found (adding story ${storyId})`,
          );
        }
        statements.link.run(arcId, storyId);
        if (update.names !== undefined) setNames(arcId, update.names);
      })();
    },
    getArc(arcId) {
      const row = statements.get.get(arcId) as ArcRow | undefined;
      if (!row) return null;
      const ids = (statements.members.all(arcId) as { id: string }[]).map((m) => m.id);
      return toArc(row, ids);
    },
    recentArcs(since) {
      const rows = statements.recent.all(since) as ArcRow[];
      const members = groupMembers(statements.recentMembers.all(since) as MemberRow[]);
      return rows.map((row): StoredArc<S> => ({
        arc: toArc(row, members.get(row.id) ?? []),
        signature: JSON.parse(row.signature) as S,
      }));
    },
    arcsNamed(names, since) {
      if (names.length === 0) return [];
      const rows = statements.named.all(JSON.stringify(names), since) as ArcRow[];
      return rows.map((row): StoredArc<S> => {
        const ids = (statements.members.all(row.id) as { id: string }[]).map((m) => m.id);
        return { arc: toArc(row, ids), signature: JSON.parse(row.signature) as S };
      });
    },
  };

  /** The French title of an arc stored without one, built once and kept; null without a titler. */
  function frenchTitleOf(row: ArcRow): string | null {
    if (options.frenchTitle === undefined) return null;
    const titleFr = options.frenchTitle(JSON.parse(row.signature) as S, row.title);
    statements.setTitleFr.run(titleFr, row.id);
    return titleFr;
  }

  function setNames(arcId: string, names: readonly string[]): void {
    statements.clearNames.run(arcId);
    for (const name of new Set(names)) statements.addName.run(name, arcId);
  }
}

function prepare(db: Database.Database) {
  const byStart = 'ORDER BY s.first_seen_at, s.seq';
  return {
    insert: db.prepare(
      `INSERT INTO arcs (id, title, title_fr, first_seen_at, last_seen_at, signature)
       VALUES (@id, @title, @title_fr, @first_seen_at, @last_seen_at, @signature)`,
    ),
    update: db.prepare(
      `UPDATE arcs SET title = @title, title_fr = COALESCE(@title_fr, title_fr),
         last_seen_at = MAX(last_seen_at, @last_seen_at),
         signature = @signature WHERE id = @id`,
    ),
    link: db.prepare('UPDATE stories SET arc_id = ? WHERE id = ?'),
    get: db.prepare(
      'SELECT id, title, title_fr, first_seen_at, last_seen_at, signature FROM arcs WHERE id = ?',
    ),
    members: db.prepare(`SELECT s.id FROM stories s WHERE s.arc_id = ? ${byStart}`),
    recent: db.prepare(
      `SELECT id, title, title_fr, first_seen_at, last_seen_at, signature FROM arcs
       WHERE last_seen_at >= ? ORDER BY first_seen_at, id`,
    ),
    named: db.prepare(
      `SELECT DISTINCT a.id, a.title, a.title_fr, a.first_seen_at, a.last_seen_at, a.signature
       FROM arc_names n JOIN arcs a ON a.id = n.arc_id
       WHERE n.name IN (SELECT value FROM json_each(?)) AND a.last_seen_at >= ?
       ORDER BY a.first_seen_at, a.id`,
    ),
    setTitleFr: db.prepare('UPDATE arcs SET title_fr = ? WHERE id = ? AND title_fr IS NULL'),
    clearNames: db.prepare('DELETE FROM arc_names WHERE arc_id = ?'),
    addName: db.prepare('INSERT OR IGNORE INTO arc_names (name, arc_id) VALUES (?, ?)'),
    recentMembers: db.prepare(
      `SELECT s.arc_id, s.id FROM stories s JOIN arcs a ON a.id = s.arc_id
       WHERE a.last_seen_at >= ? ${byStart}`,
    ),
  };
}

/** Story ids per arc, keeping the query's order. */
function groupMembers(rows: readonly MemberRow[]): Map<string, string[]> {
  const byArc = new Map<string, string[]>();
  for (const row of rows) {
    const ids = byArc.get(row.arc_id);
    if (ids) ids.push(row.id);
    else byArc.set(row.arc_id, [row.id]);
  }
  return byArc;
}
