import type { Core } from '../../core/app';
import { latestVersion } from '../../core/db/migrate';

export interface DoctorReport {
  ok: boolean;
  integrity: string;
  foreignKeyProblems: number;
  schemaVersion: number;
  latestSchemaVersion: number;
  journalMode: string;
  counts: Record<string, number>;
}

/** Integrity check, schema version and record counts: what support asks for first. */
export function doctor(core: Core): DoctorReport {
  const db = core.ctx.db;
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
  const foreignKeyProblems = (db.pragma('foreign_key_check') as unknown[]).length;
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
  const counts = Object.fromEntries(tables.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n]));
  const schemaVersion = db.pragma('user_version', { simple: true }) as number;
  const report = {
    integrity,
    foreignKeyProblems,
    schemaVersion,
    latestSchemaVersion: latestVersion(),
    journalMode: db.pragma('journal_mode', { simple: true }) as string,
    counts,
  };
  return { ok: integrity === 'ok' && foreignKeyProblems === 0 && schemaVersion === report.latestSchemaVersion, ...report };
}

export function formatDoctor(r: DoctorReport): string {
  return [
    `Kiểm tra toàn vẹn: ${r.integrity === 'ok' ? 'tốt' : r.integrity}`,
    `Lỗi khóa ngoại: ${r.foreignKeyProblems}`,
    `Phiên bản cơ sở dữ liệu: ${r.schemaVersion} (mới nhất: ${r.latestSchemaVersion})`,
    `Chế độ ghi nhật ký: ${r.journalMode}`,
    'Số bản ghi:',
    ...Object.entries(r.counts).map(([t, n]) => `  ${t}: ${n.toLocaleString('vi-VN')}`),
    r.ok ? 'Kết luận: cơ sở dữ liệu bình thường.' : 'Kết luận: CÓ VẤN ĐỀ, xem các dòng trên.',
  ].join('\n');
}
