import { displayDate } from '../../../shared/text/dates';

/**
 * Dates are typed and shown dd/mm/yyyy (DOMAIN.md §5) and travel as ISO yyyy-mm-dd.
 */

/** "2026-01-05" → "05/01/2026"; anything else is shown as it is. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  return /^\d{4}-\d{2}-\d{2}/u.test(iso) ? displayDate(iso) : iso;
}

/** A stored timestamp ("2026-01-05T08:30:00.000Z") in local time: "05/01/2026 15:30". */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * What the officer typed → ISO for the contract. Accepts "5/1/2026", "05-01-2026",
 * "05.01.2026". Text that is not a date shape is passed on unchanged, so the contract's own
 * schema rejects it with its Vietnamese message ("Ngày không hợp lệ…", "Ngày không tồn tại.").
 */
export function parseDate(typed: string): string {
  const text = typed.trim();
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(text);
  if (!m) return text;
  return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}

/** Today as the officer reads it: "dd/mm/yyyy" in local time. */
export function todayTyped(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(now.getDate())}/${pad(now.getMonth() + 1)}/${now.getFullYear()}`;
}
