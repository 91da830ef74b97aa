/**
 * Wording of an upward report's header (Nghị định 30/2020 conventions, DOMAIN.md §3): numbers
 * below 10 written 01–09; in the place-and-date line, days below 10 and months 1–2 zero-padded.
 */
import { COMMUNE_KINDS, type CommuneKind } from '../domain/vocabulary';

// Non-breaking spaces: room to write a number by hand when none was given.
const BLANK = '\u00a0'.repeat(8);

/** "12/BC-UBND"; "07/BC-UBND"; without a number, a blank before the slash. */
export function reportNumberText(n: number | null, symbol: string): string {
  return `${n === null ? BLANK : n < 10 ? `0${n}` : String(n)}/${symbol}`;
}

/** "Hòa Bình, ngày 05 tháng 01 năm 2026", "Hòa Bình, ngày 15 tháng 9 năm 2026". */
export function placeDateLine(place: string, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const dd = d < 10 ? `0${d}` : String(d);
  const mm = m <= 2 ? `0${m}` : String(m);
  return `${place}, ngày ${dd} tháng ${mm} năm ${y}`;
}

/** "15/09/2026". */
export function shortDate(iso: string): string {
  return iso.split('-').reverse().join('/');
}

export function upperVi(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi');
}

/** "xã Hòa Bình", "phường Đông Ba". */
export function communeTitle(kind: CommuneKind, name: string): string {
  return `${COMMUNE_KINDS[kind].toLocaleLowerCase('vi')} ${name}`;
}
