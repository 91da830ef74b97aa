import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { registerFunctions } from '../../../electron/core/db/functions';
import { loadMigrations, migrate } from '../../../electron/core/db/migrate';
import { openDatabase } from '../../../electron/core/db/open';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function tempFile() {
  const dir = mkdtempSync(join(tmpdir(), 'tcns-migrate-'));
  dirs.push(dir);
  return { dir, file: join(dir, 'tcns.db') };
}

/** Data written at the previous version that each migration must carry over. */
const FIXTURES: Record<number, (db: Database.Database) => void> = {
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

describe('migrations', () => {
  const all = loadMigrations();

  // Each branch of the project numbers its migrations from its own range, so numbers may skip.
  it('are numbered in increasing order, each number once, from 1', () => {
    expect(all[0].version).toBe(1);
    all.slice(1).forEach((m, i) => expect(m.version, m.name).toBeGreaterThan(all[i].version));
  });

  for (const [i, m] of all.entries()) {
    const previous = i === 0 ? 0 : all[i - 1].version;
    it(`${m.name} upgrades a database made at version ${previous}`, () => {
      const { dir, file } = tempFile();
      const db = new Database(file);
      registerFunctions(db);
      db.pragma('foreign_keys = ON');
      migrate(db, file, previous);
      expect(db.pragma('user_version', { simple: true })).toBe(previous);
      FIXTURES[m.version]?.(db);
      migrate(db, file, m.version);
      CHECKS[m.version]?.(db);
      expect(db.pragma('user_version', { simple: true })).toBe(m.version);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      if (previous > 0) {
        // An existing database is copied before it is changed.
        expect(readdirSync(dir).some((f) => f.startsWith(`tcns.db.v${previous}-`) && f.endsWith('.bak'))).toBe(true);
      }
      db.close();
    });
  }

  it('rolls back a migration that fails part-way and keeps the version', () => {
    const { file } = tempFile();
    const db = openDatabase(file);
    const version = db.pragma('user_version', { simple: true }) as number;
    const broken = { version: version + 1, name: 'broken', sql: 'CREATE TABLE half_done (x); THIS IS NOT SQL;' };
    expect(() => migrate(db, file, Infinity, [...all, broken])).toThrow();
    expect(db.prepare("SELECT count(*) n FROM sqlite_master WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    expect(db.pragma('user_version', { simple: true })).toBe(version);
    db.close();
  });
});
