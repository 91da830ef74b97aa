import { describe, expect, it } from 'vitest';
import { readMemberWorkbook } from '../../../electron/core/imports/read';
import { formulaWorkbook, INJECTION_STRINGS } from '../../helpers/workbooks';

describe('readMemberWorkbook reads values only', () => {
  it('takes cached formula results, link texts, rich text and ISO dates; never evaluates', async () => {
    const book = await readMemberWorkbook(await formulaWorkbook(), 'cong-thuc.xlsx');
    expect(book.header).toEqual(['Họ', 'Tên', 'Họ và tên', 'Ghi chú', 'Liên kết', 'Ngày vào tổ', 'Số điện thoại']);
    const table = book.rows.map((r) => r.cells.map((c) => c.text));
    expect(table).toEqual([
      ['Nguyễn Văn', 'An', 'Nguyễn Văn An', INJECTION_STRINGS[0], 'Nhóm Zalo thôn', '2024-01-15', '0912345678'],
      // A formula saved without a result reads as empty: it is not computed here.
      ['Lê Thị', 'Bình', '', INJECTION_STRINGS[1], 'Trang xã', '2024-02-01', INJECTION_STRINGS[1]],
      ['Phạm', 'Cường', 'Phạm Cường', '-', '@SUM(A1:A2)', '', '=1+1'],
      ['Võ', 'Dũng', 'Võ Dũng', '#DIV/0!', '', '', ''],
    ]);
    expect(book.rows.map((r) => r.rowNumber)).toEqual([2, 3, 4, 5]);
  });

  it('keeps formula-like strings as inert text, exactly as typed', async () => {
    const book = await readMemberWorkbook(await formulaWorkbook(), 'cong-thuc.xlsx');
    const texts = book.rows.flatMap((r) => r.cells.map((c) => c.text));
    for (const s of INJECTION_STRINGS) expect(texts).toContain(s);
    // The HYPERLINK formula's target never appears: only the cached display text does.
    expect(texts.some((t) => t.includes('https://example.com'))).toBe(false);
  });
});
