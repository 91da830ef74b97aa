import type ExcelJS from 'exceljs';
import { A4, HEADER_DISTANCE_MM, MARGINS_MM as ND30_MARGINS_MM } from '../documents/nd30';
import { FONT_NAME, WIDTH_UNIT_PX } from './styles';

/**
 * ND30 margins (documents/nd30.ts) on both orientations: the binding edge is the left one either
 * way; page numbers in the top margin, HEADER_DISTANCE_MM from the edge.
 */
const PAGE_MARGINS_MM = { ...ND30_MARGINS_MM, header: HEADER_DISTANCE_MM, footer: HEADER_DISTANCE_MM };
const MARGINS_MM = { portrait: PAGE_MARGINS_MM, landscape: PAGE_MARGINS_MM };
/** Inches, as the file stores margins, to 0.001″ so they read back as whole millimetres. */
const inch = (mm: number) => Math.round((mm / 25.4) * 1000) / 1000;
/** Size of the page number (ND30: 13–14 pt, upright, centred in the top margin). */
export const PAGE_NUMBER_SIZE = 13;

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
 * Nghị định 30/2020, page numbers centred at the top from the second page on (a different first
 * page with no header), each sheet numbered from 1 as an annex is. Pass to addWorksheet: the
 * streaming writer reads fit-to-page only when the sheet is created.
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
      firstPageNumber: 1,
      margins,
    },
    headerFooter: { differentFirst: true, oddHeader: `&C&"${FONT_NAME},Regular"&${PAGE_NUMBER_SIZE}&P` } as Partial<ExcelJS.HeaderFooter>,
    views: [{ showGridLines: false }],
  };
}

/** Repeats rows first..last at the top of every printed page (a table's header). */
export function repeatRows(sheet: ExcelJS.Worksheet, first: number, last: number): void {
  sheet.pageSetup.printTitlesRow = `${first}:${last}`;
}
