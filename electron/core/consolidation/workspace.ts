/**
 * The province's consolidation workspace: one SQLite file of its own with its own migrations
 * (./migrations/index.ts), kept apart from any commune's register so a province never mixes the two.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../../shared/errors';
import { createPrivateFile, ensurePrivateDir } from '../privacy/private-files';
import { WORKSPACE_MIGRATIONS } from './migrations';

/** PRAGMA application_id of a workspace ("TCNT"), so neither kind of file is opened as the other. */
export const WORKSPACE_APP_ID = 0x54434e54;

export interface Workspace {
  db: Database.Database;
  file: string;
  now(): string;
  close(): void;
}

function migrateWorkspace(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const m of WORKSPACE_MIGRATIONS) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
      db.pragma(`application_id = ${WORKSPACE_APP_ID}`);
    })();
  }
}

/** Opens or creates a workspace; refuses a commune's register or any other SQLite file. */
export function openWorkspace(file: string, options: { clock?: () => Date } = {}): Workspace {
  const fresh = !existsSync(file);
  if (fresh) {
    ensurePrivateDir(dirname(file));
    createPrivateFile(file);
  }
  let db: Database.Database;
  try {
    db = new Database(file, { fileMustExist: true });
    const appId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (!fresh && appId !== WORKSPACE_APP_ID && !(appId === 0 && version === 0 && isEmpty(db))) {
      db.close();
      throw new AppError('VALIDATION', `Tệp "${file}" không phải sổ tổng hợp của tỉnh (có thể là sổ dữ liệu của một xã). Chọn tệp khác hoặc tạo sổ tổng hợp mới.`);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('VALIDATION', `Không mở được sổ tổng hợp "${file}": tệp không phải cơ sở dữ liệu SQLite hoặc bị hỏng.`);
  }
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  migrateWorkspace(db);
  const clock = options.clock ?? (() => new Date());
  return { db, file, now: () => clock().toISOString(), close: () => db.close() };
}

function isEmpty(db: Database.Database): boolean {
  return (db.prepare(`SELECT count(*) n FROM sqlite_master`).get() as { n: number }).n === 0;
}

export function getSetting(ws: Workspace, key: string): string | null {
  return (ws.db.prepare('SELECT value FROM workspace_setting WHERE key = ?').get(key) as { value: string } | undefined)?.value ?? null;
}

export function setSetting(ws: Workspace, key: string, value: string): void {
  ws.db.prepare('INSERT INTO workspace_setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}
