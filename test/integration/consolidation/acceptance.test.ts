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
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/index';
import type { FileVerdict, PeriodStatus } from '../../../electron/core/consolidation';
import { communeReports, communeTitle, PROVINCE } from '../../helpers/commune-reports';
import { num, OUT, printToPdf, sheetsAsCsv, toPng } from '../reports/tools';

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

/** Names as printed in a cell of their own: "Xã Thử 007". */
const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
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

/** A table as printed in a commune's workbook: column labels and rows of numbers by row label. */
interface PrintedTable { heading: string; labels: string[]; rows: { label: string; values: (number | null)[] }[]; total: (number | null)[] | null }

const text = (v: ExcelJS.CellValue) => (v === null || v === undefined ? '' : String(v));

/** Tables read from a commune sheet by their printed headers ("STT" rows), as a person would. */
function printedTables(sheet: ExcelJS.Worksheet, fallbackHeading: string): PrintedTable[] {
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row, n) => (rows[n] = (row.values as ExcelJS.CellValue[]).slice(1)));
  const tables: PrintedTable[] = [];
  for (let n = 1; n < rows.length; n++) {
    if (text(rows[n]?.[0]) !== 'STT' || text(rows[n - 1]?.[0]) === 'STT') continue;
    const above = text(rows[n - 1]?.[0]);
    const heading = /^[IVX]+\. /u.test(above) ? above : fallbackHeading;
    const second = text(rows[n + 1]?.[0]) === 'STT' ? rows[n + 1] : null;
    const labels = rows[n].map((v, i) => (second && text(second[i]) !== text(v) ? `${text(v)} — ${text(second[i])}` : text(v)));
    const table: PrintedTable = { heading, labels, rows: [], total: null };
    let m = n + (second ? 2 : 1);
    for (; m < rows.length; m++) {
      const r = rows[m];
      if (!r) continue;
      if (text(r[0]) === 'STT') continue; // the header repeated on a new page
      if (text(r[0]) === 'Tổng cộng') {
        table.total = labels.map((_, i) => (typeof r[i] === 'number' ? r[i] : null));
        break;
      }
      if (typeof r[0] !== 'number') break;
      table.rows.push({ label: text(r[1]), values: labels.map((_, i) => (typeof r[i] === 'number' && i > 0 ? r[i] : null)) });
    }
    tables.push(table);
    n = m;
  }
  return tables;
}

describe('provincial workbook (LibreOffice CSV)', () => {
  it('has per-commune rows and "Toàn tỉnh" totals equal to the sum of the communes\' printed figures', async () => {
    // Expected: section heading → column label → commune → value, from the communes' workbooks.
    const expected = new Map<string, Map<string, Map<string, number>>>();
    const put = (section: string, label: string, commune: string, value: number) => {
      const s = expected.get(section) ?? new Map<string, Map<string, number>>();
      const c = s.get(label) ?? new Map<string, number>();
      c.set(commune, value);
      s.set(label, c);
      expected.set(section, s);
    };
    const used = status.communes.filter((c) => c.submitted);
    for (const c of used) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(join(DIR, 'xa', c.fileName!)) as unknown as ArrayBuffer);
      for (const ws of wb.worksheets.filter((w) => w.state === 'visible' && w.name !== 'Danh sách tổ và thành viên')) {
        for (const t of printedTables(ws, ws.name)) {
          const parts = t.total ? [{ section: t.heading, values: t.total }] : t.rows.map((r) => ({ section: `${t.heading}: ${r.label}`, values: r.values }));
          for (const p of parts) p.values.forEach((v, i) => v !== null && i > 0 && put(p.section, t.labels[i], cap(c.title), v));
        }
      }
    }
    expect(expected.size).toBeGreaterThanOrEqual(10);

    const rows = provincial['Tổng hợp toàn tỉnh'];
    expect(rows).toBeDefined();
    let checkedTotals = 0;
    for (const [section, columns] of expected) {
      const at = rows.findIndex((r, i) => r[0] === section && rows[i + 1]?.[0] === 'STT');
      expect(at, section).toBeGreaterThan(0);
      const header = rows[at + 1];
      const end = rows.findIndex((r, i) => i > at && r[0] === 'Toàn tỉnh');
      const body = rows.slice(at + 2, end).filter((r) => /^\d+$/u.test(r[0])); // the header repeats on each page
      expect(body.map((r) => r[1]).sort(), section).toEqual(used.map((c) => cap(c.title)).sort());
      for (const [label, byCommune] of columns) {
        const col = header.indexOf(label);
        expect(col, `${section} / ${label}`).toBeGreaterThan(1);
        for (const r of body) expect(num(r[col]), `${section} / ${label} / ${r[1]}`).toBeCloseTo(byCommune.get(r[1]) ?? NaN, 6);
        const total = rows[end][col];
        if (/\(%\)|Bình quân/u.test(label)) {
          expect(total, `${section} / ${label}`).toBe(''); // a ratio is not summed
        } else {
          const sum = [...byCommune.values()].reduce((a, b) => a + b, 0);
          expect(num(total), `${section} / ${label}`).toBe(sum);
          checkedTotals++;
        }
      }
    }
    expect(checkedTotals).toBeGreaterThanOrEqual(30);
  });

  it('lists every commune of the province as submitted or not', () => {
    const rows = provincial['Tình hình nộp báo cáo'];
    const missing = rows.filter((r) => /^\d+$/u.test(r[0]) && r[2] === 'Chưa nộp').map((r) => r[1]);
    expect(missing.sort()).toEqual([EDITED, 117, 118, 119, 120].map((i) => cap(communeTitle(i))).sort());
    expect(rows.filter((r) => /^\d+$/u.test(r[0]) && r[2] === 'Đã nộp')).toHaveLength(SUBMITTING - 1);
  });
});
