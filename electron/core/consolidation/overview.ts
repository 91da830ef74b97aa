/**
 * The overview at province level (issue 13 "the overview charts at province level"): for a
 * period, the figures of the commune overview's charts summed over the communes whose report
 * is used (the latest of each, as in the provincial workbook), each with the per-commune
 * figures behind it, plus who has not submitted.
 *
 * Figures are read from the reports' checked data by table source and column key (the
 * layout's own names, shared/reports/sources.ts), not by printed label, so a layout that
 * renames a heading still lines up. A layout without a table gives that chart as null.
 */
import type { ProvinceFigure, ProvinceOverview } from '../../../shared/api/consolidation';
import type { SourceName } from '../../../shared/reports/sources';
import { parsePeriod } from '../../../shared/reports/periods';
import type { FigureTable, ReportData } from '../reports/workbook/embedded-data';
import { periodStatus } from './status';
import { currentReports } from './submissions';
import type { Workspace } from './workspace';

interface Used { commune: string; data: ReportData }

/**
 * Row label → column key → the communes' figures, for one table source; null when no report
 * has that table with all of `keys`. A commune without a row (no "Tổ dân phố" at all) counts 0.
 */
function gather(reports: Used[], source: SourceName, keys: string[]): Map<string, Map<string, ProvinceFigure>> | null {
  const out = new Map<string, Map<string, ProvinceFigure>>();
  let found = false;
  for (const { data } of reports) {
    const table = data.tables.find((t) => t.source === source);
    if (!table || !keys.every((k) => table.columns.some((c) => c.key === k))) continue;
    found = true;
    for (const row of table.rows) {
      if (!out.has(row.label)) out.set(row.label, new Map(keys.map((k) => [k, { label: row.label, total: 0, communes: [] }])));
    }
  }
  if (!found) return null;
  for (const { commune, data } of reports) {
    const table: FigureTable | undefined = data.tables.find((t) => t.source === source);
    for (const [label, byKey] of out) {
      const row = table?.rows.find((r) => r.label === label);
      for (const [key, figure] of byKey) {
        const at = table ? table.columns.findIndex((c) => c.key === key) : -1;
        const value = row && at >= 0 ? row.values[at] ?? 0 : 0;
        figure.total += value;
        figure.communes.push({ commune, value });
      }
    }
  }
  // The list behind a bar: the largest first, then by name.
  for (const byKey of out.values()) {
    for (const f of byKey.values()) f.communes.sort((a, b) => b.value - a.value || a.commune.localeCompare(b.commune, 'vi'));
  }
  return out;
}

/** Villages without a team = villages − with a team, per commune: some layouts print no "Chưa có Tổ" column. */
function without(villages: ProvinceFigure, covered: ProvinceFigure): ProvinceFigure {
  const has = new Map(covered.communes.map((c) => [c.commune, c.value]));
  const communes = villages.communes.map((c) => ({ commune: c.commune, value: c.value - (has.get(c.commune) ?? 0) }))
    .sort((a, b) => b.value - a.value || a.commune.localeCompare(b.commune, 'vi'));
  return { label: villages.label, total: villages.total - covered.total, communes };
}

const pick = <T>(rows: Map<string, Map<string, ProvinceFigure>> | null, make: (label: string, f: (key: string) => ProvinceFigure) => T): T[] | null =>
  rows && [...rows].map(([label, byKey]) => make(label, (key) => byKey.get(key)!));

export function provinceOverview(ws: Workspace, periodText: string): ProvinceOverview {
  const period = parsePeriod(periodText);
  const status = periodStatus(ws, period.code);
  const reports = currentReports(ws, period.code).map((r) => ({ commune: r.communeTitle, data: r.data }));
  return {
    period: period.code,
    label: period.label,
    listed: status.communes.length,
    submitted: reports.map((r) => r.commune).sort((a, b) => a.localeCompare(b, 'vi')),
    missing: status.missing,
    coverage: pick(gather(reports, 'villageCoverage', ['villages', 'covered']), (kind, f) => ({ kind, covered: f('covered'), uncovered: without(f('villages'), f('covered')) })),
    membersByRole: pick(gather(reports, 'membersByRole', ['members']), (role, f) => ({ role, members: f('members') })),
    trainings: pick(gather(reports, 'trainingTotals', ['sessions', 'attendances']), (form, f) => ({ form, sessions: f('sessions'), attendances: f('attendances') })),
    activity: pick(gather(reports, 'indicators', ['result', 'target']), (indicator, f) => ({ indicator, result: f('result'), target: f('target') })),
  };
}
