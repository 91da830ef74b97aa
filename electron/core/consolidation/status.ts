import { parsePeriod } from '../../../shared/reports/periods';
import { listCommunes } from './communes';
import { currentReports } from './submissions';
import type { Workspace } from './workspace';

export interface PeriodStatus {
  period: string;
  label: string;
  communes: { title: string; submitted: boolean; fileName: string | null; reportDate: string | null; layoutId: string | null }[];
  submitted: number;
  missing: string[];
}

/** Which of the province's communes have a report for the period and which do not. */
export function periodStatus(ws: Workspace, period: string): PeriodStatus {
  const p = parsePeriod(period);
  const reports = new Map(currentReports(ws, p.code).map((r) => [r.communeKey, r]));
  const communes = listCommunes(ws).map((c) => {
    const r = reports.get(c.key);
    return { title: c.title, submitted: !!r, fileName: r?.fileName ?? null, reportDate: r?.data.report.date ?? null, layoutId: r?.data.layout.id ?? null };
  });
  return {
    period: p.code, label: p.label, communes,
    submitted: communes.filter((c) => c.submitted).length,
    missing: communes.filter((c) => !c.submitted).map((c) => c.title),
  };
}
