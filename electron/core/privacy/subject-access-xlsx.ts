import ExcelJS from 'exceljs';
import { BORDER_ALL, font, safeText } from '../xlsx';
import type { SubjectAccess } from './subject-access';

type Table = { name: string; headers: [string, number][]; rows: string[][] };

/**
 * The subject-access copy as a workbook: one sheet per section, Times New Roman, bordered
 * tables; every value from the data goes through safeText (no formula injection).
 */
export async function renderSubjectAccessXlsx(data: SubjectAccess): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'TCNS';
  const tables: Table[] = [
    { name: 'Thông tin cá nhân', headers: [['Thông tin', 24], ['Nội dung', 50]], rows: data.person.map(([k, v]) => [k, v]) },
    {
      name: 'Tham gia tổ', headers: [['Tổ', 40], ['Chức danh', 14], ['Từ ngày', 12], ['Đến ngày', 12], ['Lý do', 30]],
      rows: data.memberships.map((m) => [m.team, m.position, m.from, m.to, m.reason]),
    },
    {
      name: 'Tập huấn', headers: [['Ngày', 12], ['Buổi tập huấn', 44], ['Vai trò', 20], ['Điểm danh', 14], ['Ghi chú', 30]],
      rows: data.trainings.map((t) => [t.date, t.title, t.role, t.mark, t.note]),
    },
    {
      name: 'Quyết định', headers: [['Số', 16], ['Ngày', 12], ['Loại', 14], ['Trích yếu', 50], ['Tổ', 36], ['Chức danh', 14]],
      rows: data.decisions.map((d) => [d.number, d.date, d.kind, d.title, d.team, d.position]),
    },
    { name: 'Lịch sử thay đổi', headers: [['Thời điểm', 18], ['Thay đổi', 34], ['Người thực hiện', 22]], rows: data.history.map((h) => [h.at, h.action, h.actor]) },
  ];
  for (const t of tables) {
    const sheet = book.addWorksheet(t.name, { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    sheet.getCell(1, 1).value = `${data.commune} — Dữ liệu cá nhân đang được lưu giữ (ngày ${data.madeOn}): ${t.name}`;
    sheet.getCell(1, 1).font = font(12, { bold: true });
    t.headers.forEach(([label, width], i) => {
      const cell = sheet.getCell(3, i + 1);
      cell.value = label;
      cell.font = font(12, { bold: true });
      cell.border = BORDER_ALL;
      sheet.getColumn(i + 1).width = width;
    });
    t.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = sheet.getCell(4 + r, c + 1);
        cell.value = safeText(value);
        cell.font = font(12);
        cell.border = BORDER_ALL;
        cell.alignment = { wrapText: true, vertical: 'top' };
      }),
    );
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
