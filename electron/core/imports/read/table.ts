/**
 * Finds the column header in a sheet and turns the rows below it into member rows.
 * Offices' lists open with a title block (issuing body and Quốc hiệu side by side, "DANH
 * SÁCH …", "Kèm theo Quyết định số …") whose rows can hold two text cells too, so the header
 * is the first row with at least two text cells, at least half as many filled cells as the
 * widest row near the top, and no title-block wording.
 */
import { AppError } from '../../../../shared/errors';
import type { LegacyEncoding } from '../../../../shared/text/legacy';
import { foldDiacritics } from '../../../../shared/text/vietnamese';
import { fieldOfHeader } from '../columns';
import type { Grid, GridCell, GridRow } from './grid';
import { READ_LIMITS } from './limits';
import { tooManyRows } from './messages';

export interface MemberCell {
  text: string;
  encoding: LegacyEncoding;
}

export interface MemberRow {
  rowNumber: number;
  /** One per header column, in order; empty cells are ''. */
  cells: MemberCell[];
}

export interface MemberWorkbook {
  sheets: string[];
  sheet: string;
  /** Header texts by column from A; a blank header cell is ''. */
  header: string[];
  /** 1-based row number of the header (its last row when it spans several). */
  headerRowNumber: number;
  /** Every row of the header, top first: a group row ("Thông tin cá nhân") above the field names. */
  headerRows: number[];
  rows: MemberRow[];
}

// Folded (no diacritics, lower case) wording of the administrative title block.
const TITLE_BLOCK = [
  /cong hoa xa hoi chu nghia/u,
  /doc lap\s*-?\s*tu do/u,
  /^(uy ban nhan dan|ubnd)\b/u,
  /^danh sach\b/u,
  /ngay .* thang .* nam/u,
  /^so\s*:/u,
  /^\(?kem theo\b/u,
];

const filled = (cells: Array<GridCell | undefined>) => cells.filter((c) => c && c.text !== '') as GridCell[];
const ownTextCells = (row: GridRow) => filled(row.cells).filter((c) => c.isText && !c.fromMerge);
const isTitleBlock = (row: GridRow) =>
  filled(row.cells).some((c) => TITLE_BLOCK.some((pattern) => pattern.test(foldDiacritics(c.text))));

function findHeaderIndex(rows: GridRow[]): number {
  const scanned = rows.slice(0, READ_LIMITS.headerScanRows);
  const widest = Math.max(0, ...scanned.map((row) => filled(row.cells).length));
  const needed = Math.max(2, Math.ceil(widest / 2));
  return scanned.findIndex((row) => ownTextCells(row).length >= needed && !isTitleBlock(row));
}

/** The "(1) (2) (3) …" or "1 2 3 …" row many official forms put under the header. */
/** Most rows one header may span (group label, sub-group, field names). */
const MAX_HEADER_ROWS = 3;

/**
 * A row under the header that names fields itself: "Họ và tên | Ngày sinh | …" under a merged
 * "Thông tin cá nhân". It must name at least two different fields and be mostly field names,
 * which no data row is (a data row names at most its village, "Thôn Đông").
 */
function continuesHeader(row: GridRow): boolean {
  const own = ownTextCells(row);
  const fields = own.map((c) => fieldOfHeader(c.text)).filter((f) => f !== null);
  const nonText = filled(row.cells).filter((c) => !c.isText).length;
  return nonText === 0 && new Set(fields).size >= 2 && fields.length * 2 >= own.length;
}

/** Per column, the lowest header text: the field name under a group label, else the label. */
function combinedHeader(rows: GridRow[]): string[] {
  const width = Math.max(...rows.map((r) => r.cells.length));
  return Array.from({ length: width }, (_, col) => {
    for (let i = rows.length - 1; i >= 0; i--) {
      const text = rows[i].cells[col]?.text;
      if (text) return text;
    }
    return '';
  });
}

function isColumnNumbering(row: GridRow): boolean {
  const values = filled(row.cells).map((c) => c.text.replace(/^\((\d+)\)$/u, '$1'));
  return values.length >= 2 && values.every((v, i) => v === String(i + 1));
}

export function buildMemberTable(grid: Grid, fileName: string, maxRows: number): MemberWorkbook {
  const headerIndex = findHeaderIndex(grid.rows);
  if (headerIndex < 0) {
    throw new AppError(
      'VALIDATION',
      `Không tìm thấy dòng tiêu đề cột (như “Họ và tên”, “Ngày sinh”, “Số điện thoại”) trong ${READ_LIMITS.headerScanRows} dòng đầu của trang tính “${grid.sheet}”.`,
      { fileName, sheet: grid.sheet },
    );
  }
  let headerEnd = headerIndex + 1;
  while (headerEnd - headerIndex < MAX_HEADER_ROWS && headerEnd < grid.rows.length && continuesHeader(grid.rows[headerEnd])) {
    headerEnd++;
  }
  const headerRows = grid.rows.slice(headerIndex, headerEnd);
  const header = combinedHeader(headerRows);
  const width = header.length;

  let body = grid.rows.slice(headerEnd);
  if (body.length > 0 && isColumnNumbering(body[0])) body = body.slice(1);
  const rows: MemberRow[] = [];
  for (const row of body) {
    const cells = Array.from({ length: width }, (_, i) => {
      const cell = row.cells[i];
      return { text: cell?.text ?? '', encoding: cell?.encoding ?? 'unicode' };
    });
    if (cells.every((c) => c.text === '')) continue;
    rows.push({ rowNumber: row.rowNumber, cells });
  }
  if (rows.length > maxRows) throw tooManyRows(fileName, grid.sheet, maxRows);
  return {
    sheets: grid.sheets,
    sheet: grid.sheet,
    header,
    headerRowNumber: headerRows[headerRows.length - 1].rowNumber,
    headerRows: headerRows.map((r) => r.rowNumber),
    rows,
  };
}
