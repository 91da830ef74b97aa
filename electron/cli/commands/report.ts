import { displayDate } from '../../../shared/text/dates';
import { resolve } from 'node:path';
import { AppError } from '../../../shared/errors';
import { REPORT_LAYOUTS } from '../../../shared/reports/layouts';
import { parsePeriod, periodRangeText, type PeriodKind } from '../../../shared/reports/periods';
import { buildReportFile } from '../../core/reports/build';
import { call } from '../../core/dispatch';
import type { Command } from '../index';

const text = (value: unknown, message: string): string => {
  if (typeof value !== 'string' || !value.trim()) throw new AppError('VALIDATION', message);
  return value.trim();
};

function optionalNumber(value: unknown): number | null {
  if (value === undefined) return null;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 99_999) throw new AppError('VALIDATION', '--number phải là số nguyên dương.');
  return n;
}

export const reportBuildCommand: Command = {
  usage: 'report build --period KỲ --out TỆP.xlsx [--number N]',
  description: 'Lập báo cáo Excel gửi tỉnh; KỲ: 2026-07, 2026-Q3, 2026-H2 hoặc 2026 (--date, --layout, --prepared-by)',
  options: {
    period: { type: 'string' }, out: { type: 'string' }, number: { type: 'string' }, date: { type: 'string' },
    layout: { type: 'string' }, 'prepared-by': { type: 'string' },
  },
  async run({ core, flags, print }) {
    const period = parsePeriod(text(flags.period, 'Thiếu --period (ví dụ 2026-Q3).'));
    const out = resolve(text(flags.out, 'Thiếu --out TỆP.xlsx.'));
    const date = flags.date === undefined ? undefined : text(flags.date, '--date cần dạng 2026-09-20.');
    if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/u.test(date)) throw new AppError('VALIDATION', '--date cần dạng 2026-09-20.');
    const started = performance.now();
    const { report, model } = await buildReportFile(
      core.ctx,
      {
        period: period.code, number: optionalNumber(flags.number), date,
        layoutId: flags.layout as string | undefined, preparedBy: (flags['prepared-by'] as string | undefined) ?? null,
      },
      out,
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (flags.json) return print(JSON.stringify({ file: out, seconds: Number(seconds), report }, null, 2));
    print(`Đã lập báo cáo Số: ${report.numberText} — ${period.label} (${periodRangeText(period)}).`);
    print(`  ${report.totals.teams} tổ, ${report.totals.members.toLocaleString('vi-VN')} thành viên, ${report.totals.coveredVillages}/${report.totals.villages} thôn có tổ, ${report.totals.sessions} buổi tập huấn.`);
    print(`  Mẫu: ${model.meta.layout.name}. Tệp: ${out} (${report.size.toLocaleString('vi-VN')} byte, ${seconds} giây).`);
  },
};

export const reportDueCommand: Command = {
  usage: 'report due [--kind month|quarter|half|year] [--json]',
  description: 'Các kỳ báo cáo đã kết thúc mà chưa lập báo cáo',
  options: { kind: { type: 'string' } },
  async run({ core, flags, print }) {
    const kinds = flags.kind ? [flags.kind as PeriodKind] : undefined;
    if (kinds && !['month', 'quarter', 'half', 'year'].includes(kinds[0])) throw new AppError('VALIDATION', '--kind: month, quarter, half hoặc year.');
    const due = await call(core.handlers, core.ctx, 'reports.due', { kinds });
    if (flags.json) return print(JSON.stringify(due, null, 2));
    if (due.length === 0) return print('Không còn kỳ báo cáo nào chưa lập.');
    for (const p of due) print(`  ${p.code.padEnd(8)} ${p.label.padEnd(24)} ${periodRangeText(p)} — quá ${p.daysOverdue} ngày`);
  },
};

export const reportListCommand: Command = {
  usage: 'report list [--json]',
  description: 'Sổ báo cáo đã lập: số, kỳ, ngày, người lập, mẫu',
  async run({ core, flags, print }) {
    const rows = await call(core.handlers, core.ctx, 'reports.list', {});
    if (flags.json) return print(JSON.stringify(rows, null, 2));
    if (rows.length === 0) return print('Chưa lập báo cáo nào.');
    const layouts = new Map(REPORT_LAYOUTS.map((l) => [l.id, l.name]));
    for (const r of rows) {
      print(`  ${r.numberText.padEnd(16)} ${r.periodLabel.padEnd(24)} ${displayDate(r.date)}  ${r.builtBy.padEnd(8)} ${layouts.get(r.layoutId) ?? r.layoutId}`);
    }
  },
};

export const reportCommands: Record<string, Command> = {
  'report build': reportBuildCommand,
  'report due': reportDueCommand,
  'report list': reportListCommand,
};
