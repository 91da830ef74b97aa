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
 * Which migrations a database has: the schema_migration table, or for a database made before
 * that table existed, every known migration up to its user_version. A table, not only
 * user_version, because numbers are reserved per feature and may be merged out of order
 * (0005 shipped before 0004): a lower number arriving later must still be applied.
 */
function appliedVersions(db: Database.Database, migrations: Migration[]): Set<number> {
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migration'").get() !== undefined;
  if (hasTable) return new Set((db.prepare('SELECT version FROM schema_migration').all() as { version: number }[]).map((r) => r.version));
  const version = db.pragma('user_version', { simple: true }) as number;
  return new Set(migrations.filter((m) => m.version <= version).map((m) => m.version));
}

/**
 * Applies pending migrations in one transaction under SQLite's write lock (BEGIN EXCLUSIVE),
 * re-reading what is applied inside it: of several processes opening an older file at once,
 * the first migrates and the others find the work done (issue 14 §2). `beforeMigration` runs
 * under the lock, so the pre-migration backup it takes through a second connection is
 * exactly the state being upgraded (in WAL mode readers still read while we hold the lock).
 * user_version stays the highest applied number (what backups and "newer file" checks read).
 */
export function migrate(
  db: Database.Database,
  file: string,
  upTo = Infinity,
  migrations = loadMigrations(),
  beforeMigration?: BeforeMigration,
): number {
  const pendingIn = (applied: Set<number>) => migrations.filter((m) => !applied.has(m.version) && m.version <= upTo);
  if (pendingIn(appliedVersions(db, migrations)).length === 0) return db.pragma('user_version', { simple: true }) as number;
  db.exec('BEGIN EXCLUSIVE');
  try {
    const applied = appliedVersions(db, migrations);
    const pending = pendingIn(applied);
    const current = db.pragma('user_version', { simple: true }) as number;
    if (pending.length > 0) {
      if (current > 0 && file !== ':memory:') beforeMigration?.(current);
      db.exec('CREATE TABLE IF NOT EXISTS schema_migration (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
      const record = db.prepare('INSERT OR IGNORE INTO schema_migration (version, name, applied_at) VALUES (?, ?, ?)');
      const now = new Date().toISOString();
      for (const m of migrations) if (applied.has(m.version)) record.run(m.version, m.name, now); // a database from before the table
      for (const m of pending) {
        db.exec(m.sql);
        record.run(m.version, m.name, now);
      }
      db.pragma(`user_version = ${Math.max(current, ...pending.map((m) => m.version))}`);
    }
    db.exec('COMMIT');
    return db.pragma('user_version', { simple: true }) as number;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
