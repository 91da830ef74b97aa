import type { DueReport, ReportTotals, UpwardReportRow } from '../../../shared/api/reports';
import { AppError } from '../../../shared/errors';
import { reportNumberText, shortDate } from '../../../shared/reports/format';
import { duePeriods, parsePeriod, type PeriodKind, type ReportPeriod } from '../../../shared/reports/periods';
import type { Context } from '../context';

interface UpwardReportRecord {
  id: string; period: string; year: number; number: number | null; symbol: string; date: string; layout_id: string;
  file_name: string; sha256: string; size: number; totals: string; built_by: string; built_at: string;
}

const toRow = (r: UpwardReportRecord): UpwardReportRow => ({
  id: r.id,
  period: r.period,
  periodLabel: parsePeriod(r.period).label,
  number: r.number,
  numberText: reportNumberText(r.number, r.symbol),
  date: r.date,
  layoutId: r.layout_id,
  fileName: r.file_name,
  sha256: r.sha256,
  size: r.size,
  totals: JSON.parse(r.totals) as ReportTotals,
  builtBy: r.built_by,
  builtAt: r.built_at,
});

/** The report register, newest first. */
export function listReports(ctx: Context, period?: string): UpwardReportRow[] {
  const rows = ctx.db
    .prepare(`SELECT * FROM upward_report ${period ? 'WHERE period = ?' : ''} ORDER BY built_at DESC, id DESC`)
    .all(...(period ? [period] : [])) as UpwardReportRecord[];
  return rows.map(toRow);
}

/** The next number of the year for this symbol (numbering restarts each year). */
export function nextReportNumber(ctx: Context, year: number, symbol = 'BC-UBND'): number {
  const row = ctx.db.prepare('SELECT max(number) AS n FROM upward_report WHERE year = ? AND symbol = ?').get(year, symbol) as { n: number | null };
  return (row.n ?? 0) + 1;
}

/** A number belongs to one report: rebuilding the same period may reuse it, another may not. */
export function assertNumberFree(ctx: Context, year: number, symbol: string, number: number | null, period: string): void {
  if (number === null) return;
  const used = ctx.db
    .prepare('SELECT period, date FROM upward_report WHERE year = ? AND symbol = ? AND number = ? AND period <> ? LIMIT 1')
    .get(year, symbol, number, period) as { period: string; date: string } | undefined;
  if (used) {
    throw new AppError(
      'DUPLICATE',
      `Số ${reportNumberText(number, symbol)} đã dùng cho báo cáo ${parsePeriod(used.period).label} ngày ${shortDate(used.date)}. Chọn số khác.`,
      { next: nextReportNumber(ctx, year, symbol) },
    );
  }
}

export interface ReportRecordInput {
  period: ReportPeriod;
  number: number | null;
  symbol: string;
  date: string;
  layoutId: string;
  fileName: string;
  sha256: string;
  size: number;
  totals: ReportTotals;
}

/** Records a built report (with its audit row) in one transaction. */
export function recordReport(ctx: Context, input: ReportRecordInput): UpwardReportRow {
  return ctx.mutate(() => {
    const year = Number(input.date.slice(0, 4));
    assertNumberFree(ctx, year, input.symbol, input.number, input.period.code);
    const id = ctx.newId();
    ctx.db
      .prepare(
        `INSERT INTO upward_report (id, period, period_kind, year, number, symbol, date, layout_id, file_name, sha256, size, totals, built_by, built_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, input.period.code, input.period.kind, year, input.number, input.symbol, input.date, input.layoutId, input.fileName,
        input.sha256, input.size, JSON.stringify(input.totals), ctx.actor, ctx.now());
    const after = toRow(ctx.db.prepare('SELECT * FROM upward_report WHERE id = ?').get(id) as UpwardReportRecord);
    ctx.audit({ action: 'reports.build', entity: 'upward_report', entityId: id, after });
    return after;
  });
}

/**
 * Reports due today: periods ended since the first team was established (or, before any was,
 * since the commune was set up) that have no built report.
 */
export function dueReports(ctx: Context, kinds?: PeriodKind[]): DueReport[] {
  const start = ctx.db
    .prepare(
      `SELECT coalesce((SELECT min(established_on) FROM team WHERE established_on IS NOT NULL),
                       (SELECT substr(min(created_at), 1, 10) FROM commune)) AS since`,
    )
    .get() as { since: string | null };
  if (!start.since) return [];
  const built = (ctx.db.prepare('SELECT DISTINCT period FROM upward_report').all() as { period: string }[]).map((r) => r.period);
  return duePeriods({ today: ctx.today(), since: start.since, built, kinds });
}
