import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';

/**
 * The register holds citizens' personal data (NĐ 13/2023/NĐ-CP): the database, its WAL/SHM
 * files and every backup are readable by the current user only. On POSIX that is mode 0600
 * (folders 0700); SQLite gives the -wal and -shm files the database file's own mode. On Windows
 * the files live in the per-user %APPDATA%\TCNS, whose ACL already admits only that user.
 */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

const posix = process.platform !== 'win32';

/** Creates the folder (and parents) for private files; existing folders are left as they are. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
}

/**
 * Creates an empty file with mode 0600 before anything writes into it, so there is no moment
 * when it is readable by others (SQLite and VACUUM INTO accept an empty file as a new database).
 * An existing file is tightened to 0600 instead.
 */
export function createPrivateFile(file: string): void {
  if (!existsSync(file)) closeSync(openSync(file, 'wx', PRIVATE_FILE_MODE));
  makePrivate(file);
}

/** chmod 0600 on POSIX (the umask can only remove bits, so this also undoes a loose umask). */
export function makePrivate(file: string): void {
  if (!posix || !existsSync(file)) return;
  try {
    chmodSync(file, PRIVATE_FILE_MODE);
  } catch {
    // Not the owner (a file another user shared with us): leave its mode to its owner.
  }
}
