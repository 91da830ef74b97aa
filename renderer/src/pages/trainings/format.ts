import type { AttendanceSummary, TrainingSessionRow } from '../../../../shared/api/trainings';
import { formatDate } from '../../lib/dates';

const PERCENT = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });

/** 0.8214 → "82,1%" (Vietnamese decimal comma); no expected attendee → "—". */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : PERCENT.format(rate);
}

/**
 * No invitee marked yet: the rate would read 0% for a session that has not happened (or where
 * only walk-ins were recorded so far), so it is shown as "—" instead.
 */
export const hasMarks = (s: AttendanceSummary) => s.unmarked < s.invited;

/** "17/03/2026, 08:00–11:30" */
export function whenOf(s: Pick<TrainingSessionRow, 'date' | 'startTime' | 'endTime'>): string {
  const time = s.startTime ? (s.endTime ? `${s.startTime}–${s.endTime}` : s.startTime) : '';
  return [formatDate(s.date), time].filter(Boolean).join(', ');
}

/**
 * A typed time → the contract's "08:00": "8", "8h", "8h30", "8:30", "08.30" are accepted;
 * empty is null; anything else passes unchanged so the contract answers in Vietnamese.
 */
export function parseTime(typed: string): string | null {
  const text = typed.trim().toLowerCase();
  if (!text) return null;
  const m = /^(\d{1,2})\s*(?:[:h.g]\s*(\d{2})?)?$/u.exec(text);
  if (!m) return text;
  return `${m[1].padStart(2, '0')}:${m[2] ?? '00'}`;
}
