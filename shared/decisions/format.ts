/**
 * Number and date wording of a decision per Nghị định 30/2020/NĐ-CP (Phụ lục I): numbers below
 * 10 are written 01–09; in dates, days below 10 and months 1 and 2 take a leading zero
 * ("ngày 05 tháng 01", "ngày 15 tháng 3"). A blank (draft) leaves room to write by hand.
 */

import { displayDate, longDate } from '../text/dates';

// Non-breaking spaces: kept by Word and by our PDF line breaker, never a break point.
const BLANK = '\u00a0\u00a0\u00a0\u00a0';

/** "07/QĐ-UBND"; a null number leaves a blank before the slash. */
export function decisionNumberText(n: number | null, symbol: string): string {
  const num = n === null ? `${BLANK}${BLANK}` : n < 10 ? `0${n}` : String(n);
  return `${num}/${symbol}`;
}

/** "Số: 07/QĐ-UBND". */
export function formatDecisionNumber(n: number | null, symbol: string): string {
  return `Số: ${decisionNumberText(n, symbol)}`;
}

/** "ngày 05 tháng 01 năm 2026"; with a null date: "ngày      tháng      năm 2026". */
export function formatLongDate(iso: string | null, year?: number): string {
  if (iso === null) return `ngày${BLANK}${BLANK} tháng${BLANK}${BLANK} năm ${year ?? ''}`.trimEnd();
  return longDate(iso);
}

/** "Hòa Bình, ngày 05 tháng 01 năm 2026". */
export function formatDecisionDate(place: string, iso: string | null, year?: number): string {
  return `${place}, ${formatLongDate(iso, year)}`;
}

/** "05/01/2026" — the everyday form used outside the decision's own text. */
export function formatShortDate(iso: string): string {
  return displayDate(iso);
}

export { upperVi } from '../text/vietnamese';

/** First letter upper-cased: "xã Hòa Bình" → "Xã Hòa Bình". */
export function capitalizeVi(text: string): string {
  return text.length === 0 ? text : text[0].toLocaleUpperCase('vi') + text.slice(1);
}
