/** Writing PDF syntax for the objects an incremental update adds or replaces. */
import type { PdfDict } from './pdf-syntax';

/** A name token, escaping what a name may not contain (ISO 32000-1 section 7.3.5). */
export function pdfName(name: string): string {
  return (
    '/' +
    Array.from(Buffer.from(name, 'utf8'))
      .map((b) =>
        b < 0x21 || b > 0x7e || '#()<>[]{}/%'.includes(String.fromCharCode(b))
          ? '#' + b.toString(16).padStart(2, '0')
          : String.fromCharCode(b),
      )
      .join('')
  );
}

/**
 * A text string: plain ASCII as a literal, anything else (Vietnamese) as UTF-16BE with BOM in
 * hex, which every reader understands and no byte of which can be mistaken for syntax.
 */
export function pdfText(text: string): string {
  const value = text.normalize('NFC');
  if (/^[\x20-\x7e]*$/.test(value)) return '(' + value.replace(/[()\\]/g, (c) => '\\' + c) + ')';
  const utf16 = Buffer.from(value, 'utf16le').swap16();
  return '<FEFF' + utf16.toString('hex').toUpperCase() + '>';
}

/** PDF date string in UTC: (D:YYYYMMDDHHmmSSZ). */
export function pdfDate(date: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return (
    `(D:${p(date.getUTCFullYear(), 4)}${p(date.getUTCMonth() + 1)}${p(date.getUTCDate())}` +
    `${p(date.getUTCHours())}${p(date.getUTCMinutes())}${p(date.getUTCSeconds())}Z)`
  );
}

export function pdfNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`not a PDF number: ${n}`);
  return String(Math.round(n * 1000) / 1000);
}

export const pdfRef = (num: number, gen = 0) => `${num} ${gen} R`;

/** A dictionary written from entries; each value is PDF source text. */
export function pdfDict(entries: Record<string, string | undefined>): string {
  const lines = Object.entries(entries)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => `${pdfName(k)} ${v}`);
  return `<<\n${lines.join('\n')}\n>>`;
}

/**
 * Rewrites a parsed dictionary: untouched values are copied byte for byte from the file,
 * `changes` replaces (or with undefined, removes) entries and adds new ones at the end.
 */
export function rewriteDict(
  file: Uint8Array,
  dict: PdfDict,
  changes: Record<string, string | undefined>,
): string {
  const entries: Record<string, string | undefined> = {};
  for (const [key, value] of dict.entries) {
    entries[key] = Buffer.from(file.subarray(value.start, value.end)).toString('latin1');
  }
  return pdfDict({ ...entries, ...changes });
}
