import type { ColumnType, TableLayout } from '../../../../shared/reports/layout';
import { breathe, excelDate, safeNumber, safeText, wrappedHeight, type CellValue, type SheetCursor } from '../../xlsx';
import type { Source } from '../data/source';
import { REPORT_STYLES, dataStyle, totalStyle } from './cell-styles';
import type { PhysicalColumn } from './columns';
import { figureRow, type FigureTable } from './embedded-data';

/** How often a long table lets the compressor catch up (rows). */
const BREATHE_EVERY = 2000;
const MIN_ROW_HEIGHT = 18;
const TOTAL_ROW_HEIGHT = 20;
const HEADING_HEIGHT = 22;
const NUMBER_ROW_HEIGHT = 18;
/** Rows that go to the next page with whatever must follow the table (the signature). */
const ROWS_KEPT_WITH_NEXT = 2;
/** A table this short is kept on one page; a longer one starts where its first rows fit. */
const SHORT_TABLE_ROWS = 6;
const FIRST_ROWS = 3;

/** A value as its column's type wants it: text neutralised, numbers finite, dates real dates. */
export function typedValue(type: ColumnType, value: unknown): CellValue {
  switch (type) {
    case 'text':
      return value === null || value === undefined ? null : safeText(String(value)) || null;
    case 'date':
      return value instanceof Date || typeof value === 'string' ? excelDate(value) : null;
    case 'percent':
      // A ratio, written as a number of per cent: the label already says "(%)", so no "%" sign.
      return typeof value === 'number' ? safeNumber(value * 100) : null;
    default:
      return typeof value === 'number' ? safeNumber(value) : null;
  }
}

interface HeaderPlan { groupHeight: number; labelHeight: number; grouped: boolean }

function planHeader(columns: PhysicalColumn[]): HeaderPlan {
  const grouped = columns.some((c) => c.group);
  const labelHeight = Math.max(...columns.map((c) => wrappedHeight(c.label, c.width, 12, true)), 20);
  let groupHeight = 0;
  for (const c of columns) {
    if (!c.group) continue;
    const span = columns.filter((x) => x.group === c.group).reduce((w, x) => w + x.width, 0);
    groupHeight = Math.max(groupHeight, wrappedHeight(c.group, span, 12, true));
  }
  return { grouped, labelHeight, groupHeight };
}

/** Header rows: group labels merged across their columns, other labels merged down both rows. */
function writeHeader(cursor: SheetCursor, columns: PhysicalColumn[], plan: HeaderPlan, numbered: boolean): { first: number; last: number } {
  const style = REPORT_STYLES.header;
  const numbers = () => cursor.add(columns.map((_, i) => ({ value: `(${i + 1})`, style: REPORT_STYLES.columnNumber })), NUMBER_ROW_HEIGHT);
  if (!plan.grouped) {
    const first = cursor.add(columns.map((c) => ({ value: c.label, style })), plan.labelHeight);
    return { first, last: numbered ? numbers() : first };
  }
  const top = cursor.add(columns.map((c) => ({ value: c.group ?? c.label, style })), plan.groupHeight);
  const bottom = cursor.add(columns.map((c) => ({ value: c.group ? c.label : null, style })), plan.labelHeight);
  for (let i = 0; i < columns.length; ) {
    const group = columns[i].group;
    let j = i;
    while (group && j + 1 < columns.length && columns[j + 1].group === group) j++;
    if (!group) cursor.merge(top, i + 1, bottom, i + 1);
    else if (j > i) cursor.merge(top, i + 1, top, j + 1);
    i = j + 1;
  }
  return { first: top, last: numbered ? numbers() : bottom };
}

/**
 * One data row's values (column i + 1 gets values[i]) and height. Values only: the styles are
 * the columns' shared ones (`dataStyles`), so a 100,000-row list makes no per-cell objects
 * beyond ExcelJS's own (issue 12).
 */
function dataRow(columns: PhysicalColumn[], row: object, index: number): { values: CellValue[]; height: number } {
  let height = MIN_ROW_HEIGHT;
  const values: CellValue[] = new Array(columns.length);
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i];
    const value = c.type === 'index' ? index : typedValue(c.type, c.read(row));
    if (typeof value === 'string' && value.length > c.width) height = Math.max(height, wrappedHeight(value, c.width));
    values[i] = value;
  }
  return { values, height };
}

/** A row's name for consolidation: its first text cell ("Cấp thôn", a team, an indicator). */
function rowLabel(columns: PhysicalColumn[], values: CellValue[]): string {
  const i = columns.findIndex((c) => c.type === 'text');
  const value = i >= 0 ? values[i] : null;
  return typeof value === 'string' ? value : '';
}

function headerHeight(table: TableLayout, plan: HeaderPlan): number {
  return plan.labelHeight + (plan.grouped ? plan.groupHeight : 0) + (table.columnNumbers ? NUMBER_ROW_HEIGHT : 0);
}

/**
 * Points a table needs to start on this page: a short one whole, a longer one its heading, header
 * and first rows (it then runs on with its header repeated, rather than leave the page empty).
 */
function startHeight(table: TableLayout, plan: HeaderPlan, size: number | undefined): number {
  const whole = size !== undefined && size <= SHORT_TABLE_ROWS;
  const rows = whole ? size : FIRST_ROWS;
  return (table.heading ? HEADING_HEIGHT : 0) + headerHeight(table, plan) + rows * (MIN_ROW_HEIGHT + 4) + (whole && table.total ? TOTAL_ROW_HEIGHT : 0);
}

/**
 * Writes one table of a layout: heading, header, rows chunk by chunk (committed as they go),
 * and the "Tổng cộng" row. A short table is kept on one page. A table that runs onto the next
 * page has its header there too: repeated by the sheet's print titles when it is the sheet's only
 * table, else (`repeatHeader`) written again after a page break placed before the row that would
 * not fit. With `keepWithNext` points (the signature block), the last rows move to the next page
 * rather than leave the signature alone there. Returns the header rows, for the print titles.
 */
export async function writeTable<Row extends object>(
  cursor: SheetCursor,
  table: TableLayout,
  columns: PhysicalColumn[],
  source: Source<Row>,
  options: { keepWithNext?: number; repeatHeader?: boolean; record?: FigureTable | null } = {},
): Promise<{ first: number; last: number; rows: number }> {
  const plan = planHeader(columns);
  cursor.keepTogether(startHeight(table, plan, source.size));
  if (table.heading) cursor.addSpan(1, cursor.columnCount, table.heading, REPORT_STYLES.heading, { height: HEADING_HEIGHT });
  const header = writeHeader(cursor, columns, plan, table.columnNumbers ?? false);
  const repeatedHeader = headerHeight(table, plan);
  /** Before rows of `height` points: a new page with the header again when they do not fit. */
  const room = (height: number) => {
    if (!options.repeatHeader || cursor.fits(height) || height + repeatedHeader > cursor.pageHeight) return;
    cursor.pageBreak();
    writeHeader(cursor, columns, plan, table.columnNumbers ?? false);
  };
  cursor.flush();
  const styles = columns.map((c) => dataStyle(c.type));
  const tailFrom = options.keepWithNext && source.size !== undefined ? source.size - ROWS_KEPT_WITH_NEXT : Infinity;
  let index = 0;
  let written = 0;
  let team: string | null = null;
  for (const chunk of source.chunks()) {
    for (const [at, row] of chunk.entries()) {
      if (table.groupByTeam) {
        const name = String((row as { team?: unknown }).team ?? '');
        if (name !== team) {
          team = name;
          index = 0;
          room(20 + MIN_ROW_HEIGHT);
          cursor.addSpan(1, columns.length, safeText(name), REPORT_STYLES.group, { height: 20 });
        }
      }
      index += 1;
      const { values, height } = dataRow(columns, row, index);
      if (written === tailFrom) {
        const tail = chunk.slice(at).reduce((h, r) => h + dataRow(columns, r, 0).height, 0);
        const need = tail + (table.total ? TOTAL_ROW_HEIGHT : 0) + options.keepWithNext!;
        if (options.repeatHeader) room(need);
        else cursor.keepTogether(need); // the print titles repeat the header
      }
      room(height);
      const r = cursor.addValues(values, styles, height);
      if (options.record) options.record.rows.push(figureRow(options.record, r, rowLabel(columns, values), values.map((value) => ({ value }))));
      // Committed at once, as a plain streaming write does: rows held open until a chunk ends
      // survive the young-generation collections and cost old-generation GC and peak memory
      // (issue 12). Nothing below reaches back into an earlier data row.
      cursor.flush();
      if (++written % BREATHE_EVERY === 0) await breathe(cursor.sheet);
    }
    cursor.flush();
  }
  if (table.total) {
    const at = columns.findIndex((c) => c.key === String(table.total!.at));
    const total = source.total ?? {};
    room(TOTAL_ROW_HEIGHT);
    // The label sits in the first column and is merged up to column `at` (STT + name, say).
    const cells = columns.map((c, i) =>
      i <= at ? { value: i === 0 ? table.total!.label : null, style: REPORT_STYLES.totalLabel }
      : { value: c.type === 'index' ? null : typedValue(c.type, c.read(total)), style: totalStyle(c.type) },
    );
    const r = cursor.add(cells, TOTAL_ROW_HEIGHT);
    if (at > 0) cursor.merge(r, 1, r, at + 1);
    if (options.record) options.record.total = figureRow(options.record, r, table.total.label, cells);
  }
  cursor.flush();
  return { ...header, rows: written };
}
