import type ExcelJS from 'exceljs';
import { FONT_NAME, WIDTH_UNIT_PX } from './styles';

const A4 = { width: 595.3, height: 841.9 }; // points
const MARGINS_MM = {
  portrait: { left: 30, right: 15, top: 20, bottom: 20, header: 8, footer: 8 },
  landscape: { left: 20, right: 15, top: 25, bottom: 15, header: 8, footer: 6 },
};
const inch = (mm: number) => Math.round((mm / 25.4) * 100) / 100;

/**
 * How many points of rows fit on one printed page of a sheet with these column widths, once
 * the sheet is shrunk to the page width (as spreadsheet programs do with fit-to-width). A width
 * of w units is about w digits + 5 pixels, 0.75 point each. 5 % is kept in reserve, because
 * Excel and LibreOffice round their scaling differently.
 */
export function printableRowHeight(orientation: 'portrait' | 'landscape', widths: number[]): number {
  const m = MARGINS_MM[orientation];
  const pt = (mm: number) => (mm / 25.4) * 72;
  const [pageW, pageH] = orientation === 'portrait' ? [A4.width, A4.height] : [A4.height, A4.width];
  const sheetWidth = widths.reduce((sum, w) => sum + (w * WIDTH_UNIT_PX + 5) * 0.75, 0);
  const scale = Math.min(1, (pageW - pt(m.left) - pt(m.right)) / sheetWidth);
  return ((pageH - pt(m.top) - pt(m.bottom) - 14) / scale) * 0.95;
}

/**
 * A4 print setup: fit to the page width (as many pages down as needed), margins after
 * Nghị định 30/2020 (binding edge wider), page numbers in the footer. Pass to addWorksheet:
 * the streaming writer reads fit-to-page only when the sheet is created.
 */
export function a4Sheet(orientation: 'portrait' | 'landscape'): Partial<ExcelJS.AddWorksheetOptions> {
  const m = MARGINS_MM[orientation];
  const margins = { left: inch(m.left), right: inch(m.right), top: inch(m.top), bottom: inch(m.bottom), header: inch(m.header), footer: inch(m.footer) };
  return {
    pageSetup: {
      paperSize: 9, // A4
      orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins,
    },
    headerFooter: { oddFooter: `&C&"${FONT_NAME},Regular"&10Trang &P/&N` } as Partial<ExcelJS.HeaderFooter>,
    views: [{ showGridLines: false }],
  };
}

/** Repeats rows first..last at the top of every printed page (a table's header). */
export function repeatRows(sheet: ExcelJS.Worksheet, first: number, last: number): void {
  sheet.pageSetup.printTitlesRow = `${first}:${last}`;
}
