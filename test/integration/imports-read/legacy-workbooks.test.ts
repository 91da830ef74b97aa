import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMemberWorkbook, type MemberWorkbook } from '../../../electron/core/imports/read';
import { HEADER, MEMBERS, nfdWorkbook, tcvn3Workbook, vniWorkbook } from '../../helpers/workbooks';

const OUT = join('test-output', 'imports-read');
mkdirSync(OUT, { recursive: true });

const expectedRows = () =>
  MEMBERS.map((m, i) => [String(i + 1), m.name, m.birth, m.gender, m.phone, m.village]);

function expectMembers(book: MemberWorkbook) {
  expect(book.sheets).toEqual(['Tra cứu', 'Danh sách']);
  expect(book.sheet).toBe('Danh sách'); // the hidden lookup sheet is skipped
  expect(book.headerRowNumber).toBe(6); // below the title block; the "(1) (2) …" row is skipped
  expect(book.rows.map((r) => r.rowNumber)).toEqual([8, 9, 10]);
  expect(book.rows.map((r) => r.cells.map((c) => c.text))).toEqual(expectedRows());
  for (const row of book.rows) for (const cell of row.cells) expect(cell.text).toBe(cell.text.normalize('NFC'));
}

describe('readMemberWorkbook on legacy-encoded office lists', () => {
  it('converts TCVN3 (.VnTime data, .VnTimeH capitals header)', async () => {
    const book = await readMemberWorkbook(await tcvn3Workbook(), 'danh-sach-tcvn3.xlsx');
    expect(book.header).toEqual(HEADER.map((h) => h.toUpperCase()));
    expectMembers(book);
    expect(book.rows[0].cells[1]).toEqual({ text: 'Nguyễn Văn Hùng', encoding: 'tcvn3' });
    expect(book.rows[0].cells[4]).toEqual({ text: '0912345678', encoding: 'unicode' });
  });

  it('converts VNI-Windows (VNI-Times)', async () => {
    const book = await readMemberWorkbook(await vniWorkbook(), 'danh-sach-vni.xlsx');
    expect(book.header).toEqual(HEADER);
    expectMembers(book);
    expect(book.rows[1].cells[1]).toEqual({ text: 'Trần Thị Thu Hường', encoding: 'vni' });
  });

  it('normalises NFD Unicode to NFC', async () => {
    const book = await readMemberWorkbook(await nfdWorkbook(), 'danh-sach-nfd.xlsx');
    expect(book.header).toEqual(HEADER);
    expectMembers(book);
    expect(book.rows.every((r) => r.cells.every((c) => c.encoding === 'unicode'))).toBe(true);
  });

  it('reads a sheet chosen by name, and refuses one that does not exist', async () => {
    const bytes = await vniWorkbook();
    const book = await readMemberWorkbook(bytes, 'a.xlsx', { sheetName: 'Danh sách' });
    expect(book.rows).toHaveLength(3);
    await expect(readMemberWorkbook(bytes, 'a.xlsx', { sheetName: 'Sheet9' })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('Không có trang tính “Sheet9”'),
    });
  });

  it('reads the TCVN3 list after LibreOffice re-saves it (another producer, same fonts)', async () => {
    const source = join(OUT, 'tcvn3-source.xlsx');
    writeFileSync(source, await tcvn3Workbook());
    const outDir = join(OUT, 'libreoffice');
    execFileSync('libreoffice', ['--headless', '--calc', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, source], {
      stdio: 'ignore',
      timeout: 120_000,
    });
    const resaved = readFileSync(join(outDir, 'tcvn3-source.xlsx'));
    const book = await readMemberWorkbook(new Uint8Array(resaved), 'resaved.xlsx');
    expect(book.header).toEqual(HEADER.map((h) => h.toUpperCase()));
    expect(book.rows.map((r) => r.cells[1].text)).toEqual(MEMBERS.map((m) => m.name));
    expect(book.rows.map((r) => r.cells[2].text)).toEqual(MEMBERS.map((m) => m.birth));
  });
});
