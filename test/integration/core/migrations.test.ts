import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/app';
import { listBackups, backupFolder } from '../../../electron/core/backups/store';
import { call } from '../../../electron/core/dispatch';
import { registerFunctions } from '../../../electron/core/db/functions';
import { latestVersion, loadMigrations, migrate } from '../../../electron/core/db/migrate';
import { openDatabase } from '../../../electron/core/db/open';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function tempFile() {
  const dir = mkdtempSync(join(tmpdir(), 'tcns-migrate-'));
  dirs.push(dir);
  return { dir, file: join(dir, 'tcns.db') };
}

const FIXTURES = join(import.meta.dirname, '../../fixtures/migrations');

/**
 * A real database at `version`, filled with the demo commune by the code of that version:
 * test/fixtures/migrations/schema-vN.db, made by scripts/build-migration-fixtures.mjs from
 * `git archive` of the commit before migration N+1. Versions that never shipped on their own
 * (numbers are reserved per feature: 0005 was merged before 0004) are derived from the
 * nearest older fixture with the current migration files, keeping its data.
 */
function databaseAt(version: number, file: string): void {
  let base = version;
  while (base > 0 && !existsSync(join(FIXTURES, `schema-v${base}.db`))) base--;
  if (base === 0) throw new Error(`no fixture at or below schema ${version}`);
  copyFileSync(join(FIXTURES, `schema-v${base}.db`), file);
  if (base === version) return;
  const db = new Database(file);
  registerFunctions(db);
  db.pragma('journal_mode = WAL');
  migrate(db, file, version);
  db.close();
}

function tableCounts(file: string): Record<string, number> {
  const db = new Database(file, { readonly: true });
  try {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((t) => t.name);
    return Object.fromEntries(tables.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n]));
  } finally {
    db.close();
  }
}

describe('migrations', () => {
  const all = loadMigrations();

  it('have unique, increasing numbers (gaps allowed: each helper reserves its own number)', () => {
    const versions = all.map((m) => m.version);
    expect(versions.length).toBeGreaterThan(0);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
  });

  const earlier = all.slice(0, -1).map((m) => m.version);
  for (const version of earlier) {
    it(`upgrade a filled database of schema ${version} to ${latestVersion()} keeping every record, with a checked backup first`, async () => {
      const { file } = tempFile();
      databaseAt(version, file);
      const before = tableCounts(file);
      expect(before.person).toBeGreaterThan(10); // a filled register, not an empty file

      const db = openDatabase(file);
      expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      db.close();
      const after = tableCounts(file);
      for (const [table, n] of Object.entries(before)) {
        if (table !== 'schema_migration') expect(after[table], `${table} keeps its rows`).toBe(n);
      }
      expect(after.schema_migration).toBe(all.length);

      // The pre-migration copy joined the rotation folder, checked, with the old counts.
      const backups = listBackups(backupFolder(file));
      expect(backups).toHaveLength(1);
      expect(backups[0]).toMatchObject({ reason: 'migration', verified: true, schemaVersion: version, counts: { people: before.person, teams: before.team, villages: before.village } });

      // And the application works on the upgraded data.
      const core = createCore({ dbFile: file });
      try {
        const commune = await call(core.handlers, core.ctx, 'commune.get', {});
        expect(commune?.name).toBeTruthy();
        const teams = await call(core.handlers, core.ctx, 'teams.list', {});
        expect(teams.length).toBe(before.team);
      } finally {
        core.close();
      }
    });
  }

  it('applies a lower number merged after a higher one (numbers are reserved per feature)', () => {
    const { file } = tempFile();
    const db = new Database(file);
    registerFunctions(db);
    db.pragma('journal_mode = WAL');
    const [skipped] = all.slice(-2, -1); // e.g. 0004 merged after 0005, as happened in this repository
    migrate(db, file, Infinity, all.filter((m) => m !== skipped), () => {});
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    migrate(db, file, Infinity, all, () => {});
    const applied = (db.prepare('SELECT version FROM schema_migration ORDER BY version').all() as { version: number }[]).map((r) => r.version);
    expect(applied).toEqual(all.map((m) => m.version));
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    db.close();
  });

  it('rolls back a migration that fails part-way and keeps the version', () => {
    const { dir, file } = tempFile();
    const db = openDatabase(file, { create: true });
    const version = db.pragma('user_version', { simple: true }) as number;
    const broken = { version: version + 1, name: 'broken', sql: 'CREATE TABLE half_done (x); THIS IS NOT SQL;' };
    expect(() => migrate(db, file, Infinity, [...all, broken], () => {})).toThrow();
    expect(db.prepare("SELECT count(*) n FROM sqlite_master WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    expect(db.pragma('user_version', { simple: true })).toBe(version);
    db.close();
    expect(listBackups(backupFolder(join(dir, 'tcns.db')))).toEqual([]);
  });
});
