// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ProvinceFigure, ProvinceOverview } from '../../../shared/api/consolidation';
import { ProvinceCharts } from '../../../renderer/src/pages/consolidation/ProvinceCharts';
import { initI18n } from '../../../renderer/src/i18n';

/** A province's figure: 120 communes' values summed (the sizes a province really reaches). */
const figure = (label: string, perCommune: number): ProvinceFigure => ({
  label,
  total: perCommune * 120,
  communes: Array.from({ length: 120 }, (_, i) => ({ commune: `xã Thử ${i}`, value: perCommune })),
});

const overview: ProvinceOverview = {
  period: '2026-Q3', label: 'Quý III/2026', listed: 120,
  submitted: Array.from({ length: 120 }, (_, i) => `xã Thử ${i}`), missing: [],
  coverage: [{ kind: 'Thôn', covered: figure('Có tổ', 104), uncovered: figure('Chưa có tổ', 3) }],
  membersByRole: [{ role: 'Người dân', members: figure('Người dân', 312) }],
  trainings: [{ form: 'Trực tiếp', sessions: figure('Số buổi', 14), attendances: figure('Lượt', 420) }],
  activity: null,
};

beforeAll(() => {
  initI18n();
  // jsdom has no layout observer; the charts have fixed sizes and need none to draw.
  globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} } as unknown as typeof ResizeObserver;
});
afterEach(cleanup);

describe('the province overview charts (issue 13)', () => {
  it('group a province\'s totals the Vietnamese way on the bars and the axes ("12.480", not "12480")', () => {
    const { getByTestId } = render(<ProvinceCharts data={overview} />);
    const texts = (id: string) => [...getByTestId(id).querySelectorAll('svg text')].map((t) => t.textContent ?? '');
    // Bars' own numbers: villages with a team, members who are residents, attendances.
    expect(texts('province-chart-coverage')).toContain('12.480');
    expect(texts('province-chart-roles')).toContain('37.440');
    expect(texts('province-chart-trainings')).toContain('50.400');
    expect(texts('province-chart-trainings')).toContain('1.680');
    // No number of four digits or more is left ungrouped, axis ticks included.
    for (const id of ['province-chart-coverage', 'province-chart-roles', 'province-chart-trainings']) {
      expect(texts(id).filter((t) => /^\d{4,}$/u.test(t))).toEqual([]);
    }
  });
});
