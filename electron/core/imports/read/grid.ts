import type { LegacyEncoding } from '../../../../shared/text/legacy';

/** One cell as read: plain NFC text, the encoding it was converted from, what kind it was. */
export interface GridCell {
  text: string;
  encoding: LegacyEncoding;
  /** Typed as text in the file (not a number, date, boolean or error). CSV cells are all text. */
  isText: boolean;
  /** Copied from the top cell of a vertical merge (e.g. one "Thôn" cell for several people). */
  fromMerge?: boolean;
}

export interface GridRow {
  /** 1-based row number as the officer sees it in Excel (record number for CSV). */
  rowNumber: number;
  /** Index 0 is column A; holes are empty cells. */
  cells: Array<GridCell | undefined>;
}

export interface Grid {
  sheets: string[];
  sheet: string;
  rows: GridRow[];
}

export const EMPTY_CELL: GridCell = { text: '', encoding: 'unicode', isText: false };
