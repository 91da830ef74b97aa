/**
 * What goes into a cell of a workbook we hand out. Text typed by users (names, places, notes)
 * can start with "=", "+", "-" or "@": spreadsheet programs, and every CSV made from the file,
 * would read it as a formula ("=HYPERLINK(…)", "=cmd|' /C calc'!A0"). Such text gets a leading
 * apostrophe (OWASP "CSV injection"), so it stays visible, inert text everywhere. Numbers stay
 * numbers and dates become real Excel dates: they are never neutralised.
 */

/** First characters that make a spreadsheet treat text as a formula (tab and CR included). */
const FORMULA_START = /^[=+\-@\t\r]/u;
// Characters XML 1.0 cannot carry, and lone surrogate halves: they would corrupt the file.
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

/** Excel refuses cells longer than this. */
export const MAX_CELL_TEXT = 32_767;

/**
 * Text that is already clean: printable ASCII, Latin-1, Latin Extended-A/B and the precomposed
 * Vietnamese letters (Latin Extended Additional), no combining marks. Every such character is
 * NFC-stable (Unicode NFC_Quick_Check = Yes) and none is outside XML, so such text needs no
 * normalising: names and places from the register almost always are (issue 12: the report
 * cleaned 800,000 cells). test/unit/electron/safe-cell-fast.test.ts checks it against the full path.
 */
const ALREADY_CLEAN = /^[\u0020-\u007e\u00a0-\u024f\u1e00-\u1eff]*$/u;

/** NFC, without characters XML cannot hold, within Excel's length limit. */
export function cleanCellText(text: string): string {
  if (text.length <= MAX_CELL_TEXT && ALREADY_CLEAN.test(text)) return text;
  return text.normalize('NFC').replace(NOT_XML, '').slice(0, MAX_CELL_TEXT);
}

/** True when a spreadsheet could take this text for a formula. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text) || FORMULA_START.test(text.trimStart());
}

/** Text from the data (never our own labels): cleaned, and neutralised when formula-like. */
export function safeText(text: string | null | undefined): string {
  if (text === null || text === undefined) return '';
  const clean = cleanCellText(text);
  return looksLikeFormula(clean) ? `'${clean}`.slice(0, MAX_CELL_TEXT) : clean;
}

/** A finite number, or null (an empty cell): NaN and Infinity never reach the file. */
export function safeNumber(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * A calendar date as Excel stores it. ExcelJS turns a Date into a serial day using UTC, so the
 * date is built at UTC midnight: 05/01/2026 stays 05/01/2026 in every time zone.
 */
export function excelDate(value: string | Date | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate()));
  const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(value);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}
