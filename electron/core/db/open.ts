import Database from 'better-sqlite3';
import { accessSync, constants, existsSync, linkSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { commitFile, createPrivateFile, fsyncFile, fsyncFolder, temporaryNameFor } from '../backups/files';
import { createBackup } from '../backups/store';
import { ensurePrivateDir, makePrivate } from '../privacy/private-files';
import { storageError, describeStorageError, storageProblemOf } from './errors';
import { registerFunctions } from './functions';
import { latestVersion, migrate } from './migrate';

export type Db = Database.Database;

/** How long a write waits for another program's write to finish before saying it is busy. */
export const DEFAULT_BUSY_TIMEOUT_MS = 8_000;

export interface OpenOptions {
  /** Bring the schema up to date (default true). */
  migrate?: boolean;
  /**
   * Create the database when the file does not exist (first run of the app or serve mode
   * with the default path, `seed`, an explicit --create). Otherwise a missing file is an
   * error and nothing is created (issue 14 §5).
   */
  create?: boolean;
  busyTimeoutMs?: number;
}

export interface OpenedDatabase {
  db: Db;
  /** True when this call made the file: only then may the demo commune go into it. */
  created: boolean;
}

/**
 * Opens the commune database. The promise it keeps (README "Durability"):
 * - an existing file is opened only if it is a healthy TCNS database: PRAGMA quick_check runs
 *   on a read-only connection first, so a damaged file is refused before anything is written;
 * - WAL with synchronous=FULL: a change the app reported as saved survives a kill or a power
 *   cut (SQLite syncs the WAL on every commit);
 * - every failure is an AppError with a Vietnamese message (electron/core/db/errors.ts).
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  return openDatabaseFile(file, options).db;
}

export function openDatabaseFile(file: string, options: OpenOptions = {}): OpenedDatabase {
  const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  if (file === ':memory:') {
    const db = new Database(file);
    configure(db, busyTimeoutMs);
    if (options.migrate !== false) migrate(db, file);
    return { db, created: true };
  }
  let created = false;
  try {
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat) {
      if (!options.create) throw storageError('MISSING', file);
      created = createDatabaseFile(file, busyTimeoutMs);
    } else if (stat.isDirectory()) {
      throw storageError('CANTOPEN', file);
    } else if (stat.size === 0) {
      throw storageError('EMPTY', file);
    }
    assertWritable(file);
    if (!created) {
      quickCheck(file, busyTimeoutMs);
      // A file copied in by hand may be readable by others: 0600 (README "Personal data").
      for (const f of [file, `${file}-wal`, `${file}-shm`]) makePrivate(f);
    }
    const db = new Database(file, { fileMustExist: true, timeout: busyTimeoutMs });
    try {
      configure(db, busyTimeoutMs);
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version > latestVersion()) throw storageError('NEWER', file);
      if (options.migrate !== false) migrate(db, file, Infinity, undefined, () => createBackup(file, 'migration'));
    } catch (error) {
      db.close();
      throw error;
    }
    return { db, created };
  } catch (error) {
    throw describeStorageError(error, file);
  }
}

function configure(db: Db, busyTimeoutMs: number): void {
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  registerFunctions(db);
}

/** A damaged file is found before anything writes to it; the read-only connection cannot. */
function quickCheck(file: string, busyTimeoutMs: number): void {
  let db: Db | null = null;
  let findings: string[];
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, timeout: busyTimeoutMs });
    findings = (db.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check);
  } catch (error) {
    // A read-only connection cannot replay a hot rollback journal; the normal open will.
    if (storageProblemOf(error) === 'READONLY') return;
    throw error;
  } finally {
    db?.close();
  }
  if (findings.length !== 1 || findings[0] !== 'ok') throw storageError('CORRUPT', file);
}

/** Refuse up front rather than let every save fail later with an error retrying cannot fix. */
function assertWritable(file: string): void {
  try {
    accessSync(file, constants.R_OK | constants.W_OK);
    // WAL mode creates file-wal and file-shm beside it.
    accessSync(dirname(file), constants.W_OK);
  } catch {
    throw storageError('READONLY', file);
  }
}

/**
 * Makes a new database under a temporary name and moves it into place only when complete,
 * so a crash never leaves a half-made or empty file under the real name. Returns false when
 * another process created the file first (we then open theirs).
 */
function createDatabaseFile(file: string, busyTimeoutMs: number): boolean {
  ensurePrivateDir(dirname(file)); // 0700: README "Personal data"
  const tmp = temporaryNameFor(file);
  createPrivateFile(tmp);
  try {
    const db = new Database(tmp, { fileMustExist: true, timeout: busyTimeoutMs });
    try {
      configure(db, busyTimeoutMs);
      migrate(db, tmp);
    } finally {
      db.close();
    }
    fsyncFile(tmp);
    try {
      linkSync(tmp, file); // fails if the file appeared meanwhile: never replace someone's data
      fsyncFolder(dirname(file));
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      // File systems without hard links (FAT on a USB stick): rename, checking first.
      if (existsSync(file)) return false;
      commitFile(tmp, file);
      return true;
    }
  } finally {
    rmSync(tmp, { force: true });
  }
}
