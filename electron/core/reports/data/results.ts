import type { ActivityIndicator } from '../../../../shared/api/reports';
import { parsePeriod, periodContaining, type ReportPeriod } from '../../../../shared/reports/periods';
import type { IndicatorRow, ResultRow } from '../../../../shared/reports/sources';
import type { Context } from '../../context';
import { getTargets, resultTotals } from '../activity';
import { establishedOn, type ScopedTeam } from './scope';
import { arraySource, ratio, type Source } from './source';
import type { seatCounts } from './summary';

/** Indicators shown: the active ones, and retired ones that still have results in the period. */
export function reportIndicators(catalogue: ActivityIndicator[], totals: Record<string, number>): ActivityIndicator[] {
  return catalogue.filter((i) => i.active || totals[i.id] !== undefined);
}

/** Each indicator against the period's target, and since the start of the reporting year against the year's. */
export function indicatorSource(ctx: Context, indicators: ActivityIndicator[], period: ReportPeriod): Source<IndicatorRow> {
  const totals = resultTotals(ctx, period.from, period.to);
  const year = periodContaining(period.to, 'year');
  const cumulative = resultTotals(ctx, year.from, period.to);
  const targets = getTargets(ctx, period).values;
  const yearTargets = getTargets(ctx, year).values;
  return arraySource(
    indicators.map((i): IndicatorRow => {
      const result = totals[i.id] ?? 0;
      const target = targets[i.id] ?? null;
      const sinceYear = cumulative[i.id] ?? 0;
      const yearTarget = yearTargets[i.id] ?? null;
      return {
        label: i.name, unit: i.unit, result, target, rate: target === null ? null : ratio(result, target),
        cumulative: sinceYear, yearTarget, yearRate: yearTarget === null ? null : ratio(sinceYear, yearTarget),
      };
    }),
  );
}

interface ValueRecord { team_id: string; period: string; indicator_id: string | null; value: number | null; note: string | null }

/**
 * Results by team: every team established on the period's last day, and any other team with
 * results inside the period (dissolved since); values summed over the months reported.
 */
export function resultSource(ctx: Context, teams: ScopedTeam[], seats: ReturnType<typeof seatCounts>, indicators: ActivityIndicator[], period: ReportPeriod): Source<ResultRow> {
  const records = ctx.db
    .prepare(
      `SELECT r.team_id, r.period, v.indicator_id, v.value, r.note FROM activity_report r LEFT JOIN activity_value v ON v.report_id = r.id
       WHERE r.period_from >= ? AND r.period_to <= ? ORDER BY r.period_from`,
    )
    .all(period.from, period.to) as ValueRecord[];
  const reporting = new Set(records.map((r) => r.team_id));
  const members = new Map<string, number>();
  for (const s of seats) members.set(s.teamId, (members.get(s.teamId) ?? 0) + s.n);
  const shown = teams.filter((t) => establishedOn(t, period.to) || reporting.has(t.id));
  const rows = shown.map((team): ResultRow => {
    const own = records.filter((r) => r.team_id === team.id);
    const values: Record<string, number | null> = {};
    for (const i of indicators) {
      const of = own.filter((r) => r.indicator_id === i.id);
      values[i.id] = of.length ? of.reduce((n, r) => n + (r.value ?? 0), 0) : null;
    }
    // Notes of a quarter's months carry the month they belong to.
    const notes = [...new Map(own.filter((r) => r.note).map((r) => [r.period, r.note!])).entries()];
    const note = notes.map(([code, text]) => (code === period.code ? text : `${parsePeriod(code).label}: ${text}`)).join('; ');
    return { team: team.name, village: team.villages, members: establishedOn(team, period.to) ? members.get(team.id) ?? 0 : 0, values, note };
  });
  const totalValues: Record<string, number | null> = {};
  for (const i of indicators) {
    const reported = rows.map((r) => r.values[i.id]).filter((v): v is number => v !== null);
    totalValues[i.id] = reported.length ? reported.reduce((a, b) => a + b, 0) : null;
  }
  return arraySource(rows, { members: rows.reduce((n, r) => n + r.members, 0), values: totalValues });
}
