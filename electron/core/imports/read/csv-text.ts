/**
 * Decoding CSV bytes. UTF-8 (with or without BOM) and UTF-16 with BOM are unambiguous. Other
 * bytes are an "ANSI" save: Windows-1258 on a Vietnamese Windows (Unicode text), or bytes of a
 * legacy font (TCVN3/VNI, read as Windows-1252); the reading with more Vietnamese wins.
 */
import { isVietnameseSyllable, toUnicode } from '../../../../shared/text/legacy';

const SAMPLE_CHARS = 64 * 1024;

function vietnameseWords(text: string): number {
  const sample = toUnicode(text.slice(0, SAMPLE_CHARS)).text;
  return sample.split(/[\s,;"'()]+/u).filter((w) => /[^\0-\x7f]/u.test(w) && isVietnameseSyllable(w)).length;
}

export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
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
 * Stops after `maxRecords` and says so, so a huge file is not parsed to the end.
 */
export function parseCsvRecords(text: string, delimiter: string, maxRecords: number): { records: string[][]; truncated: boolean } {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    record.push(field);
    records.push(record);
    record = [];
    field = '';
  };
  while (i < text.length) {
    const c = text[i];
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
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      endRecord();
      if (c === '\r' && text[i + 1] === '\n') i++;
      if (records.length > maxRecords) return { records: records.slice(0, maxRecords), truncated: true };
    } else field += c;
    i++;
  }
  if (field !== '' || record.length > 0) endRecord();
  return { records, truncated: false };
}
