import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readMemberWorkbook } from '../../../electron/core/imports/read';
import { HEADER, MEMBERS } from '../../helpers/workbooks';

const utf8 = (text: string) => new TextEncoder().encode(text);
const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
/** Bytes as a Vietnamese Windows saves "CSV" in its ANSI code page, encoded by glibc iconv. */
const cp1258 = (text: string) => new Uint8Array(execFileSync('iconv', ['-f', 'UTF-8', '-t', 'CP1258'], { input: text }));

const csv = (rows: string[][], delimiter = ',') =>
  rows.map((r) => r.map((f) => (/[",;\n]/u.test(f) ? `"${f.replace(/"/gu, '""')}"` : f)).join(delimiter)).join('\r\n');
const memberRows = () => MEMBERS.map((m, i) => [String(i + 1), m.name, m.birth, m.gender, m.phone, m.village]);
const unicodeCsv = (delimiter = ',') => csv([HEADER, ...memberRows()], delimiter);

describe('readMemberWorkbook on CSV', () => {
  it('reads UTF-8 with and without BOM', async () => {
    for (const bytes of [utf8(unicodeCsv()), new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(unicodeCsv())])]) {
      const book = await readMemberWorkbook(bytes, 'danh-sach.csv');
      expect(book.sheets).toEqual(['danh-sach']);
      expect(book.header).toEqual(HEADER);
      expect(book.rows.map((r) => r.cells.map((c) => c.text))).toEqual(memberRows());
      expect(book.rows.map((r) => r.rowNumber)).toEqual([2, 3, 4]);
    }
  });

  it('reads semicolons, quoted fields with line breaks, a "sep=" line, a title block and NFD', async () => {
    const text = [
      'sep=;',
      'ỦY BAN NHÂN DÂN XÃ AN BÌNH;;;CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'DANH SÁCH THÀNH VIÊN',
      csv([HEADER, ...memberRows()], ';').normalize('NFD'),
      '4;"Lê Văn ""Tư""";;Nam;;"Xóm 1;\nThôn Bắc"',
    ].join('\n');
    const book = await readMemberWorkbook(utf8(text), 'ds.csv');
    expect(book.header).toEqual(HEADER);
    expect(book.headerRowNumber).toBe(3); // Excel hides the sep= line
    expect(book.rows.slice(0, 3).map((r) => r.cells.map((c) => c.text))).toEqual(memberRows());
    expect(book.rows[3].cells.map((c) => c.text)).toEqual(['4', 'Lê Văn "Tư"', '', 'Nam', '', 'Xóm 1; Thôn Bắc']);
  });

  it('reads Windows-1258 ("CSV" saved by a Vietnamese Windows)', async () => {
    const book = await readMemberWorkbook(cp1258(unicodeCsv()), 'ansi.csv');
    expect(book.header).toEqual(HEADER);
    expect(book.rows.map((r) => r.cells[1].text)).toEqual(MEMBERS.map((m) => m.name));
  });

  it('converts TCVN3 and VNI bytes saved from legacy-font sheets', async () => {
    const tcvn3 = 'STT,Hä vµ tªn,Th«n\n1,NguyÔn V¨n Hïng,Th«n §«ng\n2,TrÇn ThÞ Thu H\u00adêng,Th«n §«ng\n3,§Æng §øc Dòng,Th«n Trung';
    const vni = 'STT,Hoï vaø teân,Thoân\n1,Nguyeãn Vaên Huøng,Thoân Ñoâng\n2,Traàn Thò Thu Höôøng,Thoân Ñoâng\n3,Ñaëng Ñöùc Duõng,Thoân Trung';
    for (const [text, encoding] of [[tcvn3, 'tcvn3'], [vni, 'vni']] as const) {
      const book = await readMemberWorkbook(latin1(text), `${encoding}.csv`);
      expect(book.header).toEqual(['STT', 'Họ và tên', 'Thôn']);
      expect(book.rows.map((r) => r.cells[1])).toEqual(MEMBERS.map((m) => ({ text: m.name, encoding })));
      expect(book.rows.map((r) => r.cells[2].text)).toEqual(MEMBERS.map((m) => m.village));
    }
  });

  it('keeps formula-like text inert', async () => {
    const book = await readMemberWorkbook(utf8('Họ và tên,Ghi chú\nAn,"=HYPERLINK(""http://x"",""y"")"\nBình,+84912345678\nChi,@SUM(A1)\nDũng,-'), 'f.csv');
    expect(book.rows.map((r) => r.cells[1].text)).toEqual(['=HYPERLINK("http://x","y")', '+84912345678', '@SUM(A1)', '-']);
  });
});
