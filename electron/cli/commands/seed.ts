import type { Command } from '../index';
import { seedDemo } from '../seed/demo';
import { seedProvince } from '../seed/province';

export const seedCommand: Command = {
  usage: 'seed [--people N]',
  description: 'Tạo xã mẫu để dùng thử; --people N: thêm N người (dữ liệu quy mô tỉnh để đo tốc độ)',
  options: { people: { type: 'string' } },
  createsDatabase: true,
  async run({ core, flags, print }) {
    // The demo commune goes only into a file made just now, never into an office's data (issue 14 §5).
    if (!core.created) {
      print(`Lỗi: tệp ${core.file} đã có sẵn; seed chỉ tạo xã mẫu trong một tệp mới. Hãy chọn tên tệp khác bằng --db.`);
      return 1;
    }
    const started = performance.now();
    await seedDemo(core);
    if (flags.people !== undefined) {
      const n = Number(flags.people);
      if (!Number.isInteger(n) || n < 1 || n > 2_000_000) {
        print('Lỗi: --people phải là số nguyên từ 1 đến 2.000.000.');
        return 2;
      }
      const made = seedProvince(core.ctx, n);
      print(`Đã thêm ${made.people.toLocaleString('vi-VN')} người, ${made.villages} thôn, ${made.teams} tổ.`);
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    print(`Xong sau ${seconds} giây. Xã mẫu: xã Hòa Bình, tỉnh Quảng Trị.`);
  },
};
