import type ExcelJS from 'exceljs';

/**
 * The look of an administrative workbook (DOMAIN.md §4): Times New Roman throughout, thin black
 * borders on tables, bold centred headers. Style objects are built once and shared: the
 * streaming writer deduplicates styles by content, and fewer objects keep large sheets light.
 */
export const FONT_NAME = 'Times New Roman';
/** Pixels of one column-width unit: a digit of the default font, Times New Roman 12 (see streaming.ts). */
export const WIDTH_UNIT_PX = 8;

export function font(size = 12, options: { bold?: boolean; italic?: boolean; underline?: boolean } = {}): Partial<ExcelJS.Font> {
  return { name: FONT_NAME, size, bold: options.bold ?? false, italic: options.italic ?? false, underline: options.underline ?? false, charset: 163 };
}

const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
export const BORDER_ALL: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

export const NUMBER_FORMATS = {
  integer: '#,##0',
  decimal: '#,##0.0',
  percent: '0.0%',
  date: 'dd/mm/yyyy',
  year: '0',
  text: '@',
} as const;

type Align = ExcelJS.Alignment['horizontal'];
export function align(horizontal: Align, options: { wrap?: boolean; vertical?: ExcelJS.Alignment['vertical'] } = {}): Partial<ExcelJS.Alignment> {
  return { horizontal, vertical: options.vertical ?? 'middle', wrapText: options.wrap ?? true };
}

/** A complete cell style; call once per kind of cell and reuse the result. */
export function cellStyle(options: {
  size?: number; bold?: boolean; italic?: boolean; underline?: boolean; horizontal?: Align; wrap?: boolean; border?: boolean;
  numFmt?: string; vertical?: ExcelJS.Alignment['vertical'];
}): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {
    font: font(options.size ?? 12, { bold: options.bold, italic: options.italic, underline: options.underline }),
    alignment: align(options.horizontal ?? 'left', { wrap: options.wrap ?? true, vertical: options.vertical }),
  };
  if (options.border) style.border = BORDER_ALL;
  if (options.numFmt) style.numFmt = options.numFmt;
  return style;
}

/**
 * A row height (points) that shows `text` wrapped in a cell `width` units wide. Neither Excel
 * nor LibreOffice grows a row to fit wrapped text when a file is opened, so the writer sets it.
 * Words are wrapped greedily; a width unit is one digit of Times New Roman 12, and Vietnamese
 * text averages about 1.3 characters per unit at 12 pt (less when bold); we count a little less.
 */
export function wrappedHeight(text: string, width: number, size = 12, bold = false): number {
  const perLine = Math.max(1, Math.floor(width * (bold ? 1.1 : 1.25) * (12 / size)) - 1);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    lines += 1;
    for (const word of paragraph.split(' ')) {
      const needed = line === 0 ? word.length : line + 1 + word.length;
      if (needed <= perLine || line === 0) {
        line = needed;
        while (line > perLine) {
          lines += 1;
          line -= perLine;
        }
      } else {
        lines += 1;
        line = word.length;
      }
    }
  }
  return Math.ceil(lines * size * 1.3 + 4);
}
