import type ExcelJS from 'exceljs';
import { wrappedHeight } from './styles';

export type CellValue = string | number | Date | null;
export interface CellSpec {
  value: CellValue;
  style: Partial<ExcelJS.Style>;
}

/** Height of a row left at the default (points). */
const DEFAULT_ROW_HEIGHT = 15;

/**
 * Writes a sheet top to bottom, the only order the streaming writer allows: rows are added,
 * merged while still open, then committed (written out and freed) with flush(). It also follows
 * where printed pages end, so a small table or the signature block can be kept on one page.
 */
export class SheetCursor {
  /** The last row written (0 before the first). */
  row = 0;
  private committed = 0;
  /** Points used on the current printed page. */
  private used = 0;

  constructor(
    readonly sheet: ExcelJS.Worksheet,
    /** Column widths in characters, column 1 first. */
    readonly widths: number[],
    /** Printable page height in row points (after fit-to-width scaling); see page.ts. */
    readonly pageHeight = Infinity,
  ) {
    widths.forEach((w, i) => {
      sheet.getColumn(i + 1).width = w;
    });
  }

  get columnCount(): number {
    return this.widths.length;
  }

  /** Sum of the widths of columns from..to (1-based, inclusive). */
  width(from: number, to: number): number {
    return this.widths.slice(from - 1, to).reduce((a, b) => a + b, 0);
  }

  /** Adds a row; cells[i] goes to column i + 1 (null: leave empty). Returns the row number. */
  add(cells: (CellSpec | null)[], height?: number): number {
    this.row += 1;
    const row = this.sheet.getRow(this.row);
    cells.forEach((cell, i) => {
      if (!cell) return;
      const c = row.getCell(i + 1);
      c.value = cell.value;
      c.style = cell.style;
    });
    if (height) row.height = height;
    this.used += height ?? DEFAULT_ROW_HEIGHT;
    if (this.used > this.pageHeight) this.used = height ?? DEFAULT_ROW_HEIGHT; // the row opened a new page
    return this.row;
  }

  /** Adds a row of values, column i + 1 taking values[i] and styles[i] (shared objects). */
  addValues(values: CellValue[], styles: Partial<ExcelJS.Style>[], height: number): number {
    this.row += 1;
    const row = this.sheet.getRow(this.row);
    for (let i = 0; i < values.length; i++) {
      const c = row.getCell(i + 1);
      c.value = values[i];
      c.style = styles[i];
    }
    row.height = height;
    this.used += height;
    if (this.used > this.pageHeight) this.used = height; // the row opened a new page
    return this.row;
  }

  /**
   * Starts a new printed page unless `height` more points fit on this one: call before a block
   * that must not be split (a short table, the signature). A block taller than a page is left
   * to flow.
   */
  keepTogether(height: number): void {
    if (this.row === 0 || this.used === 0 || height > this.pageHeight || this.fits(height)) return;
    this.pageBreak();
  }

  /** Whether `height` more points fit on the current printed page. */
  fits(height: number): boolean {
    return this.used + height <= this.pageHeight;
  }

  /** Points left on the current printed page. */
  get room(): number {
    return this.pageHeight - this.used;
  }

  /** Ends the printed page after the last row written (a manual page break). */
  pageBreak(): void {
    if (this.row === 0 || this.used === 0) return;
    (this.sheet as unknown as { rowBreaks: { id: number; max: number; man: number }[] }).rowBreaks.push({ id: this.row, max: 16383, man: 1 });
    this.used = 0;
  }

  /** Adds a row with one text merged over columns from..to, tall enough to show it wrapped. */
  addSpan(from: number, to: number, text: string, style: Partial<ExcelJS.Style>, options: { height?: number; fill?: Partial<ExcelJS.Style> } = {}): number {
    const cells: (CellSpec | null)[] = [];
    for (let c = 1; c < from; c++) cells.push(options.fill ? { value: null, style: options.fill } : null);
    cells.push({ value: text, style });
    for (let c = from + 1; c <= to; c++) cells.push({ value: null, style });
    const height = options.height ?? wrappedHeight(text, this.width(from, to), style.font?.size ?? 12, style.font?.bold ?? false);
    const r = this.add(cells, height);
    if (to > from) this.merge(r, from, r, to);
    return r;
  }

  /** Writes text into columns from..to of an open row (merged) and styles every covered cell. */
  put(rowNumber: number, from: number, to: number, value: CellValue, style: Partial<ExcelJS.Style>): void {
    const row = this.sheet.getRow(rowNumber);
    for (let c = from; c <= to; c++) {
      const cell = row.getCell(c);
      if (c === from) cell.value = value;
      cell.style = style;
    }
    if (to > from) this.merge(rowNumber, from, rowNumber, to);
  }

  blank(height?: number): number {
    return this.add([], height);
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    this.sheet.mergeCells(top, left, bottom, right);
  }

  /** Writes out every row added so far; they can no longer change. */
  flush(): void {
    if (this.row > this.committed) {
      this.sheet.getRow(this.row).commit();
      this.committed = this.row;
    }
  }
}
