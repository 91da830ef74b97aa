/**
 * The quarter view of the activity grid shows each team's monthly results summed (issue 8 §5):
 * the row stays read-only (its months were entered) but carries the sums, checked here against
 * SQL written in the test, not the grid's own query.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../electron/cli/seed/demo';
import { tempCore } from '../../helpers/core';

let t: ReturnType<typeof tempCore>;
beforeAll(async () => {
  t = tempCore();
  await seedDemo(t.core);
});
afterAll(() => t.dispose());

describe('activity grid of a quarter whose months were entered', () => {
  it('gives each read-only team row the sum of its months, indicator by indicator', async () => {
    const grid = await t.op('reports.activityGrid', { period: '2026-Q3' });
    const withMonths = grid.rows.filter((r) => r.reportedIn.length > 0);
    expect(withMonths.length).toBeGreaterThan(0);
    for (const row of withMonths) {
      const expected = t.core.ctx.db.prepare(
        `SELECT v.indicator_id AS id, sum(v.value) AS n FROM activity_value v JOIN activity_report r ON r.id = v.report_id
         WHERE r.team_id = ? AND r.period IN ('2026-07', '2026-08', '2026-09') GROUP BY v.indicator_id`,
      ).all(row.teamId) as { id: string; n: number }[];
      expect(row.summed, row.teamName).toEqual(Object.fromEntries(expected.map((e) => [e.id, e.n])));
      expect(row.version).toBe(0); // nothing entered for the quarter itself
    }
    // The teams' sums add up to the grid's totals, which the report prints.
    for (const indicator of grid.indicators) {
      const sum = withMonths.reduce((a, r) => a + (r.summed?.[indicator.id] ?? 0), 0);
      expect(sum, indicator.name).toBe(grid.totals[indicator.id] ?? 0);
    }
  });

  it('leaves a month\'s rows without sums: nothing shorter lies inside a month', async () => {
    const grid = await t.op('reports.activityGrid', { period: '2026-08' });
    expect(grid.rows.length).toBeGreaterThan(0);
    for (const row of grid.rows) expect(row.summed).toBeNull();
  });
});
