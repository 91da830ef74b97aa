import Database from 'better-sqlite3';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { setNewestGoodBackupFinder, storageError, storageProblemOf } from '../db/errors';
import { commitFile, createPrivateFile, temporaryNameFor } from './files';

/**
 * Backups of the commune's one database file (issue 9): SQLite's VACUUM INTO writes a
 * consistent, compact snapshot through a separate read-only connection (readers never block
 * writers in WAL mode), to a temporary 0600 file that is fsynced, checked
 * (integrity_check, schema version, record counts) and only then renamed into the backup
 * folder beside the database. Each backup has a JSON manifest next to it, so the list and the
 * counts survive even when the database itself is damaged.
 */
export const BACKUP_REASONS = ['daily', 'migration', 'import', 'restore', 'bulk', 'manual'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

const REASON_SLUGS: Record<BackupReason, string> = {
  daily: 'hang-ngay',
  migration: 'truoc-nang-cap',
  import: 'truoc-nhap',
  restore: 'truoc-khoi-phuc',
  bulk: 'truoc-thay-doi-hang-loat',
  manual: 'thu-cong',
};

/** What the backups screen shows; the four counts the issue names plus trainings. */
export interface BackupCounts {
  villages: number;
  teams: number;
  people: number;
  decisions: number;
  trainings: number;
}

export interface FileCheck {
  ok: boolean;
  /** 'ok' or SQLite's findings / the Vietnamese reason it could not be read. */
  integrity: string;
  schemaVersion: number;
  counts: BackupCounts | null;
}

export interface BackupInfo extends FileCheck {
  file: string;
  name: string;
  createdAt: string;
  reason: BackupReason | 'unknown';
  size: number;
  /** The backup passed its check when it was made (false: never counts as good). */
  verified: boolean;
}

const COUNT_TABLES: Record<keyof BackupCounts, string> = {
  villages: 'village', teams: 'team', people: 'person', decisions: 'decision', trainings: 'training_session',
};

/** Record counts of an open database; a table an older schema lacks counts 0. */
export function countRecords(db: Database.Database): BackupCounts {
  const present = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name));
  const counts = {} as BackupCounts;
  for (const [key, table] of Object.entries(COUNT_TABLES) as [keyof BackupCounts, string][]) {
    counts[key] = present.has(table) ? (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n : 0;
  }
  return counts;
}

/** Opens a file read-only and runs the full integrity check; never throws, never writes. */
export function checkDatabaseFile(file: string): FileCheck {
  let db: Database.Database | null = null;
  try {
    if (statSync(file).size === 0) return { ok: false, integrity: 'Tệp rỗng (0 byte).', schemaVersion: 0, counts: null };
    db = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    const isTcns = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'commune'").get() !== undefined;
    if (!isTcns) return { ok: false, integrity: 'Không phải tệp dữ liệu TCNS (không có bảng xã/phường).', schemaVersion, counts: null };
    const counts = countRecords(db);
    return { ok: integrity === 'ok', integrity, schemaVersion, counts };
  } catch (error) {
    const problem = storageProblemOf(error);
    const integrity = problem ? storageError(problem, file).message : 'Không đọc được tệp.';
    return { ok: false, integrity, schemaVersion: 0, counts: null };
  } finally {
    db?.close();
  }
}

/** The folder beside the database: D:\tcns\tcns.db → D:\tcns\tcns-sao-luu. */
export function backupFolder(dbFile: string): string {
  return join(dirname(dbFile), `${basename(dbFile).replace(/\.[^.]+$/u, '')}-sao-luu`);
}

const manifestOf = (backupFile: string) => `${backupFile}.json`;

function writeJsonAtomically(path: string, value: unknown): void {
  const tmp = temporaryNameFor(path);
  writeFileSync(tmp, JSON.stringify(value, null, 2), { mode: 0o600, flag: 'wx' });
  commitFile(tmp, path);
}

/**
 * Writes a checked snapshot of dbFile. Into the rotation folder beside the database unless
 * `folder` is given ("Sao lưu ngay" to a USB stick). Throws an AppError in Vietnamese.
 */
export function createBackup(dbFile: string, reason: BackupReason, options: { folder?: string; now?: Date } = {}): BackupInfo {
  const folder = options.folder ?? backupFolder(dbFile);
  const now = options.now ?? new Date();
  const stamp = now.toISOString().replace(/[-:]/gu, '').replace('.', '-');
  const name = `${basename(dbFile).replace(/\.[^.]+$/u, '')}-${stamp}-${REASON_SLUGS[reason]}-${randomBytes(2).toString('hex')}.db`;
  const file = join(folder, name);
  let tmp: string | null = null;
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    tmp = temporaryNameFor(file);
    createPrivateFile(tmp);
    const source = new Database(dbFile, { readonly: true, fileMustExist: true, timeout: 10_000 });
    try {
      source.prepare('VACUUM INTO ?').run(tmp);
    } finally {
      source.close();
    }
    // One self-contained file (no -wal beside it): what a USB stick or a new PC needs.
    const out = new Database(tmp, { fileMustExist: true });
    out.pragma('journal_mode = DELETE');
    out.close();
    chmodSync(tmp, 0o600);
    const check = checkDatabaseFile(tmp);
    if (!check.ok) {
      throw new AppError('STORAGE', `Bản sao lưu vừa tạo không qua kiểm tra (${check.integrity}); đã bỏ bản này. Hãy kiểm tra tệp dữ liệu bằng lệnh doctor.`);
    }
    commitFile(tmp, file);
    tmp = null;
    const info: BackupInfo = { ...check, file, name, createdAt: now.toISOString(), reason, size: statSync(file).size, verified: true };
    writeJsonAtomically(manifestOf(file), { name, createdAt: info.createdAt, reason, size: info.size, schemaVersion: info.schemaVersion, counts: info.counts, integrity: info.integrity, verified: true });
    if (!options.folder) rotateBackups(folder, now);
    return info;
  } catch (error) {
    if (tmp) rmSync(tmp, { force: true });
    if (error instanceof AppError) throw error;
    // A chosen "folder" that is a file (or lies under one): mkdir says EEXIST / ENOTDIR.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') {
      throw new AppError('VALIDATION', `Không tạo được bản sao lưu trong ${folder}: đường dẫn này (hoặc một phần của nó) là một tệp, không phải thư mục. Hãy chọn một thư mục. Dữ liệu không bị thay đổi.`);
    }
    const problem = storageProblemOf(error);
    if (problem) {
      const cause = problem === 'FULL' ? 'ổ đĩa đầy' : problem === 'READONLY' ? 'không có quyền ghi' : storageError(problem, dbFile).message;
      throw new AppError('STORAGE', `Không tạo được bản sao lưu trong ${folder}: ${cause}. Dữ liệu không bị thay đổi.`, { problem, file: dbFile });
    }
    throw error;
  }
}

/** Deletes a backup just made and its manifest (a cancelled "Sao lưu ngay"). */
export function removeBackup(file: string): void {
  rmSync(file, { force: true });
  rmSync(manifestOf(file), { force: true });
}

interface Manifest {
  name: string;
  createdAt: string;
  reason: BackupReason;
  size: number;
  schemaVersion: number;
  counts: BackupCounts | null;
  integrity: string;
  verified: boolean;
}

/** The backups in a folder, newest first, from their manifests (the database is not opened). */
export function listBackups(folder: string): BackupInfo[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const found: BackupInfo[] = [];
  for (const name of names) {
    if (!name.endsWith('.db') || name.startsWith('.')) continue;
    const file = join(folder, name);
    let manifest: Partial<Manifest> = {};
    try {
      manifest = JSON.parse(readFileSync(manifestOf(file), 'utf8')) as Manifest;
    } catch {
      // A file without its manifest (copied in by hand, or a crash between the two renames).
    }
    let size = 0;
    try {
      size = statSync(file).size;
    } catch {
      continue;
    }
    const verified = manifest.verified === true && manifest.size === size;
    found.push({
      file, name, size, verified,
      createdAt: manifest.createdAt ?? statSync(file).mtime.toISOString(),
      reason: manifest.reason ?? 'unknown',
      schemaVersion: manifest.schemaVersion ?? 0,
      counts: manifest.counts ?? null,
      integrity: manifest.integrity ?? 'chưa kiểm tra',
      ok: verified,
    });
  }
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export function newestGoodBackup(dbFile: string): BackupInfo | null {
  return listBackups(backupFolder(dbFile)).find((b) => b.verified) ?? null;
}

const localDate = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const week = Math.ceil(((t.getTime() - Date.UTC(t.getUTCFullYear(), 0, 1)) / 86_400_000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${week}`;
}

export const ROTATION = { newest: 3, daily: 7, weekly: 5, monthly: 12 };

/**
 * Which automatic backups to keep: the 3 newest (so the copy taken just before an import can
 * undo it), then the newest of each of the last 7 days, 5 ISO weeks and 12 months.
 * Manual backups are never deleted by the rotation.
 */
export function backupsToKeep(backups: Pick<BackupInfo, 'name' | 'createdAt' | 'reason' | 'verified'>[]): Set<string> {
  const keep = new Set<string>();
  const good = backups.filter((b) => b.verified).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  for (const b of backups) if (b.reason === 'manual') keep.add(b.name);
  good.slice(0, ROTATION.newest).forEach((b) => keep.add(b.name));
  const buckets: [number, (d: Date) => string][] = [[ROTATION.daily, localDate], [ROTATION.weekly, isoWeek], [ROTATION.monthly, (d) => localDate(d).slice(0, 7)]];
  for (const [limit, bucketOf] of buckets) {
    const seen = new Set<string>();
    for (const b of good) {
      const bucket = bucketOf(new Date(b.createdAt));
      if (seen.has(bucket)) continue;
      if (seen.size >= limit) break;
      seen.add(bucket);
      keep.add(b.name);
    }
  }
  return keep;
}

/** Deletes what the rotation does not keep, and temporary files a crash left behind. */
export function rotateBackups(folder: string, now = new Date()): void {
  const backups = listBackups(folder);
  const keep = backupsToKeep(backups);
  for (const b of backups) {
    // An unverified file may be a backup being written by another process right now.
    if (keep.has(b.name) || (!b.verified && now.getTime() - new Date(b.createdAt).getTime() < 86_400_000)) continue;
    rmSync(b.file, { force: true });
    rmSync(manifestOf(b.file), { force: true });
  }
  for (const name of readdirSync(folder)) {
    if (!/^\..*\.tmp-\d+-[0-9a-f]+$/u.test(name)) continue;
    try {
      if (now.getTime() - statSync(join(folder, name)).mtimeMs > 3_600_000) rmSync(join(folder, name), { force: true });
    } catch {
      // Gone already.
    }
  }
}

/** A backup on the first start of each local calendar day (desktop app and serve mode). */
export function ensureDailyBackup(dbFile: string, now = new Date()): BackupInfo | null {
  const today = localDate(now);
  if (listBackups(backupFolder(dbFile)).some((b) => b.verified && localDate(new Date(b.createdAt)) === today)) return null;
  return createBackup(dbFile, 'daily', { now });
}

// A damaged-file message names the newest good backup; db/errors cannot import this module.
setNewestGoodBackupFinder((dbFile) => newestGoodBackup(dbFile));
