/**
 * Reads a commune's report workbook back (issue 13): the hidden data sheet written by
 * reports/workbook/embedded-data.ts, its checksum, and every printed figure compared with the
 * recorded one. Never throws for a bad file: it says what is wrong, in Vietnamese.
 */
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import {
  DATA_MARK, DATA_SHEET, dataChecksum, REPORT_DATA_SCHEMA, type FigureRow, type ReportData,
} from '../reports/workbook/embedded-data';

/** A commune's report is a few hundred KB; a larger file is refused unread (issue 12: capped costs). */
export const MAX_REPORT_BYTES = 30 * 1024 * 1024;
/** Schema versions this build reads. */
export const READABLE_SCHEMAS: readonly number[] = [1];

export type ReadProblem =
  | 'too-large' | 'unreadable' | 'not-tcns' | 'schema' | 'data-checksum' | 'visible-edited';

export interface EditedCell { sheet: string; cell: string; recorded: number | null; shown: unknown }

export type ReadResult =
  | { ok: true; data: ReportData; sha256: string }
  | { ok: false; problem: ReadProblem; message: string; sha256: string; edited?: EditedCell[]; schemaVersion?: number };

const columnName = (n: number): string => (n > 26 ? columnName(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));

/** A cell's value as a number, or null when empty; anything else is returned as is. */
function cellNumber(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'object' && 'result' in value) return (value as { result: unknown }).result ?? null;
  return value;
}

/** Printed cells that differ from the recorded figures (the first 20 are named). */
function editedCells(workbook: ExcelJS.Workbook, data: ReportData): EditedCell[] {
  const edited: EditedCell[] = [];
  for (const table of data.tables) {
    const sheet = workbook.getWorksheet(table.sheet);
    const rows: FigureRow[] = table.total ? [...table.rows, table.total] : table.rows;
    for (const row of rows) {
      table.columns.forEach((c, i) => {
        const shown = sheet ? cellNumber(sheet.getCell(row.row, c.column).value) : undefined;
        if (shown !== row.values[i]) edited.push({ sheet: table.sheet, cell: `${columnName(c.column)}${row.row}`, recorded: row.values[i], shown });
      });
    }
  }
  return edited;
}

function looksLikeData(value: unknown): value is ReportData {
  const d = value as ReportData;
  return !!d && d.format === 'tcns-report' && typeof d.commune?.id === 'string' && typeof d.period?.code === 'string'
    && typeof d.layout?.id === 'string' && Array.isArray(d.tables);
}

/** `size`: the file's size when the caller did not read an over-large file (bytes then empty). */
export async function readReport(bytes: Uint8Array, size = bytes.length): Promise<ReadResult> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const fail = (problem: ReadProblem, message: string, extra: object = {}): ReadResult => ({ ok: false, problem, message, sha256, ...extra });
  if (size > MAX_REPORT_BYTES) return fail('too-large', `Tệp quá lớn (${Math.round(size / 1048576)} MB, tối đa ${MAX_REPORT_BYTES / 1048576} MB) — không phải báo cáo của một xã.`);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return fail('unreadable', 'Không đọc được tệp: không phải tệp Excel (.xlsx) hoặc tệp bị hỏng.');
  }
  const sheet = workbook.getWorksheet(DATA_SHEET);
  if (!sheet || sheet.getCell('A1').value !== DATA_MARK) {
    return fail('not-tcns', 'Tệp không có dữ liệu tổng hợp của TCNS: không phải báo cáo do TCNS lập, hoặc lập bằng phiên bản TCNS cũ (trước phiên bản dữ liệu 1). Đề nghị xã xuất lại báo cáo.');
  }
  const version = Number(sheet.getCell('A2').value);
  if (!READABLE_SCHEMAS.includes(version)) {
    const newer = version > REPORT_DATA_SCHEMA;
    return fail('schema', `Báo cáo có dữ liệu phiên bản ${String(sheet.getCell('A2').value)}; phần mềm này đọc được phiên bản ${READABLE_SCHEMAS.join(', ')}${newer ? ' — hãy cập nhật TCNS' : ''}.`, { schemaVersion: version });
  }
  let json = '';
  for (let row = 4; row <= sheet.rowCount; row++) {
    const v = sheet.getCell(`A${row}`).value;
    if (typeof v === 'string') json += v;
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return fail('data-checksum', 'Dữ liệu ẩn của báo cáo bị hỏng hoặc đã bị sửa (không đọc được).');
  }
  if (!looksLikeData(data) || data.schemaVersion !== version || dataChecksum(data) !== sheet.getCell('A3').value) {
    return fail('data-checksum', 'Dữ liệu ẩn của báo cáo đã bị sửa sau khi xuất (mã kiểm tra SHA-256 không khớp). Đề nghị xã xuất lại báo cáo.');
  }
  const edited = editedCells(workbook, data);
  if (edited.length) {
    const named = edited.slice(0, 5).map((e) => `${e.sheet}!${e.cell} (lúc xuất ${e.recorded ?? 'trống'}, nay ${e.shown ?? 'trống'})`).join('; ');
    return fail('visible-edited', `Số liệu đã bị sửa tay sau khi xuất ở ${edited.length} ô: ${named}${edited.length > 5 ? '; …' : ''}. Đề nghị xã xuất lại báo cáo.`, { edited });
  }
  return { ok: true, data, sha256 };
}
