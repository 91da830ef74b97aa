/**
 * Reads one worksheet of an .xlsx into a grid of converted text, streaming its XML (issue 12):
 * the sheet is inflated 64 KB at a time into the saxes pull parser and reading stops as soon as
 * the row limit is passed, so memory stays flat whatever the file holds. Cell values follow
 * what ExcelJS gave before: values only (a formula gives its cached result, never evaluated),
 * dates as ISO, numbers as Excel shows them under a "0000…" format, text converted from its
 * font's legacy encoding, a vertical merge copied down ("same village as above").
 */
import { AppError } from '../../../../shared/errors';
import { cellValueText } from './cell-text';
import type { Grid, GridCell, GridRow } from './grid';
import { READ_LIMITS } from './limits';
import { cellTooLong, tooManyColumns, tooManyRows } from './messages';
import { corrupted, parsePart, readSharedStrings, readStyles, readWorkbookInfo, type CellStyle, type SharedString, type SheetRef } from './xlsx-parts';
import { guardXlsxArchive, type ZipEntry } from './zip-guard';

/** "B12" → { col: 2, row: 12 } (1-based); null when it is not a cell reference. */
function parseRef(ref: string | undefined): { col: number; row: number } | null {
  if (!ref) return null;
  const match = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/u.exec(ref);
  if (!match) return null;
  let col = 0;
  for (const ch of match[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col, row: Number(match[2]) };
}

/** Excel's serial day number → a Date (ExcelJS's formula, 1900 or 1904 date system). */
const excelDate = (serial: number, date1904: boolean) => new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));

interface Context {
  strings: SharedString[];
  /** Shared strings already converted, per font: a village or a gender repeats on every row. */
  converted: Map<string, GridCell>;
  styles: CellStyle[];
  date1904: boolean;
  fileName: string;
}

/** One cell's XML (type, style, value text) → grid cell, through the same conversion as before. */
function cellOf(type: string | undefined, style: CellStyle | undefined, value: string, inline: SharedString | null, ctx: Context): GridCell | undefined {
  const font = style?.font;
  let read: GridCell;
  switch (type) {
    case 's': {
      const index = Number(value);
      if (!Number.isInteger(index) || index < 0 || index >= ctx.strings.length) throw corrupted(ctx.fileName, `shared string ${value.slice(0, 20)}`);
      const key = `${index}\u0000${font ?? ''}`;
      const known = ctx.converted.get(key);
      if (known) return known.text ? known : undefined;
      read = sharedText(ctx.strings[index], font);
      ctx.converted.set(key, read);
      break;
    }
    case 'inlineStr':
      read = sharedText(inline ?? '', font);
      break;
    case 'str':
      read = cellValueText(value, font);
      break;
    case 'b':
      read = cellValueText(value === '1' || value === 'true');
      break;
    case 'e':
      read = { text: value, encoding: 'unicode', isText: false };
      break;
    case 'd': {
      const date = new Date(value);
      read = cellValueText(Number.isNaN(date.getTime()) ? value : date);
      break;
    }
    default: {
      if (value.trim() === '') return undefined;
      const number = Number(value);
      if (!Number.isFinite(number)) throw corrupted(ctx.fileName, `number ${value.slice(0, 20)}`);
      read = style?.isDate ? cellValueText(excelDate(number, ctx.date1904)) : cellValueText(number, undefined, style?.numFmt);
    }
  }
  return read.text ? read : undefined;
}

function sharedText(shared: SharedString, font: string | undefined): GridCell {
  if (typeof shared === 'string') return cellValueText(shared, font);
  return cellValueText({ richText: shared.map((r) => ({ text: r.text, font: r.font ? { name: r.font } : undefined })) } as never, font);
}

interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * A vertical merge means "same as above" (one village for several people): its first column's
 * value is copied into the rows below, marked fromMerge. A horizontal merge is a title or a
 * group label spread across columns: only its first cell counts, the others stay empty.
 */
function applyMerges(rows: GridRow[], merges: Merge[], fileName: string): void {
  const byNumber = new Map(rows.map((r) => [r.rowNumber, r]));
  // Work grows with the cells merges cover; a list's merges cover a few thousand at most.
  let budget = 5_000_000;
  for (const m of merges) {
    const master = byNumber.get(m.top)?.cells[m.left - 1];
    const first = lowerBound(rows, m.top);
    for (let i = first; i < rows.length && rows[i].rowNumber <= m.bottom; i++) {
      const row = rows[i];
      const right = Math.min(m.right, Math.max(row.cells.length, m.left));
      budget -= right - m.left + 1;
      if (budget < 0) throw corrupted(fileName, 'too many merged cells');
      for (let c = m.left; c <= right; c++) {
        if (row.rowNumber === m.top && c === m.left) continue;
        row.cells[c - 1] = c === m.left && master?.text ? { ...master, fromMerge: true } : undefined;
      }
    }
  }
}

/** Index of the first row numbered at least `rowNumber` (rows are in order). */
function lowerBound(rows: GridRow[], rowNumber: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].rowNumber < rowNumber) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The declared used range's last row (`<dimension ref="A1:F250001"/>`), for messages only. */
const dimensionRows = (ref: string | undefined) => parseRef(ref?.split(':').pop())?.row ?? null;

/** Thrown to stop the parser once enough is known (not an error). */
class Enough {
  constructor(readonly rows: number) {}
}

/**
 * Streams a worksheet. `rowLimit` rows at most are kept; one more stops the reading with
 * tooManyRows. With `countOnly`, rows holding a value are counted (up to rowLimit + 1) and
 * nothing is kept: how the list's sheet is chosen.
 */
async function readSheet(
  bytes: Uint8Array,
  entry: ZipEntry,
  sheet: string,
  ctx: Context,
  rowLimit: number,
  maxRows: number,
  countOnly = false,
): Promise<{ rows: GridRow[]; count: number }> {
  const rows: GridRow[] = [];
  const merges: Merge[] = [];
  let count = 0;
  let declaredRows: number | null = null;
  let rowNumber = 0;
  let cells: Array<GridCell | undefined> = [];
  let rowHasValue = false;
  let col = 0;
  let cell: { type?: string; style?: CellStyle; value: string; inline: { text: string; font?: string }[] | null } | null = null;
  let inValue = false;
  let inInlineText = false;
  let inRun = false;
  let inPhonetic = false;
  let runFont: string | undefined;

  const tooLong = () => tooManyRows(ctx.fileName, sheet, maxRows, declaredRows && declaredRows > rowLimit ? { rows: declaredRows, atLeast: false } : { rows: rowLimit + 1, atLeast: true });
  try {
    await parsePart(bytes, entry, ctx.fileName, {
      open: (name, a) => {
        switch (name) {
          case 'dimension':
            declaredRows = dimensionRows(a.ref);
            break;
          case 'row': {
            const n = Number(a.r);
            rowNumber = Number.isInteger(n) && n > rowNumber ? n : rowNumber + 1;
            if (rowNumber > 1_048_576) throw corrupted(ctx.fileName, 'row number');
            cells = [];
            rowHasValue = false;
            col = 0;
            break;
          }
          case 'c': {
            const ref = parseRef(a.r);
            col = ref ? ref.col : col + 1;
            if (col > READ_LIMITS.maxColumns) throw tooManyColumns(ctx.fileName, rowNumber, READ_LIMITS.maxColumns);
            const style = a.s !== undefined ? ctx.styles[Number(a.s)] : undefined;
            cell = { type: a.t, style, value: '', inline: null };
            break;
          }
          case 'v':
            inValue = cell !== null;
            break;
          case 'is':
            if (cell) cell.inline = [];
            break;
          case 'r':
            if (cell?.inline) {
              inRun = true;
              runFont = undefined;
            }
            break;
          case 'rFont':
            if (inRun) runFont = a.val;
            break;
          case 'rPh':
            inPhonetic = true;
            break;
          case 't':
            if (cell?.inline && !inPhonetic) {
              inInlineText = true;
              cell.inline.push(inRun && runFont ? { text: '', font: runFont } : { text: '' });
            }
            break;
          case 'mergeCell': {
            const [from, to] = (a.ref ?? '').split(':').map(parseRef);
            if (from && to && merges.length < 100_000) {
              merges.push({ top: Math.min(from.row, to.row), left: Math.min(from.col, to.col), bottom: Math.max(from.row, to.row), right: Math.max(from.col, to.col) });
            }
            break;
          }
        }
      },
      text: (text) => {
        if (inValue && cell) cell.value += text;
        else if (inInlineText && cell?.inline) cell.inline[cell.inline.length - 1].text += text;
        else return;
        if (text.length > READ_LIMITS.maxCellChars) throw cellTooLong(ctx.fileName, rowNumber, READ_LIMITS.maxCellChars, 'ô');
      },
      close: (name) => {
        switch (name) {
          case 'v':
            inValue = false;
            break;
          case 't':
            inInlineText = false;
            break;
          case 'r':
            inRun = false;
            break;
          case 'rPh':
            inPhonetic = false;
            break;
          case 'c': {
            if (!cell) break;
            const hasValue = cell.value !== '' || (cell.inline?.some((r) => r.text !== '') ?? false);
            if (hasValue) {
              rowHasValue = true;
              if (!countOnly) {
                const inline = cell.inline ? (cell.inline.some((r) => r.font) ? cell.inline : cell.inline.map((r) => r.text).join('')) : null;
                const read = cellOf(cell.type, cell.style, cell.value, inline, ctx);
                if (read) cells[col - 1] = read;
              }
            }
            cell = null;
            break;
          }
          case 'row':
            if (countOnly) {
              if (rowHasValue && ++count > rowLimit) throw new Enough(count);
            } else if (cells.length > 0) {
              if (rows.length >= rowLimit) throw tooLong();
              rows.push({ rowNumber, cells });
            }
            break;
          case 'sheetData':
            // Only merges follow, and a count needs none of them.
            if (countOnly) throw new Enough(count);
            break;
        }
      },
    });
  } catch (error) {
    if (error instanceof Enough) return { rows, count: error.rows };
    throw error;
  }
  applyMerges(rows, merges, ctx.fileName);
  return { rows, count: countOnly ? count : rows.length };
}

function pickSheet(sheets: SheetRef[], sheetName: string | undefined, fileName: string): SheetRef[] {
  if (sheets.length === 0) throw new AppError('VALIDATION', `Tệp “${fileName}” không có trang tính nào.`, { fileName });
  if (sheetName !== undefined) {
    const found = sheets.find((s) => s.name === sheetName);
    if (!found) {
      throw new AppError(
        'VALIDATION',
        `Không có trang tính “${sheetName}” trong tệp “${fileName}”. Các trang tính có: ${sheets.map((s) => s.name).join(', ')}.`,
        { fileName, sheetName, sheets: sheets.map((s) => s.name) },
      );
    }
    return [found];
  }
  // Hidden sheets and small visible ones usually hold lookup lists (genders, villages): the
  // officer means the visible sheet with the most rows, the first of them on a tie.
  const visible = sheets.filter((s) => s.state === 'visible');
  return visible.length > 0 ? visible : sheets;
}

export async function readXlsxGrid(bytes: Uint8Array, fileName: string, sheetName: string | undefined, maxRows: number): Promise<Grid> {
  const entries = guardXlsxArchive(bytes, fileName);
  const info = await readWorkbookInfo(bytes, entries, fileName);
  const ctx: Context = {
    strings: info.sharedStrings ? await readSharedStrings(bytes, entries.get(info.sharedStrings)!, fileName) : [],
    converted: new Map(),
    styles: info.styles ? await readStyles(bytes, entries.get(info.styles)!, fileName) : [],
    date1904: info.date1904,
    fileName,
  };
  // Room for a title block above the header, then the cap itself.
  const rowLimit = maxRows + READ_LIMITS.headerScanRows + 1;
  const entryOf = (sheet: SheetRef) => {
    const entry = entries.get(sheet.path);
    if (!entry) throw corrupted(fileName, `missing part ${sheet.path}`);
    return entry;
  };
  const candidates = pickSheet(info.sheets, sheetName, fileName);
  let chosen = candidates[0];
  if (candidates.length > 1) {
    let most = -1;
    for (const sheet of candidates) {
      const { count } = await readSheet(bytes, entryOf(sheet), sheet.name, ctx, rowLimit, maxRows, true);
      if (count > most) {
        most = count;
        chosen = sheet;
      }
    }
  }
  const { rows } = await readSheet(bytes, entryOf(chosen), chosen.name, ctx, rowLimit, maxRows);
  return { sheets: info.sheets.map((s) => s.name), sheet: chosen.name, rows };
}
