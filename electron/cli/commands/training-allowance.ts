import { call } from '../../core/dispatch';
import { formatDate } from '../../core/trainings/format';
import type { Command } from '../index';
import { parseCliDate, writeOutput } from './training-args';

export const trainingAllowanceCommand: Command = {
  usage: 'training allowance --from D --to D --out TỆP',
  description: 'Bảng số ngày tham dự tập huấn trong kỳ (Excel); ngày dd/mm/yyyy; --members-only: chỉ thành viên tổ',
  options: { from: { type: 'string' }, to: { type: 'string' }, out: { type: 'string' }, 'members-only': { type: 'boolean' } },
  async run({ core, flags, print }) {
    if (typeof flags.from !== 'string' || typeof flags.to !== 'string' || typeof flags.out !== 'string') {
      print('Cách dùng: training allowance --from 01/01/2026 --to 31/12/2026 --out ngay-tham-du.xlsx');
      return 2;
    }
    const input = { from: parseCliDate(flags.from, '--from'), to: parseCliDate(flags.to, '--to'), membersOnly: flags['members-only'] === true };
    const days = await call(core.handlers, core.ctx, 'trainings.attendanceDays', input);
    const file = await call(core.handlers, core.ctx, 'trainings.allowanceWorkbook', input);
    const path = writeOutput(flags.out, file.bytes);
    print(`Từ ${formatDate(days.from)} đến ${formatDate(days.to)}: ${days.rows.length} người, ${days.totalDays} ngày tham dự. Đã ghi ${path}.`);
  },
};
