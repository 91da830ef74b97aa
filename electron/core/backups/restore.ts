import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { AppError } from '../../../shared/errors';
import { storageError } from '../db/errors';
import { latestVersion } from '../db/migrate';
import { describeProcess, otherProcesses } from '../db/processes';
import { commitFile, createPrivateFile, temporaryNameFor } from './files';
import { backupFolder, checkDatabaseFile, countRecords, createBackup, type BackupCounts, type BackupInfo } from './store';

export interface RestoreOutcome {
  source: string;
  before: BackupCounts | null;
  after: BackupCounts;
  /** The copy of the data as it was just before the restore. */
  safetyBackup: string;
}

/** Checks a backup before anything is replaced; throws a Vietnamese VALIDATION error. */
export function checkRestorable(source: string): BackupInfo {
  const path = resolve(source);
  if (!existsSync(path)) throw new AppError('VALIDATION', `Không tìm thấy tệp sao lưu ${path}.`);
  const check = checkDatabaseFile(path);
  if (!check.ok || !check.counts) throw new AppError('VALIDATION', `Tệp ${path} không dùng để khôi phục được: ${check.integrity}`);
  if (check.schemaVersion > latestVersion()) throw storageError('NEWER', path);
  const stat = statSync(path);
  return { ...check, file: path, name: basename(path), createdAt: stat.mtime.toISOString(), reason: 'unknown', size: stat.size, verified: true };
}

/**
 * Replaces the database file with a checked backup (issue 9): a safety backup of the current
 * data first, then the backup is written to a temporary file beside the database, fsynced and
 * renamed over it, so a crash leaves the old or the new database, never a mix. The caller
 * closes its connection in `closeCurrent` and reopens (migrating an older backup) afterwards.
 * `current` is null when the current file cannot be opened (damaged): it is then kept as a
 * raw copy in the backup folder, never deleted.
 */
export function replaceDatabase(dbFile: string, source: string, current: Database.Database | null, closeCurrent: () => void): Omit<RestoreOutcome, 'after'> {
  const checked = checkRestorable(source);
  if (resolve(checked.file) === resolve(dbFile)) throw new AppError('VALIDATION', 'Không thể khôi phục một tệp vào chính nó.');
  const others = otherProcesses(dbFile);
  if (others.length > 0) {
    throw new AppError('BUSY', `Tệp dữ liệu ${dbFile} đang được ${others.map(describeProcess).join('; ')} sử dụng. Hãy đóng chương trình đó rồi khôi phục lại; chưa có gì thay đổi.`, { problem: 'BUSY', file: dbFile });
  }
  let before: BackupCounts | null = null;
  let safetyBackup: string;
  if (current) {
    before = countRecords(current);
    safetyBackup = createBackup(dbFile, 'restore').file;
  } else {
    safetyBackup = keepDamagedCopy(dbFile);
  }

  const tmp = temporaryNameFor(dbFile);
  createPrivateFile(tmp);
  try {
    // VACUUM INTO through a read-only connection: a consistent copy even of a file that
    // still has its own -wal beside it (a raw copy of another PC's database).
    const from = new Database(checked.file, { readonly: true, fileMustExist: true });
    try {
      from.prepare('VACUUM INTO ?').run(tmp);
    } finally {
      from.close();
    }
    closeCurrent();
    // The last connection's clean close checkpoints and removes the -wal. One that is still
    // there holds changes of another connection: replacing the file under it would lose them,
    // and the old -wal would be replayed into the restored file (issue 14 §7).
    const wal = `${dbFile}-wal`;
    if (current && existsSync(wal) && statSync(wal).size > 0) {
      throw new AppError('BUSY', `Tệp dữ liệu ${dbFile} vẫn đang được một kết nối khác sử dụng. Hãy đóng các chương trình TCNS khác rồi khôi phục lại; chưa có gì thay đổi.`, { problem: 'BUSY', file: dbFile });
    }
    // For a damaged file that could not be opened, its -wal was kept in the raw copy above.
    for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${dbFile}${suffix}`, { force: true });
    commitFile(tmp, dbFile);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
  return { source: checked.file, before, safetyBackup };
}

/** The damaged file and its -wal, copied byte for byte (they may still hold records). */
function keepDamagedCopy(dbFile: string): string {
  const folder = backupFolder(dbFile);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const stamp = new Date().toISOString().replace(/[-:]/gu, '').replace('.', '-');
  const target = join(folder, `${basename(dbFile)}-${stamp}-hong-truoc-khoi-phuc.bin`);
  if (existsSync(dbFile)) copyFileSync(dbFile, target);
  if (existsSync(`${dbFile}-wal`)) copyFileSync(`${dbFile}-wal`, `${target}-wal`);
  return target;
}
