import { cellStyle } from './styles';
import type { SheetCursor } from './cursor';

export interface AdministrativeHeader {
  /** Issuing body, upper case, one line each: ["ỦY BAN NHÂN DÂN", "XÃ HÒA BÌNH"]. */
  issuer: string[];
  /** "Số: 12/BC-UBND". */
  numberLine: string;
  /** "Hòa Bình, ngày 15 tháng 9 năm 2026". */
  placeDate: string;
}

const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

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

/**
 * The two-column administrative header (Nghị định 30/2020, DOMAIN.md §3): issuing body bold
 * upper case on the left with a rule under it, Quốc hiệu and the underlined motto on the right;
 * below them "Số: …" on the left and the place and date in italics on the right.
 */
export function writeAdministrativeHeader(cursor: SheetCursor, header: AdministrativeHeader): void {
  const split = headerSplit(cursor.widths);
  const last = cursor.columnCount;
  const centred = (size: number, underline = false) => cellStyle({ size, bold: true, underline, horizontal: 'center', wrap: false });

  const issuer = header.issuer.length ? header.issuer : [''];
  // The rules under the issuing body and the motto are drawn as underlines: a sheet has no lines.
  const rights = [{ text: NATION, style: centred(12) }, { text: MOTTO, style: centred(13, true) }];
  const lines = Math.max(issuer.length, rights.length);
  for (let i = 0; i < lines; i++) {
    const r = cursor.add([], 18);
    if (i < issuer.length) cursor.put(r, 1, split, issuer[i], centred(12, i === issuer.length - 1));
    if (i < rights.length) cursor.put(r, split + 1, last, rights[i].text, rights[i].style);
  }
  cursor.blank(8);
  const r = cursor.add([], 20);
  cursor.put(r, 1, split, header.numberLine, cellStyle({ size: 13, horizontal: 'center', wrap: false }));
  cursor.put(r, split + 1, last, header.placeDate, cellStyle({ size: 13, italic: true, horizontal: 'center', wrap: false }));
  cursor.blank(10);
}
