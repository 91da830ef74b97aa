/**
 * Reads the classic cross-reference tables of a PDF (following /Prev through incremental
 * updates) to find where each object lives. pdfkit and our own signature updates write classic
 * tables; compressed xref streams are reported as unsupported.
 */
import { type PdfDict, PdfSyntaxError, parseValue, skipSpace } from './pdf-syntax';

export interface XrefInfo {
  /** Object number → byte offset of its newest version. */
  offsets: Map<number, number>;
  /** The newest trailer dictionary. */
  trailer: PdfDict;
  /** Offset of the newest xref table (the next update's /Prev). */
  startxref: number;
}

export class XrefStreamError extends PdfSyntaxError {}

const text = (buf: Uint8Array, from: number, to: number) =>
  Buffer.from(buf.subarray(from, Math.max(from, to))).toString('latin1');

export function lastStartxref(pdf: Uint8Array): number {
  const tail = text(pdf, Math.max(0, pdf.length - 2048), pdf.length);
  const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!match) throw new PdfSyntaxError('no startxref at the end of the file');
  return Number(match[1]);
}

function readSection(pdf: Uint8Array, offset: number, offsets: Map<number, number>): PdfDict {
  const at = skipSpace(pdf, offset);
  if (text(pdf, at, at + 4) !== 'xref') {
    throw new XrefStreamError('cross-reference stream (PDF 1.5 compressed) is not supported');
  }
  const trailerAt = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.length).indexOf('trailer', at);
  if (trailerAt === -1) throw new PdfSyntaxError('no trailer after xref');
  const tokens = text(pdf, at + 4, trailerAt).trim().split(/\s+/);
  for (let i = 0; i < tokens.length; ) {
    const first = Number(tokens[i]);
    const count = Number(tokens[i + 1]);
    if (!Number.isInteger(first) || !Number.isInteger(count)) throw new PdfSyntaxError('bad xref subsection');
    // A subsection cannot list more entries than the section has tokens for (a crafted count of
    // billions would otherwise loop over nothing).
    if (count < 0 || first < 0 || count * 3 > tokens.length - i - 2) throw new PdfSyntaxError('xref subsection longer than its section');
    i += 2;
    for (let k = 0; k < count; k++, i += 3) {
      const [where, , type] = [tokens[i], tokens[i + 1], tokens[i + 2]];
      // Newer sections win; a newer "free" entry hides an older version of the object.
      if (!offsets.has(first + k)) offsets.set(first + k, type === 'n' ? Number(where) : -1);
    }
  }
  const trailer = parseValue(pdf, trailerAt + 'trailer'.length);
  if (trailer.kind !== 'dict') throw new PdfSyntaxError('trailer is not a dictionary');
  return trailer;
}

export function readXref(pdf: Uint8Array): XrefInfo {
  const startxref = lastStartxref(pdf);
  const offsets = new Map<number, number>();
  const seen = new Set<number>();
  let trailer: PdfDict | undefined;
  let next: number | undefined = startxref;
  while (next !== undefined && !seen.has(next)) {
    seen.add(next);
    const section = readSection(pdf, next, offsets);
    trailer ??= section;
    const prev = section.entries.get('Prev');
    next = prev?.kind === 'number' ? prev.value : undefined;
  }
  if (!trailer) throw new PdfSyntaxError('no trailer');
  for (const [num, at] of offsets) if (at < 0) offsets.delete(num);
  return { offsets, trailer, startxref };
}
