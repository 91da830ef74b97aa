import {
  makePeriod, nextPeriod, parsePeriod, periodContaining, previousPeriod, type PeriodKind, type ReportPeriod,
} from '../../../../shared/reports/periods';
import { parseDate, todayTyped } from '../../lib/dates';

const ROMAN = ['I', 'II', 'III', 'IV'];

/** Today as ISO in local time (the officer's calendar decides which period is current). */
export const todayIso = (): string => parseDate(todayTyped());

/** The reporting month running today: the default period of the screen. */
export const currentPeriod = (): ReportPeriod => periodContaining(todayIso(), 'month');

/** A period code from the address (#/reports?period=2026-Q3), or the current month. */
export function periodFromCode(code: string | null): ReportPeriod {
  if (code) {
    try {
      return parsePeriod(code);
    } catch {
      // an edited address: fall back to the current month
    }
  }
  return currentPeriod();
}

/** Choices of the second picker for a kind: months 1–12, quarters I–IV, the two halves; none for a year. */
export function indexChoices(kind: PeriodKind): { value: string; label: string }[] {
  switch (kind) {
    case 'month':
      return Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: `Tháng ${i + 1}` }));
    case 'quarter':
      return ROMAN.map((r, i) => ({ value: String(i + 1), label: `Quý ${r}` }));
    case 'half':
      return [{ value: '1', label: '6 tháng đầu năm' }, { value: '2', label: '6 tháng cuối năm' }];
    case 'year':
      return [];
  }
}

/** Years offered: from 2020 (the teams started in 2022) to next year. */
export function yearChoices(around: number): number[] {
  const last = Math.max(around, Number(todayIso().slice(0, 4))) + 1;
  return Array.from({ length: last - 2020 + 1 }, (_, i) => last - i);
}

/** Another kind around the same days: Tháng 10/2026 → Quý IV/2026 (the period holding its last day). */
export const switchKind = (p: ReportPeriod, kind: PeriodKind): ReportPeriod => periodContaining(p.to, kind);

export const withYear = (p: ReportPeriod, year: number): ReportPeriod => makePeriod(p.kind, year, p.index);
export const withIndex = (p: ReportPeriod, index: number): ReportPeriod => makePeriod(p.kind, p.year, index);
export { nextPeriod, previousPeriod };
