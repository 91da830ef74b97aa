import { describe, expect, it } from 'vitest';
import {
  duePeriods, makePeriod, nextPeriod, parsePeriod, periodContaining, periodRangeText, periodsOverlap, periodsWithin,
  periodWithin, previousPeriod,
} from '../../shared/reports/periods';

describe('parsePeriod: codes, labels and ranges (15th to 14th)', () => {
  it.each([
    ['2026-07', 'month', 'Tháng 7/2026', '2026-06-15', '2026-07-14'],
    ['2026-7', 'month', 'Tháng 7/2026', '2026-06-15', '2026-07-14'],
    ['2026-01', 'month', 'Tháng 1/2026', '2025-12-15', '2026-01-14'],
    ['2026-12', 'month', 'Tháng 12/2026', '2026-11-15', '2026-12-14'],
    ['2026-Q1', 'quarter', 'Quý I/2026', '2025-12-15', '2026-03-14'],
    ['2026-q3', 'quarter', 'Quý III/2026', '2026-06-15', '2026-09-14'],
    ['2026-Q4', 'quarter', 'Quý IV/2026', '2026-09-15', '2026-12-14'],
    ['2026-H1', 'half', '6 tháng đầu năm 2026', '2025-12-15', '2026-06-14'],
    ['2026-H2', 'half', '6 tháng cuối năm 2026', '2026-06-15', '2026-12-14'],
    ['2026', 'year', 'Năm 2026', '2025-12-15', '2026-12-14'],
  ])('%s → %s %s, %s..%s', (text, kind, label, from, to) => {
    expect(parsePeriod(text)).toMatchObject({ kind, label, from, to });
  });

  it('canonicalises codes', () => {
    expect(parsePeriod(' 2026-7 ').code).toBe('2026-07');
    expect(parsePeriod('2026-h2').code).toBe('2026-H2');
  });

  it.each(['2026-13', '2026-00', '2026-Q5', '2026-H3', '26-07', 'Q3-2026', '', '1999'])('refuses "%s" in Vietnamese', (text) => {
    expect(() => parsePeriod(text)).toThrow(/Kỳ báo cáo .* không hợp lệ/u);
  });

  it('writes the range the way reports print it', () => {
    expect(periodRangeText(parsePeriod('2026-Q3'))).toBe('từ ngày 15/06/2026 đến ngày 14/09/2026');
  });
});

describe('periodContaining', () => {
  it('moves to the next reporting month from the 15th', () => {
    expect(periodContaining('2026-07-14', 'month').code).toBe('2026-07');
    expect(periodContaining('2026-07-15', 'month').code).toBe('2026-08');
  });

  it('puts the second half of December into January and the next year', () => {
    expect(periodContaining('2026-12-15', 'month').code).toBe('2027-01');
    expect(periodContaining('2026-12-31', 'quarter').code).toBe('2027-Q1');
    expect(periodContaining('2026-12-20', 'half').code).toBe('2027-H1');
    expect(periodContaining('2026-12-20', 'year')).toMatchObject({ code: '2027', from: '2026-12-15', to: '2027-12-14' });
    expect(periodContaining('2026-12-14', 'year').code).toBe('2026');
    expect(periodContaining('2027-01-01', 'month')).toMatchObject({ code: '2027-01', from: '2026-12-15', to: '2027-01-14' });
  });

  it('handles 29 February of a leap year', () => {
    expect(periodContaining('2024-02-29', 'month')).toMatchObject({ code: '2024-03', from: '2024-02-15', to: '2024-03-14' });
    expect(periodContaining('2028-02-29', 'quarter').code).toBe('2028-Q1');
    expect(periodContaining('2028-02-14', 'month').code).toBe('2028-02');
  });

  it('is consistent with the ranges: every day of a year lies in exactly the period that contains it', () => {
    for (let t = Date.UTC(2027, 11, 10); t <= Date.UTC(2029, 0, 20); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      for (const kind of ['month', 'quarter', 'half', 'year'] as const) {
        const p = periodContaining(day, kind);
        expect(day >= p.from && day <= p.to, `${day} in ${p.code}`).toBe(true);
      }
    }
  });
});

describe('navigation and nesting', () => {
  it('steps across year ends', () => {
    expect(nextPeriod(parsePeriod('2026-12')).code).toBe('2027-01');
    expect(previousPeriod(parsePeriod('2027-01')).code).toBe('2026-12');
    expect(nextPeriod(parsePeriod('2026-Q4')).code).toBe('2027-Q1');
    expect(previousPeriod(parsePeriod('2026-H1')).code).toBe('2025-H2');
    expect(nextPeriod(parsePeriod('2026')).code).toBe('2027');
  });

  it('periods tile without gaps: each starts the day after the previous ends', () => {
    let p = makePeriod('month', 2027, 1);
    for (let i = 0; i < 30; i++) {
      const n = nextPeriod(p);
      const dayAfter = new Date(Date.parse(`${p.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      expect(n.from).toBe(dayAfter);
      p = n;
    }
  });

  it('knows which months make a quarter and which quarters make a year', () => {
    expect(periodsWithin(parsePeriod('2026-Q3'), 'month').map((p) => p.code)).toEqual(['2026-07', '2026-08', '2026-09']);
    expect(periodsWithin(parsePeriod('2026-Q1'), 'month').map((p) => p.code)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(periodsWithin(parsePeriod('2026'), 'quarter').map((p) => p.code)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(periodWithin(parsePeriod('2026-01'), parsePeriod('2026-H1'))).toBe(true);
    expect(periodWithin(parsePeriod('2026-07'), parsePeriod('2026-H1'))).toBe(false);
    expect(periodsOverlap(parsePeriod('2026-Q3'), parsePeriod('2026-09'))).toBe(true);
    expect(periodsOverlap(parsePeriod('2026-Q3'), parsePeriod('2026-10'))).toBe(false);
  });
});

describe('duePeriods', () => {
  it('lists ended periods not yet built, oldest first, and not the one still running', () => {
    const due = duePeriods({ today: '2026-10-20', since: '2026-06-10', built: ['2026-07', '2026-Q3'], kinds: ['month', 'quarter'] });
    expect(due.map((p) => p.code)).toEqual(['2026-06', '2026-Q2', '2026-08', '2026-09', '2026-10']);
    // A later start leaves out the periods that closed before it.
    expect(duePeriods({ today: '2026-10-20', since: '2026-06-20', built: [], kinds: ['quarter'] }).map((p) => p.code)).toEqual(['2026-Q3']);
    expect(due.find((p) => p.code === '2026-10')!.daysOverdue).toBe(6);
  });

  it('is not due on its last day, due from the 15th', () => {
    expect(duePeriods({ today: '2026-07-14', since: '2026-07-01', built: [], kinds: ['month'] })).toEqual([]);
    expect(duePeriods({ today: '2026-07-15', since: '2026-07-01', built: [], kinds: ['month'] }).map((p) => p.code)).toEqual(['2026-07']);
  });

  it('includes the year report from 15 December', () => {
    const codes = duePeriods({ today: '2026-12-15', since: '2026-01-05', built: [] }).map((p) => p.code);
    expect(codes).toContain('2026');
    expect(codes).toContain('2026-H2');
    expect(codes).toContain('2026-Q4');
    expect(codes).toContain('2026-12');
    expect(codes.filter((c) => /^2026-\d\d$/u.test(c))).toHaveLength(12);
  });
});
