import type { Command } from '../index';
import { doctor, formatDoctor } from './doctor';

export const doctorCommand: Command = {
  usage: 'doctor [--json]',
  description: 'Kiểm tra toàn vẹn, phiên bản và số bản ghi của cơ sở dữ liệu',
  run(c) {
    const report = doctor(c.dbFile, () => c.core);
    c.print(c.flags.json ? JSON.stringify(report, null, 2) : formatDoctor(report));
    return report.ok ? 0 : 1;
  },
};
