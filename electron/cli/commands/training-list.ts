import { TRAINING_STATUSES } from '../../../shared/api/trainings';
import { call } from '../../core/dispatch';
import { formatDate, percent } from '../../core/trainings/format';
import type { Command } from '../index';

export const trainingListCommand: Command = {
  usage: 'training list [--json]',
  description: 'Liệt kê các buổi tập huấn (mới nhất trước), số người mời, tham dự và tỷ lệ',
  async run({ core, flags, print }) {
    const rows = await call(core.handlers, core.ctx, 'trainings.list', {});
    if (flags.json) {
      print(JSON.stringify(rows, null, 2));
      return;
    }
    if (rows.length === 0) {
      print('Chưa có buổi tập huấn nào.');
      return;
    }
    print(`${rows.length} buổi tập huấn:`);
    for (const r of rows) {
      const c = r.summary;
      const counts = r.status === 'planned'
        ? `mời ${c.invited}`
        : `mời ${c.invited}, tham dự ${c.attended} (có mặt ${c.present}, muộn ${c.late}, vắng có phép ${c.excused}, vắng ${c.absent}, ngoài danh sách ${c.walkIns}), tỷ lệ ${percent(c.rate)}`;
      print(`  ${formatDate(r.date)}  ${TRAINING_STATUSES[r.status].padEnd(10)}  ${r.title}`);
      print(`              ${counts}`);
      print(`              mã: ${r.id}`);
    }
  },
};
