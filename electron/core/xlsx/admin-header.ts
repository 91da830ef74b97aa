import { MOTTO, NATION, RULE_FRACTION, SIZES } from '../documents/nd30';
import { cellStyle } from './styles';
import type { SheetCursor } from './cursor';
import { RULE_ROW_HEIGHT, RULE_STYLE, ruleText, textWidth } from './rule';

export interface AdministrativeHeader {
  /** Issuing body, upper case, one line each: ["ỦY BAN NHÂN DÂN", "XÃ HÒA BÌNH"]. */
  issuer: string[];
  /** "Số: 12/BC-UBND"; null for a paper without a number (a tally sheet). */
  numberLine: string | null;
  /** "Hòa Bình, ngày 15 tháng 9 năm 2026". */
  placeDate: string;
}

/**
 * Splits the sheet's columns into the header's two blocks: the issuing body on the left over
 * about 40 % of the width, the Quốc hiệu on the right over the rest.
 */
export function headerSplit(widths: number[]): number {
  const total = widths.reduce((a, b) => a + b, 0);
  let sum = 0;
  for (let i = 0; i < widths.length - 1; i++) {
    sum += widths[i];
    if (sum >= total * 0.38) return i + 1;
  }
  return Math.max(1, widths.length - 1);
}

const SIZE = { issuer: SIZES.issuer - 1, nation: SIZES.nation - 1, motto: SIZES.motto - 1, number: SIZES.number, placeDate: SIZES.placeDate - 1 };

/**
 * The two-column administrative header of the ND30 kit (documents/nd30.ts): issuing body bold
 * upper case on the left with a short rule under it (RULE_FRACTION of the name), Quốc hiệu and
 * Tiêu ngữ on the right with a rule as long as the motto; below them "Số: …" on the left and the
 * place and date in italics on the right. Sizes one point under the PDF's: a sheet prints a
 * little larger than its scale-to-width, and the right block must hold the Quốc hiệu on one line.
 */
export function writeAdministrativeHeader(cursor: SheetCursor, header: AdministrativeHeader): void {
  const split = headerSplit(cursor.widths);
  const last = cursor.columnCount;
  const centred = (size: number) => cellStyle({ size, bold: true, horizontal: 'center', wrap: false });

  const issuer = header.issuer.length ? header.issuer : [''];
  const rights = [{ text: NATION, size: SIZE.nation }, { text: MOTTO, size: SIZE.motto }];
  const lines = Math.max(issuer.length, rights.length);
  for (let i = 0; i < lines; i++) {
    const r = cursor.add([], 18);
    if (i < issuer.length) cursor.put(r, 1, split, issuer[i], centred(SIZE.issuer));
    if (i < rights.length) cursor.put(r, split + 1, last, rights[i].text, centred(rights[i].size));
  }
  const rules = cursor.add([], RULE_ROW_HEIGHT);
  const name = Math.max(...issuer.map((l) => textWidth(l, SIZE.issuer, true)));
  cursor.put(rules, 1, split, ruleText(RULE_FRACTION.issuer * name), RULE_STYLE);
  cursor.put(rules, split + 1, last, ruleText(textWidth(MOTTO, SIZE.motto, true)), RULE_STYLE);
  cursor.blank(6);
  const r = cursor.add([], 20);
  if (header.numberLine) cursor.put(r, 1, split, header.numberLine, cellStyle({ size: SIZE.number, horizontal: 'center', wrap: false }));
  cursor.put(r, split + 1, last, header.placeDate, cellStyle({ size: SIZE.placeDate, italic: true, horizontal: 'center', wrap: false }));
  cursor.blank(10);
}
