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

/** Data written at the previous version that each migration must carry over. */
const STEP_FIXTURES: Record<number, (db: Database.Database) => void> = {
  1: () => {},
  9: (db) => {
    const insert = db.prepare("INSERT INTO setting (key, value, updated_at) VALUES (?, '{}', '2026-01-01')");
    insert.run(`import.members.mapping:${'ho va ten|'.repeat(2000)}`);
    insert.run('import.members.mapping:stt|ho va ten|ngay sinh');
  },
  // People searched the old way (folded text with its punctuation) and audit rows with CCCDs in clear.
  10: (db) => {
    const person = db.prepare(
      `INSERT INTO person (id, full_name, name_key, search_text, cccd, created_at, updated_at) VALUES (?, ?, vn_name_key(?), vn_fold(?), ?, 'now', 'now')`,
    );
    person.run('p1', 'Nguyễn Thị-Hồng', 'Nguyễn Thị-Hồng', 'Nguyễn Thị-Hồng 0912345678 (UBND)', '001090123456');
    person.run('p2', 'Lê Văn Đức', 'Lê Văn Đức', 'Lê Văn Đức', null);
    db.prepare("INSERT INTO audit_log (at, actor, action, entity, entity_id, after) VALUES ('now', 'local', 'people.create', 'person', 'p1', ?)")
      .run(JSON.stringify({ id: 'p1', fullName: 'Nguyễn Thị-Hồng', cccd: '001090123456', note: 'CCCD 001090123456' }));
  },
};

/** What each migration must have done with its fixture. */
const CHECKS: Record<number, (db: Database.Database) => void> = {
  // A header-sized key is dropped; a short legacy key stays until its list is imported again.
  9: (db) => expect(db.prepare('SELECT key FROM setting').all()).toEqual([{ key: 'import.members.mapping:stt|ho va ten|ngay sinh' }]),
  10: (db) => {
    expect(db.prepare("SELECT search_text FROM person WHERE id = 'p1'").get()).toEqual({ search_text: 'nguyen thi hong 0912345678 ubnd' });
    const match = (q: string) => db.prepare('SELECT k.person_id AS id FROM person_fts f JOIN person_search_key k ON k.key = f.rowid WHERE person_fts MATCH ?').all(q);
    expect(match('"hong"* AND "ubnd"*')).toEqual([{ id: 'p1' }]);
    expect(match('"duc"*')).toEqual([{ id: 'p2' }]);
    expect(db.prepare('SELECT count(*) AS n FROM person p JOIN person_search_key k ON k.person_id = p.id AND k.name_key = p.name_key').get()).toEqual({ n: 2 });
    const audit = db.prepare('SELECT after FROM audit_log').get() as { after: string };
    expect(audit.after).not.toContain('001090123456');
    expect(JSON.parse(audit.after)).toMatchObject({ cccd: '001•••••••56', note: 'CCCD 001•••••••56', fullName: 'Nguyễn Thị-Hồng' });
    expect(db.prepare('SELECT erased_at FROM person').all()).toEqual([{ erased_at: null }, { erased_at: null }]);
  },
};

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

  // Each migration from a database at the previous number, with data that migration must carry over.
  for (const [i, m] of all.entries()) {
    const previous = i === 0 ? 0 : all[i - 1].version;
    it(`${m.name} upgrades a database made at version ${previous}`, () => {
      const { file } = tempFile();
      const db = new Database(file);
      registerFunctions(db);
      db.pragma('foreign_keys = ON');
      migrate(db, file, previous);
      expect(db.pragma('user_version', { simple: true })).toBe(previous);
      STEP_FIXTURES[m.version]?.(db);
      migrate(db, file, m.version);
      CHECKS[m.version]?.(db);
      expect(db.pragma('user_version', { simple: true })).toBe(m.version);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      db.close();
    });
  }

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
