import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../../shared/errors';
import { call } from '../../core/dispatch';
import type { Command } from '../index';

export const importMembersCommand: Command = {
  usage: 'import members <tệp.xlsx|csv> --dry-run|--commit [--skip-invalid] [--json]',
  description: 'Nhập danh sách thành viên từ Excel/CSV (kể cả TCVN3, VNI); --dry-run không ghi gì; --commit từ chối khi còn dòng lỗi, trừ khi có --skip-invalid (bỏ qua các dòng đó)',
  options: { 'dry-run': { type: 'boolean' }, commit: { type: 'boolean' }, 'skip-invalid': { type: 'boolean' }, sheet: { type: 'string' }, team: { type: 'string' }, start: { type: 'string' } },
  async run({ core, positionals, flags, print }) {
    const path = positionals[0];
    if (!path) throw new AppError('VALIDATION', 'Thiếu đường dẫn tệp cần nhập.');
    if (Boolean(flags['dry-run']) === Boolean(flags.commit)) throw new AppError('VALIDATION', 'Chọn một trong --dry-run (xem trước) hoặc --commit (ghi vào cơ sở dữ liệu).');
    if (statSync(path).size > 50 * 1024 * 1024) throw new AppError('VALIDATION', 'Tệp lớn hơn 50 MB.');
    const file = { fileName: basename(path), bytes: new Uint8Array(readFileSync(path)), sheetName: flags.sheet as string | undefined };
    const preview = await call(core.handlers, core.ctx, 'imports.previewMembers', file);
    if (flags['dry-run']) {
      if (flags.json) {
        print(JSON.stringify(preview, null, 2));
      } else {
        print(`Trang tính "${preview.sheet}": ${preview.summary.rows} dòng — tạo mới ${preview.summary.create}, liên kết ${preview.summary.link}, bỏ qua ${preview.summary.skip}, lỗi ${preview.summary.withErrors}, đã chuyển mã ${preview.summary.converted}.`);
        for (const r of preview.rows) {
          const notes = [...r.errors.map((e) => `LỖI: ${e}`), ...r.warnings];
          print(`  dòng ${String(r.rowNumber).padEnd(5)} ${(r.values.fullName ?? '').padEnd(28)} ${r.suggestedAction.padEnd(6)} ${notes.join(' ')}`);
        }
      }
      return preview.summary.withErrors ? 1 : 0;
    }
    const target = flags.team ? { teamId: flags.team as string, startDate: (flags.start as string | undefined) ?? core.ctx.today() } : undefined;
    // Rows in error block the commit unless the officer chose to skip them (issue 14 §8).
    const actions = flags['skip-invalid']
      ? Object.fromEntries(preview.rows.filter((r) => r.errors.length).map((r) => [String(r.rowNumber), { action: 'skip' as const, linkTo: null }]))
      : {};
    const result = await call(core.handlers, core.ctx, 'imports.commitMembers', { ...file, actions, target });
    print(flags.json ? JSON.stringify(result, null, 2) : `Đã nhập: tạo mới ${result.created}, liên kết ${result.linked}, bỏ qua ${result.skipped}, thêm vào tổ ${result.addedToTeam}.`);
  },
};
