import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/cli/seed/demo';
import type { Core } from '../../electron/core/app';
import type { ActivityGrid } from '../../shared/api/reports';
import { periodContaining, previousPeriod } from '../../shared/reports/periods';
import { shortTeamName } from '../../renderer/src/lib/team-names';
import { assertRendererBuilt, launchChromium, openPage, screenshot, serveTempDb } from './harness';

// Issue 11: the activity-results table with 250 teams draws only the rows in view, and typing
// far down the list, tabbing across a row, scrolling away and back loses nothing.
const TEAMS = 250;
const OUT = join('test-output', 'activity-table');
const pad = (n: number) => String(n).padStart(2, '0');
const now = new Date();
// The month before today's has ended, so its results can be typed (the server's clock is real).
const period = previousPeriod(periodContaining(`${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`, 'month'));
const teamName = (i: number) => `Tổ công nghệ số cộng đồng thôn ${i}`;

/** The demo commune grown to TEAMS established teams, each with its own village, through the contract. */
async function seedTeams(core: Core): Promise<void> {
  await seedDemo(core);
  const ok = async <T,>(name: string, input: unknown): Promise<T> => {
    const answer = await core.call(name, input);
    if (!answer.ok) throw new Error(`${name}: ${answer.error.message}`);
    return answer.result as T;
  };
  const have = (core.ctx.db.prepare("SELECT count(*) AS n FROM team WHERE status = 'established'").get() as { n: number }).n;
  for (let i = have + 1; i <= TEAMS; i++) {
    const village = await ok<{ id: string }>('villages.create', { name: `Thôn ${i}`, kind: 'thon', households: 200, population: 800 });
    const team = await ok<{ id: string; version: number }>('teams.create', { name: teamName(i), level: 'village', villageIds: [village.id] });
    await ok('teams.setStatus', { id: team.id, version: team.version, status: 'established', on: '2026-01-05' });
  }
}

let browser: Browser;
let served: Awaited<ReturnType<typeof serveTempDb>>;
let page: Page;
let errors: string[];
let grid: ActivityGrid;

beforeAll(async () => {
  assertRendererBuilt();
  browser = await launchChromium();
  served = await serveTempDb(seedTeams);
  const answer = await served.core.call('reports.activityGrid', { period: period.code });
  if (!answer.ok) throw new Error(answer.error.message);
  grid = answer.result as ActivityGrid;
  ({ page, errors } = await openPage(browser, served.server.url));
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30_000 });
  await page.evaluate((code) => { location.hash = `#/reports?period=${code}`; }, period.code);
}, 120_000);
afterAll(async () => {
  await page?.context().close();
  await served?.dispose();
  await browser?.close();
});

const db = () => served.core.ctx.db;
const stored = (team: string) =>
  Object.fromEntries(
    (db()
      .prepare(
        `SELECT v.indicator_id AS id, v.value AS value FROM activity_value v JOIN activity_report r ON r.id = v.report_id
          JOIN team t ON t.id = r.team_id WHERE t.name = ? AND r.period = ?`,
      )
      .all(team, period.code) as { id: string; value: number }[]).map((r) => [r.id, r.value]),
  );
const storedNote = (team: string) =>
  (db().prepare('SELECT r.note AS note FROM activity_report r JOIN team t ON t.id = r.team_id WHERE t.name = ? AND r.period = ?').get(team, period.code) as
    | { note: string | null }
    | undefined)?.note;
const box = () => page.getByTestId('activity-scroller');
const cell = (column: string, team: string) => page.getByLabel(`${column} – ${team}`, { exact: true });
const inputsDrawn = () => page.locator('table input').count();
const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName ?? null);
/** Scrolls the table's box with the mouse wheel over it, as an officer would. */
async function wheel(dy: number, times = 1): Promise<void> {
  const area = (await box().boundingBox())!;
  await page.mouse.move(area.x + area.width / 2, area.y + area.height / 2);
  for (let i = 0; i < times; i++) {
    await page.mouse.wheel(0, dy);
    await page.waitForTimeout(60);
  }
}
/** Whether the row's first box is inside the visible part of the table's box. */
const inView = (column: string, team: string) =>
  cell(column, team).evaluate((input) => {
    const scroller = input.closest('[data-testid="activity-scroller"]')!.getBoundingClientRect();
    const at = input.getBoundingClientRect();
    return at.top >= scroller.top && at.bottom <= scroller.bottom;
  });

describe('activity table with 250 teams (issue 11)', () => {
  it('draws only the rows in view, and tells screen readers the whole count', async () => {
    await page.getByTestId('activity-row').first().waitFor({ timeout: 30_000 });
    expect(grid.rows.length).toBeGreaterThanOrEqual(TEAMS);
    // Before: every row drawn, 7 inputs a row (6 indicators and the note) = 1,750 inputs.
    expect(grid.indicators.length * grid.rows.length).toBeGreaterThanOrEqual(1_500);
    expect(await inputsDrawn()).toBeLessThan(300);
    expect(await page.getByTestId('activity-row').count()).toBeLessThan(40);
    expect(await page.getByRole('table').getAttribute('aria-rowcount')).toBe(String(grid.rows.length + 4));
    expect(await page.getByTestId('activity-row').first().getAttribute('aria-rowindex')).toBe('2');
    await screenshot(page, 'activity-table-01-top');
  });

  it('types far down the list across a row, keeps it through scrolling away and back, and saves it', async () => {
    const columns = grid.indicators.map((i) => i.name);
    // Well down the list: the row at 80 % of it.
    const far = grid.rows[Math.floor(grid.rows.length * 0.8)];
    expect(await cell(columns[0], far.teamName).count()).toBe(0); // not drawn while out of view
    await expect.poll(async () => {
      if (await cell(columns[0], far.teamName).count()) return inView(columns[0], far.teamName);
      await wheel(600);
      return false;
    }, { timeout: 30_000 }).toBe(true);
    expect(await inputsDrawn()).toBeLessThan(300);
    const farRow = page.getByTestId('activity-row').filter({ has: cell(columns[0], far.teamName) });
    expect(Number(await farRow.getAttribute('aria-rowindex'))).toBe(grid.rows.indexOf(far) + 2);

    await cell(columns[0], far.teamName).click();
    const typed = columns.map((_, i) => String(10 + i));
    for (const [i, text] of typed.entries()) {
      await page.keyboard.type(text);
      expect(await focused()).toBe(`${columns[i]} – ${far.teamName}`);
      await page.keyboard.press('Tab');
    }
    expect(await focused()).toBe(`Ghi chú – ${far.teamName}`);
    await page.keyboard.type('Họp dân thôn');
    await expect.poll(() => farRow.textContent()).toContain('Chưa lưu');
    await screenshot(page, 'activity-table-02-typed-far-down');

    // Away to the top with the wheel, the focus still in the far row: nothing is saved yet, and
    // the rows drawn are the top ones (plus the row holding the focus).
    await wheel(-2000, 8);
    await expect.poll(() => box().evaluate((e) => e.scrollTop)).toBe(0);
    expect(await inputsDrawn()).toBeLessThan(300);
    expect(await focused()).toBe(`Ghi chú – ${far.teamName}`);
    expect(stored(far.teamName)).toEqual({});
    await screenshot(page, 'activity-table-03-scrolled-away');

    // Back down: every typed value is still there, unsaved.
    await expect.poll(async () => {
      if (await inView(columns[0], far.teamName)) return true;
      await wheel(600);
      return false;
    }, { timeout: 30_000 }).toBe(true);
    for (const [i, text] of typed.entries()) expect(await cell(columns[i], far.teamName).inputValue()).toBe(text);
    expect(await cell('Ghi chú', far.teamName).inputValue()).toBe('Họp dân thôn');

    // Enter leaves the row downwards (into the next team's note): the whole row is saved.
    await page.keyboard.press('Enter');
    const below = grid.rows[grid.rows.indexOf(far) + 1];
    expect(await focused()).toBe(`Ghi chú – ${below.teamName}`);
    await expect.poll(() => stored(far.teamName)).toEqual(Object.fromEntries(grid.indicators.map((ind, i) => [ind.id, 10 + i])));
    expect(storedNote(far.teamName)).toBe('Họp dân thôn');
    await expect.poll(() => farRow.textContent()).toContain('Đã lưu');
  });

  it('saves a row typed in and left by a click far away, while it is scrolled out of view', async () => {
    const column = grid.indicators[1].name;
    const far = grid.rows[Math.floor(grid.rows.length * 0.8) + 3];
    await cell(column, far.teamName).click();
    await page.keyboard.type('321');
    await wheel(-2000, 8);
    await expect.poll(() => box().evaluate((e) => e.scrollTop)).toBe(0);
    // A click into the first team's row: the far row loses the focus and is saved from there.
    const top = grid.rows[0];
    await cell(column, top.teamName).click();
    await expect.poll(() => stored(far.teamName)).toEqual({ [grid.indicators[1].id]: 321 });
    // Scrolled back to it, the row shows the saved value.
    await expect.poll(async () => {
      if ((await cell(column, far.teamName).count()) && (await inView(column, far.teamName))) return true;
      await wheel(600);
      return false;
    }, { timeout: 30_000 }).toBe(true);
    expect(await cell(column, far.teamName).inputValue()).toBe('321');
    expect(await page.getByTestId('activity-row').filter({ has: cell(column, far.teamName) }).textContent()).toContain('Đã lưu');
  });

  it('walks down the column with ↓ past the rows drawn, keeping the focused box in view under the header', async () => {
    const column = grid.indicators[0].name;
    await wheel(-2000, 8);
    await expect.poll(() => box().evaluate((e) => e.scrollTop)).toBe(0);
    await cell(column, grid.rows[0].teamName).click();
    for (let i = 1; i <= 40; i++) await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(`${column} – ${grid.rows[40].teamName}`);
    expect(await inView(column, grid.rows[40].teamName)).toBe(true);
    // Not hidden under the sticky header either.
    const [headBottom, boxTop] = await Promise.all([
      page.locator('thead').evaluate((e) => e.getBoundingClientRect().bottom),
      cell(column, grid.rows[40].teamName).evaluate((e) => e.getBoundingClientRect().top),
    ]);
    expect(boxTop).toBeGreaterThanOrEqual(headBottom - 1);
    for (let i = 1; i <= 5; i++) await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe(`${column} – ${grid.rows[35].teamName}`);
    // Shift+Tab from a row's first box goes back to the note of the row above; Tab returns.
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe(`Ghi chú – ${grid.rows[34].teamName}`);
    await page.keyboard.press('Tab');
    expect(await focused()).toBe(`${column} – ${grid.rows[35].teamName}`);
    await screenshot(page, 'activity-table-04-arrow-down-40');
  });

  it('ends with the last team right above the totals and the targets, no blank gap', async () => {
    await box().evaluate((e) => { e.scrollTop = e.scrollHeight; });
    const last = grid.rows[grid.rows.length - 1];
    const lastRow = page.getByTestId('activity-row').filter({ has: cell(grid.indicators[0].name, last.teamName) });
    await lastRow.waitFor();
    const [rowBottom, totalsTop] = await Promise.all([
      lastRow.evaluate((e) => e.getBoundingClientRect().bottom),
      page.getByTestId('activity-totals').evaluate((e) => e.getBoundingClientRect().top),
    ]);
    expect(Math.abs(totalsTop - rowBottom)).toBeLessThan(1);
    // Rows drawn one after the other touch; the row that last held the focus (row 36, far above)
    // stays drawn apart, with its spacer.
    const drawn = await page.getByTestId('activity-row').evaluateAll((rows) =>
      rows.map((r) => ({ index: Number(r.getAttribute('aria-rowindex')), top: r.getBoundingClientRect().top, bottom: r.getBoundingClientRect().bottom })));
    expect(drawn.map((r) => r.index)).toContain(35 + 2);
    for (let i = 1; i < drawn.length; i++) {
      if (drawn[i].index === drawn[i - 1].index + 1) expect(Math.abs(drawn[i].top - drawn[i - 1].bottom)).toBeLessThan(1);
    }
    expect(drawn.length).toBeLessThan(40);
    // Measuring the rows drawn at the end does not pull the view back up from the end.
    await page.waitForTimeout(300);
    const [reachedBottom, boxBottom] = await Promise.all([
      page.getByTestId('activity-reached').evaluate((e) => e.getBoundingClientRect().bottom),
      box().evaluate((e) => e.getBoundingClientRect().bottom),
    ]);
    expect(reachedBottom).toBeLessThanOrEqual(boxBottom + 1);
    await screenshot(page, 'activity-table-05-end');
  });

  it('prints every row, not only those in view', async () => {
    mkdirSync(OUT, { recursive: true });
    const pdf = join(OUT, 'bang-ket-qua.pdf');
    await page.pdf({ path: pdf, format: 'A4', landscape: true, printBackground: true });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const printed = new Set(text.split('\n').map((line) => line.trim().split(/\s{2,}/u)[0]));
    const missing = grid.rows.map((r) => shortTeamName(r.teamName)).filter((name) => !printed.has(name));
    expect(missing).toEqual([]);
    // The totals, targets and share reached print once, after the last team (a <tfoot> is
    // repeated by Chromium on every page, as if each page's few rows summed to the period's total).
    const lines = text.split('\n').map((line) => line.trim());
    for (const heading of ['Tổng cộng', 'Chỉ tiêu kế hoạch', 'Tỷ lệ đạt so với chỉ tiêu']) {
      expect(lines.filter((line) => line.startsWith(heading)), heading).toHaveLength(1);
    }
    const lastTeam = shortTeamName(grid.rows.at(-1)!.teamName);
    expect(lines.findIndex((line) => line.startsWith('Tổng cộng'))).toBeGreaterThan(lines.findIndex((line) => line.startsWith(lastTeam)));
    // Back on screen, the window of rows again.
    await expect.poll(() => inputsDrawn()).toBeLessThan(300);
  });

  it('asks before leaving the page with a row refused (a wrong number), and lets a good row save on the way out', async () => {
    const team = grid.rows[5].teamName;
    const column = grid.indicators[0].name;
    await box().evaluate((el) => el.scrollTo(0, 0));
    await cell(column, team).click();
    await page.keyboard.type('12,5');
    // A click on the navigation: the row is left (refused: not a whole number), then the link asks.
    await page.getByRole('navigation').getByText('Tổng quan', { exact: true }).click();
    const question = page.getByRole('dialog').filter({ hasText: 'Có thay đổi chưa lưu' });
    await question.waitFor();
    await screenshot(page, 'activity-table-leave-refused');
    await question.getByRole('button', { name: 'Ở lại để lưu' }).click();
    await question.waitFor({ state: 'detached' });
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Báo cáo gửi tỉnh');
    expect(await cell(column, team).inputValue()).toBe('12,5');
    // Corrected, the row saves as the link takes the focus, with no question.
    await cell(column, team).fill('125');
    await page.getByRole('navigation').getByText('Tổng quan', { exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Tổng quan');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => stored(team)[grid.indicators[0].id]).toBe(125);
  });

  it('ran without console errors', () => {
    expect(errors).toEqual([]);
  });
});
