/**
 * Checks an .xlsx archive before anything is inflated. A small hostile file ("zip bomb") could
 * take gigabytes, so we read the central directory ourselves (declared sizes, ratio, count) and
 * inflate each part with an output cap equal to its declared size: a part that lies about its
 * size is caught too. Worksheets are streamed (xlsx-stream.ts) rather than inflated whole, so a
 * worksheet at an honest compression ratio is not held to the size caps: its reader stops at the
 * row limit and says how long the list is, instead of calling a long list hostile (issue 14 §8).
 */
import { Readable } from 'node:stream';
import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { AppError } from '../../../../shared/errors';
import { READ_LIMITS, type ReadLimits } from './limits';

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const MAX_COMMENT = 0xffff;

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const corrupted = (fileName: string, reason: string) =>
  new AppError(
    'VALIDATION',
    `Tệp “${fileName}” bị hỏng hoặc chưa tải về hết nên không mở được. Hãy lấy lại tệp gốc rồi thử lại.`,
    { fileName, reason },
  );

const bomb = (fileName: string, reason: string, details: Record<string, unknown> = {}) =>
  new AppError(
    'VALIDATION',
    `Tệp “${fileName}” có dấu hiệu bất thường: dữ liệu nén bên trong giải nén ra quá lớn (có thể là tệp độc hại). Hệ thống đã từ chối và không mở tệp này.`,
    { fileName, reason, ...details },
  );

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let i = last; i >= 0 && i >= last - MAX_COMMENT; i--) {
    if (view.getUint32(i, true) === EOCD) return i;
  }
  return -1;
}

interface Directory {
  count: number;
  offset: number;
  size: number;
  end: number; // where the central directory must end
}

function readDirectory(view: DataView, fileName: string): Directory {
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw corrupted(fileName, 'no end of central directory');
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 6, true) !== 0) {
    throw corrupted(fileName, 'multi-volume archive');
  }
  let count = view.getUint16(eocd + 10, true);
  let size = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  let end = eocd;
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) throw corrupted(fileName, 'zip64 locator');
    const record = Number(view.getBigUint64(locator + 8, true));
    if (record + 56 > locator || view.getUint32(record, true) !== ZIP64_EOCD) throw corrupted(fileName, 'zip64 record');
    count = Number(view.getBigUint64(record + 32, true));
    size = Number(view.getBigUint64(record + 40, true));
    offset = Number(view.getBigUint64(record + 48, true));
    end = record;
  }
  if (offset + size > end) throw corrupted(fileName, 'central directory out of bounds');
  return { count, offset, size, end };
}

/** Reads the zip64 extra field (id 1): the 64-bit values of fields set to 0xFFFFFFFF, in order. */
function applyZip64Extra(view: DataView, start: number, length: number, entry: ZipEntry): void {
  for (let p = start; p + 4 <= start + length; ) {
    const id = view.getUint16(p, true);
    const fieldSize = view.getUint16(p + 2, true);
    if (id === 1) {
      let q = p + 4;
      const next = () => {
        const value = Number(view.getBigUint64(q, true));
        q += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    p += 4 + fieldSize;
  }
}

/** Worksheet parts are read as a stream with their own row and size limits. */
export const isWorksheet = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/u.test(name);

/** Lists the archive's entries from its central directory, refusing what a workbook never is. */
export function readZipEntries(bytes: Uint8Array, fileName: string, limits: ReadLimits = READ_LIMITS): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const directory = readDirectory(view, fileName);
  if (directory.count > limits.maxZipEntries) {
    throw bomb(fileName, 'too many entries', { entries: directory.count });
  }
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let total = 0;
  let p = directory.offset;
  for (let i = 0; i < directory.count; i++) {
    if (p + 46 > directory.end || view.getUint32(p, true) !== CENTRAL_ENTRY) throw corrupted(fileName, 'central entry');
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (p + 46 + nameLength + extraLength + commentLength > directory.end) throw corrupted(fileName, 'central entry length');
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localHeaderOffset: view.getUint32(p + 42, true),
    };
    applyZip64Extra(view, p + 46 + nameLength, extraLength, entry);
    p += 46 + nameLength + extraLength + commentLength;

    if (entry.flags & 1) {
      throw new AppError('VALIDATION', `Tệp “${fileName}” có phần bị mã hoá (đặt mật khẩu) nên không đọc được.`, { fileName });
    }
    if (entry.method !== 0 && entry.method !== 8) throw corrupted(fileName, `compression method ${entry.method}`);
    const highRatio = entry.size > limits.ratioFloorBytes && entry.size > entry.compressedSize * limits.maxRatio;
    const streamed = isWorksheet(entry.name) && !highRatio;
    if (!streamed) {
      total += entry.size;
      if (entry.size > limits.maxEntryBytes) throw bomb(fileName, 'entry too large', { entry: entry.name, size: entry.size });
      if (total > limits.maxTotalBytes) throw bomb(fileName, 'archive too large', { total });
    }
    if (highRatio) throw bomb(fileName, 'compression ratio', { entry: entry.name, size: entry.size, compressed: entry.compressedSize });
    entries.push(entry);
  }
  return entries;
}

/** The compressed bytes of an entry, after checking its local header. */
function entryData(bytes: Uint8Array, entry: ZipEntry, fileName: string): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) throw corrupted(fileName, 'local header');
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupted(fileName, `truncated entry ${entry.name}`);
  return bytes.subarray(start, end);
}

/** Inflates a (size-capped) entry whole, with its declared size as a hard cap. */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, fileName: string): Uint8Array {
  const data = entryData(bytes, entry, fileName);
  let inflated: Uint8Array;
  if (entry.method === 0) {
    inflated = data;
  } else {
    try {
      // One byte of head-room: an entry that inflates past its declared size fails here.
      inflated = inflateRawSync(data, { maxOutputLength: entry.size + 1 });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw bomb(fileName, 'entry inflates past its declared size', { entry: entry.name, declared: entry.size });
      }
      throw corrupted(fileName, `inflate ${entry.name}: ${(error as Error).message}`);
    }
  }
  if (inflated.length !== entry.size) throw corrupted(fileName, `size mismatch in ${entry.name}`);
  return inflated;
}

const STREAM_CHUNK = 64 * 1024;

function* slices(data: Uint8Array): Generator<Uint8Array> {
  for (let i = 0; i < data.length; i += STREAM_CHUNK) yield data.subarray(i, i + STREAM_CHUNK);
}

/**
 * Inflates an entry piece by piece (64 KB of input at a time, with back-pressure), never past
 * its declared size. The consumer may stop early: the inflater is then destroyed.
 */
export async function* streamEntry(bytes: Uint8Array, entry: ZipEntry, fileName: string): AsyncGenerator<Uint8Array> {
  const data = entryData(bytes, entry, fileName);
  if (entry.method === 0) {
    yield* slices(data);
    return;
  }
  const source = Readable.from(slices(data), { objectMode: false });
  const inflater = createInflateRaw({ chunkSize: STREAM_CHUNK });
  source.pipe(inflater);
  let produced = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      produced += chunk.length;
      if (produced > entry.size) throw bomb(fileName, 'entry inflates past its declared size', { entry: entry.name, declared: entry.size });
      yield chunk;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw corrupted(fileName, `inflate ${entry.name}: ${(error as Error).message}`);
  } finally {
    source.unpipe(inflater);
    source.destroy();
    inflater.destroy();
  }
  if (produced !== entry.size) throw corrupted(fileName, `size mismatch in ${entry.name}`);
}

/** Inflates every part that is read whole (not the streamed worksheets) to check it. */
function verifyEntries(bytes: Uint8Array, entries: ZipEntry[], fileName: string): void {
  for (const entry of entries) if (!isWorksheet(entry.name)) inflateEntry(bytes, entry, fileName);
}

/**
 * Throws VALIDATION unless the bytes are a sound, reasonably sized .xlsx archive; returns its
 * entries by name.
 */
export function guardXlsxArchive(bytes: Uint8Array, fileName: string, limits: ReadLimits = READ_LIMITS): Map<string, ZipEntry> {
  const entries = readZipEntries(bytes, fileName, limits);
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) {
    throw new AppError(
      'VALIDATION',
      `Tệp “${fileName}” là tệp nén nhưng không phải bảng tính Excel (.xlsx).`,
      { fileName, entries: entries.slice(0, 20).map((e) => e.name) },
    );
  }
  verifyEntries(bytes, entries, fileName);
  return new Map(entries.map((e) => [e.name, e]));
}
