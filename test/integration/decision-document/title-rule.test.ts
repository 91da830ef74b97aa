/**
 * The short rule under the trích yếu stands clear of the letters above it (issue 8 §3), read from
 * the rendered page by poppler: between the lowest inked pixel of the title and the rule there is
 * white space the whole width of the rule.
 */
import { describe, expect, it } from 'vitest';
import { renderDecisionPdf } from '../../../electron/core/decisions/document';
import { defaultArticles, defaultTitle } from '../../../shared/decisions/content';
import { fixtureDecision, fixtureTeams } from '../../fixtures/decision-content';
import { pixelsIn, toPng, writeOut } from './tools';

const BOX = { x: 85, y: 130, w: 467, h: 200 };

/** Row by row: is a pixel dark? (72 dpi: one pixel a point). */
function inkRows(file: string): boolean[][] {
  const pixels = pixelsIn(file, 1, BOX);
  const rows: boolean[][] = [];
  for (let y = 0; y < BOX.h; y++) rows.push(pixels.slice(y * BOX.w, (y + 1) * BOX.w).map(([r, g, b]) => r + g + b < 600));
  return rows;
}

function longestRun(row: boolean[]): { from: number; to: number } {
  let best = { from: 0, to: -1 };
  let start = -1;
  row.forEach((dark, x) => {
    if (dark && start < 0) start = x;
    if ((!dark || x === row.length - 1) && start >= 0) {
      const end = dark ? x : x - 1;
      if (end - start > best.to - best.from) best = { from: start, to: end };
      start = -1;
    }
  });
  return best;
}

/** Points of white between the title's lowest ink and the rule under it. */
function gapAboveTitleRule(file: string): number {
  const rows = inkRows(file);
  const ruleAt = rows.findIndex((row) => {
    const run = longestRun(row);
    return run.to - run.from >= 50; // no letter is 50 pt wide: this is the rule
  });
  expect(ruleAt, 'the title rule').toBeGreaterThan(0);
  const { from, to } = longestRun(rows[ruleAt]);
  let y = ruleAt - 1;
  while (y >= 0 && rows[y].slice(from, to + 1).some((d) => d) && longestRun(rows[y]).to - longestRun(rows[y]).from >= 50) y--; // the rule's own antialiased rows
  let gap = 0;
  while (y >= 0 && !rows[y].slice(from, to + 1).some((d) => d)) {
    gap++;
    y--;
  }
  expect(y, 'title text above the rule').toBeGreaterThan(0);
  return gap;
}

describe('rule under the trích yếu', () => {
  it('leaves white space between the letters and the rule', async () => {
    const teams = fixtureTeams.map((t, i) => ({ ...t, name: `Tổ công nghệ số cộng đồng thôn ${['Quỳnh Giang', 'Yên Gia Tập'][i]}`, villages: [`thôn ${['Quỳnh Giang', 'Yên Gia Tập'][i]}`] }));
    const basis = { kind: 'thanh_lap' as const, communeName: 'xã Quý Giáp', provinceName: 'tỉnh Quảng Trị', teams };
    for (const [name, content] of [
      ['fixture', fixtureDecision],
      ['descenders', { ...fixtureDecision, ...basis, title: defaultTitle(basis), articles: defaultArticles(basis) }],
    ] as const) {
      const file = writeOut(`title-rule-${name}.pdf`, (await renderDecisionPdf(content, { timesDirs: null })).bytes);
      toPng(file, `title-rule-${name}`);
      expect(gapAboveTitleRule(file), name).toBeGreaterThanOrEqual(2);
    }
  });
});
