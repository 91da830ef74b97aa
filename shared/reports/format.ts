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

export { placeDateLine, displayDate as shortDate } from '../text/dates';

export { upperVi } from '../text/vietnamese';

/** "xã Hòa Bình", "phường Đông Ba". */
export function communeTitle(kind: CommuneKind, name: string): string {
  return `${COMMUNE_KINDS[kind].toLocaleLowerCase('vi')} ${name}`;
}
