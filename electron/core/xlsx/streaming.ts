import ExcelJS from 'exceljs';
import { Writable } from 'node:stream';
import { FONT_NAME } from './styles';

interface StyleRegistry { model?: { fonts: unknown[] }; _addFont?: (font: object) => number }

/**
 * Makes Times New Roman 12 the workbook's default ("Normal") font. Column widths are counted
 * in digits of that font, so with Calibri as the default a sheet is laid out differently on a
 * machine without Calibri (LibreOffice on Linux substitutes a much wider font). ExcelJS has no
 * option for it: its style registry takes the first font added as the default.
 */
function setDefaultFont(workbook: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const styles = (workbook as unknown as { styles?: StyleRegistry }).styles;
  if (styles?._addFont && styles.model?.fonts.length === 0) styles._addFont({ name: FONT_NAME, size: 12, family: 1, charset: 163 });
}

/**
 * A streaming workbook (ExcelJS WorkbookWriter): rows go to the zip as they are committed, so a
 * 100,000-row sheet never sits in memory whole. Inline strings (no shared-string table) keep
 * memory flat; styles are on.
 */
export function createStreamingWorkbook(stream: Writable, meta: { creator?: string; title?: string } = {}): ExcelJS.stream.xlsx.WorkbookWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = meta.creator ?? 'TCNS';
  workbook.created = new Date();
  if (meta.title) workbook.title = meta.title;
  setDefaultFont(workbook);
  return workbook;
}

/**
 * Gives the compressor a turn. Committing rows is synchronous; yielding every few thousand
 * rows lets the zip drain what was written instead of queuing the whole sheet in memory.
 */
export function breathe(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** A Writable that keeps what is written, for returning a workbook's bytes. */
export function memorySink(): { stream: Writable; bytes(): Uint8Array } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  return { stream, bytes: () => new Uint8Array(Buffer.concat(chunks)) };
}
