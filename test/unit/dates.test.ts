import { describe, expect, it } from 'vitest';
import { displayDate, longDate, placeDateLine } from '../../shared/text/dates';

describe('dates as written on Vietnamese administrative paper', () => {
  it('shows ISO dates as dd/mm/yyyy', () => {
    expect(displayDate('2026-01-05')).toBe('05/01/2026');
    expect(displayDate('2026-12-31')).toBe('31/12/2026');
  });

  it('zero-pads days below 10 and months 1–2 only in the long form (ND30)', () => {
    expect(longDate('2026-01-05')).toBe('ngày 05 tháng 01 năm 2026');
    expect(longDate('2026-02-15')).toBe('ngày 15 tháng 02 năm 2026');
    expect(longDate('2026-03-15')).toBe('ngày 15 tháng 3 năm 2026');
    expect(longDate('2026-12-09')).toBe('ngày 09 tháng 12 năm 2026');
    expect(placeDateLine('Hòa Bình', '2026-09-15')).toBe('Hòa Bình, ngày 15 tháng 9 năm 2026');
  });

  it('refuses text that is not an ISO date', () => {
    expect(() => displayDate('15/03/2026')).toThrow(/Ngày không hợp lệ/u);
  });
});
