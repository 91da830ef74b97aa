import Database from 'better-sqlite3';
import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupFolder, listBackups } from '../../../electron/core/backups/store';
import { registerFunctions } from '../../../electron/core/db/functions';
import { migrate } from '../../../electron/core/db/migrate';
import { openDatabase } from '../../../electron/core/db/open';

/** README "Personal data": the database, its WAL/SHM and backups are the current user's only (0600). */
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'tcns-private-'));
  dirs.push(dir);
  return dir;
};
const mode = (file: string) => statSync(file).mode & 0o777;

describe.skipIf(process.platform === 'win32')('files holding personal data', () => {
  it('creates the database, its WAL and SHM readable by the current user only, whatever the umask', () => {
    const previous = process.umask(0o022);
    try {
      const dir = join(tempDir(), 'TCNS');
      const file = join(dir, 'tcns.db');
      const db = openDatabase(file, { create: true });
      db.prepare("INSERT INTO setting (key, value, updated_at) VALUES ('k', '1', 'now')").run();
      expect(mode(dir)).toBe(0o700);
      expect(mode(file)).toBe(0o600);
      expect(mode(`${file}-wal`)).toBe(0o600);
      expect(mode(`${file}-shm`)).toBe(0o600);
      db.close();
    } finally {
      process.umask(previous);
    }
  });

  it('tightens an existing database made readable by others', () => {
    const file = join(tempDir(), 'old.db');
    openDatabase(file, { create: true }).close();
    chmodSync(file, 0o644); // e.g. copied in by hand from another PC
    openDatabase(file).close();
    expect(mode(file)).toBe(0o600);
  });

  it('writes the pre-migration backup copy as 0600', () => {
    const dir = tempDir();
    const file = join(dir, 'tcns.db');
    const db = new Database(file);
    registerFunctions(db);
    migrate(db, file, 1);
    db.close();
    openDatabase(file).close();
    // The pre-migration copy joins the backup rotation beside the database (README "Data safety").
    const backups = listBackups(backupFolder(file));
    expect(backups).toHaveLength(1);
    expect(mode(backups[0].file)).toBe(0o600);
    expect(mode(backupFolder(file))).toBe(0o700);
  });
});
