/**
 * Reads one worksheet of a guarded .xlsx into a grid of converted text. The archive has been
 * checked by guardXlsxArchive first, so ExcelJS only ever inflates bounded, honest data.
 */
import ExcelJS from 'exceljs';
import { AppError } from '../../../../shared/errors';
import { cellValueText } from './cell-text';
import type { Grid, GridCell, GridRow } from './grid';
import { READ_LIMITS } from './limits';
import { tooManyRows } from './messages';
import { guardXlsxArchive } from './zip-guard';

function pickSheet(workbook: ExcelJS.Workbook, sheetName: string | undefined, fileName: string): ExcelJS.Worksheet {
  const sheets = workbook.worksheets;
  if (sheets.length === 0) {
    throw new AppError('VALIDATION', `Tệp “${fileName}” không có trang tính nào.`, { fileName });
  }
  if (sheetName !== undefined) {
    const found = sheets.find((s) => s.name === sheetName);
    if (!found) {
      throw new AppError(
        'VALIDATION',
        `Không có trang tính “${sheetName}” trong tệp “${fileName}”. Các trang tính có: ${sheets.map((s) => s.name).join(', ')}.`,
        { fileName, sheetName, sheets: sheets.map((s) => s.name) },
      );
    }
    return found;
  }
  // Hidden sheets and small visible ones usually hold lookup lists (genders, villages): the
  // officer means the visible sheet with the most rows, the first of them on a tie.
  const visible = sheets.filter((s) => s.state === 'visible');
  const candidates = visible.length > 0 ? visible : sheets;
  return candidates.reduce((best, s) => (s.actualRowCount > best.actualRowCount ? s : best));
}

function readCell(cell: ExcelJS.Cell): GridCell | undefined {
  if (cell.type === ExcelJS.ValueType.Merge) {
    const master = cell.master;
    // A vertical merge means "same as above" (one village for several people); a horizontal
    // one is a title or a group label spread across columns: only its first cell counts.
    if (master.col !== cell.col) return undefined;
    const copied = cellValueText(master.value, master.font?.name, master.numFmt);
    return copied.text ? { ...copied, fromMerge: true } : undefined;
  }
  const read = cellValueText(cell.value, cell.font?.name, cell.numFmt);
  return read.text ? read : undefined;
}

function readRows(sheet: ExcelJS.Worksheet, maxRows: number, fileName: string): GridRow[] {
  // Room for a title block above the header, then the cap itself.
  const rowLimit = maxRows + READ_LIMITS.headerScanRows + 1;
  if (sheet.actualRowCount > rowLimit) throw tooManyRows(fileName, sheet.name, maxRows);
  const rows: GridRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Array<GridCell | undefined> = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const read = readCell(cell);
      if (read) cells[col - 1] = read;
    });
    if (cells.length > 0) rows.push({ rowNumber, cells });
  });
  return rows;
}

export async function readXlsxGrid(
  bytes: Uint8Array,
  fileName: string,
  sheetName: string | undefined,
  maxRows: number,
): Promise<Grid> {
  guardXlsxArchive(bytes, fileName);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new AppError(
      'VALIDATION',
      `Tệp “${fileName}” bị hỏng hoặc không đúng định dạng Excel nên không đọc được. Hãy mở bằng Excel, lưu lại rồi thử lại.`,
      { fileName, reason: (error as Error).message },
    );
  }
  const sheet = pickSheet(workbook, sheetName, fileName);
  return { sheets: workbook.worksheets.map((s) => s.name), sheet: sheet.name, rows: readRows(sheet, maxRows, fileName) };
}
