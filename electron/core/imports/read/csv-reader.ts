/** Reads a .csv upload into the same grid as a worksheet. */
import { detectLegacyEncoding, toUnicodeAs } from '../../../../shared/text/legacy';
import { cleanText } from '../../../../shared/text/vietnamese';
import { decodeCsvBytes, detectDelimiter, parseCsvRecords } from './csv-text';
import type { Grid, GridCell, GridRow } from './grid';
import { READ_LIMITS } from './limits';
import { tooManyRows } from './messages';

/** Lines in the text (a quoted field with a line break counts twice: "about" this many rows). */
function lineCount(text: string): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  return text.endsWith('\n') ? lines - 1 : lines;
}

export function readCsvGrid(bytes: Uint8Array, fileName: string, maxRows: number): Grid {
  let text = decodeCsvBytes(bytes, fileName);
  const { delimiter, skipFirstLine } = detectDelimiter(text);
  if (skipFirstLine) text = text.slice(text.indexOf('\n') + 1);
  const sheet = fileName.replace(/^.*[/\\]/u, '').replace(/\.[^.]*$/u, '') || 'CSV';
  const { records, truncated } = parseCsvRecords(text, delimiter, maxRows + READ_LIMITS.headerScanRows + 1, fileName);
  if (truncated) throw tooManyRows(fileName, sheet, maxRows, { rows: lineCount(text), atLeast: false });
  // A CSV has no fonts and comes from one source: decide the encoding once for the file.
  const encoding = detectLegacyEncoding(records.slice(0, 2000).flat().join(' '));
  const rows: GridRow[] = [];
  records.forEach((fields, index) => {
    const cells: Array<GridCell | undefined> = [];
    fields.forEach((field, col) => {
      const converted = toUnicodeAs(field, encoding);
      const value = cleanText(converted.text);
      if (value) cells[col] = { text: value, encoding: converted.encoding, isText: true };
    });
    if (cells.length > 0) rows.push({ rowNumber: index + 1, cells }); // Excel hides a "sep=" line: count as it shows
  });
  return { sheets: [sheet], sheet, rows };
}
