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
};

describe('migrations', () => {
  const all = loadMigrations();

  // Parallel branches each take their own number, so a branch may lack the ones between
  // (BRIEF.md): numbers only have to increase, starting at 1.
  it('are numbered in increasing order from 1', () => {
    expect(all[0]?.version).toBe(1);
    for (let i = 1; i < all.length; i++) expect(all[i].version).toBeGreaterThan(all[i - 1].version);
  });

  for (const [index, m] of all.entries()) {
    const previous = index > 0 ? all[index - 1].version : 0;
    it(`${m.name} upgrades a database made at version ${previous}`, () => {
      const { dir, file } = tempFile();
      const db = new Database(file);
      registerFunctions(db);
      db.pragma('foreign_keys = ON');
      migrate(db, file, previous);
      expect(db.pragma('user_version', { simple: true })).toBe(previous);
      FIXTURES[m.version]?.(db);
      migrate(db, file, m.version);
      expect(db.pragma('user_version', { simple: true })).toBe(m.version);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      if (m.version > 1) {
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
