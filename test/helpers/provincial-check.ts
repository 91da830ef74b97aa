/**
 * Issue 13: the provincial workbook checked against the communes' own workbooks. The expected
 * figures are read from each commune's printed sheets with ExcelJS by their headers ("STT"
 * rows), as a person would, not through the embedded data; the provincial workbook is read as
 * LibreOffice CSV. Used by the acceptance test (120 reports) and the Tổng hợp E2E.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { num } from '../integration/reports/tools';

/** A table as printed in a commune's workbook: column labels and rows of numbers by row label. */
interface PrintedTable { heading: string; labels: string[]; rows: { label: string; values: (number | null)[] }[]; total: (number | null)[] | null }

const text = (v: ExcelJS.CellValue) => (v === null || v === undefined ? '' : String(v));

/** Names as printed in a cell of their own: "Xã Thử 007". */
export const cap = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);

/** Tables read from a commune sheet by their printed headers ("STT" rows). */
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

/** Section heading → column label → commune ("Xã Thử 001") → figure, from the communes' workbooks. */
export type ExpectedFigures = Map<string, Map<string, Map<string, number>>>;

export async function figuresFromWorkbooks(communes: { title: string; file: string }[]): Promise<ExpectedFigures> {
  const expected: ExpectedFigures = new Map();
  const put = (section: string, label: string, commune: string, value: number) => {
    const s = expected.get(section) ?? new Map<string, Map<string, number>>();
    const c = s.get(label) ?? new Map<string, number>();
    c.set(commune, value);
    s.set(label, c);
    expected.set(section, s);
  };
  for (const c of communes) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(c.file) as unknown as ArrayBuffer);
    for (const ws of wb.worksheets.filter((w) => w.state === 'visible' && w.name !== 'Danh sách tổ và thành viên')) {
      for (const t of printedTables(ws, ws.name)) {
        const parts = t.total ? [{ section: t.heading, values: t.total }] : t.rows.map((r) => ({ section: `${t.heading}: ${r.label}`, values: r.values }));
        for (const p of parts) p.values.forEach((v, i) => v !== null && i > 0 && put(p.section, t.labels[i], cap(c.title), v));
      }
    }
  }
  return expected;
}

/**
 * The "Tổng hợp toàn tỉnh" sheet (CSV rows) has one row per commune with the commune's figures
 * and a "Toàn tỉnh" row equal to their sum (a ratio left empty); returns the totals checked.
 */
export function expectProvincialTotals(rows: string[][], expected: ExpectedFigures, communes: string[]): number {
  let checkedTotals = 0;
  for (const [section, columns] of expected) {
    const at = rows.findIndex((r, i) => r[0] === section && rows[i + 1]?.[0] === 'STT');
    expect(at, section).toBeGreaterThan(0);
    const header = rows[at + 1];
    const end = rows.findIndex((r, i) => i > at && r[0] === 'Toàn tỉnh');
    const body = rows.slice(at + 2, end).filter((r) => /^\d+$/u.test(r[0])); // the header repeats on each page
    expect(body.map((r) => r[1]).sort(), section).toEqual(communes.map(cap).sort());
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
  return checkedTotals;
}
