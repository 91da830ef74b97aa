import type { ActivityGrid, ActivityRow, ActivityTargets, IndicatorValues } from '../../../shared/api/reports';
import { displayDate } from '../../../shared/text/dates';
import { AppError, notFound, staleVersion } from '../../../shared/errors';
import { parsePeriod, type ReportPeriod } from '../../../shared/reports/periods';
import type { Context } from '../context';
import { listIndicators } from './indicators';
import { teamsActiveIn, type ScopedTeam } from './data/scope';

interface ReportRecord { id: string; team_id: string; period: string; note: string | null; version: number; updated_at: string }

const short = displayDate;

function valuesOf(ctx: Context, table: 'activity_value' | 'activity_target', keyColumn: string, key: string): IndicatorValues {
  const rows = ctx.db.prepare(`SELECT indicator_id, value FROM ${table} WHERE ${keyColumn} = ?`).all(key) as { indicator_id: string; value: number }[];
  return Object.fromEntries(rows.map((r) => [r.indicator_id, r.value]));
}

/** Other periods of this team that share days with `period` (its months, its quarter …). */
function overlappingPeriods(ctx: Context, teamId: string, period: ReportPeriod): string[] {
  return (
    ctx.db
      .prepare('SELECT period FROM activity_report WHERE team_id = ? AND period <> ? AND period_from <= ? AND period_to >= ? ORDER BY period_from, period_to')
      .all(teamId, period.code, period.to, period.from) as { period: string }[]
  ).map((r) => r.period);
}

/** The team's results of the periods inside `period` (its months, in a quarter), summed; null when none. */
function summedInside(ctx: Context, teamId: string, period: ReportPeriod): IndicatorValues | null {
  const rows = ctx.db
    .prepare(
      `SELECT v.indicator_id, sum(v.value) AS total FROM activity_report r LEFT JOIN activity_value v ON v.report_id = r.id
       WHERE r.team_id = ? AND r.period <> ? AND r.period_from >= ? AND r.period_to <= ? GROUP BY v.indicator_id`,
    )
    .all(teamId, period.code, period.from, period.to) as { indicator_id: string | null; total: number | null }[];
  if (!rows.length) return null;
  return Object.fromEntries(rows.filter((r) => r.indicator_id !== null).map((r) => [r.indicator_id, r.total ?? 0]));
}

function toRow(ctx: Context, team: ScopedTeam, period: ReportPeriod, record: ReportRecord | undefined): ActivityRow {
  return {
    teamId: team.id,
    teamName: team.name,
    teamLevel: team.level,
    teamStatus: team.status,
    villages: team.villages,
    version: record?.version ?? 0,
    values: record ? valuesOf(ctx, 'activity_value', 'report_id', record.id) : {},
    note: record?.note ?? null,
    updatedAt: record?.updated_at ?? null,
    reportedIn: overlappingPeriods(ctx, team.id, period),
    summed: summedInside(ctx, team.id, period),
  };
}

/** Every team's results that lie inside the period, summed by indicator: what the report shows. */
export function resultTotals(ctx: Context, from: string, to: string): Record<string, number> {
  const rows = ctx.db
    .prepare(
      `SELECT v.indicator_id, sum(v.value) AS total FROM activity_value v JOIN activity_report r ON r.id = v.report_id
       WHERE r.period_from >= ? AND r.period_to <= ? GROUP BY v.indicator_id`,
    )
    .all(from, to) as { indicator_id: string; total: number }[];
  return Object.fromEntries(rows.map((r) => [r.indicator_id, r.total]));
}

export function getTargets(ctx: Context, period: ReportPeriod): ActivityTargets {
  const set = ctx.db.prepare('SELECT version FROM activity_target_set WHERE period = ?').get(period.code) as { version: number } | undefined;
  return { period: period.code, version: set?.version ?? 0, values: set ? valuesOf(ctx, 'activity_target', 'period', period.code) : {} };
}

export function activityGrid(ctx: Context, code: string): ActivityGrid {
  const period = parsePeriod(code);
  const records = new Map(
    (ctx.db.prepare('SELECT * FROM activity_report WHERE period = ?').all(period.code) as ReportRecord[]).map((r) => [r.team_id, r]),
  );
  const teams = teamsActiveIn(ctx, period, [...records.keys()]);
  const totals = resultTotals(ctx, period.from, period.to);
  const indicators = listIndicators(ctx).filter((i) => i.active || totals[i.id] !== undefined);
  return {
    period,
    indicators,
    rows: teams.map((t) => toRow(ctx, t, period, records.get(t.id))),
    totals,
    targets: getTargets(ctx, period),
  };
}

/** Unknown indicators are refused; a retired one may keep its old value but take no new one. */
function checkValues(ctx: Context, values: IndicatorValues, previous: IndicatorValues): [string, number][] {
  const catalogue = new Map(listIndicators(ctx).map((i) => [i.id, i]));
  const entries: [string, number][] = [];
  for (const [id, value] of Object.entries(values)) {
    const indicator = catalogue.get(id);
    if (!indicator) throw new AppError('VALIDATION', 'Có chỉ tiêu không còn trong danh mục. Hãy tải lại bảng.', { indicatorId: id });
    if (value === null) continue;
    if (!indicator.active && previous[id] !== value) throw new AppError('VALIDATION', `Chỉ tiêu "${indicator.name}" đã ngừng sử dụng.`);
    entries.push([id, value]);
  }
  return entries;
}

function assertPeriodStarted(ctx: Context, period: ReportPeriod): void {
  if (period.from > ctx.today()) {
    throw new AppError('VALIDATION', `${period.label} bắt đầu từ ngày ${short(period.from)}, chưa thể nhập kết quả.`);
  }
}

export function saveActivity(
  ctx: Context,
  input: { period: string; teamId: string; version: number; values: IndicatorValues; note: string | null },
): ActivityRow {
  const period = parsePeriod(input.period);
  assertPeriodStarted(ctx, period);
  return ctx.mutate(() => {
    const team = teamsActiveIn(ctx, period).find((t) => t.id === input.teamId);
    if (!team) {
      const exists = ctx.db.prepare('SELECT 1 FROM team WHERE id = ?').get(input.teamId);
      if (!exists) throw notFound('tổ công nghệ số');
      throw new AppError('VALIDATION', `Tổ chưa hoạt động trong ${period.label} (chưa thành lập hoặc đã giải thể).`);
    }
    const record = ctx.db.prepare('SELECT * FROM activity_report WHERE team_id = ? AND period = ?').get(team.id, period.code) as ReportRecord | undefined;
    if ((record?.version ?? 0) !== input.version) throw staleVersion();
    const overlaps = overlappingPeriods(ctx, team.id, period);
    if (overlaps.length) {
      const labels = overlaps.map((c) => parsePeriod(c).label).join(', ');
      throw new AppError('CONFLICT', `${team.name} đã có kết quả nhập theo ${labels}; không nhập thêm cho ${period.label} để tránh tính trùng.`);
    }
    const before = record ? toRow(ctx, team, period, record) : null;
    const entries = checkValues(ctx, input.values, before?.values ?? {});
    let reportId = record?.id;
    if (!record) {
      reportId = ctx.newId();
      ctx.db
        .prepare('INSERT INTO activity_report (id, team_id, period, period_from, period_to, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(reportId, team.id, period.code, period.from, period.to, input.note, ctx.now(), ctx.now());
    } else {
      ctx.db.prepare('UPDATE activity_report SET note = ?, updated_at = ?, version = version + 1 WHERE id = ?').run(input.note, ctx.now(), record.id);
      ctx.db.prepare('DELETE FROM activity_value WHERE report_id = ?').run(record.id);
    }
    const insert = ctx.db.prepare('INSERT INTO activity_value (report_id, indicator_id, value) VALUES (?, ?, ?)');
    for (const [id, value] of entries) insert.run(reportId, id, value);
    const after = toRow(ctx, team, period, ctx.db.prepare('SELECT * FROM activity_report WHERE id = ?').get(reportId) as ReportRecord);
    ctx.audit({ action: 'reports.saveActivity', entity: 'activity_report', entityId: reportId!, before, after });
    return after;
  });
}

export function saveTargets(ctx: Context, input: { period: string; version: number; values: IndicatorValues }): ActivityTargets {
  const period = parsePeriod(input.period);
  return ctx.mutate(() => {
    const before = getTargets(ctx, period);
    if (before.version !== input.version) throw staleVersion();
    const entries = checkValues(ctx, input.values, before.values);
    if (before.version === 0) {
      ctx.db.prepare('INSERT INTO activity_target_set (period, period_from, period_to, updated_at) VALUES (?, ?, ?, ?)').run(period.code, period.from, period.to, ctx.now());
    } else {
      ctx.db.prepare('UPDATE activity_target_set SET version = version + 1, updated_at = ? WHERE period = ?').run(ctx.now(), period.code);
      ctx.db.prepare('DELETE FROM activity_target WHERE period = ?').run(period.code);
    }
    const insert = ctx.db.prepare('INSERT INTO activity_target (period, indicator_id, value) VALUES (?, ?, ?)');
    for (const [id, value] of entries) insert.run(period.code, id, value);
    const after = getTargets(ctx, period);
    ctx.audit({ action: 'reports.saveTargets', entity: 'activity_target_set', entityId: period.code, before, after });
    return after;
  });
}
