/**
 * A report layout is data: which sheets, which tables on each, which columns (key, label, width,
 * type) in which order. The writer (electron/core/reports/workbook) knows nothing of any one
 * province's form. Text may use placeholders filled when the report is built:
 *   {period} "quý III năm 2026"   {PERIOD} "QUÝ III NĂM 2026"   {label} "Quý III/2026"
 *   {range} "từ ngày 15/06/2026 đến ngày 14/09/2026"
 *   {commune} "xã Hòa Bình"   {COMMUNE} "XÃ HÒA BÌNH"   {province} "Quảng Trị"
 *   {number} "12/BC-UBND"     {date} "15/09/2026"
 */
import type { ColumnKey, SourceName } from './sources';

/**
 * index: STT, numbered by the writer; text; integer and decimal: numbers (#,##0);
 * percent: a ratio 0..1, written as per cent without a sign (0.714 → 71.4) under a "(%)" label; date: a real Excel date shown dd/mm/yyyy; year: 4 digits.
 */
export type ColumnType = 'index' | 'text' | 'integer' | 'decimal' | 'percent' | 'date' | 'year';

export interface ColumnLayout<S extends SourceName = SourceName> {
  key: ColumnKey<S>;
  label: string;
  /** Excel column width in characters. For "indicators": the width of each indicator column. */
  width: number;
  type: ColumnType;
  /** Columns side by side with the same group share a merged header above their labels. */
  group?: string;
}

export type TableLayout = {
  [S in SourceName]: {
    source: S;
    /** Section heading above the table ("I. TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG"). */
    heading?: string;
    columns: ColumnLayout<S>[];
    /** The "Tổng cộng" row: its label goes in column `at`, merged with the columns before it. */
    total?: { label: string; at: ColumnKey<S> };
    /** Members only: a bold row naming each team before its members (STT restarts). */
    groupByTeam?: boolean;
    /** A row "(1) (2) (3) …" under the header, as many official forms have. */
    columnNumbers?: boolean;
  };
}[SourceName];

export interface SheetLayout {
  /** Tab name: at most 31 characters, none of [ ] : * ? / \ */
  name: string;
  /**
   * administrative: issuing body and Quốc hiệu, "Số: …", place and date, then the title;
   * annex: a title naming the report it belongs to.
   */
  header: 'administrative' | 'annex';
  title: string; // bold, 14 pt
  subtitle?: string; // bold, 13 pt
  note?: string; // italic, 13 pt
  orientation: 'portrait' | 'landscape';
  tables: TableLayout[];
  /** Sign-off block (Người lập biểu, TM. Ủy ban nhân dân) after the last table. */
  signature?: boolean;
  /** "trainings": only when at least one training session was held in the period. */
  when?: 'always' | 'trainings';
}

export interface ReportLayout {
  id: string;
  name: string;
  description: string;
  /** Document symbol after the number: "BC-UBND". */
  symbol: string;
  /** Where the report goes: shown under the title ("Kính gửi: …"). */
  recipient: string;
  /** Nơi nhận beside the signature, without "- " and ";" (default: "Như trên", "Lưu: VT"). */
  recipients?: string[];
  sheets: SheetLayout[];
  signature: {
    left: string[]; // ["NGƯỜI LẬP BIỂU"]
    right: string[]; // ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
  };
}

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/u;

/** Problems with a layout, in Vietnamese; empty when the layout can be written. */
export function checkLayout(layout: ReportLayout): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  if (layout.sheets.length === 0) problems.push(`Mẫu "${layout.name}" không có trang tính nào.`);
  for (const sheet of layout.sheets) {
    if (!sheet.name || sheet.name.length > 31 || SHEET_NAME_FORBIDDEN.test(sheet.name)) {
      problems.push(`Tên trang tính "${sheet.name}" không hợp lệ (tối đa 31 ký tự, không có [ ] : * ? / \\).`);
    }
    if (names.has(sheet.name.toLowerCase())) problems.push(`Tên trang tính "${sheet.name}" bị trùng.`);
    names.add(sheet.name.toLowerCase());
    if (sheet.tables.length === 0) problems.push(`Trang "${sheet.name}" không có bảng nào.`);
    for (const table of sheet.tables) {
      const keys = table.columns.map((c) => String(c.key));
      if (new Set(keys).size !== keys.length) problems.push(`Trang "${sheet.name}": một cột xuất hiện hai lần.`);
      for (const c of table.columns) {
        if (!(c.width > 0 && c.width <= 120)) problems.push(`Trang "${sheet.name}", cột "${c.label}": độ rộng phải từ 1 đến 120.`);
        if ((c.type === 'index') !== (c.key === 'stt')) problems.push(`Trang "${sheet.name}", cột "${c.label}": chỉ cột "stt" là cột STT.`);
      }
      if (table.total && !keys.includes(String(table.total.at))) {
        problems.push(`Trang "${sheet.name}": dòng tổng cộng đặt vào cột "${String(table.total.at)}" không có trong bảng.`);
      }
      if (table.groupByTeam && table.source !== 'members') problems.push(`Trang "${sheet.name}": chỉ danh sách thành viên mới nhóm theo tổ.`);
    }
  }
  return problems;
}

/** Fills {placeholders}; unknown ones stay as written so a typo shows up in the output. */
export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/gu, (whole, name: string) => values[name] ?? whole);
}
