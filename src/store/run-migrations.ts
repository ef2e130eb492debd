import type Database from 'better-sqlite3';
import { AppError, ErrorCode, describeError } from '../core/errors.js';
import type { Migration } from './migrations/migration.js';

export interface MigrationReport {
  readonly applied: readonly number[];
  readonly version: number;
}

/**
 * Applies, in version order, every migration newer than the database's recorded version; each
 * one runs in its own transaction together with its row in `schema_migrations`, so a failed
 * migration leaves the database at the previous version.
 */
export function runMigrations(db: Database.Database, migrations: readonly Migration[]): MigrationReport {
  checkOrder(migrations);
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at INTEGER NOT NULL
  )`);
  const row = db.prepare('SELECT MAX(version) AS version FROM schema_migrations').get() as {
    version: number | null;
  };
  const current = row.version ?? 0;
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new AppError(
      ErrorCode.StoreFailure,
      `database schema version ${current} is newer than this program knows (${latest}); upgrade sahel-digest`,
    );
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const applied: number[] = [];
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    try {
      db.transaction(() => {
        migration.up(db);
        record.run(migration.version, migration.name, Date.now());
      })();
    } catch (error) {
      throw new AppError(
        ErrorCode.StoreFailure,
        `migration ${migration.version} (${migration.name}) failed: ${describeError(error)}`,
        { cause: error },
      );
    }
    applied.push(migration.version);
  }
  return { applied, version: Math.max(current, latest) };
}

function checkOrder(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new AppError(
        ErrorCode.Internal,
        `migration list out of order: position ${index + 1} holds version ${migration.version} (${migration.name})`,
      );
    }
  });
}
