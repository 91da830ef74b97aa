import type ExcelJS from 'exceljs';
import type { ColumnType } from '../../../../shared/reports/layout';
import { cellStyle, NUMBER_FORMATS } from '../../xlsx';

type Style = Partial<ExcelJS.Style>;

/**
 * The report's styles, made once per workbook: every cell of a kind shares one object, which
 * the streaming writer maps to its style id without re-reading it.
 */
export const REPORT_STYLES = {
  title: cellStyle({ size: 14, bold: true, horizontal: 'center' }),
  subtitle: cellStyle({ size: 13, bold: true, horizontal: 'center' }),
  note: cellStyle({ size: 13, italic: true, horizontal: 'center' }),
  recipient: cellStyle({ size: 13, horizontal: 'center' }),
  heading: cellStyle({ size: 13, bold: true, horizontal: 'left', wrap: false }),
  header: cellStyle({ size: 12, bold: true, horizontal: 'center', border: true }),
  columnNumber: cellStyle({ size: 11, italic: true, horizontal: 'center', border: true }),
  group: cellStyle({ size: 12, bold: true, horizontal: 'left', border: true }),
  totalLabel: cellStyle({ size: 12, bold: true, horizontal: 'center', border: true }),
};

const DATA: Record<ColumnType, Style> = {
  index: cellStyle({ horizontal: 'center', border: true }),
  text: cellStyle({ horizontal: 'left', border: true }),
  integer: cellStyle({ horizontal: 'right', border: true, numFmt: NUMBER_FORMATS.integer }),
  decimal: cellStyle({ horizontal: 'right', border: true, numFmt: NUMBER_FORMATS.decimal }),
  // Per cent as a plain number (71.4): the column label carries the "(%)".
  percent: cellStyle({ horizontal: 'right', border: true, numFmt: NUMBER_FORMATS.decimal }),
  date: cellStyle({ horizontal: 'center', border: true, numFmt: NUMBER_FORMATS.date }),
  year: cellStyle({ horizontal: 'center', border: true, numFmt: NUMBER_FORMATS.year }),
};

const TOTAL: Record<ColumnType, Style> = Object.fromEntries(
  Object.entries(DATA).map(([type, style]) => [type, { ...style, font: { ...style.font, bold: true } }]),
) as Record<ColumnType, Style>;

export const dataStyle = (type: ColumnType): Style => DATA[type];
export const totalStyle = (type: ColumnType): Style => TOTAL[type];
