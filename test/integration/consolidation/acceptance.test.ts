/**
 * Issue 13 acceptance 1: 120 commune reports made by the app itself go through the CLI into a
 * workspace: different communes, some missing, one submitted twice (same bytes), one resent
 * with corrected figures, one hand-edited after export, one from another period, one from a
 * commune not on the province's list. The workspace reports exactly those cases, and the
 * provincial workbook, read back by LibreOffice as CSV, has per-commune rows and totals equal
 * to an independent sum of the figures printed in the communes' own workbooks (read here with
 * ExcelJS by their headers, not through the embedded data).
 */
import ExcelJS from 'exceljs';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/index';
import type { FileVerdict, PeriodStatus } from '../../../electron/core/consolidation';
import { communeReports, communeTitle, PROVINCE } from '../../helpers/commune-reports';
import { cap, expectProvincialTotals, figuresFromWorkbooks } from '../../helpers/provincial-check';
import { OUT, printToPdf, sheetsAsCsv, toPng } from '../reports/tools';

const DIR = join(OUT, 'consolidation');
const WS = join(DIR, 'tinh.db');
const LISTED = 120;
const SUBMITTING = 116; // communes 1..116 send Q3; 117 sends Q2; 118–120 send nothing
const EDITED = 9;
const RESENT = 7;
const DUPLICATED = 8;
const files = new Map<string, Uint8Array>(); // name → bytes, in the order they are added

async function cli(...args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await main(args, (s) => {
    lines.push(s);
  });
  return { code, out: lines.join('\n') };
}

let verdicts: FileVerdict[];
let status: PeriodStatus;
let provincial: Record<string, string[][]>;

beforeAll(async () => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(join(DIR, 'xa'), { recursive: true });
  const gen = await communeReports();
  try {
    for (let i = 1; i <= SUBMITTING; i++) files.set(`bao-cao-${i}.xlsx`, await gen.build(i, '2026-Q3'));
    files.set('bao-cao-117-quy-2.xlsx', await gen.build(117, '2026-Q2'));
    files.set('bao-cao-121.xlsx', await gen.build(121, '2026-Q3')); // not on the list
    files.set(`bao-cao-${DUPLICATED}-gui-lai.xlsx`, files.get(`bao-cao-${DUPLICATED}.xlsx`)!);
    files.set(`bao-cao-${RESENT}-bo-sung.xlsx`, await gen.build(RESENT, '2026-Q3', { bump: 1000 }));
  } finally {
    gen.dispose();
  }
  // Commune 9's officer changes a printed total in Excel after exporting.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(files.get(`bao-cao-${EDITED}.xlsx`)!) as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('Tổng hợp')!;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === 'Tổng cộng' && typeof row.getCell(3).value === 'number') row.getCell(3).value = (row.getCell(3).value as number) + 2;
  });
  files.set(`bao-cao-${EDITED}.xlsx`, new Uint8Array(await wb.xlsx.writeBuffer()));
  expect(files.size).toBe(120);
  for (const [name, bytes] of files) writeFileSync(join(DIR, 'xa', name), bytes);

  // The province's list from a sheet of names, as a Sở would keep it.
  const list = new ExcelJS.Workbook();
  const ls = list.addWorksheet('Danh sách');
  ls.addRow(['STT', 'Tên xã/phường']);
  for (let i = 1; i <= LISTED; i++) ls.addRow([i, communeTitle(i).replace(/^xã/u, 'Xã')]);
  writeFileSync(join(DIR, 'danh-sach.xlsx'), new Uint8Array(await list.xlsx.writeBuffer()));
  expect((await cli('consolidate', 'settings', '--workspace', WS, '--province', PROVINCE)).code).toBe(0);
  expect((await cli('consolidate', 'communes', '--import', join(DIR, 'danh-sach.xlsx'), '--workspace', WS)).out).toContain(`Đã thêm ${LISTED} xã`);

  // Two drops, as an officer would: the first 60 files, then the rest.
  const names = [...files.keys()].map((n) => join(DIR, 'xa', n));
  verdicts = [];
  for (const batch of [names.slice(0, 60), names.slice(60)]) {
    const r = await cli('consolidate', 'add', ...batch, '--workspace', WS, '--period', '2026-Q3', '--json');
    verdicts.push(...(JSON.parse(r.out) as FileVerdict[]));
  }
  status = JSON.parse((await cli('consolidate', 'status', '--period', '2026-Q3', '--workspace', WS, '--json')).out) as PeriodStatus;
  const out = join(DIR, 'tinh-quy-3.xlsx');
  const built = await cli('consolidate', 'build', '--period', '2026-Q3', '--workspace', WS, '--out', out);
  expect(built.code, built.out).toBe(0);
  provincial = sheetsAsCsv(out, join(DIR, 'csv'));
  const pdf = printToPdf(out, join(DIR, 'pdf'));
  toPng(pdf, 'consolidation/tinh-quy-3', 1, 2, 70);
}, 600_000);
afterAll(() => rmSync(join(DIR, 'xa'), { recursive: true, force: true }));

const verdictOf = (name: string) => verdicts.find((v) => v.file === name)!;

describe('adding 120 commune reports', () => {
  it('gives one verdict per file and names each case', () => {
    expect(verdicts).toHaveLength(120);
    expect(verdictOf(`bao-cao-${EDITED}.xlsx`)).toMatchObject({ verdict: 'visible-edited', stored: false });
    expect(verdictOf(`bao-cao-${EDITED}.xlsx`).message).toMatch(/Tổng hợp!C\d+ \(lúc xuất \d+, nay \d+\)/u);
    expect(verdictOf('bao-cao-117-quy-2.xlsx')).toMatchObject({ verdict: 'period', stored: false });
    expect(verdictOf('bao-cao-117-quy-2.xlsx').message).toContain('Quý II/2026');
    expect(verdictOf('bao-cao-121.xlsx')).toMatchObject({ verdict: 'unknown-commune', stored: false });
    expect(verdictOf(`bao-cao-${DUPLICATED}-gui-lai.xlsx`)).toMatchObject({ verdict: 'duplicate', stored: false });
    expect(verdictOf(`bao-cao-${DUPLICATED}-gui-lai.xlsx`).message).toContain(`bao-cao-${DUPLICATED}.xlsx`);
    expect(verdictOf(`bao-cao-${RESENT}-bo-sung.xlsx`)).toMatchObject({ verdict: 'replaced', stored: true });
    expect(verdictOf(`bao-cao-${RESENT}-bo-sung.xlsx`).message).toContain(`bao-cao-${RESENT}.xlsx`);
    const accepted = verdicts.filter((v) => v.verdict === 'accepted');
    expect(accepted).toHaveLength(SUBMITTING - 1);
  });

  it('reports who submitted and who did not', () => {
    expect(status.communes).toHaveLength(LISTED);
    expect(status.submitted).toBe(SUBMITTING - 1);
    expect(status.missing.sort()).toEqual([EDITED, 117, 118, 119, 120].map(communeTitle).sort());
    expect(status.communes.find((c) => c.title === communeTitle(RESENT))!.fileName).toBe(`bao-cao-${RESENT}-bo-sung.xlsx`);
  });

  it('adds nothing twice when the same folder is dropped again', async () => {
    const again = await cli('consolidate', 'add', join(DIR, 'xa', 'bao-cao-1.xlsx'), '--workspace', WS, '--json');
    expect(JSON.parse(again.out)).toMatchObject([{ verdict: 'duplicate', stored: false }]);
    expect(again.code).toBe(3);
  });
});

describe('provincial workbook (LibreOffice CSV)', () => {
  it('has per-commune rows and "Toàn tỉnh" totals equal to the sum of the communes\' printed figures', async () => {
    const used = status.communes.filter((c) => c.submitted);
    const expected = await figuresFromWorkbooks(used.map((c) => ({ title: c.title, file: join(DIR, 'xa', c.fileName!) })));
    expect(expected.size).toBeGreaterThanOrEqual(10);
    const rows = provincial['Tổng hợp toàn tỉnh'];
    expect(rows).toBeDefined();
    const checkedTotals = expectProvincialTotals(rows, expected, used.map((c) => c.title));
    expect(checkedTotals).toBeGreaterThanOrEqual(30);
  });

  it('lists every commune of the province as submitted or not', () => {
    const rows = provincial['Tình hình nộp báo cáo'];
    const missing = rows.filter((r) => /^\d+$/u.test(r[0]) && r[2] === 'Chưa nộp').map((r) => r[1]);
    expect(missing.sort()).toEqual([EDITED, 117, 118, 119, 120].map((i) => cap(communeTitle(i))).sort());
    expect(rows.filter((r) => /^\d+$/u.test(r[0]) && r[2] === 'Đã nộp')).toHaveLength(SUBMITTING - 1);
  });
});
