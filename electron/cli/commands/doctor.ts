import type { Core } from '../../core/app';
import { newestGoodBackup } from '../../core/backups/store';
import { latestVersion } from '../../core/db/migrate';
import { describeStorageError } from '../../core/db/errors';
import { AppError } from '../../../shared/errors';

export interface DoctorReport {
  ok: boolean;
  file: string;
  /** Why the file could not be opened or checked (Vietnamese), e.g. damaged, missing, read-only. */
  problem: string | null;
  integrity: string;
  foreignKeyProblems: number;
  schemaVersion: number;
  latestSchemaVersion: number;
  journalMode: string;
  counts: Record<string, number>;
  newestGoodBackup: { file: string; createdAt: string } | null;
}

/**
 * Integrity check, schema version and record counts: what support asks for first. A file that
 * cannot be opened or checked is a finding in the report, never a crash (issue 14 §4).
 */
export function doctor(dbFile: string, open: () => Core): DoctorReport {
  const backup = newestGoodBackup(dbFile);
  const base: DoctorReport = {
    ok: false, file: dbFile, problem: null, integrity: 'chưa kiểm tra', foreignKeyProblems: 0, schemaVersion: 0,
    latestSchemaVersion: latestVersion(), journalMode: '', counts: {},
    newestGoodBackup: backup ? { file: backup.file, createdAt: backup.createdAt } : null,
  };
  let core: Core;
  try {
    core = open();
  } catch (error) {
    const described = describeStorageError(error, dbFile);
    return { ...base, problem: described instanceof AppError ? described.message : String(error) };
  }
  const db = core.ctx.db;
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
    const foreignKeyProblems = (db.pragma('foreign_key_check') as unknown[]).length;
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    const counts = Object.fromEntries(tables.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n]));
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    const report = { ...base, integrity, foreignKeyProblems, schemaVersion, journalMode: db.pragma('journal_mode', { simple: true }) as string, counts };
    const ok = integrity === 'ok' && foreignKeyProblems === 0 && schemaVersion === report.latestSchemaVersion;
    return { ...report, ok, problem: integrity === 'ok' ? null : `Kiểm tra toàn vẹn phát hiện hư hỏng trong ${dbFile}: ${integrity}` };
  } catch (error) {
    const described = describeStorageError(error, core.file);
    return { ...base, problem: described instanceof AppError ? described.message : String(error) };
  }
}

export function formatDoctor(r: DoctorReport): string {
  const backup = r.newestGoodBackup
    ? `Bản sao lưu tốt gần nhất: ${r.newestGoodBackup.file} (${new Date(r.newestGoodBackup.createdAt).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })})`
    : 'Chưa có bản sao lưu tốt nào bên cạnh tệp dữ liệu.';
  if (r.problem && r.journalMode === '') {
    return [`Tệp dữ liệu: ${r.file}`, `Vấn đề: ${r.problem}`, backup, 'Kết luận: CÓ VẤN ĐỀ, xem các dòng trên.'].join('\n');
  }
  return [
    `Tệp dữ liệu: ${r.file}`,
    `Kiểm tra toàn vẹn: ${r.integrity === 'ok' ? 'tốt' : r.integrity}`,
    `Lỗi khóa ngoại: ${r.foreignKeyProblems}`,
    `Phiên bản cơ sở dữ liệu: ${r.schemaVersion} (mới nhất: ${r.latestSchemaVersion})`,
    `Chế độ ghi nhật ký: ${r.journalMode}`,
    'Số bản ghi:',
    ...Object.entries(r.counts).map(([t, n]) => `  ${t}: ${n.toLocaleString('vi-VN')}`),
    backup,
    r.ok ? 'Kết luận: cơ sở dữ liệu bình thường.' : 'Kết luận: CÓ VẤN ĐỀ, xem các dòng trên.',
  ].join('\n');
}
