import type Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

let migrationsDirOverride: string | null = null;
/** The packaged app keeps the SQL files in its resources; the shell tells us where. */
export function setMigrationsDir(dir: string): void {
  migrationsDirOverride = dir;
}

function migrationsDir(): string {
  return migrationsDirOverride ?? fileURLToPath(new URL('./migrations', import.meta.url));
}

/** migrations/NNNN-name.sql, in order; the number is the schema version it produces. */
export function loadMigrations(dir = migrationsDir()): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}-[\w-]+\.sql$/u.test(f))
    .sort()
    .map((f) => ({
      version: Number(f.slice(0, 4)),
      name: f.replace(/\.sql$/u, ''),
      sql: readFileSync(join(dir, f), 'utf8'),
    }));
}

export function latestVersion(): number {
  const all = loadMigrations();
  return all.length ? all[all.length - 1].version : 0;
}

/** Called under the migration lock with the version about to be upgraded (the backup hook). */
export type BeforeMigration = (fromVersion: number) => void;

/**
 * Applies pending migrations in one transaction under SQLite's write lock (BEGIN EXCLUSIVE),
 * re-reading user_version inside it: of several processes opening an older file at once, the
 * first migrates and the others find the work done (issue 14 §2). `beforeMigration` runs
 * under the lock, so the pre-migration backup it takes through a second connection is
 * exactly the state being upgraded (in WAL mode readers still read while we hold the lock).
 */
export function migrate(
  db: Database.Database,
  file: string,
  upTo = Infinity,
  migrations = loadMigrations(),
  beforeMigration?: BeforeMigration,
): number {
  const pendingAfter = (version: number) => migrations.filter((m) => m.version > version && m.version <= upTo);
  const seen = db.pragma('user_version', { simple: true }) as number;
  if (pendingAfter(seen).length === 0) return seen;
  db.exec('BEGIN EXCLUSIVE');
  try {
    const current = db.pragma('user_version', { simple: true }) as number;
    const pending = pendingAfter(current);
    if (pending.length > 0) {
      if (current > 0 && file !== ':memory:') beforeMigration?.(current);
      for (const m of pending) {
        db.exec(m.sql);
        db.pragma(`user_version = ${m.version}`);
      }
    }
    db.exec('COMMIT');
    return pending.length ? pending[pending.length - 1].version : current;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
