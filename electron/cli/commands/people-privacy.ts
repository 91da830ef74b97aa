import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { AppError } from '../../../shared/errors';
import { deletionExplanation } from '../../../shared/privacy/deletion';
import { call } from '../../core/dispatch';
import type { Command } from '../index';

/** Reads one answer from the terminal or a pipe; an empty or closed input is "no". */
async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: Boolean(process.stdin.isTTY) });
  try {
    const answer = rl.question(question);
    const closed = new Promise<string>((resolve) => rl.once('close', () => resolve('')));
    return (await Promise.race([answer, closed])).trim();
  } finally {
    rl.close();
  }
}

export const peopleDeleteCommand: Command = {
  usage: 'people delete <id> [--yes]',
  description: 'Xóa thông tin cá nhân của một người theo yêu cầu (hỏi xác nhận, trừ khi có --yes)',
  options: { yes: { type: 'boolean' } },
  async run({ core, positionals, flags, print }) {
    const id = positionals[0];
    if (!id) throw new AppError('VALIDATION', 'Thiếu mã người (xem: people search TÊN --json).');
    const impact = await call(core.handlers, core.ctx, 'people.deletionImpact', { id });
    if (impact.erased) throw new AppError('CONFLICT', 'Thông tin của người này đã được xóa trước đây.');
    for (const line of deletionExplanation(impact)) print(line);
    if (!flags.yes) {
      const answer = await ask('Gõ "xoa" để xác nhận xóa: ');
      if (answer.toLowerCase() !== 'xoa') {
        print('Đã hủy, không có gì thay đổi.');
        return 1;
      }
    }
    const done = await call(core.handlers, core.ctx, 'people.delete', { id, version: impact.version });
    if (flags.json) print(JSON.stringify(done));
    else print(`Đã xóa thông tin cá nhân của ${impact.fullName}.`);
  },
};

export const peopleExportCommand: Command = {
  usage: 'people export <id> --pdf|--xlsx --out TỆP',
  description: 'Xuất toàn bộ dữ liệu đang lưu về một người (quyền được cung cấp dữ liệu)',
  options: { pdf: { type: 'boolean' }, xlsx: { type: 'boolean' }, out: { type: 'string' } },
  async run({ core, positionals, flags, print }) {
    const id = positionals[0];
    if (!id) throw new AppError('VALIDATION', 'Thiếu mã người (xem: people search TÊN --json).');
    if (!flags.out) throw new AppError('VALIDATION', 'Thiếu --out TỆP.');
    if (Boolean(flags.pdf) === Boolean(flags.xlsx)) throw new AppError('VALIDATION', 'Chọn một trong --pdf hoặc --xlsx.');
    const file = await call(core.handlers, core.ctx, 'people.exportData', { id, format: flags.pdf ? 'pdf' : 'xlsx' });
    writeFileSync(String(flags.out), file.bytes, { mode: 0o600 });
    print(`Đã xuất ${String(flags.out)} (${file.bytes.length.toLocaleString('vi-VN')} byte).`);
  },
};
