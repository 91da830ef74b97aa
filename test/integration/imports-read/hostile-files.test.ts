import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { READ_LIMITS, readMemberWorkbook } from '../../../electron/core/imports/read';
import {
  buildZip,
  notAWorkbookZip,
  scrambledWorkbook,
  truncatedWorkbook,
  vniWorkbook,
  zipBomb,
} from '../../helpers/workbooks';

/** Expects a VALIDATION AppError whose Vietnamese message contains `words` (and the reason). */
async function expectRefused(promise: Promise<unknown>, words: string, reason?: string) {
  await expect(promise).rejects.toMatchObject({
    name: 'AppError',
    code: 'VALIDATION',
    message: expect.stringContaining(words),
    ...(reason ? { details: expect.objectContaining({ reason: expect.stringContaining(reason) }) } : {}),
  });
}

describe('readMemberWorkbook refuses hostile or broken files', () => {
  it('refuses a file over the size cap before reading it', async () => {
    const big = new Uint8Array(READ_LIMITS.maxFileBytes + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    await expectRefused(readMemberWorkbook(big, 'lon.xlsx'), 'quá lớn');
  });

  it('refuses an empty file', async () => {
    await expectRefused(readMemberWorkbook(new Uint8Array(0), 'rong.xlsx'), 'rỗng');
  });

  it('judges the type by content, not by the extension', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj\n');
    await expectRefused(readMemberWorkbook(pdf, 'danh-sach.xlsx'), 'không phải bảng tính Excel');
    await expectRefused(readMemberWorkbook(pdf, 'danh-sach.csv'), 'không phải văn bản CSV');
    const xlsx = await vniWorkbook();
    await expectRefused(readMemberWorkbook(xlsx, 'danh-sach.csv'), 'không phải văn bản CSV');
    await expectRefused(readMemberWorkbook(notAWorkbookZip(), 'bao-cao.xlsx'), 'không phải bảng tính Excel');
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expectRefused(readMemberWorkbook(ole, 'co-mat-khau.xlsx'), 'mật khẩu');
    await expectRefused(readMemberWorkbook(ole, 'cu.xls'), '.xls');
    await expectRefused(readMemberWorkbook(xlsx, 'danh-sach.pdf'), 'chỉ nhận bảng tính Excel (.xlsx) hoặc tệp CSV');
  });

  it('refuses a truncated download and a damaged archive', async () => {
    await expectRefused(readMemberWorkbook(await truncatedWorkbook(), 'tai-do.xlsx'), 'bị hỏng', 'no end of central directory');
    await expectRefused(readMemberWorkbook(await scrambledWorkbook(), 'hong.xlsx'), 'bị hỏng'); // where depends on which part the garbage hit
  });

  it('refuses a zip bomb from its central directory, before inflating anything', async () => {
    const bomb = await zipBomb(300 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(1024 * 1024); // 300 MB of zeros packed in well under 1 MB
    const before = process.memoryUsage().rss;
    const started = Date.now();
    await expectRefused(readMemberWorkbook(bomb, 'bom.xlsx'), 'bất thường', 'entry too large');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
  });

  it('refuses a bomb whose headers lie about its size, by capping the inflater', async () => {
    // Declares 40 KB (ratio < 1, totals tiny) but inflates to 100 MB.
    const liar = await zipBomb(100 * 1024 * 1024, 40_000);
    const before = process.memoryUsage().rss;
    await expectRefused(readMemberWorkbook(liar, 'bom-gia.xlsx'), 'bất thường', 'past its declared size');
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
  });

  it('refuses an entry compressed far beyond what real workbooks reach', async () => {
    // 8 MB of one repeated row: within the size caps, but at a ratio no real sheet has.
    const xml = new TextEncoder().encode('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'.repeat(180_000));
    const packed = deflateRawSync(xml, { level: 9 });
    const zip = buildZip([
      { name: '[Content_Types].xml', data: deflateRawSync(Buffer.from('<Types/>')), method: 8, crc: 0, size: 8 },
      { name: 'xl/workbook.xml', data: deflateRawSync(Buffer.from('<workbook/>')), method: 8, crc: 0, size: 11 },
      { name: 'xl/worksheets/sheet1.xml', data: packed, method: 8, crc: 0, size: xml.length },
    ]);
    expect(xml.length / packed.length).toBeGreaterThan(READ_LIMITS.maxRatio);
    await expectRefused(readMemberWorkbook(zip, 'nen-cao.xlsx'), 'bất thường', 'compression ratio');
  });

  it('refuses more data rows than the cap', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Danh sách');
    sheet.addRow(['STT', 'Họ và tên']);
    for (let i = 1; i <= 6; i++) sheet.addRow([i, `Người số ${i}`]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    await expectRefused(readMemberWorkbook(bytes, 'nhieu.xlsx', { maxRows: 5 }), 'tối đa 5 dòng');
    expect((await readMemberWorkbook(bytes, 'du.xlsx', { maxRows: 6 })).rows).toHaveLength(6);
  });

  it('refuses the default 20,000-row cap in a CSV', async () => {
    const lines = ['STT,Họ và tên', ...Array.from({ length: READ_LIMITS.maxRows + 1 }, (_, i) => `${i + 1},Người số ${i + 1}`)];
    const bytes = new TextEncoder().encode(lines.join('\n'));
    await expectRefused(readMemberWorkbook(bytes, 'nhieu.csv'), 'tối đa 20.000 dòng');
  });

  it('refuses a sheet without a column header', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Ghi chú');
    sheet.addRow(['Chỉ có một ô chữ']);
    sheet.addRow([1, 2, 3]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    await expectRefused(readMemberWorkbook(bytes, 'khong-tieu-de.xlsx'), 'Không tìm thấy dòng tiêu đề cột');
  });
});
