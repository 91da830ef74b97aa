import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { Core } from '../../core/app';
import { call } from '../../core/dispatch';

/** "15/03/2026", "5/3/2026" or "2026-03-15" → "2026-03-15"; whether the day exists is the contract's check. */
export function parseCliDate(text: string, flag: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text);
  if (iso) return text;
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u.exec(text);
  if (vn) return `${vn[3]}-${vn[2].padStart(2, '0')}-${vn[1].padStart(2, '0')}`;
  throw new AppError('VALIDATION', `${flag}: ngày "${text}" không hợp lệ (cần dạng dd/mm/yyyy hoặc yyyy-mm-dd).`);
}

/** A full session id, or a prefix that names exactly one session (ids are long to type). */
export async function resolveSessionId(core: Core, text: string): Promise<string> {
  const sessions = await call(core.handlers, core.ctx, 'trainings.list', {});
  const rows = sessions.filter((s) => s.id === text || (text.length >= 4 && s.id.startsWith(text)));
  if (rows.length === 1 || rows.some((r) => r.id === text)) return rows.find((r) => r.id === text)?.id ?? rows[0].id;
  if (rows.length === 0) throw new AppError('NOT_FOUND', `Không tìm thấy buổi tập huấn "${text}". Xem mã bằng lệnh: training list`);
  throw new AppError('VALIDATION', `Có nhiều buổi tập huấn bắt đầu bằng "${text}"; hãy nhập mã đầy đủ.`);
}

export function writeOutput(out: string, bytes: Uint8Array): string {
  const path = resolve(out);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  return path;
}
