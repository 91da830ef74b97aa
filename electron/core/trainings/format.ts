/** How dates, times and shares are written on Vietnamese administrative paper (DOMAIN.md §5). */

import { displayDate as formatDate } from '../../../shared/text/dates';

export { displayDate as formatDate, longDate } from '../../../shared/text/dates';

const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];
export const weekday = (iso: string) => WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()];

/** "08:00 - 11:00, thứ Bảy ngày 15/03/2026". */
export function sessionTime(s: { date: string; startTime: string | null; endTime: string | null }): string {
  const hours = s.startTime ? (s.endTime ? `${s.startTime} - ${s.endTime}, ` : `${s.startTime}, `) : '';
  return `${hours}${weekday(s.date)} ngày ${formatDate(s.date)}`;
}

/** 0.9 → "90,0%"; decimal comma. */
export const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1).replace('.', ',')}%`);

/** "Tổ công nghệ số cộng đồng thôn Đông" → "Tổ CNSCĐ thôn Đông", so a narrow column stays readable. */
export const shortTeamName = (name: string) => name.replace(/^Tổ công nghệ số cộng đồng/iu, 'Tổ CNSCĐ');
