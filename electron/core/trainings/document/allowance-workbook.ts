import ExcelJS from 'exceljs';
import type { Commune } from '../../../../shared/api/commune';
import type { AttendanceDays } from '../../../../shared/api/trainings';
import { communeIssuer, placeDate } from '../../documents/nd30';
import {
  a4Sheet, cellStyle, printableRowHeight, repeatRows, RULE_ROW_HEIGHT, RULE_STYLE, ruleText, safeText, SheetCursor, textWidth,
  wrappedHeight, writeAdministrativeHeader, writeSignatureBlock,
} from '../../xlsx';
import { formatDate, shortTeamName } from '../format';

const COLUMNS = [
  { header: 'STT', width: 6, horizontal: 'center' },
  { header: 'Họ và tên', width: 26, horizontal: 'left' },
  { header: 'Thôn', width: 16, horizontal: 'left' },
  { header: 'Tổ', width: 30, horizontal: 'left' },
  { header: 'Số buổi tham dự', width: 10, horizontal: 'center' },
  { header: 'Số ngày tham dự', width: 10, horizontal: 'center' },
  { header: 'Các ngày tham dự', width: 36, horizontal: 'left' },
  { header: 'Ghi chú', width: 14, horizontal: 'left' },
] as const;
const WIDTHS = COLUMNS.map((c) => c.width);

const STYLES = {
  title: cellStyle({ size: 14, bold: true, horizontal: 'center' }),
  period: cellStyle({ size: 13, italic: true, horizontal: 'center' }),
  header: cellStyle({ size: 12, bold: true, horizontal: 'center', border: true }),
  cells: COLUMNS.map((c) => cellStyle({ horizontal: c.horizontal, border: true })),
  total: cellStyle({ size: 12, bold: true, horizontal: 'center', border: true }),
  note: cellStyle({ size: 11, italic: true, horizontal: 'left' }),
};

/**
 * The days-attended workbook for a period, with the ND30 kit of every workbook the app hands out
 * (xlsx/: A4 print setup and margins, administrative header, signature block, safe cells): the
 * title and period, a bordered table whose header repeats on each printed page, a "Tổng cộng"
 * row that sums with formulas, and the sign-off. Every text cell passes through safeText.
 */
export async function renderAllowanceWorkbook(commune: Commune, days: AttendanceDays, today: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'TCNS';
  wb.created = new Date(`${today}T00:00:00Z`);
  const ws = wb.addWorksheet('Ngày tham dự', a4Sheet('landscape'));
  const cursor = new SheetCursor(ws, WIDTHS, printableRowHeight('landscape', WIDTHS));
  const last = COLUMNS.length;

  writeAdministrativeHeader(cursor, { issuer: communeIssuer(commune.kind, commune.name), numberLine: null, placeDate: placeDate(commune.placeName, today) });
  const title = 'BẢNG TỔNG HỢP SỐ NGÀY THAM DỰ TẬP HUẤN';
  cursor.addSpan(1, last, title, STYLES.title);
  cursor.put(cursor.add([], RULE_ROW_HEIGHT), 1, last, ruleText(textWidth(title, 14, true) / 3), RULE_STYLE);
  cursor.addSpan(1, last, `Từ ngày ${formatDate(days.from)} đến ngày ${formatDate(days.to)}`, STYLES.period);
  cursor.blank(8);

  const header = cursor.add(COLUMNS.map((c) => ({ value: c.header, style: STYLES.header })), 32);
  repeatRows(ws, header, header);
  const first = header + 1;
  days.rows.forEach((r, n) => {
    const values = [
      n + 1, safeText(r.fullName), safeText(r.villageName ?? ''), safeText(r.teams.map(shortTeamName).join('; ')),
      r.sessions, r.days, r.dates.map(formatDate).join(', '), '',
    ];
    const height = Math.max(18, ...values.map((v, i) => (typeof v === 'string' && v ? wrappedHeight(v, COLUMNS[i].width) : 0)));
    cursor.add(values.map((value, i) => ({ value, style: STYLES.cells[i] })), height);
  });

  const totalRow = cursor.add(COLUMNS.map((_, i) => ({ value: i === 0 ? 'Tổng cộng' : null, style: STYLES.total })), 20);
  cursor.merge(totalRow, 1, totalRow, 4);
  const lastRow = totalRow - 1;
  const sum = (col: string, result: number) => (days.rows.length ? { formula: `SUM(${col}${first}:${col}${lastRow})`, result } : 0);
  ws.getRow(totalRow).getCell(5).value = sum('E', days.totalSessions);
  ws.getRow(totalRow).getCell(6).value = sum('F', days.totalDays);

  cursor.addSpan(1, last,
    'Ghi chú: mỗi ngày có buổi tập huấn mà người tham dự có mặt hoặc đến muộn tính là một ngày (hai buổi cùng ngày tính một ngày); vắng có phép, vắng và buổi tập huấn đã hủy không tính.',
    STYLES.note);
  writeSignatureBlock(cursor, {
    left: ['NGƯỜI LẬP BIỂU'], leftName: null, right: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], rightName: safeText(commune.chairName),
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
