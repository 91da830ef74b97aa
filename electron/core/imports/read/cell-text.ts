/**
 * An ExcelJS cell value → plain text. Values only: a formula gives its cached result and is
 * never evaluated; hyperlinks and rich text give their text; dates give ISO yyyy-mm-dd.
 * Each piece of text is converted from its font's legacy encoding (per rich-text run).
 */
import type { CellErrorValue, CellValue, RichText } from 'exceljs';
import { cleanText } from '../../../../shared/text/vietnamese';
import { toUnicode, type LegacyEncoding } from '../../../../shared/text/legacy';
import type { GridCell } from './grid';

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Numbers as Excel shows them when the format only pads with zeros ("0000000000" keeps the
 * leading 0 of a phone number stored as a number); otherwise the shortest exact form.
 */
export function numberText(value: number, numFmt?: string): string {
  if (Number.isInteger(value) && numFmt && /^0+$/u.test(numFmt)) {
    return (value < 0 ? '-' : '') + String(Math.abs(value)).padStart(numFmt.length, '0');
  }
  return String(value);
}

function textCell(text: string, encoding: LegacyEncoding): GridCell {
  return { text: cleanText(text), encoding, isText: true };
}

function richTextCell(runs: RichText[], fontName: string | undefined): GridCell {
  let encoding: LegacyEncoding = 'unicode';
  let text = '';
  for (const run of runs) {
    const converted = toUnicode(run.text ?? '', run.font?.name ?? fontName);
    if (encoding === 'unicode') encoding = converted.encoding;
    text += converted.text;
  }
  return textCell(text, encoding);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Converts one cell value. `fontName` is the cell's font; `numFmt` its number format. */
export function cellValueText(value: CellValue | RichText[] | undefined, fontName?: string, numFmt?: string): GridCell {
  if (value === null || value === undefined) return { text: '', encoding: 'unicode', isText: false };
  if (typeof value === 'string') {
    const converted = toUnicode(value, fontName);
    return textCell(converted.text, converted.encoding);
  }
  if (typeof value === 'number') return { text: numberText(value, numFmt), encoding: 'unicode', isText: false };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', encoding: 'unicode', isText: false };
  if (value instanceof Date) {
    return { text: Number.isNaN(value.getTime()) ? '' : isoDate(value), encoding: 'unicode', isText: false };
  }
  if (Array.isArray(value)) return richTextCell(value, fontName);
  if (isObject(value)) {
    if (Array.isArray(value.richText)) return richTextCell(value.richText as RichText[], fontName);
    if ('formula' in value || 'sharedFormula' in value) {
      // The cached result Excel saved; a formula never saved with a result reads as empty.
      return cellValueText(value.result as CellValue, fontName, numFmt);
    }
    if ('hyperlink' in value) return cellValueText(value.text as CellValue, fontName, numFmt);
    if ('error' in value) return { text: String((value as unknown as CellErrorValue).error), encoding: 'unicode', isText: false };
  }
  return { text: '', encoding: 'unicode', isText: false };
}
