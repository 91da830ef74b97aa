import { z } from 'zod';
import { noInput, op } from './define';

/** Record counts shown for the database and for each backup (issue 9). */
export interface BackupCountsView {
  villages: number;
  teams: number;
  people: number;
  decisions: number;
  trainings: number;
}

export type BackupReasonView = 'daily' | 'migration' | 'import' | 'restore' | 'bulk' | 'manual' | 'unknown';

export interface BackupView {
  /** Absolute path on the PC that runs the core. */
  file: string;
  name: string;
  createdAt: string;
  reason: BackupReasonView;
  size: number;
  schemaVersion: number;
  counts: BackupCountsView | null;
  /** Passed integrity_check, schema version and counts when it was made (or when inspected). */
  verified: boolean;
  integrity: string;
}

export interface BackupsOverview {
  databaseFile: string;
  folder: string;
  current: BackupCountsView;
  backups: BackupView[];
}

export interface RestoreResult {
  source: string;
  before: BackupCountsView | null;
  after: BackupCountsView;
  safetyBackup: string;
}

/**
 * A path on the PC running TCNS (the desktop app, or the machine serve mode runs on); `missing`
 * says which one is missing (a backup file to restore is not a folder to back up into).
 */
const pathOf = (missing: string) => z
  .string({ error: missing })
  .trim()
  .min(1, missing)
  .max(4096, 'Đường dẫn quá dài.');
const folderPath = pathOf('Chọn thư mục để lưu bản sao.');
const backupFile = pathOf('Chọn bản sao lưu (tệp .db) cần mở.');

export const backupOperations = {
  'backups.list': op<BackupsOverview>()(noInput),
  /** "Sao lưu ngay": into the rotation folder beside the database, or a chosen folder (USB). */
  'backups.create': op<BackupView>()(z.object({ folder: folderPath.optional() }).strict()),
  /** Opens a backup read-only and checks it: what a restore would bring back. */
  'backups.inspect': op<BackupView>()(z.object({ file: backupFile }).strict()),
  /** Also "Mở dữ liệu từ bản sao lưu" on a new PC: the file may be anywhere. */
  'backups.restore': op<RestoreResult>()(z.object({ file: backupFile }).strict()),
};
