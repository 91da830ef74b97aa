import { call } from '../../core/dispatch';
import type { Command } from '../index';
import { resolveSessionId, writeOutput } from './training-args';

export const trainingSheetCommand: Command = {
  usage: 'training sheet <mã> --out TỆP [--attendance]',
  description: 'Danh sách ký tên (PDF) của buổi tập huấn; --attendance: bản điểm danh; --blank N: số dòng trống',
  options: { out: { type: 'string' }, attendance: { type: 'boolean' }, blank: { type: 'string' } },
  async run({ core, positionals, flags, print }) {
    if (!positionals[0] || typeof flags.out !== 'string') {
      print('Cách dùng: training sheet <mã buổi tập huấn> --out danh-sach.pdf');
      return 2;
    }
    const id = await resolveSessionId(core, positionals[0]);
    const blankRows = flags.blank === undefined ? undefined : Number(flags.blank);
    const kind = flags.attendance ? 'attendance' : 'sign_in';
    const file = await call(core.handlers, core.ctx, 'trainings.sheet', { id, kind, blankRows });
    const path = writeOutput(flags.out, file.bytes);
    print(`Đã ghi ${kind === 'sign_in' ? 'danh sách ký tên' : 'danh sách điểm danh'} vào ${path}.`);
  },
};
