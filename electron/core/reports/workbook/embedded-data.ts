/**
 * The report's figures in machine-readable form (issue 13): a "veryHidden" sheet written after
 * the printed ones, holding a JSON copy of the commune's identity, the period, the layout and
 * every figure of every table with the cell it was printed in, plus a SHA-256 over the
 * canonical JSON. The province's consolidation (electron/core/consolidation) reads it back,
 * recomputes the checksum (an edited hidden value is caught) and compares every printed cell
 * with its recorded figure (an edited visible cell is caught).
 *
 * This is tamper-evidence against hand edits, not a signature: someone who rewrites the JSON
 * and recomputes the hash is not stopped. A signed report would need the signing module.
 */
import { createHash } from 'node:crypto';
import type ExcelJS from 'exceljs';
import type { ColumnType } from '../../../../shared/reports/layout';

/** Version of the embedded data. Raise it when its shape changes; keep a reader for the old. */
export const REPORT_DATA_SCHEMA = 1;
export const DATA_SHEET = 'TCNS_DuLieu';
export const DATA_MARK = 'TCNS-REPORT-DATA';
/** JSON is split over cells of this many characters (Excel's cell limit is 32,767). */
const CHUNK = 30_000;

/** Types whose cells are figures (summed at the province); text, dates and STT are not. */
export const FIGURE_TYPES: ReadonlySet<ColumnType> = new Set(['integer', 'decimal', 'percent']);

export interface FigureColumn { key: string; label: string; group: string | null; type: ColumnType; column: number }
/** One printed row: its Excel row number, its label (first text cell) and its figures as written. */
export interface FigureRow { row: number; label: string; values: (number | null)[] }
export interface FigureTable {
  sheet: string;
  /** Position of the table on its sheet (0-based). */
  index: number;
  source: string;
  heading: string | null;
  columns: FigureColumn[];
  rows: FigureRow[];
  total: FigureRow | null;
}

export interface ReportData {
  format: 'tcns-report';
  schemaVersion: number;
  commune: { id: string; province: string; kind: string; name: string; title: string };
  period: { code: string; label: string; from: string; to: string };
  layout: { id: string; name: string };
  /** createdAt: when the file was written (ISO), to tell the newer of two same-day submissions. */
  report: { number: number | null; numberText: string; date: string; createdAt?: string };
  tables: FigureTable[];
}

/** JSON with object keys sorted at every level: the same data always gives the same bytes. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function dataChecksum(data: ReportData): string {
  return createHash('sha256').update(canonicalJson(data), 'utf8').digest('hex');
}

/** Collects the figures of each table as the writer prints them. */
export class FigureRecorder {
  readonly tables: FigureTable[] = [];

  /**
   * Starts a table; returns null when it has no figure columns, and always for the member
   * list: its rows are people, whose names must not travel in the province's data
   * (README "Personal data"); the province gets member counts from the summary tables.
   */
  table(sheet: string, index: number, source: string, heading: string | undefined,
    columns: { key: string; label: string; group?: string; type: ColumnType }[]): FigureTable | null {
    if (source === 'members') return null;
    const figures = columns.flatMap((c, i) => (FIGURE_TYPES.has(c.type) ? [{ key: c.key, label: c.label, group: c.group ?? null, type: c.type, column: i + 1 }] : []));
    if (figures.length === 0) return null;
    const table: FigureTable = { sheet, index, source, heading: heading ?? null, columns: figures, rows: [], total: null };
    this.tables.push(table);
    return table;
  }
}

/** The figures of one written row, in the table's figure-column order. */
export function figureRow(table: FigureTable, row: number, label: string, cells: { value: unknown }[]): FigureRow {
  return { row, label, values: table.columns.map((c) => (typeof cells[c.column - 1]?.value === 'number' ? (cells[c.column - 1].value as number) : null)) };
}

/**
 * Writes the data sheet, state "veryHidden" (not listed by Excel's Unhide dialog): A1 the mark,
 * A2 the schema version, A3 the checksum, A4 onwards the JSON in chunks.
 */
export function writeDataSheet(workbook: ExcelJS.Workbook, data: ReportData): void {
  const sheet = workbook.addWorksheet(DATA_SHEET, { state: 'veryHidden' });
  const json = canonicalJson(data);
  sheet.getCell('A1').value = DATA_MARK;
  sheet.getCell('A2').value = data.schemaVersion;
  sheet.getCell('A3').value = dataChecksum(data);
  for (let at = 0, row = 4; at < json.length; at += CHUNK, row++) sheet.getCell(`A${row}`).value = json.slice(at, at + CHUNK);
  sheet.commit?.();
}
