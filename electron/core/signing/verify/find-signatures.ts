/**
 * Finds the signature dictionaries of any PDF by looking for /ByteRange in the file and parsing
 * the object around it — no assumption about who wrote the file or in which order the keys come.
 */
import { type PdfDict, type PdfValue, parseIndirectObject } from '../pdf/pdf-syntax';

export interface FoundSignature {
  dict: PdfDict;
  /** The four /ByteRange numbers as written (null when they are not four integers). */
  byteRange: number[] | null;
  /** The /Contents hex string with its position in the file. */
  contents: Extract<PdfValue, { kind: 'string' }> | null;
}

/** Dictionaries inside `value` (itself included) that carry a /ByteRange. */
function dictsWithByteRange(value: PdfValue, out: PdfDict[]): void {
  if (value.kind === 'dict') {
    if (value.entries.has('ByteRange')) out.push(value);
    for (const v of value.entries.values()) dictsWithByteRange(v, out);
  } else if (value.kind === 'array') {
    for (const v of value.items) dictsWithByteRange(v, out);
  }
}

function toFound(dict: PdfDict): FoundSignature {
  const range = dict.entries.get('ByteRange');
  const numbers =
    range?.kind === 'array' && range.items.length === 4 && range.items.every((i) => i.kind === 'number')
      ? range.items.map((i) => (i.kind === 'number' ? i.value : NaN))
      : null;
  const contents = dict.entries.get('Contents');
  return {
    dict,
    byteRange: numbers && numbers.every((n) => Number.isInteger(n) && n >= 0) ? numbers : null,
    contents: contents?.kind === 'string' ? contents : null,
  };
}

export function findSignatureDictionaries(pdf: Uint8Array): FoundSignature[] {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.length).toString('latin1');
  const headers: number[] = [];
  for (const m of text.matchAll(/(\d+)[ \t\r\n\f\0]+(\d+)[ \t\r\n\f\0]+obj\b/g)) headers.push(m.index);
  const found = new Map<number, FoundSignature>(); // by dictionary start: one report per dictionary
  for (const m of text.matchAll(/\/ByteRange\b/g)) {
    const at = m.index;
    // The nearest object header before the key; a stray "N G obj" in binary data is skipped.
    let h = headers.findLastIndex((p) => p < at);
    for (let tries = 0; h >= 0 && tries < 3; tries++, h--) {
      let dicts: PdfDict[] = [];
      try {
        const { value } = parseIndirectObject(pdf, headers[h]);
        dictsWithByteRange(value, dicts);
      } catch {
        dicts = [];
      }
      const own = dicts.find((d) => d.start < at && at < d.end);
      if (own) {
        if (!found.has(own.start)) found.set(own.start, toFound(own));
        break;
      }
    }
  }
  return [...found.values()].sort((a, b) => a.dict.start - b.dict.start);
}
