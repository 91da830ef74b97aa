import { communeTitle, placeDateLine, upperVi } from '../../../shared/reports/format';
import type { Commune } from '../../../shared/api';
import {
  a4Sheet, breathe, cellStyle, createStreamingWorkbook, memorySink, printableRowHeight, repeatRows,
  safeNumber, safeText, SheetCursor, wrappedHeight, writeAdministrativeHeader, writeSignatureBlock,
} from '../xlsx';

export interface ListColumn { header: string; width: number; align?: 'left' | 'center' | 'right' }
export type ListCell = string | number | null;

/**
 * A list as an office prints it (ND30 layout): the administrative header, the title, a
 * bordered Times New Roman table whose header repeats on every A4 page, page numbers, and the
 * sign-off. Streamed, so the whole register (100,000 people) stays within memory.
 */
export async function writeListWorkbook(options: {
  commune: Commune; today: string; sheetName: string; title: string; subtitle?: string;
  orientation: 'portrait' | 'landscape'; columns: ListColumn[]; rows: Iterable<ListCell[]>;
}): Promise<Uint8Array> {
  const { commune, columns } = options;
  const sink = memorySink();
  const workbook = createStreamingWorkbook(sink.stream, { title: options.title });
  const widths = columns.map((c) => c.width);
  const sheet = workbook.addWorksheet(options.sheetName, a4Sheet(options.orientation));
  const cursor = new SheetCursor(sheet, widths, printableRowHeight(options.orientation, widths));
  writeAdministrativeHeader(cursor, {
    issuer: ['ỦY BAN NHÂN DÂN', upperVi(communeTitle(commune.kind, commune.name))],
    numberLine: '',
    placeDate: placeDateLine(commune.placeName, options.today),
  });
  const last = columns.length;
  cursor.addSpan(1, last, options.title, cellStyle({ size: 14, bold: true, horizontal: 'center' }));
  if (options.subtitle) cursor.addSpan(1, last, options.subtitle, cellStyle({ size: 13, italic: true, horizontal: 'center' }));
  cursor.blank(10);

  const head = cellStyle({ size: 12, bold: true, horizontal: 'center', wrap: true, border: true });
  const headerRow = cursor.add(columns.map((c) => ({ value: c.header, style: head })), 34);
  repeatRows(sheet, headerRow, headerRow);
  const body = columns.map((c) => cellStyle({ size: 12, horizontal: c.align ?? 'left', wrap: true, border: true }));
  let n = 0;
  for (const row of options.rows) {
    // Neither Excel nor LibreOffice grows a row for wrapped text on opening: set its height.
    const height = Math.max(...row.map((v, i) => (typeof v === 'string' ? wrappedHeight(v, widths[i]) : 0)), 18);
    cursor.add(row.map((v, i) => ({ value: typeof v === 'number' ? safeNumber(v) : safeText(v ?? ''), style: body[i] })), height);
    if (++n % 500 === 0) {
      cursor.flush();
      await breathe(sheet);
    }
  }
  cursor.blank(10);
  writeSignatureBlock(cursor, { left: ['NGƯỜI LẬP DANH SÁCH'], leftName: null, right: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], rightName: commune.chairName });
  cursor.flush();
  sheet.commit();
  await workbook.commit();
  return sink.bytes();
}
