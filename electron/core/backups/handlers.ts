import { resolve } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { Context } from '../context';
import type { Handlers } from '../dispatch';
import { databaseControl } from './control';
import { checkRestorable } from './restore';
import { pauseForCancel, reportProgress } from '../progress';
import { backupFolder, countRecords, createBackup, listBackups, removeBackup, type BackupReason, type BackupInfo } from './store';

function fileOf(ctx: Context): string {
  const control = databaseControl(ctx);
  if (!control || control.file === ':memory:') throw new AppError('VALIDATION', 'Cơ sở dữ liệu tạm trong bộ nhớ không sao lưu được.');
  return control.file;
}

/**
 * A checked backup before a risky change (issue 9): import commit, restore, bulk change.
 * Other capabilities call this before their transaction; it throws a Vietnamese AppError if
 * the backup cannot be made, so the change does not go ahead unprotected. No-op in memory.
 */
export function backupBefore(ctx: Context, reason: Extract<BackupReason, 'import' | 'bulk' | 'restore'>): BackupInfo | null {
  const control = databaseControl(ctx);
  if (!control || control.file === ':memory:') return null;
  return createBackup(control.file, reason);
}

export const backupHandlers: Pick<Handlers, 'backups.list' | 'backups.create' | 'backups.inspect' | 'backups.restore'> = {
  'backups.list': (_input, ctx) => {
    const file = fileOf(ctx);
    return { databaseFile: file, folder: backupFolder(file), current: countRecords(ctx.db), backups: listBackups(backupFolder(file)) };
  },
  'backups.create': async (input, ctx) => {
    reportProgress(ctx, { phase: 'backup', done: 0, total: null });
    await pauseForCancel(ctx);
    const info = createBackup(fileOf(ctx), 'manual', { folder: input.folder ? resolve(input.folder) : undefined });
    // A "Hủy" that arrived while the copy was written takes the new copy away again: cancelled
    // means nothing is left behind (issue 10).
    await pauseForCancel(ctx).catch((error: unknown) => {
      removeBackup(info.file);
      throw error;
    });
    return info;
  },
  'backups.inspect': (input) => {
    try {
      return checkRestorable(input.file);
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('VALIDATION', `Không đọc được tệp ${input.file}.`);
    }
  },
  'backups.restore': async (input, ctx) => {
    const control = databaseControl(ctx);
    if (!control || control.file === ':memory:') throw new AppError('VALIDATION', 'Cơ sở dữ liệu tạm trong bộ nhớ không khôi phục được.');
    reportProgress(ctx, { phase: 'restore-check', done: 0, total: null });
    await pauseForCancel(ctx);
    checkRestorable(input.file);
    await pauseForCancel(ctx); // the last chance to cancel: the file is replaced next
    reportProgress(ctx, { phase: 'restoring', done: 0, total: null, final: true });
    return control.restore(input.file);
  },
};
