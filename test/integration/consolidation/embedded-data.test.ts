/**
 * Issue 13 §1: every report carries its figures in a veryHidden sheet with a checksum; reading
 * it back catches a hand-edited printed cell (edited with ExcelJS, as an officer's Excel would)
 * and a hand-edited hidden value.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../electron/cli/seed/demo';
import { readReport } from '../../../electron/core/consolidation/read-report';
import { DATA_SHEET } from '../../../electron/core/reports/workbook/embedded-data';
import { tempCore } from '../../helpers/core';

let core: ReturnType<typeof tempCore>;
let bytes: Uint8Array;

beforeAll(async () => {
  core = tempCore();
  await seedDemo(core.core);
  bytes = (await core.op('reports.build', { period: '2026-Q3', number: 12, date: '2026-09-20' })).bytes;
}, 120_000);
afterAll(() => core.dispose());

async function edit(change: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  change(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('report data sheet', () => {
  it('is very hidden and reads back with the commune, period, layout and every figure', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(wb.getWorksheet(DATA_SHEET)!.state).toBe('veryHidden');
    const read = await readReport(bytes);
    if (!read.ok) throw new Error(read.message);
    const { data } = read;
    const commune = core.core.ctx.db.prepare('SELECT id, name, province FROM commune').get() as { id: string; name: string; province: string };
    expect(data.commune).toMatchObject(commune);
    expect(data.period.code).toBe('2026-Q3');
    expect(data.layout.id).toBe('mac-dinh');
    expect(data.tables.map((t) => t.source)).toEqual(expect.arrayContaining(['teamsByLevel', 'membersByRole', 'villageCoverage', 'indicators', 'results']));
    // Every recorded figure is the number printed in its cell.
    const teams = data.tables.find((t) => t.source === 'teamsByLevel')!;
    const established = teams.columns.findIndex((c) => c.key === 'established');
    const sheet = wb.getWorksheet(teams.sheet)!;
    expect(sheet.getCell(teams.total!.row, teams.columns[established].column).value).toBe(teams.total!.values[established]);
    const modelTeams = core.count(`SELECT count(*) n FROM team WHERE established_on <= '2026-09-14' AND (dissolved_on IS NULL OR dissolved_on > '2026-09-14')`);
    expect(teams.total!.values[established]).toBe(modelTeams);
  });

  it('detects a printed figure edited by hand', async () => {
    const read = await readReport(bytes);
    if (!read.ok) throw new Error(read.message);
    const teams = read.data.tables.find((t) => t.source === 'teamsByLevel')!;
    const col = teams.columns[0].column;
    const edited = await edit((wb) => {
      const cell = wb.getWorksheet(teams.sheet)!.getCell(teams.total!.row, col);
      cell.value = Number(cell.value) + 1;
    });
    const again = await readReport(edited);
    expect(again.ok).toBe(false);
    if (again.ok) return;
    expect(again.problem).toBe('visible-edited');
    expect(again.edited).toHaveLength(1);
    expect(again.message).toContain('sửa tay');
    expect(again.message).toContain(teams.sheet);
  });

  it('detects a hidden value edited by hand', async () => {
    const edited = await edit((wb) => {
      const sheet = wb.getWorksheet(DATA_SHEET)!;
      const cell = sheet.getCell('A4');
      cell.value = String(cell.value).replace('"schemaVersion":1', '"schemaVersion":1 ').replace(/"values":\[(\d+)/u, (_, n: string) => `"values":[${Number(n) + 5}`);
    });
    const again = await readReport(edited);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.problem).toBe('data-checksum');
  });

  it('refuses a newer schema version naming it, and a workbook that is not a TCNS report', async () => {
    const newer = await readReport(await edit((wb) => (wb.getWorksheet(DATA_SHEET)!.getCell('A2').value = 7)));
    expect(newer).toMatchObject({ ok: false, problem: 'schema', schemaVersion: 7 });
    if (!newer.ok) expect(newer.message).toContain('phiên bản 7');
    const plain = await readReport(await edit((wb) => wb.removeWorksheet(wb.getWorksheet(DATA_SHEET)!.id)));
    expect(plain).toMatchObject({ ok: false, problem: 'not-tcns' });
    expect(await readReport(new Uint8Array([1, 2, 3]))).toMatchObject({ ok: false, problem: 'unreadable' });
    expect(await readReport(new Uint8Array(0), 31 * 1024 * 1024)).toMatchObject({ ok: false, problem: 'too-large' });
  });

  it('holds no member\'s name: the member list is not in the data', async () => {
    const read = await readReport(bytes);
    if (!read.ok) throw new Error(read.message);
    expect(read.data.tables.some((t) => t.source === 'members')).toBe(false);
    const names = core.core.ctx.db.prepare('SELECT full_name FROM person').pluck().all() as string[];
    const json = JSON.stringify(read.data);
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) expect(json, name).not.toContain(name);
  });
});
