import { closeSync, fsyncSync, openSync, renameSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/**
 * Crash-safe file placement: write under a temporary name, fsync, rename, fsync the folder.
 * A kill or a full disk then leaves either the old state or the whole new file, never a
 * truncated file under a normal-looking name (issue 14 §7).
 */

/** A new empty file readable by this user only (0600 on POSIX; issue 9, personal data). */
export function createPrivateFile(path: string): void {
  closeSync(openSync(path, 'wx', 0o600));
}

export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename durable. Windows cannot open a folder for fsync; NTFS journals the rename. */
export function fsyncFolder(folder: string): void {
  let fd: number;
  try {
    fd = openSync(folder, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch {
    // EISDIR/EPERM/EINVAL on platforms that do not sync folders.
  } finally {
    closeSync(fd);
  }
}

/** A temporary name in the same folder (rename is atomic only within one file system). */
export function temporaryNameFor(finalPath: string): string {
  return join(dirname(finalPath), `.${basename(finalPath)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
}

/** fsync then rename into place, then fsync the folder. */
export function commitFile(tmp: string, finalPath: string): void {
  fsyncFile(tmp);
  renameSync(tmp, finalPath);
  fsyncFolder(dirname(finalPath));
}
