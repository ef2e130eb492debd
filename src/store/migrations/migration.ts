import type Database from 'better-sqlite3';

/**
 * A schema change. `version` is its position in the `migrations` list (1, 2, 3, …); `up` runs
 * inside a transaction and must not commit, vacuum or change `journal_mode`.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database.Database): void;
}
