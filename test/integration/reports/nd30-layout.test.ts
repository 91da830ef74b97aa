/**
 * The report workbook follows Nghị định 30/2020 like the decisions (issue 8 §5), read back by
 * independent tools: ExcelJS for the print setup stored in the file, LibreOffice printing it to
 * PDF and poppler for where each word landed on the page. Pages go to test-output/reports/nd30-*.png.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../electron/cli/seed/demo';
import { tempCore } from '../../helpers/core';
import { OUT, printToPdf, run, toPng, writeOut } from './tools';

interface Word { text: string; x0: number; y0: number; x1: number; y1: number }
interface Page { words: Word[]; width: number; height: number }

/** Every word of every page with its box (points from the top-left corner), by pdftotext -bbox. */
function pages(pdf: string): Page[] {
  const html = run('pdftotext', ['-bbox', pdf, '-']);
  return html.split('<page ').slice(1).map((chunk) => {
    const [, width, height] = /width="([\d.]+)" height="([\d.]+)"/u.exec(chunk)!;
    const words = [...chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/gu)].map((m) => ({
      x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]),
      text: m[5].replace(/&amp;/gu, '&').replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').normalize('NFC'),
    }));
    return { words, width: Number(width), height: Number(height) };
  });
}

/** Words of one printed line, left to right, joined by spaces. */
const lineAt = (page: Page, y: number) => page.words.filter((w) => Math.abs(w.y0 - y) < 3).sort((a, b) => a.x0 - b.x0).map((w) => w.text).join(' ');
/** The box of a phrase: its first word on a line whose text contains the whole phrase. */
function phrase(page: Page, text: string): { x0: number; x1: number; y0: number; y1: number } | undefined {
  const first = text.split(' ')[0];
  for (const w of page.words.filter((x) => x.text === first)) {
    const line = page.words.filter((x) => Math.abs(x.y0 - w.y0) < 3 && x.x0 >= w.x0 - 0.5).sort((a, b) => a.x0 - b.x0);
    const n = text.split(' ').length;
    if (line.slice(0, n).map((x) => x.text).join(' ') === text) return { x0: w.x0, y0: w.y0, x1: line[n - 1].x1, y1: line[n - 1].y1 };
  }
  return undefined;
}
const MM = 72 / 25.4;
/** The top margin: where ND30 puts the page number. */
const TOP = 20 * MM;

let t: ReturnType<typeof tempCore>;
let file: string;
let printed: Page[];
let wb: ExcelJS.Workbook;
/** Index of the first page of each sheet, in sheet order. */
let starts: number[];

beforeAll(async () => {
  t = tempCore();
  await seedDemo(t.core);
  const built = await t.op('reports.build', { period: '2026-Q3', number: 12, date: '2026-09-20', preparedBy: 'Lê Thị Mai' });
  file = writeOut('nd30-q3.xlsx', built.bytes);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const pdf = printToPdf(file, `${OUT}/nd30-pdf`);
  printed = pages(pdf);
  toPng(pdf, 'nd30-page', 1, printed.length, 60);
  // A sheet's first page is the one without a number in the top margin.
  starts = printed.flatMap((p, i) => (p.words.some((w) => w.y1 < TOP && /^\d+$/u.test(w.text)) ? [] : [i]));
}, 240_000);
afterAll(() => t.dispose());
/** The printed sheets: the very hidden data sheet for consolidation (issue 13) is not one. */
const visible = () => wb.worksheets.filter((ws) => ws.state === 'visible');

describe('report workbook, ND30 print setup (read back with ExcelJS)', () => {
  it('has ND30 margins on every sheet: left 30–35 mm, right 15–20 mm, top and bottom 20–25 mm', () => {
    expect(visible().length).toBe(4);
    for (const ws of visible()) {
      const m = ws.pageSetup.margins!;
      const mm = (inch: number) => inch * 25.4;
      expect(mm(m.left), ws.name).toBeGreaterThanOrEqual(29.9);
      expect(mm(m.left), ws.name).toBeLessThanOrEqual(35.1);
      expect(mm(m.right), ws.name).toBeGreaterThanOrEqual(14.9);
      expect(mm(m.right), ws.name).toBeLessThanOrEqual(20.1);
      for (const side of [m.top, m.bottom]) {
        expect(mm(side), ws.name).toBeGreaterThanOrEqual(19.9);
        expect(mm(side), ws.name).toBeLessThanOrEqual(25.1);
      }
    }
  });

  it('numbers pages at the top centre from the second page of each sheet, not in a footer', () => {
    for (const ws of visible()) {
      expect(ws.headerFooter.differentFirst, ws.name).toBe(true);
      expect(ws.headerFooter.oddHeader, ws.name).toMatch(/^&C.*&P$/u);
      expect(ws.headerFooter.firstHeader ?? '', ws.name).toBe('');
      expect(ws.headerFooter.oddFooter ?? '', ws.name).toBe('');
      expect(ws.pageSetup.firstPageNumber, ws.name).toBe(1);
    }
  });

  it('draws the rule under the issuing body as its own row, not as an underline of the name', () => {
    const ws = wb.getWorksheet('Tổng hợp')!;
    expect(ws.getCell('A2').value).toBe('XÃ HÒA BÌNH');
    expect(ws.getCell('A2').font.underline).toBeFalsy();
    expect(String(ws.getCell('A3').value)).toMatch(/^_+$/u);
  });

  it('writes per-cent columns as numbers without a "%" format', () => {
    const ws = wb.getWorksheet('Tổng hợp')!;
    let checked = 0;
    ws.eachRow((row) => row.eachCell((cell) => {
      if (typeof cell.value === 'number') {
        expect(cell.numFmt ?? '').not.toContain('%');
        checked++;
      }
    }));
    expect(checked).toBeGreaterThan(20);
  });
});

describe('report workbook printed by LibreOffice', () => {
  it('has one first page per sheet and numbers every other page at the top centre', () => {
    expect(starts).toHaveLength(4);
    expect(starts[0]).toBe(0);
    printed.forEach((page, i) => {
      const sheetStart = Math.max(...starts.filter((s) => s <= i));
      const top = page.words.filter((w) => w.y1 < TOP);
      if (i === sheetStart) {
        expect(top, `page ${i + 1} is a sheet's first page: no number`).toEqual([]);
      } else {
        expect(top.map((w) => w.text), `page ${i + 1}`).toEqual([String(i - sheetStart + 1)]);
        const centre = (top[0].x0 + top[0].x1) / 2;
        // Centred over the text width (between the margins), within a few points.
        expect(Math.abs(centre - (30 * MM + (page.width - 15 * MM)) / 2), `page ${i + 1}`).toBeLessThan(25);
      }
    });
  });

  it('opens with the ND30 header: issuing body with a short rule, Quốc hiệu, motto with its rule, number, place and date', () => {
    const p = printed[0];
    for (const text of ['ỦY BAN NHÂN DÂN', 'XÃ HÒA BÌNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 12/BC-UBND', 'Hòa Bình, ngày 20 tháng 9 năm 2026', 'BÁO CÁO']) {
      expect(phrase(p, text), text).toBeDefined();
    }
    const name = phrase(p, 'XÃ HÒA BÌNH')!;
    const body = phrase(p, 'ỦY BAN NHÂN DÂN')!;
    const nameWidth = Math.max(name.x1 - name.x0, body.x1 - body.x0); // the issuing body's widest line
    const motto = phrase(p, 'Độc lập - Tự do - Hạnh phúc')!;
    const rules = p.words.filter((w) => /^_+$/u.test(w.text));
    const under = (box: { x0: number; x1: number; y1: number }) =>
      rules.find((r) => r.y0 > box.y1 - 4 && r.y0 < box.y1 + 20 && r.x0 > box.x0 - 60 && r.x1 < box.x1 + 60)!;
    const issuerRule = under(name);
    expect(issuerRule, 'rule under the issuing body').toBeDefined();
    const ratio = (issuerRule.x1 - issuerRule.x0) / nameWidth;
    expect(ratio).toBeGreaterThanOrEqual(1 / 3 - 0.03);
    expect(ratio).toBeLessThanOrEqual(1 / 2 + 0.03);
    // Centred under the name.
    expect(Math.abs((issuerRule.x0 + issuerRule.x1) / 2 - (name.x0 + name.x1) / 2)).toBeLessThan(4);
    const mottoRule = under(motto);
    expect(Math.abs((mottoRule.x1 - mottoRule.x0) / (motto.x1 - motto.x0) - 1)).toBeLessThan(0.1);
    // The trích yếu has its rule too, a third of its width or so, between it and the note.
    const title = phrase(p, 'Kết quả hoạt động của Tổ công nghệ số cộng đồng quý III năm 2026')!;
    const note = phrase(p, '(Số liệu từ ngày 15/06/2026 đến ngày 14/09/2026)')!;
    const titleRule = rules.find((r) => r.y0 > title.y0 && r.y1 < note.y1)!;
    expect(titleRule, 'rule under the trích yếu').toBeDefined();
    expect((titleRule.x1 - titleRule.x0) / (title.x1 - title.x0)).toBeGreaterThan(0.25);
    expect((titleRule.x1 - titleRule.x0) / (title.x1 - title.x0)).toBeLessThan(0.45);
  });

  it('repeats a table\'s header on every page it runs onto, so no page starts with bare rows', () => {
    printed.forEach((page, i) => {
      // Data rows: a row number in the STT column at the left of the table.
      const numbers = page.words.filter((w) => w.y0 > TOP && /^\d+$/u.test(w.text) && w.x0 < 30 * MM + 40);
      if (!numbers.length) return;
      const firstRow = Math.min(...numbers.map((w) => w.y0));
      const headers = page.words.filter((w) => w.text === 'STT');
      expect(headers.length, `page ${i + 1} has table rows but no header`).toBeGreaterThan(0);
      expect(Math.min(...headers.map((h) => h.y0)), `page ${i + 1}: header above the first row`).toBeLessThan(firstRow);
    });
  });

  it('fills the summary sheet\'s pages before the last, and ends it with Nơi nhận level with the signatures', () => {
    const summary = printed.slice(0, starts[1]);
    for (const [i, page] of summary.slice(0, -1).entries()) {
      const lowest = Math.max(...page.words.map((w) => w.y1));
      expect(lowest / page.height, `summary page ${i + 1} is mostly empty`).toBeGreaterThan(0.65);
    }
    const last = summary[summary.length - 1];
    const head = phrase(last, 'Nơi nhận:')!;
    expect(head).toBeDefined();
    expect(lineAt(last, head.y0)).toMatch(/^Nơi nhận: NGƯỜI LẬP BIỂU TM\. ỦY BAN NHÂN DÂN$/u);
    // U+2010 HYPHEN: a cell starting with "-" would look like a formula (signature.ts).
    expect(phrase(last, '\u2010 Như trên;')).toBeDefined();
    expect(phrase(last, '\u2010 Lưu: VT.')).toBeDefined();
    expect(phrase(last, 'CHỦ TỊCH')).toBeDefined();
    expect(phrase(last, 'Nguyễn Văn Ánh')).toBeDefined();
    expect(phrase(last, 'Lê Thị Mai')).toBeDefined();
  });

  it('prints per-cent columns without a "%" after the numbers', () => {
    for (const page of printed) {
      for (const w of page.words) expect(w.text).not.toMatch(/\d%$/u);
    }
    expect(printed[0].words.some((w) => w.text === '(%)')).toBe(true);
  });
});
