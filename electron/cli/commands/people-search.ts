import { call } from '../../core/dispatch';
import type { Command } from '../index';

export const peopleSearchCommand: Command = {
  usage: 'people search <từ khóa> [--limit N] [--json]',
  description: 'Tìm người không cần gõ dấu (như ô tìm kiếm trong ứng dụng)',
  options: { limit: { type: 'string' } },
  async run({ core, positionals, flags, print }) {
    const query = positionals.join(' ');
    const limit = flags.limit ? Number(flags.limit) : 20;
    if (!Number.isInteger(limit) || limit < 1 || limit > 5000) {
      print('Lỗi: --limit phải là số nguyên từ 1 đến 5000.');
      return 2;
    }
    const started = performance.now();
    const result = await call(core.handlers, core.ctx, 'people.search', { query, limit, offset: 0 });
    const ms = performance.now() - started;
    if (flags.json) {
      print(JSON.stringify({ query, total: result.total, more: result.more, milliseconds: Math.round(ms * 10) / 10, rows: result.rows }, null, 2));
      return;
    }
    print(`Tìm "${query}": ${result.more ? 'hơn ' : ''}${result.total.toLocaleString('vi-VN')} người (${ms.toFixed(1)} ms). ${result.rows.length} người đầu tiên:`);
    for (const r of result.rows) {
      const teams = r.teams.map((t) => t.teamName).join(', ');
      print(`  ${r.fullName.padEnd(28)} ${String(r.birthYear ?? '').padEnd(5)} ${(r.phone ?? '').padEnd(11)} ${r.villageName ?? ''}${teams ? ` — ${teams}` : ''}`);
    }
  },
};
