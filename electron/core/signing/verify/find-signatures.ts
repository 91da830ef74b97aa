/**
 * Finds the signature dictionaries of any PDF by looking for /ByteRange in the file and parsing
 * the object around it — no assumption about who wrote the file or in which order the keys come.
 *
 * Linear in the file size (issue 12: the earlier search re-parsed an object per marker and
 * searched all headers per marker, so a crafted 168 KB file took two minutes):
 * - one pass collects the object headers ("N G obj"), one pass the /ByteRange markers;
 * - each marker's object is found by binary search; markers of one object share one parse;
 * - a parse is bounded by the next object header after the marker, so every byte is parsed at
 *   most a few times whatever the file holds.
 * Signature dictionaries are never inside object streams (their /ByteRange counts file bytes),
 * so a scan of the file's own bytes finds them all.
 */
import { isRegular, isWhite, type PdfDict, type PdfValue, parseIndirectObject, skipSpace } from '../pdf/pdf-syntax';
import { PDF_LIMITS, refuseTooLarge, refuseTooManyObjects, refuseTooManySignatures } from '../pdf/limits';

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
    byteRange: numbers && numbers.every((n) => Number.isSafeInteger(n) && n >= 0) ? numbers : null,
    contents: contents?.kind === 'string' ? contents : null,
  };
}

const isDigit = (b: number) => b >= 0x30 && b <= 0x39;

/**
 * Offsets of every "N G obj" header, ascending. Each "obj" is checked by walking back over
 * white space and digits only, and those runs belong to that one keyword: linear overall.
 */
export function objectHeaders(pdf: Uint8Array): number[] {
  const buf = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.length);
  const headers: number[] = [];
  // Plain loops, no closures: this runs once per "obj" in the file.
  for (let at = buf.indexOf('obj'); at !== -1; at = buf.indexOf('obj', at + 3)) {
    if (isRegular(pdf[at + 3])) continue; // "objects", "objstm"
    let p = at - 1;
    let from = p;
    while (p >= 0 && isWhite(pdf[p])) p--;
    if (p === from) continue;
    from = p;
    while (p >= 0 && isDigit(pdf[p])) p--;
    if (p === from) continue;
    from = p;
    while (p >= 0 && isWhite(pdf[p])) p--;
    if (p === from) continue;
    from = p;
    while (p >= 0 && isDigit(pdf[p])) p--;
    if (p === from) continue;
    headers.push(p + 1);
    if (headers.length > PDF_LIMITS.maxObjects) refuseTooManyObjects();
  }
  return headers;
}

/** Index of the last header before `at`, or -1. */
function headerBefore(headers: number[], at: number): number {
  let lo = 0;
  let hi = headers.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (headers[mid] < at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The dictionaries with /ByteRange in the object at `offset`, read no further than `bound`;
 * null when no object can be read there.
 */
function parseBounded(pdf: Uint8Array, offset: number, bound: number): PdfDict[] | null {
  const dicts: PdfDict[] = [];
  try {
    // A view ending at the bound keeps offsets absolute while the parser cannot read past it.
    dictsWithByteRange(parseIndirectObject(pdf.subarray(0, bound), offset).value, dicts);
  } catch {
    return null; // a stray "N G obj" in binary data, a truncated file
  }
  return dicts;
}

export function findSignatureDictionaries(pdf: Uint8Array): FoundSignature[] {
  if (pdf.length > PDF_LIMITS.maxBytes) refuseTooLarge(pdf.length);
  const buf = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.length);
  const headers = objectHeaders(pdf);
  // Markers in file order; the header before each is found by binary search, so markers of one
  // object are consecutive and share one parse.
  const markers: number[] = [];
  const headerOf: number[] = [];
  for (let at = buf.indexOf('/ByteRange'); at !== -1; at = buf.indexOf('/ByteRange', at + 10)) {
    if (isRegular(pdf[at + 10])) continue; // "/ByteRangeX" is another name
    const h = headerBefore(headers, at);
    if (h < 0) continue;
    markers.push(at);
    headerOf.push(h);
  }
  const found = new Map<number, FoundSignature>(); // by dictionary start: one report per dictionary
  for (let first = 0; first < markers.length; ) {
    const h = headerOf[first];
    let last = first;
    while (last + 1 < markers.length && headerOf[last + 1] === h) last++;
    let pending = markers.slice(first, last + 1);
    first = last + 1;
    const bound = h + 1 < headers.length ? headers[h + 1] : pdf.length;
    // The nearest header first. Only when no object can be read there (a stray "N G obj", e.g.
    // inside a string) are up to two earlier headers tried. Each parse stops at `bound`, so
    // the work stays linear.
    for (let k = h; k >= 0 && k > h - 3 && pending.length > 0; k--) {
      const dicts = parseBounded(pdf, headers[k], bound);
      if (!dicts) continue;
      if (dicts.length === 0) break; // read, with no signature dictionary in it
      // A marker is the key of the dictionary whose /ByteRange value starts right after it.
      const byValueStart = new Map(dicts.map((d) => [d.entries.get('ByteRange')!.start, d]));
      pending = pending.filter((at) => {
        // White space after the key is looked at only so far: a long comment after each of many
        // markers on one line would otherwise be skipped once per marker.
        const own = byValueStart.get(skipSpace(pdf.subarray(0, Math.min(pdf.length, at + 74)), at + 10));
        if (!own) return true;
        if (!found.has(own.start)) {
          found.set(own.start, toFound(own));
          if (found.size > PDF_LIMITS.maxSignatures) refuseTooManySignatures();
        }
        return false;
      });
      break; // the object here was read: the markers it does not own are not in a dictionary
    }
  }
  return [...found.values()].sort((a, b) => a.dict.start - b.dict.start);
}
