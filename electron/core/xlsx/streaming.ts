import ExcelJS from 'exceljs';
import { once } from 'node:events';
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

/** Sheet XML allowed to wait for the compressor before the writer pauses. */
const MAX_QUEUED_BYTES = 4 * 1024 * 1024;

interface PendingWritable extends NodeJS.EventEmitter {
  writableNeedDrain?: boolean;
  writableLength?: number;
  _writableState?: { needDrain?: boolean; length?: number };
  destroyed?: boolean;
}

/**
 * Waits until the zip has taken what the sheet wrote so far: real backpressure. Committing rows
 * is synchronous and ExcelJS pushes each 64 KB of sheet XML into the zip's input without
 * waiting, so without this a 250,000-row sheet queues in memory faster than it is compressed.
 * The queue is the sheet stream's consumer (a PassThrough archiver reads from); reaching it
 * uses ExcelJS 4.4 internals, so when they are absent this falls back to yielding one turn.
 */
export async function breathe(sheet?: ExcelJS.Worksheet): Promise<void> {
  const pipes = (sheet as unknown as { _stream?: { pipes?: PendingWritable[] } } | undefined)?._stream?.pipes ?? [];
  for (const pipe of pipes) {
    // archiver's PassThrough comes from readable-stream 2: no writableNeedDrain, same state inside.
    const queued = pipe.writableLength ?? pipe._writableState?.length ?? 0;
    const needDrain = pipe.writableNeedDrain ?? pipe._writableState?.needDrain ?? false;
    if (needDrain && queued > MAX_QUEUED_BYTES && !pipe.destroyed && typeof pipe.once === 'function') {
      // The losing waits must not stay subscribed (each once() also listens for 'error'):
      // abort them when one wins, or listeners pile up on the zip's stream.
      const done = new AbortController();
      const wait = (event: string) => once(pipe, event, { signal: done.signal }).catch(() => undefined);
      await Promise.race([wait('drain'), wait('close'), wait('finish')]);
      done.abort();
    }
  }
  await new Promise((resolve) => setImmediate(resolve));
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
