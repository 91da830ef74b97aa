/**
 * Formula-injection guard for exported cells (DESIGN.md: neutralise = + - @). A text that starts
 * with one of them, or with a tab or carriage return, gets one leading space.
 *
 * Why a space and not the usual apostrophe: ExcelJS stores the value as a plain string, so an
 * apostrophe would be part of the text and printed on the sheet (Excel only hides it when it is
 * typed, as the cell's quotePrefix style, which ExcelJS cannot write). A leading space keeps the
 * cell text-typed in Excel and LibreOffice even when a user edits it or the sheet is saved as
 * CSV and reopened, it is invisible on paper, and the name still reads the same.
 */
const FORMULA_START = /^[=+\-@\t\r]/u;

export function safeText(text: string): string {
  return FORMULA_START.test(text) ? ` ${text}` : text;
}
