/**
 * Decoding CSV bytes. UTF-8 (with or without BOM) and UTF-16 with BOM are unambiguous. Other
 * bytes are an "ANSI" save: Windows-1258 on a Vietnamese Windows (Unicode text), or bytes of a
 * legacy font (TCVN3/VNI, read as Windows-1252); the reading with more Vietnamese wins.
 */
import { AppError } from '../../../../shared/errors';
import { isVietnameseSyllable, toUnicode } from '../../../../shared/text/legacy';
import { READ_LIMITS } from './limits';
import { cellTooLong, tooManyColumns } from './messages';

const SAMPLE_CHARS = 64 * 1024;

function vietnameseWords(text: string): number {
  const sample = toUnicode(text.slice(0, SAMPLE_CHARS)).text;
  return sample.split(/[\s,;"'()]+/u).filter((w) => /[^\0-\x7f]/u.test(w) && isVietnameseSyllable(w)).length;
}

const lineList = (numbers: number[]) => numbers.slice(0, 5).join(', ') + (numbers.length > 5 ? ', …' : '');

/**
 * Lines saved in two encodings (rows pasted from a UTF-8 file into an ANSI one): read either
 * way, half the names would be garbled, so the file is refused with what was found.
 */
function refuseMixedEncodings(bytes: Uint8Array, fileName: string): void {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const utf8Lines: number[] = [];
  const ansiLines: number[] = [];
  let start = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const part = bytes.subarray(start, i);
    if (part.some((b) => b >= 0x80)) {
      try {
        utf8.decode(part);
        utf8Lines.push(line);
      } catch {
        ansiLines.push(line);
      }
    }
    start = i + 1;
    line++;
  }
  if (utf8Lines.length && ansiLines.length) {
    throw new AppError(
      'VALIDATION',
      `Tệp “${fileName}” lẫn hai bảng mã: ${utf8Lines.length} dòng theo UTF-8 (dòng ${lineList(utf8Lines)}) và ${ansiLines.length} dòng theo bảng mã ANSI của Windows (Windows-1258, TCVN3 hoặc VNI; dòng ${lineList(ansiLines)}). Đọc theo bảng mã nào thì một phần tên cũng bị sai, nên tệp chưa được nhập. Hãy mở tệp bằng Excel, sửa các dòng đó rồi lưu lại dạng “CSV UTF-8”.`,
      { fileName, utf8Lines: utf8Lines.length, ansiLines: ansiLines.length },
    );
  }
}

export function decodeCsvBytes(bytes: Uint8Array, fileName = 'tệp'): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    refuseMixedEncodings(bytes, fileName);
    const cp1258 = new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
    const cp1252 = new TextDecoder('windows-1252').decode(bytes);
    return vietnameseWords(cp1252) > vietnameseWords(cp1258) ? cp1252 : cp1258;
  }
}

/** The delimiter Excel used: "sep=;" line, else the most frequent of , ; tab in the first line. */
export function detectDelimiter(text: string): { delimiter: string; skipFirstLine: boolean } {
  const sep = /^sep=(.)\r?\n/u.exec(text);
  if (sep) return { delimiter: sep[1], skipFirstLine: true };
  const firstLine = text.slice(0, 4096).split(/\r?\n|\r/u).find((line) => line.trim() !== '') ?? '';
  const outsideQuotes = firstLine.replace(/"[^"]*"/gu, '');
  const counts = [',', ';', '\t'].map((d) => [d, outsideQuotes.split(d).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return { delimiter: best[1] > 0 ? best[0] : ',', skipFirstLine: false };
}

/**
 * RFC 4180 records: quoted fields may hold the delimiter, doubled quotes and line breaks.
 * Stops after `maxRecords` and says so, so a huge file is not parsed to the end; refuses a
 * record with too many fields or too many characters as soon as it gets there (a one-line
 * 10 MB file once took 12.8 s and 1.34 GB; issue 14 §8).
 */
export function parseCsvRecords(
  text: string,
  delimiter: string,
  maxRecords: number,
  fileName = 'tệp',
  limits: Pick<typeof READ_LIMITS, 'maxColumns' | 'maxCellChars' | 'maxRowChars'> = READ_LIMITS,
): { records: string[][]; truncated: boolean } {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  let recordStart = 0;
  const pushField = () => {
    if (record.length >= limits.maxColumns) throw tooManyColumns(fileName, records.length + 1, limits.maxColumns);
    if (field.length > limits.maxCellChars) throw cellTooLong(fileName, records.length + 1, limits.maxCellChars, 'ô');
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    pushField();
    records.push(record);
    record = [];
  };
  while (i < text.length) {
    const c = text[i];
    if ((i & 0xfff) === 0 && i - recordStart > limits.maxRowChars) throw cellTooLong(fileName, records.length + 1, limits.maxRowChars, 'dòng');
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) {
      pushField();
    } else if (c === '\n' || c === '\r') {
      endRecord();
      if (c === '\r' && text[i + 1] === '\n') i++;
      recordStart = i + 1;
      if (records.length > maxRecords) return { records: records.slice(0, maxRecords), truncated: true };
    } else field += c;
    i++;
  }
  if (field !== '' || record.length > 0) endRecord();
  return { records, truncated: false };
}
