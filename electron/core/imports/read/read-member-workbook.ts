/**
 * Entry point for reading an uploaded member list (.xlsx or .csv) into header + rows of NFC
 * text. Every refusal (size, type, damage, zip bomb, too many rows, no header) is an
 * AppError('VALIDATION') with a Vietnamese message, raised before anything else happens.
 */
import { readCsvGrid } from './csv-reader';
import { workbookKindOf } from './file-kind';
import { READ_LIMITS } from './limits';
import { buildMemberTable, type MemberWorkbook } from './table';
import { readXlsxGrid } from './xlsx-reader';

export interface ReadOptions {
  /** Worksheet to read; default: the visible sheet with the most rows (not a lookup list). */
  sheetName?: string;
  /** Most data rows accepted; default READ_LIMITS.maxRows (20,000). */
  maxRows?: number;
}

export async function readMemberWorkbook(
  bytes: Uint8Array,
  fileName: string,
  opts: ReadOptions = {},
): Promise<MemberWorkbook> {
  const maxRows = Math.min(opts.maxRows ?? READ_LIMITS.maxRows, READ_LIMITS.maxRows);
  const kind = workbookKindOf(bytes, fileName);
  const grid =
    kind === 'xlsx'
      ? await readXlsxGrid(bytes, fileName, opts.sheetName, maxRows)
      : readCsvGrid(bytes, fileName, maxRows);
  return buildMemberTable(grid, fileName, maxRows);
}
