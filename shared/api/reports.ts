import { z } from 'zod';
import { isPeriodCode, parsePeriod, PERIOD_KINDS, type PeriodKind, type ReportPeriod } from '../reports/periods';
import { keysOf } from '../domain/vocabulary';
import { eventDate, id, op, optionalText, requiredText, version, type FileResult } from './define';

export interface ActivityIndicator {
  id: string;
  name: string;
  unit: string;
  sortOrder: number;
  builtin: boolean;
  active: boolean;
  version: number;
}

/** Values by indicator id; null (or missing) means "not reported", which is not 0. */
export type IndicatorValues = Record<string, number | null>;

/** One row of the entry grid: a team in a period. */
export interface ActivityRow {
  teamId: string;
  teamName: string;
  teamLevel: 'village' | 'commune';
  teamStatus: 'draft' | 'established' | 'dissolved';
  villages: string;
  /** 0 while nothing has been saved for this team and period. */
  version: number;
  values: IndicatorValues;
  note: string | null;
  updatedAt: string | null;
  /**
   * Other periods this team already reported for that overlap this one (its months, when this is
   * a quarter): the row is then read-only here, so nothing is counted twice.
   */
  reportedIn: string[];
  /**
   * This team's results of the shorter periods inside this one (its months, in a quarter),
   * summed by indicator; null when it entered none. Shown, read-only, in a row it cannot edit.
   */
  summed: IndicatorValues | null;
}

export interface ActivityTargets {
  period: string;
  version: number; // 0 while no target was set
  values: IndicatorValues;
}

export interface ActivityGrid {
  period: ReportPeriod;
  indicators: ActivityIndicator[];
  rows: ActivityRow[];
  /** What the report for this period will show: every team's results inside it, summed. */
  totals: Record<string, number>;
  targets: ActivityTargets;
}

/** Headline numbers as reported, kept in the register. */
export interface ReportTotals {
  teams: number;
  members: number;
  villages: number;
  coveredVillages: number;
  sessions: number;
  peopleTrained: number;
  indicators: Record<string, number>;
}

export interface UpwardReportRow {
  id: string;
  period: string;
  periodLabel: string;
  number: number | null;
  numberText: string; // "12/BC-UBND"
  date: string;
  layoutId: string;
  fileName: string;
  sha256: string;
  size: number;
  totals: ReportTotals;
  builtBy: string;
  builtAt: string;
}

export interface DueReport extends ReportPeriod {
  daysOverdue: number;
}

export interface ReportLayoutInfo {
  id: string;
  name: string;
  description: string;
  sheets: string[];
}

export type BuiltReport = FileResult & { report: UpwardReportRow };

/** A period code, canonicalised: "2026-7" → "2026-07", "2026-q3" → "2026-Q3". */
export const periodCode = z
  .string({ error: 'Chọn kỳ báo cáo.' })
  .max(10, 'Kỳ báo cáo không hợp lệ (dạng 2026-07, 2026-Q3, 2026-H2 hoặc 2026).')
  .refine(isPeriodCode, 'Kỳ báo cáo không hợp lệ (dạng 2026-07, 2026-Q3, 2026-H2 hoặc 2026).')
  .transform((s) => parsePeriod(s).code);

const amount = z
  .number({ error: 'Giá trị phải là số.' })
  .int('Giá trị phải là số nguyên.')
  .min(0, 'Giá trị không được âm.')
  .max(1_000_000_000, 'Giá trị quá lớn.')
  .nullable();
const values = z.record(id, amount).refine((v) => Object.keys(v).length <= 200, 'Quá nhiều chỉ tiêu.');
const reportNumber = z.number().int('Số báo cáo phải là số nguyên.').positive('Số báo cáo phải là số dương.').max(99_999);

export const indicatorFields = z.object({
  name: requiredText('Tên chỉ tiêu', 200),
  unit: requiredText('Đơn vị tính', 30),
  sortOrder: z.number().int().min(0).max(100_000).default(1000),
});

export const reportOperations = {
  'reports.indicators': op<ActivityIndicator[]>()(z.object({ includeInactive: z.boolean().default(true) })),
  'reports.createIndicator': op<ActivityIndicator>()(indicatorFields),
  /** Rename, reorder, or retire (active: false) an indicator; its history stays. */
  'reports.updateIndicator': op<ActivityIndicator>()(indicatorFields.extend({ id, version, active: z.boolean() })),
  /** The entry grid of a period: teams × indicators, with the commune's targets. */
  'reports.activityGrid': op<ActivityGrid>()(z.object({ period: periodCode })),
  /** Saves one whole grid row (a team's values in a period) in one transaction; version 0 = first save. */
  'reports.saveActivity': op<ActivityRow>()(
    z.object({ period: periodCode, teamId: id, version, values, note: optionalText('Ghi chú', 500) }),
  ),
  'reports.saveTargets': op<ActivityTargets>()(z.object({ period: periodCode, version, values })),
  /** Periods that have ended without a report yet (month, quarter, half-year, year). */
  'reports.due': op<DueReport[]>()(
    z.object({ kinds: z.array(z.enum(keysOf(PERIOD_KINDS) as [PeriodKind, ...PeriodKind[]])).max(10).optional() }),
  ),
  'reports.layouts': op<ReportLayoutInfo[]>()(z.object({})),
  'reports.list': op<UpwardReportRow[]>()(z.object({ period: periodCode.optional() })),
  'reports.nextNumber': op<{ year: number; number: number }>()(z.object({ year: z.number().int().min(2000).max(2100) })),
  /** Builds the workbook and records it in the report register. */
  'reports.build': op<BuiltReport>()(
    z.object({
      period: periodCode,
      number: reportNumber.nullish().transform((n) => n ?? null),
      date: eventDate.optional(),
      layoutId: z.string().max(50).optional(),
      preparedBy: optionalText('Người lập biểu', 100),
    }),
  ),
};
