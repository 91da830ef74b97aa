import Database from 'better-sqlite3';
import { dirname } from 'node:path';
import { createPrivateFile, ensurePrivateDir } from '../privacy/private-files';
import { registerFunctions } from './functions';
import { migrate } from './migrate';

export type Db = Database.Database;

/**
 * Opens (creating if needed) the commune database and brings its schema up to date.
 * WAL keeps readers unblocked; NORMAL sync is durable in WAL mode except on power loss
 * mid-checkpoint, which the pre-migration and manual backups cover.
 */
export function openDatabase(file: string, options: { migrate?: boolean } = {}): Db {
  if (file !== ':memory:') {
    // Readable by the current user only (README "Personal data"); -wal/-shm inherit the mode.
    ensurePrivateDir(dirname(file));
    createPrivateFile(file);
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  registerFunctions(db);
  if (options.migrate !== false) migrate(db, file);
  return db;
}
