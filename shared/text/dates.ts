/**
 * How dates are written (DOMAIN.md §5, Nghị định 30/2020): ISO yyyy-mm-dd in storage and in the
 * contract; dd/mm/yyyy on screen and in tables; "ngày 05 tháng 01 năm 2026" in administrative
 * text, where days below 10 and months 1–2 take a leading zero ("ngày 15 tháng 3").
 * One place for these rules, so every document and screen writes a date the same way.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/u;

function parts(iso: string): { day: number; month: number; year: number } {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new Error(`Ngày không hợp lệ: ${iso}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** "2026-01-05" → "05/01/2026". */
export function displayDate(iso: string): string {
  const { day, month, year } = parts(iso);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** "ngày 05 tháng 01 năm 2026", "ngày 15 tháng 3 năm 2026". */
export function longDate(iso: string): string {
  const { day, month, year } = parts(iso);
  return `ngày ${day < 10 ? `0${day}` : day} tháng ${month <= 2 ? `0${month}` : month} năm ${year}`;
}

/** "Hòa Bình, ngày 05 tháng 01 năm 2026": the place-and-date line of a document. */
export function placeDateLine(place: string, iso: string): string {
  return `${place}, ${longDate(iso)}`;
}
