import type Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPrivateFile } from '../privacy/private-files';
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

/**
 * Applies pending migrations, each in its own transaction, tracked by user_version.
 * An existing database gets a backup copy first, so a failed upgrade loses nothing.
 */
export function migrate(db: Database.Database, file: string, upTo = Infinity, migrations = loadMigrations()): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const pending = migrations.filter((m) => m.version > current && m.version <= upTo);
  if (pending.length === 0) return current;
  if (current > 0 && file !== ':memory:' && existsSync(file)) {
    const backup = `${file}.v${current}-${new Date().toISOString().replace(/[:.]/gu, '-')}.bak`;
    createPrivateFile(backup); // 0600 before any byte is written (privacy/private-files.ts)
    db.prepare('VACUUM INTO ?').run(backup);
  }
  for (const m of pending) {
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return pending[pending.length - 1].version;
}
