import { createInterface } from 'node:readline/promises';
import { basename } from 'node:path';
import type { BackupCounts, BackupInfo, FileCheck } from '../../core/backups/store';
import { backupFolder, checkDatabaseFile, countRecords, createBackup, listBackups } from '../../core/backups/store';
import { checkRestorable, replaceDatabase } from '../../core/backups/restore';
import { createCore, type Core } from '../../core/app';
import { storageProblemOf } from '../../core/db/errors';
import type { Command, CommandContext } from '../index';

const REASONS: Record<string, string> = {
  daily: 'hằng ngày', migration: 'trước nâng cấp dữ liệu', import: 'trước khi nhập danh sách', restore: 'trước khi khôi phục',
  bulk: 'trước thay đổi hàng loạt', manual: 'thủ công', unknown: 'không rõ',
};
const COUNT_LABELS: [keyof BackupCounts, string][] = [['villages', 'thôn/tổ dân phố'], ['teams', 'tổ'], ['people', 'người'], ['decisions', 'quyết định'], ['trainings', 'buổi tập huấn']];
const when = (iso: string) => new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
const counts = (c: BackupCounts | null) => (c ? COUNT_LABELS.map(([k, label]) => `${c[k]} ${label}`).join(', ') : 'chưa rõ');
const size = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export const backupCreateCommand: Command = {
  usage: 'backup create [--to THƯ_MỤC]',
  description: 'Sao lưu ngay (mặc định vào thư mục sao lưu bên cạnh tệp dữ liệu), có kiểm tra',
  options: { to: { type: 'string' } },
  run(c) {
    const made = createBackup(c.core.file, 'manual', { folder: c.flags.to as string | undefined });
    c.print(c.flags.json ? JSON.stringify(made, null, 2) : `Đã sao lưu và kiểm tra: ${made.file} (${size(made.size)}; ${counts(made.counts)}).`);
  },
};

export const backupListCommand: Command = {
  usage: 'backup list [--json]',
  description: 'Danh sách bản sao lưu bên cạnh tệp dữ liệu (không cần mở tệp dữ liệu)',
  run(c) {
    const folder = backupFolder(c.dbFile);
    const backups = listBackups(folder);
    if (c.flags.json) {
      c.print(JSON.stringify({ folder, backups }, null, 2));
      return;
    }
    if (backups.length === 0) {
      c.print(`Chưa có bản sao lưu nào trong ${folder}.`);
      return;
    }
    c.print(`Thư mục sao lưu: ${folder}`);
    for (const b of backups) {
      c.print(`  ${when(b.createdAt)}  ${REASONS[b.reason].padEnd(24)} ${size(b.size).padStart(9)}  ${b.verified ? 'đã kiểm tra' : 'CHƯA KIỂM TRA'}  ${counts(b.counts)}  ${b.name}`);
    }
  },
};

function describeCheck(file: string, check: FileCheck): string {
  return check.ok
    ? `Tệp ${file} tốt: toàn vẹn, phiên bản dữ liệu ${check.schemaVersion}; ${counts(check.counts)}.`
    : `Tệp ${file} KHÔNG dùng được: ${check.integrity}`;
}

export const backupVerifyCommand: Command = {
  usage: 'backup verify <tệp>',
  description: 'Kiểm tra một bản sao lưu (toàn vẹn, phiên bản, số bản ghi); chỉ đọc',
  run(c) {
    const file = c.positionals[0];
    if (!file) {
      c.print('Lỗi: thiếu đường dẫn tệp sao lưu.');
      return 2;
    }
    const check = checkDatabaseFile(file);
    c.print(c.flags.json ? JSON.stringify({ file, ...check }, null, 2) : describeCheck(file, check));
    return check.ok ? 0 : 1;
  },
};

async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^(c|co|có|y|yes)$/iu.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

/** The current database, or null when it cannot be opened because it is damaged or empty. */
function openUnlessDamaged(c: CommandContext): Core | null {
  try {
    return c.core;
  } catch (error) {
    const problem = storageProblemOf(error);
    if (problem === 'CORRUPT' || problem === 'NOTADB' || problem === 'EMPTY') return null;
    throw error;
  }
}

export const backupRestoreCommand: Command = {
  usage: 'backup restore <tệp> [--yes]',
  description: 'Khôi phục dữ liệu từ bản sao lưu (sao lưu dữ liệu hiện tại trước); hỏi lại trừ khi có --yes',
  options: { yes: { type: 'boolean' } },
  async run(c) {
    const source = c.positionals[0];
    if (!source) {
      c.print('Lỗi: thiếu đường dẫn tệp sao lưu.');
      return 2;
    }
    const backup: BackupInfo = checkRestorable(source);
    const core = openUnlessDamaged(c);
    const now = core ? counts(countRecords(core.ctx.db)) : 'tệp hiện tại bị hỏng';
    c.print(`Khôi phục ${backup.file} vào ${core?.file ?? c.dbFile}\n  hiện tại: ${now}\n  sau khi khôi phục: ${counts(backup.counts)}`);
    if (!c.flags.yes && !(await confirm('Gõ "có" để khôi phục (dữ liệu hiện tại sẽ được sao lưu trước): '))) {
      c.print('Đã hủy: chưa có gì thay đổi. (Dùng --yes khi chạy không tương tác.)');
      return 1;
    }
    let outcome;
    if (core) {
      outcome = core.restore(backup.file);
    } else {
      // The damaged file is kept as a raw copy in the backup folder; then the restored one is opened and audited.
      const replaced = replaceDatabase(c.dbFile, backup.file, null, () => {});
      const reopened = createCore({ dbFile: c.dbFile, actor: 'cli', processKind: 'cli', processDetail: 'backup restore' });
      try {
        const ctx = reopened.ctx;
        const after = countRecords(ctx.db);
        ctx.mutate(() => ctx.audit({ action: 'backups.restore', entity: 'database', entityId: null, before: { counts: null, damaged: true }, after: { source: basename(replaced.source), counts: after, safetyBackup: basename(replaced.safetyBackup) } }));
        outcome = { ...replaced, after };
      } finally {
        reopened.close();
      }
    }
    c.print(c.flags.json ? JSON.stringify(outcome, null, 2) : `Đã khôi phục. Bây giờ: ${counts(outcome.after)}.\nDữ liệu trước khi khôi phục được giữ ở: ${outcome.safetyBackup}`);
  },
};

export const backupCommands: Record<string, Command> = {
  'backup create': backupCreateCommand,
  'backup list': backupListCommand,
  'backup verify': backupVerifyCommand,
  'backup restore': backupRestoreCommand,
};
