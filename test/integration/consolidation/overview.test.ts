/**
 * Issue 13 "the overview charts at province level": the figures behind the Tổng hợp page's
 * charts, checked against an independent sum over the reports stored in the workspace, taken
 * with SQLite's own JSON functions straight from the submission rows (not through the
 * TypeScript that reads them), over only the latest report of each commune for the period.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addCommunes, addReports, openWorkspace, provinceOverview, setSetting, type Workspace,
} from '../../../electron/core/consolidation';
import type { ProvinceFigure, ProvinceOverview } from '../../../shared/api/consolidation';
import { communeReports, communeTitle, PROVINCE } from '../../helpers/commune-reports';

let dir: string;
let ws: Workspace;
let overview: ProvinceOverview;
const LISTED = [1, 2, 3, 4, 5, 6, 7, 8];
const RESENT = 3;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tcns-province-overview-'));
  ws = openWorkspace(join(dir, 'tinh.db'));
  setSetting(ws, 'province', PROVINCE);
  addCommunes(ws, LISTED.map(communeTitle));
  const gen = await communeReports();
  const files: { name: string; bytes: Uint8Array }[] = [];
  try {
    // Communes 1–5 send the third quarter (3 twice, the second corrected); 6 only the second
    // quarter; 7 and 8 nothing.
    for (const i of [1, 2, 3, 4, 5]) files.push({ name: `${i}.xlsx`, bytes: await gen.build(i, '2026-Q3') });
    files.push({ name: `${RESENT}-bo-sung.xlsx`, bytes: await gen.build(RESENT, '2026-Q3', { bump: 500 }) });
    files.push({ name: '6-quy-2.xlsx', bytes: await gen.build(6, '2026-Q2') });
  } finally {
    gen.dispose();
  }
  const verdicts = await addReports(ws, files);
  expect(verdicts.map((v) => v.verdict)).toEqual(['accepted', 'accepted', 'accepted', 'accepted', 'accepted', 'replaced', 'accepted']);
  overview = provinceOverview(ws, '2026-Q3');
}, 120_000);
afterAll(() => {
  ws.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Row label → commune → figure of column `key` in table `source`, from the stored JSON by SQL. */
function stored(source: string, key: string, period = '2026-Q3'): Map<string, Map<string, number>> {
  const rows = ws.db.prepare(`
    SELECT json_extract(r.value, '$.label') AS label, s.commune_title AS commune,
           json_extract(r.value, '$.values[' || c.key || ']') AS value
    FROM submission s, json_each(s.data, '$.tables') t, json_each(t.value, '$.columns') c, json_each(t.value, '$.rows') r
    WHERE s.period = ? AND s.superseded_by IS NULL
      AND json_extract(t.value, '$.source') = ? AND json_extract(c.value, '$.key') = ?`).all(period, source, key) as { label: string; commune: string; value: number | null }[];
  const out = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const byCommune = out.get(r.label) ?? new Map<string, number>();
    byCommune.set(r.commune, r.value ?? 0);
    out.set(r.label, byCommune);
  }
  return out;
}

const sum = (m: Map<string, number> | undefined) => [...(m ?? new Map<string, number>()).values()].reduce((a, b) => a + b, 0);

/** The figure's total and per-commune list equal the stored reports' figures (a missing row counts 0). */
function expectFigure(figure: ProvinceFigure, expected: Map<string, number> | undefined) {
  expect(figure.total, figure.label).toBe(sum(expected));
  expect(figure.communes.map((c) => c.commune).sort()).toEqual([...overview.submitted].sort());
  for (const c of figure.communes) expect(c.value, `${figure.label} / ${c.commune}`).toBe(expected?.get(c.commune) ?? 0);
  const values = figure.communes.map((c) => c.value);
  expect(values).toEqual([...values].sort((a, b) => b - a)); // largest first
}

describe('province overview for a period', () => {
  it('sums the latest report of each commune that submitted, and names those that did not', () => {
    expect(overview).toMatchObject({ period: '2026-Q3', label: 'Quý III/2026', listed: 8 });
    expect(overview.submitted).toEqual([1, 2, 3, 4, 5].map(communeTitle));
    expect([...overview.missing].sort()).toEqual([6, 7, 8].map(communeTitle).sort());
  });

  it('coverage: villages with and without a team, per kind, equal the stored sum', () => {
    const covered = stored('villageCoverage', 'covered');
    const uncovered = stored('villageCoverage', 'uncovered');
    expect(overview.coverage!.map((c) => c.kind)).toEqual([...covered.keys()]);
    for (const c of overview.coverage!) {
      expectFigure(c.covered, covered.get(c.kind));
      expectFigure(c.uncovered, uncovered.get(c.kind));
    }
    // The test communes have i % 4 extra villages without a team: the figures differ by commune.
    expect(new Set(overview.coverage!.find((c) => c.kind === 'Thôn')!.uncovered.communes.map((c) => c.value)).size).toBeGreaterThan(1);
  });

  it('members by background role equal the stored sum', () => {
    const members = stored('membersByRole', 'members');
    expect(overview.membersByRole!.map((r) => r.role)).toEqual([...members.keys()]);
    for (const r of overview.membersByRole!) expectFigure(r.members, members.get(r.role));
    expect(overview.membersByRole!.reduce((s, r) => s + r.members.total, 0)).toBeGreaterThan(0);
  });

  it('training sessions and attendances equal the stored sum', () => {
    const sessions = stored('trainingTotals', 'sessions');
    const attendances = stored('trainingTotals', 'attendances');
    for (const r of overview.trainings!) {
      expectFigure(r.sessions, sessions.get(r.form));
      expectFigure(r.attendances, attendances.get(r.form));
    }
    expect(overview.trainings!.reduce((s, r) => s + r.attendances.total, 0)).toBeGreaterThan(0);
  });

  it('activity results and targets equal the stored sum, the corrected resend counted instead of the first', () => {
    const results = stored('indicators', 'result');
    const targets = stored('indicators', 'target');
    expect(overview.activity!.map((a) => a.indicator)).toEqual([...results.keys()]);
    for (const a of overview.activity!) {
      expectFigure(a.result, results.get(a.indicator));
      expectFigure(a.target, targets.get(a.indicator));
    }
    // Summed over every stored row of commune 3 (both files), the total would differ.
    const all = ws.db.prepare(`SELECT count(*) n FROM submission WHERE period = '2026-Q3'`).get() as { n: number };
    expect(all.n).toBe(6);
    const first = overview.activity![0].result.communes.find((c) => c.commune === communeTitle(RESENT))!.value;
    const other = overview.activity![0].result.communes.find((c) => c.commune === communeTitle(2))!.value;
    expect(first - other).toBeGreaterThanOrEqual(500);
  });

  it('a period without reports gives no charts; a layout without a table gives that chart as null', async () => {
    const empty = provinceOverview(ws, '2026-Q4');
    expect(empty).toMatchObject({ submitted: [], coverage: null, membersByRole: null, trainings: null, activity: null });
    expect(empty.missing).toHaveLength(8);

    const other = openWorkspace(join(dir, 'hung-yen.db'));
    try {
      setSetting(other, 'province', PROVINCE);
      addCommunes(other, [communeTitle(1)]);
      const gen = await communeReports();
      try {
        await addReports(other, [{ name: 'hy.xlsx', bytes: await gen.build(1, '2026-Q3', { layoutId: 'hung-yen' }) }]);
      } finally {
        gen.dispose();
      }
      const hy = provinceOverview(other, '2026-Q3');
      expect(hy.membersByRole).toBeNull(); // the Hưng Yên layout has no table by background role
      expect(hy.trainings).toBeNull();
      expect(hy.coverage!.length).toBeGreaterThan(0);
      expect(hy.activity!.length).toBeGreaterThan(0);
    } finally {
      other.close();
    }
  }, 60_000);
});
