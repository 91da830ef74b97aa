import type { OperationInput, OperationName, OperationResult } from '../../../shared/api';
import { parsePeriod } from '../../../shared/reports/periods';
import type { Core } from '../app';
import { call } from '../dispatch';

/** The demo's reporting months (quarter III of 2026) and the targets set for them. */
const DEMO_MONTHS = ['2026-07', '2026-08', '2026-09'];
const QUARTER_TARGETS: Record<string, number> = {
  'nguoi-dan-duoc-huong-dan': 450,
  'ho-thanh-thao-5-ky-nang': 90,
  'vneid-kich-hoat': 200,
  'ho-so-dvctt': 120,
  'gian-hang-so': 12,
  'tai-khoan-thanh-toan': 150,
};

/** Plausible, repeatable numbers: bigger villages and later months do a little more. */
function demoValues(team: number, month: number): Record<string, number | null> {
  return {
    'nguoi-dan-duoc-huong-dan': 18 + 6 * team + 4 * month,
    'ho-thanh-thao-5-ky-nang': 3 + team + month,
    'vneid-kich-hoat': 8 + 2 * team + 3 * month,
    'ho-so-dvctt': 4 + team + 2 * month,
    'gian-hang-so': (team + month) % 3 === 0 ? null : (team + month) % 3, // not every team opens stalls
    'tai-khoan-thanh-toan': 5 + 2 * team + month,
  };
}

/**
 * Activity results of the demo teams for the three months of quarter III/2026, the quarter's
 * and the year's targets: enough for the entry grid and a quarter report with every sheet.
 * Goes through the same operations as the UI; months not yet begun (a test clock set early)
 * are skipped, and a commune that already has results is left alone.
 */
export async function seedDemoActivity(core: Core): Promise<void> {
  const op = <K extends OperationName>(name: K, input: OperationInput<K>): Promise<OperationResult<K>> =>
    call(core.handlers, core.ctx, name, input);
  const existing = core.ctx.db.prepare('SELECT count(*) AS n FROM activity_report').get() as { n: number };
  if (existing.n > 0) return;
  const today = core.ctx.today();
  for (const [month, code] of DEMO_MONTHS.entries()) {
    if (parsePeriod(code).from > today) continue;
    const grid = await op('reports.activityGrid', { period: code });
    for (const [team, row] of grid.rows.entries()) {
      if (row.teamStatus !== 'established') continue;
      await op('reports.saveActivity', {
        period: code, teamId: row.teamId, version: row.version, values: demoValues(team, month),
        note: team === 1 && month === 1 ? 'Hỗ trợ người cao tuổi cài đặt VNeID tại nhà' : null,
      });
    }
  }
  if (parsePeriod('2026-Q3').from <= today) {
    await op('reports.saveTargets', { period: '2026-Q3', version: 0, values: QUARTER_TARGETS });
  }
  await op('reports.saveTargets', {
    period: '2026', version: 0, values: Object.fromEntries(Object.entries(QUARTER_TARGETS).map(([id, v]) => [id, v * 4])),
  });
}
