/**
 * National reporting periods (Nghị định 09/2019/NĐ-CP, Điều 12): the data of a report closes on
 * the 14th, so every period runs from the 15th of one month to the 14th of another.
 *   month M      15/(M−1) – 14/M          (January: 15/12 of the previous year – 14/01)
 *   quarter q    15/(3q−3) – 14/(3q)      (Quý I: 15/12 of the previous year – 14/03)
 *   half h       H1 15/12 (Y−1) – 14/06, H2 15/06 – 14/12
 *   year Y       15/12 (Y−1) – 14/12 (Y)
 * Pure: ISO dates (yyyy-mm-dd) in, ISO dates out; no time zones involved.
 */
import { displayDate } from '../text/dates';
import { AppError } from '../errors';

export const PERIOD_KINDS = { month: 'Tháng', quarter: 'Quý', half: '6 tháng', year: 'Năm' } as const;
export type PeriodKind = keyof typeof PERIOD_KINDS;

export interface ReportPeriod {
  /** Canonical code: "2026-07", "2026-Q3", "2026-H2", "2026". */
  code: string;
  kind: PeriodKind;
  year: number;
  /** Month 1–12, quarter 1–4, half 1–2; 1 for a year. */
  index: number;
  /** Vietnamese label: "Tháng 7/2026", "Quý III/2026", "6 tháng cuối năm 2026", "Năm 2026". */
  label: string;
  /** First day, ISO. */
  from: string;
  /** Last day, ISO (inclusive). */
  to: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** The 15th that opens the period ending with month `lastMonth` spanning `months` months. */
function span(year: number, lastMonth: number, months: number): { from: string; to: string } {
  let m = lastMonth - months; // month whose 15th starts the period (may be ≤ 0)
  let y = year;
  while (m <= 0) {
    m += 12;
    y -= 1;
  }
  return { from: iso(y, m, 15), to: iso(year, lastMonth, 14) };
}

const MONTHS_OF: Record<PeriodKind, number> = { month: 1, quarter: 3, half: 6, year: 12 };
const COUNT_OF: Record<PeriodKind, number> = { month: 12, quarter: 4, half: 2, year: 1 };

function label(kind: PeriodKind, year: number, index: number): string {
  switch (kind) {
    case 'month':
      return `Tháng ${index}/${year}`;
    case 'quarter':
      return `Quý ${ROMAN[index - 1]}/${year}`;
    case 'half':
      return index === 1 ? `6 tháng đầu năm ${year}` : `6 tháng cuối năm ${year}`;
    case 'year':
      return `Năm ${year}`;
  }
}

function code(kind: PeriodKind, year: number, index: number): string {
  switch (kind) {
    case 'month':
      return `${year}-${pad(index)}`;
    case 'quarter':
      return `${year}-Q${index}`;
    case 'half':
      return `${year}-H${index}`;
    case 'year':
      return String(year);
  }
}

/** The period of a kind, year and index (month 1–12, quarter 1–4, half 1–2). */
export function makePeriod(kind: PeriodKind, year: number, index = 1): ReportPeriod {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw invalid(String(year));
  if (!Number.isInteger(index) || index < 1 || index > COUNT_OF[kind]) throw invalid(`${year}/${index}`);
  const months = MONTHS_OF[kind];
  return { code: code(kind, year, index), kind, year, index, label: label(kind, year, index), ...span(year, index * months, months) };
}

const invalid = (text: string) =>
  new AppError('VALIDATION', `Kỳ báo cáo "${text}" không hợp lệ. Dùng dạng 2026-07 (tháng), 2026-Q3 (quý), 2026-H2 (6 tháng) hoặc 2026 (năm).`);

/** Parses "2026-07" / "2026-7", "2026-Q3", "2026-H2", "2026" (case and spaces ignored). */
export function parsePeriod(text: string): ReportPeriod {
  const s = text.trim().toUpperCase();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/u.exec(s))) return makePeriod('year', Number(m[1]));
  if ((m = /^(\d{4})-Q([1-4])$/u.exec(s))) return makePeriod('quarter', Number(m[1]), Number(m[2]));
  if ((m = /^(\d{4})-H([12])$/u.exec(s))) return makePeriod('half', Number(m[1]), Number(m[2]));
  if ((m = /^(\d{4})-(\d{1,2})$/u.exec(s)) && Number(m[2]) >= 1 && Number(m[2]) <= 12) return makePeriod('month', Number(m[1]), Number(m[2]));
  throw invalid(text);
}

/** True when `text` is a period code this module understands. */
export function isPeriodCode(text: string): boolean {
  try {
    parsePeriod(text);
    return true;
  } catch {
    return false;
  }
}

function splitIso(date: string): { y: number; m: number; d: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(date);
  if (!match) throw new AppError('VALIDATION', `Ngày "${date}" không hợp lệ.`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

/** The period of `kind` that contains the date: 20/12/2026 is in Tháng 1/2027 and Năm 2027. */
export function periodContaining(date: string, kind: PeriodKind): ReportPeriod {
  const { y, m, d } = splitIso(date);
  // The reporting month is the calendar month, moved on by one from the 15th.
  let month = d >= 15 ? m + 1 : m;
  let year = y;
  if (month === 13) {
    month = 1;
    year += 1;
  }
  return makePeriod(kind, year, Math.ceil(month / MONTHS_OF[kind]));
}

/** The period right after this one (same kind). */
export function nextPeriod(p: ReportPeriod): ReportPeriod {
  return p.index < COUNT_OF[p.kind] ? makePeriod(p.kind, p.year, p.index + 1) : makePeriod(p.kind, p.year + 1, 1);
}

/** The period right before this one (same kind). */
export function previousPeriod(p: ReportPeriod): ReportPeriod {
  return p.index > 1 ? makePeriod(p.kind, p.year, p.index - 1) : makePeriod(p.kind, p.year - 1, COUNT_OF[p.kind]);
}

/** True when `inner` lies entirely within `outer` (a month within its quarter, a quarter within its year). */
export function periodWithin(inner: Pick<ReportPeriod, 'from' | 'to'>, outer: Pick<ReportPeriod, 'from' | 'to'>): boolean {
  return inner.from >= outer.from && inner.to <= outer.to;
}

/** True when two periods share at least one day. */
export function periodsOverlap(a: Pick<ReportPeriod, 'from' | 'to'>, b: Pick<ReportPeriod, 'from' | 'to'>): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/** "từ ngày 15/06/2026 đến ngày 14/09/2026". */
export function periodRangeText(p: Pick<ReportPeriod, 'from' | 'to'>): string {
  const short = displayDate;
  return `từ ngày ${short(p.from)} đến ngày ${short(p.to)}`;
}

export interface DuePeriod extends ReportPeriod {
  /** Days since the period closed (the 15th after `to` is day 1). */
  daysOverdue: number;
}

/**
 * Reports that are due: every period of the chosen kinds that has ended before `today`, from the
 * one containing `since` on (typically the date the first team was established), with no built
 * report yet. Oldest first. A period ending on `today` is not yet due.
 */
export function duePeriods(options: {
  today: string;
  since: string;
  built: Iterable<string>;
  kinds?: PeriodKind[];
}): DuePeriod[] {
  const built = new Set(options.built);
  const kinds = options.kinds ?? (Object.keys(PERIOD_KINDS) as PeriodKind[]);
  const todayMs = Date.parse(`${options.today}T00:00:00Z`);
  const due: DuePeriod[] = [];
  for (const kind of kinds) {
    let p = periodContaining(options.since, kind);
    while (p.to < options.today) {
      if (!built.has(p.code)) {
        due.push({ ...p, daysOverdue: Math.round((todayMs - Date.parse(`${p.to}T00:00:00Z`)) / 86_400_000) });
      }
      p = nextPeriod(p);
    }
  }
  const kindOrder = Object.keys(PERIOD_KINDS);
  return due.sort((a, b) => a.to.localeCompare(b.to) || kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind));
}

/** Every period of `kind` lying within `outer` (the months of a quarter, the quarters of a year). */
export function periodsWithin(outer: ReportPeriod, kind: PeriodKind): ReportPeriod[] {
  const list: ReportPeriod[] = [];
  for (let p = periodContaining(outer.from, kind); p.from <= outer.to; p = nextPeriod(p)) {
    if (periodWithin(p, outer)) list.push(p);
  }
  return list;
}

/** The period inside a sentence: "tháng 7 năm 2026", "quý III năm 2026", "6 tháng đầu năm 2026", "năm 2026". */
export function periodPhrase(p: ReportPeriod): string {
  switch (p.kind) {
    case 'month':
      return `tháng ${p.index} năm ${p.year}`;
    case 'quarter':
      return `quý ${ROMAN[p.index - 1]} năm ${p.year}`;
    case 'half':
      return p.index === 1 ? `6 tháng đầu năm ${p.year}` : `6 tháng cuối năm ${p.year}`;
    case 'year':
      return `năm ${p.year}`;
  }
}
