/**
 * The provincial workbook for a period (issue 13): for every table of the commune report, one
 * row per commune and a "Toàn tỉnh" row, under the ND30 header of the provincial body (the
 * same kit as the commune report: electron/core/xlsx, documents/nd30.ts). Figures come from
 * each report's checked data (read-report.ts), the latest submission of each commune.
 * Counts are summed; a ratio or an average (per cent, decimal) cannot be summed, so the
 * province row leaves it empty rather than print a wrong number.
 */
import { AppError } from '../../../shared/errors';
import { periodPhrase, parsePeriod } from '../../../shared/reports/periods';
import { placeDateLine } from '../../../shared/text/dates';
import { upperVi } from '../../../shared/text/vietnamese';
import type { FigureTable } from '../reports/workbook/embedded-data';
import {
  a4Sheet, cellStyle, repeatRows, createStreamingWorkbook, memorySink, NUMBER_FORMATS, printableRowHeight, RULE_ROW_HEIGHT, RULE_STYLE, ruleText,
  safeText, SheetCursor, textWidth, wrappedHeight, writeAdministrativeHeader, writeSignatureBlock,
} from '../xlsx';
import { periodStatus } from './status';
import { currentReports } from './submissions';
import { getSetting, type Workspace } from './workspace';

export const TOTAL_LABEL = 'Toàn tỉnh';
export const SUMMARY_SHEET = 'Tổng hợp toàn tỉnh';
export const STATUS_SHEET = 'Tình hình nộp báo cáo';

interface SectionColumn { id: string; label: string; type: string }
/** One printed table: a commune report's table, or one row of it when it has no total row. */
export interface Section {
  heading: string;
  columns: SectionColumn[];
  rows: { commune: string; values: (number | null)[] }[];
  total: (number | null)[];
}

const columnId = (c: { group: string | null; label: string }) => (c.group ? `${c.group} — ${c.label}` : c.label);

/**
 * Sections in the order of the first report's tables: a table with a total row gives one
 * section of the communes' totals; one without (the indicators) gives a section per row.
 * Columns are matched by label, so communes with different indicator catalogues line up.
 */
export function provincialSections(reports: { communeTitle: string; data: { tables: FigureTable[] } }[]): Section[] {
  const order: string[] = [];
  const sections = new Map<string, Section & { ids: Map<string, number>; byCommune: Map<string, Map<string, number | null>> }>();
  const section = (key: string, heading: string) => {
    let s = sections.get(key);
    if (!s) {
      s = { heading, columns: [], rows: [], total: [], ids: new Map(), byCommune: new Map() };
      sections.set(key, s);
      order.push(key);
    }
    return s;
  };
  for (const report of reports) {
    for (const table of report.data.tables) {
      const base = `${table.sheet}#${table.index}#${table.source}`;
      const title = table.heading ?? table.sheet;
      const parts = table.total ? [{ key: base, heading: title, row: table.total }] : table.rows.map((r) => ({ key: `${base}#${r.label}`, heading: `${title}: ${r.label}`, row: r }));
      for (const part of parts) {
        const s = section(part.key, part.heading);
        const values = s.byCommune.get(report.communeTitle) ?? new Map<string, number | null>();
        table.columns.forEach((c, i) => {
          const id = columnId(c);
          if (!s.ids.has(id)) {
            s.ids.set(id, s.columns.length);
            s.columns.push({ id, label: c.label, type: c.type });
          }
          values.set(id, part.row.values[i]);
        });
        s.byCommune.set(report.communeTitle, values);
      }
    }
  }
  return order.map((key) => {
    const s = sections.get(key)!;
    const rows = [...s.byCommune.entries()].sort(([a], [b]) => a.localeCompare(b, 'vi')).map(([commune, values]) => ({ commune, values: s.columns.map((c) => values.get(c.id) ?? null) }));
    const total = s.columns.map((c, i) => (c.type === 'integer' ? rows.reduce((sum, r) => sum + (r.values[i] ?? 0), 0) : null));
    return { heading: s.heading, columns: s.columns, rows, total };
  });
}

const STYLE = {
  title: cellStyle({ size: 14, bold: true, horizontal: 'center' }),
  subtitle: cellStyle({ size: 13, bold: true, horizontal: 'center' }),
  note: cellStyle({ size: 13, italic: true, horizontal: 'center' }),
  heading: cellStyle({ size: 13, bold: true, horizontal: 'left', wrap: false }),
  header: cellStyle({ size: 12, bold: true, horizontal: 'center', border: true }),
  index: cellStyle({ horizontal: 'center', border: true }),
  text: cellStyle({ horizontal: 'left', border: true }),
  number: cellStyle({ horizontal: 'right', border: true, numFmt: NUMBER_FORMATS.decimal }),
  integer: cellStyle({ horizontal: 'right', border: true, numFmt: NUMBER_FORMATS.integer }),
  totalLabel: cellStyle({ size: 12, bold: true, horizontal: 'center', border: true }),
  totalNumber: cellStyle({ size: 12, bold: true, horizontal: 'right', border: true, numFmt: NUMBER_FORMATS.integer }),
};

const FIGURE_WIDTH = 13;
/** "xã Hòa Bình" (as in a sentence) → "Xã Hòa Bình" (a cell of its own). */
export const cellTitle = (title: string): string => title.charAt(0).toLocaleUpperCase('vi') + title.slice(1);
const NAME_WIDTH = 28;

function writeSection(cursor: SheetCursor, s: Section): void {
  cursor.blank(10);
  const labels = ['STT', 'Xã, phường', ...s.columns.map((c) => safeText(c.id))];
  const height = Math.max(...labels.map((l, i) => wrappedHeight(l, i === 0 ? 6 : i === 1 ? NAME_WIDTH : FIGURE_WIDTH, 12, true)), 20);
  const header = () => cursor.add(labels.map((value) => ({ value, style: STYLE.header })), height);
  // Heading, header and the first rows start on one page; a table running on repeats its header.
  cursor.keepTogether(22 + height + 3 * 18);
  cursor.addSpan(1, cursor.columnCount, safeText(s.heading), STYLE.heading, { height: 22 });
  header();
  s.rows.forEach((r, i) => {
    if (!cursor.fits(i === s.rows.length - 1 ? 18 + 20 : 18)) {
      cursor.pageBreak();
      header();
    }
    cursor.add([
      { value: i + 1, style: STYLE.index }, { value: cellTitle(r.commune), style: STYLE.text },
      ...r.values.map((value, k) => ({ value, style: s.columns[k].type === 'integer' ? STYLE.integer : STYLE.number })),
    ], 18);
  });
  const t = cursor.add([
    { value: TOTAL_LABEL, style: STYLE.totalLabel }, { value: null, style: STYLE.totalLabel },
    ...s.total.map((value) => ({ value, style: STYLE.totalNumber })),
  ], 20);
  cursor.merge(t, 1, t, 2);
  cursor.flush();
}

export async function buildProvincialWorkbook(ws: Workspace, periodText: string): Promise<{ bytes: Uint8Array; sections: Section[]; communes: number; submitted: number }> {
  const period = parsePeriod(periodText);
  const reports = currentReports(ws, period.code);
  if (reports.length === 0) throw new AppError('VALIDATION', `Chưa có báo cáo nào của ${period.label} trong sổ tổng hợp.`);
  const status = periodStatus(ws, period.code);
  const sections = provincialSections(reports);
  const province = getSetting(ws, 'province') ?? reports[0].data.commune.province;
  const issuer = (getSetting(ws, 'issuer') ?? `ỦY BAN NHÂN DÂN TỈNH ${upperVi(province)}\nSỞ KHOA HỌC VÀ CÔNG NGHỆ`).split('\n');
  const symbol = getSetting(ws, 'symbol') ?? 'BC-SKHCN';
  const place = getSetting(ws, 'place') ?? province;
  const recipient = getSetting(ws, 'recipient') ?? 'Bộ Khoa học và Công nghệ';
  const signer = (getSetting(ws, 'signer') ?? 'GIÁM ĐỐC').split('\n');

  const sink = memorySink();
  const wb = createStreamingWorkbook(sink.stream, { title: `Báo cáo tổng hợp Tổ công nghệ số cộng đồng ${periodPhrase(period)}` });
  const figures = Math.max(...sections.map((s) => s.columns.length), 4);
  const widths = [6, NAME_WIDTH, ...Array.from({ length: figures }, () => FIGURE_WIDTH)];
  const cursor = new SheetCursor(wb.addWorksheet(SUMMARY_SHEET, a4Sheet('landscape')), widths, printableRowHeight('landscape', widths));
  const last = cursor.columnCount;
  writeAdministrativeHeader(cursor, { issuer, numberLine: `Số:        /${symbol}`, placeDate: placeDateLine(place, ws.now().slice(0, 10)) });
  cursor.addSpan(1, last, 'BÁO CÁO TỔNG HỢP', STYLE.title);
  const subtitle = `Kết quả hoạt động của Tổ công nghệ số cộng đồng ${periodPhrase(period)} trên địa bàn tỉnh ${province}`;
  cursor.addSpan(1, last, subtitle, STYLE.subtitle);
  const rule = cursor.add([], RULE_ROW_HEIGHT);
  cursor.put(rule, 1, last, ruleText(textWidth(subtitle, 13, true) / 3), RULE_STYLE);
  cursor.addSpan(1, last, `(Tổng hợp từ báo cáo của ${status.submitted}/${status.communes.length} xã, phường; tỷ lệ (%) và bình quân không cộng ở dòng ${TOTAL_LABEL})`, STYLE.note);
  cursor.blank(6);
  cursor.addSpan(1, last, `Kính gửi: ${recipient}.`, cellStyle({ size: 13, horizontal: 'center' }));
  sections.forEach((s) => writeSection(cursor, s));
  writeSignatureBlock(cursor, { left: ['NGƯỜI LẬP BIỂU'], leftName: null, right: signer, rightName: null, recipients: ['Như trên', 'Lưu: VT'] });
  cursor.flush();
  cursor.sheet.commit();

  const statusWidths = [6, NAME_WIDTH + 6, 14, 40, 16];
  const sc = new SheetCursor(wb.addWorksheet(STATUS_SHEET, a4Sheet('portrait')), statusWidths, printableRowHeight('portrait', statusWidths));
  sc.addSpan(1, 5, `TÌNH HÌNH NỘP BÁO CÁO ${upperVi(periodPhrase(period))}`, STYLE.title);
  sc.addSpan(1, 5, `Đã nộp ${status.submitted}/${status.communes.length}; chưa nộp ${status.missing.length}`, STYLE.note);
  sc.blank(10);
  const head = sc.add(['STT', 'Xã, phường', 'Đã nộp', 'Tệp báo cáo', 'Ngày báo cáo'].map((value) => ({ value, style: STYLE.header })), 20);
  repeatRows(sc.sheet, head, head);
  status.communes.forEach((c, i) => sc.add([
    { value: i + 1, style: STYLE.index }, { value: cellTitle(c.title), style: STYLE.text }, { value: c.submitted ? 'Đã nộp' : 'Chưa nộp', style: STYLE.index },
    { value: c.fileName && safeText(c.fileName), style: STYLE.text }, { value: c.reportDate ? c.reportDate.split('-').reverse().join('/') : null, style: STYLE.index },
  ], 18));
  sc.flush();
  sc.sheet.commit();
  await wb.commit();
  return { bytes: sink.bytes(), sections, communes: status.communes.length, submitted: status.submitted };
}
