import ExcelJS from 'exceljs';
import type { Commune } from '../../../../shared/api/commune';
import type { AttendanceDays } from '../../../../shared/api/trainings';
import { COMMUNE_KINDS } from '../../../../shared/domain/vocabulary';
import { formatDate, longDate, shortTeamName } from '../format';
import { safeText } from '../../xlsx/safe-cell';

const FONT = 'Times New Roman';
const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const COLUMNS = [
  { header: 'STT', width: 6 },
  { header: 'Họ và tên', width: 26 },
  { header: 'Thôn', width: 16 },
  { header: 'Tổ', width: 30 },
  { header: 'Số buổi tham dự', width: 10 },
  { header: 'Số ngày tham dự', width: 10 },
  { header: 'Các ngày tham dự', width: 36 },
  { header: 'Ghi chú', width: 14 },
];
const LAST = 'H';

/**
 * Neither Excel nor LibreOffice grows a row for wrapped text when opening a generated file, so
 * the height is set from an estimate: about one character per unit of column width in 12 pt.
 */
const LINE_HEIGHT = 16;
function linesNeeded(values: (string | number)[]): number {
  return Math.max(1, ...values.map((v, i) => Math.ceil(String(v).length / Math.max(1, COLUMNS[i].width - 2))));
}

function line(ws: ExcelJS.Worksheet, range: string, text: string, font: Partial<ExcelJS.Font>, align: 'left' | 'center' = 'center'): void {
  ws.mergeCells(range);
  const cell = ws.getCell(range.split(':')[0]);
  cell.value = text;
  cell.font = { name: FONT, size: 12, ...font };
  cell.alignment = { horizontal: align, vertical: 'middle', wrapText: true };
}

/**
 * The days-attended workbook for a period, laid out like the commune's other reports: the
 * administrative header, the title and period, a bordered Times New Roman table with a
 * "Tổng cộng" row, and a signature area. Every text cell passes through safeText.
 */
export async function renderAllowanceWorkbook(commune: Commune, days: AttendanceDays, today: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'TCNS';
  wb.created = new Date(`${today}T00:00:00Z`);
  const ws = wb.addWorksheet('Ngày tham dự', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '8:8' },
  });
  ws.columns = COLUMNS.map((c) => ({ width: c.width }));

  line(ws, 'A1:C1', 'ỦY BAN NHÂN DÂN', { bold: true });
  line(ws, 'A2:C2', `${COMMUNE_KINDS[commune.kind]} ${commune.name}`.toUpperCase(), { bold: true });
  line(ws, `E1:${LAST}1`, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true });
  line(ws, `E2:${LAST}2`, 'Độc lập - Tự do - Hạnh phúc', { bold: true, size: 13, underline: true });
  line(ws, `E3:${LAST}3`, `${commune.placeName}, ${longDate(today)}`, { italic: true, size: 13 });
  line(ws, `A5:${LAST}5`, 'BẢNG TỔNG HỢP SỐ NGÀY THAM DỰ TẬP HUẤN', { bold: true, size: 14 });
  line(ws, `A6:${LAST}6`, `Từ ngày ${formatDate(days.from)} đến ngày ${formatDate(days.to)}`, { italic: true, size: 13 });

  const header = ws.getRow(8);
  COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { name: FONT, size: 12, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
  });
  header.height = 32;

  const first = 9;
  days.rows.forEach((r, n) => {
    const row = ws.getRow(first + n);
    const values = [
      n + 1, safeText(r.fullName), safeText(r.villageName ?? ''), safeText(r.teams.map(shortTeamName).join('; ')),
      r.sessions, r.days, r.dates.map(formatDate).join(', '), '',
    ];
    row.values = values;
    row.height = LINE_HEIGHT * linesNeeded(values);
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.font = { name: FONT, size: 12 };
      cell.border = BORDER;
      cell.alignment = { vertical: 'middle', wrapText: true, horizontal: col === 1 || col === 5 || col === 6 ? 'center' : 'left' };
    });
  });

  const totalRow = first + days.rows.length;
  const last = totalRow - 1;
  ws.mergeCells(`A${totalRow}:D${totalRow}`);
  const total = ws.getRow(totalRow);
  total.getCell(1).value = 'Tổng cộng';
  const sum = (col: string, result: number) => (days.rows.length ? { formula: `SUM(${col}${first}:${col}${last})`, result } : 0);
  total.getCell(5).value = sum('E', days.totalSessions);
  total.getCell(6).value = sum('F', days.totalDays);
  for (let col = 1; col <= COLUMNS.length; col++) {
    const cell = total.getCell(col);
    cell.font = { name: FONT, size: 12, bold: true };
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
  }

  const note = totalRow + 1;
  line(ws, `A${note}:${LAST}${note}`,
    'Ghi chú: mỗi ngày có buổi tập huấn mà người tham dự có mặt hoặc đến muộn tính là một ngày (hai buổi cùng ngày tính một ngày); vắng có phép, vắng và buổi tập huấn đã hủy không tính.',
    { italic: true, size: 11 }, 'left');
  ws.getRow(note).height = 30;
  const sign = note + 2;
  line(ws, `A${sign}:C${sign}`, 'NGƯỜI LẬP BIỂU', { bold: true });
  line(ws, `A${sign + 1}:C${sign + 1}`, '(Ký, ghi rõ họ tên)', { italic: true });
  line(ws, `E${sign}:${LAST}${sign}`, 'TM. ỦY BAN NHÂN DÂN', { bold: true });
  line(ws, `E${sign + 1}:${LAST}${sign + 1}`, 'CHỦ TỊCH', { bold: true });
  line(ws, `E${sign + 5}:${LAST}${sign + 5}`, safeText(commune.chairName), { bold: true });

  return new Uint8Array(await wb.xlsx.writeBuffer());
}
