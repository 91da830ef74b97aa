/**
 * A small reader for PDF object syntax (ISO 32000-1 section 7.3): enough to read trailers, xref
 * tables, page and form dictionaries and signature dictionaries written by any tool. Every value
 * remembers where it sits in the file, so callers can splice text or check byte offsets.
 */

export type PdfValue = (
  | { kind: 'number'; value: number }
  | { kind: 'name'; value: string }
  | { kind: 'string'; bytes: Uint8Array; hex: boolean }
  | { kind: 'bool'; value: boolean }
  | { kind: 'null' }
  | { kind: 'ref'; num: number; gen: number }
  | { kind: 'array'; items: PdfValue[] }
  | { kind: 'dict'; entries: Map<string, PdfValue> }
  | { kind: 'keyword'; value: string }
) & { start: number; end: number };

export type PdfDict = Extract<PdfValue, { kind: 'dict' }>;

/**
 * A malformed file. Thrown often on hostile input (every stray "N G obj" tried), so it carries no
 * stack trace: capturing one costs more than the parse that failed.
 */
export class PdfSyntaxError extends Error {
  constructor(message: string) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
  }
}

/** Byte classes of ISO 32000-1 §7.2.2, looked up per byte (the readers touch every byte). */
const WHITE = 1;
const DELIMITER = 2;
const CLASS = new Uint8Array(256);
for (const b of [0x20, 0x0a, 0x0d, 0x09, 0x0c, 0x00]) CLASS[b] = WHITE;
for (const c of '()<>[]{}/%') CLASS[c.charCodeAt(0)] = DELIMITER;

export const isWhite = (b: number) => CLASS[b] === WHITE;
/** Neither white space nor a delimiter; false past the end of the buffer (undefined). */
export const isRegular = (b: number | undefined) => b !== undefined && CLASS[b] === 0;

export function skipSpace(buf: Uint8Array, pos: number): number {
  while (pos < buf.length) {
    if (isWhite(buf[pos])) pos++;
    else if (buf[pos] === 0x25 /* % */) {
      while (pos < buf.length && buf[pos] !== 0x0a && buf[pos] !== 0x0d) pos++;
    } else break;
  }
  return pos;
}

function readToken(buf: Uint8Array, pos: number): { text: string; end: number } {
  let end = pos;
  while (end < buf.length && isRegular(buf[end])) end++;
  // A view, not a copy: hostile files have many tokens.
  return { text: Buffer.from(buf.buffer, buf.byteOffset + pos, end - pos).toString('latin1'), end };
}

function readLiteralString(buf: Uint8Array, pos: number): { bytes: Uint8Array; end: number } {
  const out: number[] = [];
  let depth = 1;
  let i = pos + 1;
  const escapes: Record<number, number> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c };
  while (i < buf.length) {
    const b = buf[i++];
    if (b === 0x5c /* \ */) {
      const c = buf[i++];
      if (c in escapes) out.push(escapes[c]);
      else if (c >= 0x30 && c <= 0x37) {
        let octal = c - 0x30;
        for (let k = 0; k < 2 && buf[i] >= 0x30 && buf[i] <= 0x37; k++) octal = octal * 8 + (buf[i++] - 0x30);
        out.push(octal & 0xff);
      } else if (c === 0x0d) {
        if (buf[i] === 0x0a) i++; // line continuation
      } else if (c !== 0x0a) out.push(c);
    } else if (b === 0x28 /* ( */) {
      depth++;
      out.push(b);
    } else if (b === 0x29 /* ) */) {
      if (--depth === 0) return { bytes: new Uint8Array(out), end: i };
      out.push(b);
    } else out.push(b);
  }
  throw new PdfSyntaxError('unterminated string');
}

function readHexString(buf: Uint8Array, pos: number): { bytes: Uint8Array; end: number } {
  const close = buf.indexOf(0x3e /* > */, pos + 1);
  if (close === -1) throw new PdfSyntaxError('unterminated hex string');
  let hex = Buffer.from(buf.subarray(pos + 1, close)).toString('latin1').replace(/\s+/g, '');
  if (!/^[0-9a-fA-F]*$/.test(hex)) throw new PdfSyntaxError('bad hex string');
  if (hex.length % 2) hex += '0';
  return { bytes: new Uint8Array(Buffer.from(hex, 'hex')), end: close + 1 };
}

function decodeName(raw: string): string {
  return raw.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/**
 * Arrays and dictionaries nested deeper than this are refused: real files nest a handful of
 * levels, and the parser recurses (a crafted file could otherwise exhaust the stack).
 */
export const MAX_NESTING = 64;

/** Parses the value starting at (or after white space from) `pos`. */
export function parseValue(buf: Uint8Array, pos: number, depth = 0): PdfValue {
  if (depth > MAX_NESTING) throw new PdfSyntaxError(`nested deeper than ${MAX_NESTING} levels`);
  const start = skipSpace(buf, pos);
  const b = buf[start];
  if (b === undefined) throw new PdfSyntaxError('unexpected end of file');
  if (b === 0x2f /* / */) {
    const { text, end } = readToken(buf, start + 1);
    return { kind: 'name', value: decodeName(text), start, end };
  }
  if (b === 0x28) {
    const { bytes, end } = readLiteralString(buf, start);
    return { kind: 'string', bytes, hex: false, start, end };
  }
  if (b === 0x3c && buf[start + 1] === 0x3c) {
    const entries = new Map<string, PdfValue>();
    let at = skipSpace(buf, start + 2);
    while (!(buf[at] === 0x3e && buf[at + 1] === 0x3e)) {
      const key = parseValue(buf, at, depth + 1);
      if (key.kind !== 'name') throw new PdfSyntaxError(`dictionary key expected at ${key.start}`);
      const value = parseValue(buf, key.end, depth + 1);
      entries.set(key.value, value);
      at = skipSpace(buf, value.end);
      if (at >= buf.length) throw new PdfSyntaxError('unterminated dictionary');
    }
    return { kind: 'dict', entries, start, end: at + 2 };
  }
  if (b === 0x3c) {
    const { bytes, end } = readHexString(buf, start);
    return { kind: 'string', bytes, hex: true, start, end };
  }
  if (b === 0x5b /* [ */) {
    const items: PdfValue[] = [];
    let at = skipSpace(buf, start + 1);
    while (buf[at] !== 0x5d /* ] */) {
      if (at >= buf.length) throw new PdfSyntaxError('unterminated array');
      const item = parseValue(buf, at, depth + 1);
      items.push(item);
      at = skipSpace(buf, item.end);
    }
    return { kind: 'array', items, start, end: at + 1 };
  }
  const { text, end } = readToken(buf, start);
  if (text === '') throw new PdfSyntaxError(`unexpected byte ${b} at ${start}`);
  // Written so no digit is tried twice: "\d+\.?\d*" backtracks quadratically on a long run of
  // digits ending in a letter (a crafted token).
  if (/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(text)) {
    // "12 0 R" is a reference, not three values.
    const ref = /^\s*(\d+)\s+R(?![^\s()<>[\]{}/%])/.exec(peek(buf, end, 24));
    if (/^\d+$/.test(text) && ref) {
      const refEnd = end + ref[0].length;
      return { kind: 'ref', num: Number(text), gen: Number(ref[1]), start, end: refEnd };
    }
    return { kind: 'number', value: Number(text), start, end };
  }
  if (text === 'true' || text === 'false') return { kind: 'bool', value: text === 'true', start, end };
  if (text === 'null') return { kind: 'null', start, end };
  return { kind: 'keyword', value: text, start, end };
}

const peek = (buf: Uint8Array, pos: number, n: number) =>
  Buffer.from(buf.subarray(pos, Math.min(buf.length, pos + n))).toString('latin1');

/** The unsigned integer written at `pos` (digits only), or null. */
function readUnsigned(buf: Uint8Array, pos: number): { value: number; end: number } | null {
  let end = pos;
  let value = 0;
  while (end < buf.length && buf[end] >= 0x30 && buf[end] <= 0x39) value = value * 10 + (buf[end++] - 0x30);
  return end > pos && !isRegular(buf[end]) ? { value, end } : null;
}

/** Parses "N G obj <value>" at `offset`; returns the value and the object number. */
export function parseIndirectObject(buf: Uint8Array, offset: number): { num: number; gen: number; value: PdfValue } {
  // Read byte by byte, no strings: hostile files make this run once per stray "N G obj".
  const num = readUnsigned(buf, skipSpace(buf, offset));
  const gen = num && readUnsigned(buf, skipSpace(buf, num.end));
  const at = gen ? skipSpace(buf, gen.end) : -1;
  if (!num || !gen || buf[at] !== 0x6f || buf[at + 1] !== 0x62 || buf[at + 2] !== 0x6a || isRegular(buf[at + 3])) {
    throw new PdfSyntaxError(`no object at offset ${offset}`);
  }
  return { num: num.value, gen: gen.value, value: parseValue(buf, at + 3) };
}

export function dictGet(dict: PdfValue | undefined, key: string): PdfValue | undefined {
  return dict?.kind === 'dict' ? dict.entries.get(key) : undefined;
}

/** Decodes a PDF text string: UTF-16BE with BOM, UTF-8 with BOM (PDF 2.0), else PDFDocEncoding (≈ Latin-1). */
export function decodeTextString(bytes: Uint8Array): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const body = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)));
    return body.swap16().toString('utf16le').normalize('NFC');
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return Buffer.from(bytes.subarray(3)).toString('utf8').normalize('NFC');
  }
  return Buffer.from(bytes).toString('latin1');
}
