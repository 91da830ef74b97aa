import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/cli/seed/demo';
import { periodContaining, periodRangeText, previousPeriod } from '../../shared/reports/periods';
import { findRow, num, sheetsAsCsv } from '../integration/reports/tools';
import { assertRendererBuilt, launchChromium, openPage, screenshot, serveTempDb } from './harness';

const OUT = join('test-output', 'reports-ui');
const DVCTT = 'Hồ sơ dịch vụ công trực tuyến được hỗ trợ nộp';
const STALLS = 'Gian hàng số trên sàn thương mại điện tử được mở';
const TEAM = 'Tổ công nghệ số cộng đồng thôn Đông';

// The server's clock is the real one: the screen opens on the reporting month running today, and
// the test works on the month before it, which has ended (so it is due) and has no demo results.
const pad = (n: number) => String(n).padStart(2, '0');
const now = new Date();
const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
const current = periodContaining(today, 'month');
const period = previousPeriod(current);
const todayTyped = today.split('-').reverse().join('/');

let browser: Browser;
let served: Awaited<ReturnType<typeof serveTempDb>>;
let page: Page;
let errors: string[];
let teamId: string;

beforeAll(async () => {
  assertRendererBuilt();
  browser = await launchChromium();
  served = await serveTempDb(seedDemo);
  teamId = (served.core.ctx.db.prepare('SELECT id FROM team WHERE name = ?').get(TEAM) as { id: string }).id;
  ({ page, errors } = await openPage(browser, served.server.url));
});
afterAll(async () => {
  await page?.context().close();
  await served?.dispose();
  await browser?.close();
});

const db = () => served.core.ctx.db;
const storedValue = (indicator: string) =>
  (db()
    .prepare(
      `SELECT v.value AS value, r.version AS version FROM activity_value v JOIN activity_report r ON r.id = v.report_id
        WHERE r.team_id = ? AND r.period = ? AND v.indicator_id = ?`,
    )
    .get(teamId, period.code, indicator) as { value: number; version: number } | undefined) ?? null;
const cell = (indicator: string, row = TEAM) => page.getByLabel(`${indicator} – ${row}`, { exact: true });
const teamRow = () => page.getByTestId('activity-row').filter({ hasText: 'Thôn Đông' }).first();

describe('upward reports', () => {
  it('opens on the reporting month running today, with its 15th-to-14th dates and the reports due', async () => {
    await page.getByRole('navigation').getByText('Báo cáo', { exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Báo cáo gửi tỉnh');
    const range = page.getByTestId('period-range');
    await expect.poll(() => range.textContent()).toContain(current.label);
    expect((await range.textContent())!.toLowerCase()).toContain(periodRangeText(current));
    const due = page.getByTestId('due-reports');
    await expect.poll(() => due.textContent()).toContain(`${period.label} · quá hạn`);
    await page.getByTestId('activity-row').first().waitFor();
    await screenshot(page, 'reports-01-current-month');

    // The period picker: a quarter shows its own dates; back to the month before today's.
    await page.getByRole('combobox', { name: 'Loại kỳ' }).selectOption('quarter');
    await expect.poll(() => range.textContent()).toContain('Quý');
    // Quarter III/2026 holds the demo's monthly results: its team rows are read-only (no double
    // counting) and its total adds the months up.
    await page.getByRole('combobox', { name: 'Quý', exact: true }).selectOption('3');
    await page.getByRole('combobox', { name: 'Năm' }).selectOption('2026');
    await expect.poll(() => range.textContent()).toContain('Quý III/2026');
    expect(await range.textContent()).toContain('Từ ngày 15/06/2026 đến ngày 14/09/2026');
    const demoMonths = db().prepare("SELECT count(*) AS n FROM activity_report WHERE period IN ('2026-07', '2026-08', '2026-09')").get() as { n: number };
    if (demoMonths.n > 0) {
      await expect.poll(() => teamRow().textContent()).toContain('Đã nhập theo Tháng 7/2026, Tháng 8/2026, Tháng 9/2026');
      expect(await cell(DVCTT).isDisabled()).toBe(true);
      // Not empty boxes: the team's months summed, read-only (issue 8 §5).
      const months = db().prepare(
        `SELECT coalesce(sum(v.value), 0) AS n FROM activity_value v JOIN activity_report r ON r.id = v.report_id
          WHERE r.team_id = ? AND v.indicator_id = 'ho-so-dvctt' AND r.period IN ('2026-07', '2026-08', '2026-09')`,
      ).get(teamId) as { n: number };
      expect(months.n).toBeGreaterThan(0);
      expect((await cell(DVCTT).inputValue()).replace(/\./gu, '')).toBe(String(months.n));
      const sum = db().prepare(
        "SELECT sum(v.value) AS n FROM activity_value v JOIN activity_report r ON r.id = v.report_id WHERE v.indicator_id = 'ho-so-dvctt' AND r.period_from >= '2026-06-15' AND r.period_to <= '2026-09-14'",
      ).get() as { n: number };
      expect(await page.getByTestId('activity-totals').textContent()).toContain(String(sum.n));
    }
    await screenshot(page, 'reports-02-quarter');
    await due.getByRole('button', { name: new RegExp(`^${period.label} ·`, 'u') }).click();
    await expect.poll(() => range.textContent()).toContain(period.label);
    expect(page.url()).toContain(`period=${period.code}`);
  });

  it('refuses a cell that is not a number and saves nothing', async () => {
    await cell(DVCTT).fill('ba mươi');
    await cell(DVCTT).press('ArrowDown'); // leaving the row saves it
    await expect.poll(() => teamRow().textContent()).toContain('Có ô chưa đúng');
    expect(await cell(DVCTT).getAttribute('aria-invalid')).toBe('true');
    expect(await cell(DVCTT).getAttribute('title')).toBe('Giá trị phải là số.');
    await screenshot(page, 'reports-03-invalid-cell');
    expect(storedValue('ho-so-dvctt')).toBeNull();
  });

  it('saves a typed row with the keyboard, then the targets, and shows the share reached', async () => {
    await cell(DVCTT).fill('37');
    await cell(DVCTT).press('Tab');
    await page.keyboard.type('2');
    await cell(STALLS).press('Enter'); // down to the next team: the row is saved
    await expect.poll(() => teamRow().textContent()).toContain('Đã lưu');
    expect(storedValue('ho-so-dvctt')).toEqual({ value: 37, version: 1 });
    expect(storedValue('gian-hang-so')).toEqual({ value: 2, version: 1 });
    await expect.poll(() => page.getByTestId('activity-totals').textContent()).toContain('37');

    await cell(DVCTT, 'Chỉ tiêu kế hoạch').fill('50');
    await cell(DVCTT, 'Chỉ tiêu kế hoạch').press('ArrowUp'); // up into the team rows: the targets are saved
    await expect.poll(() => page.getByTestId('activity-targets').textContent()).toContain('Đã lưu chỉ tiêu');
    await expect.poll(() => page.getByTestId('activity-reached').textContent()).toContain('74%');
    expect(db().prepare("SELECT value FROM activity_target WHERE period = ? AND indicator_id = 'ho-so-dvctt'").get(period.code)).toEqual({ value: 50 });
    await screenshot(page, 'reports-04-entered');
  });

  it('refuses a save made on a stale version and reloads the row', async () => {
    // Someone else (another PC of the office) changes the row meanwhile.
    const other = await served.core.call('reports.saveActivity', {
      period: period.code, teamId, version: 1, values: { 'ho-so-dvctt': 40, 'gian-hang-so': 2 }, note: null,
    });
    expect(other.ok).toBe(true);
    await cell(DVCTT).fill('38');
    await cell(DVCTT).press('ArrowDown');
    await expect.poll(() => teamRow().textContent()).toContain('Dữ liệu đã được người khác thay đổi');
    await screenshot(page, 'reports-05-conflict');
    expect(storedValue('ho-so-dvctt')).toEqual({ value: 40, version: 2 });
    await teamRow().getByRole('button', { name: 'Tải lại dữ liệu' }).click();
    await expect.poll(() => cell(DVCTT).inputValue()).toBe('40');
    // Back to the officer's figure, on the current version.
    await cell(DVCTT).fill('37');
    await cell(DVCTT).press('ArrowDown');
    await expect.poll(() => storedValue('ho-so-dvctt')).toEqual({ value: 37, version: 3 });
  });

  it('builds the report, downloads the XLSX, and LibreOffice reads the entered value in it', async () => {
    await page.getByRole('button', { name: 'Lập báo cáo' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByLabel('Số báo cáo').inputValue()).toBe('1'); // the next free number of the year
    await dialog.getByLabel('Số báo cáo').fill('15');
    await dialog.getByLabel('Ngày báo cáo').fill(todayTyped);
    await dialog.getByLabel('Người lập biểu').fill('Lê Thị Mai');
    await screenshot(page, 'reports-06-build-dialog');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Lập và tải về' }).click()]);
    expect(download.suggestedFilename()).toBe(`bao-cao-to-cong-nghe-so-${period.code}.xlsx`);
    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, download.suggestedFilename());
    await download.saveAs(file);
    await expect.poll(() => page.getByTestId('report-built').textContent()).toContain(`Đã lập báo cáo số 15/BC-UBND ngày ${todayTyped} (${period.label})`);
    await expect.poll(() => page.getByTestId('due-reports').textContent()).not.toContain(`${period.label} ·`);
    await screenshot(page, 'reports-07-built');

    const recorded = db().prepare('SELECT period, number, date FROM upward_report').all();
    expect(recorded).toEqual([{ period: period.code, number: 15, date: today }]);

    const sheets = sheetsAsCsv(file, join(OUT, 'csv'));
    const summary = sheets['Tổng hợp'];
    const flat = summary.map((r) => r.join('|')).join('\n');
    expect(flat).toContain('Số: 15/BC-UBND');
    expect(flat).toContain(periodRangeText(period));
    const results = sheets['Kết quả hoạt động'];
    const header = results.findIndex((r) => r[0] === 'STT');
    const column = results[header + 1].findIndex((label) => label.startsWith(DVCTT));
    expect(column, 'cột hồ sơ DVCTT').toBeGreaterThan(0);
    const dong = results.find((r) => r[1] === TEAM);
    expect(dong, `dòng của ${TEAM}`).toBeDefined();
    expect(num(dong![column])).toBe(37);
    // Summary sheet, section V: "Trong kỳ báo cáo" = result, target, share reached.
    const indicator = findRow(summary, '4', DVCTT);
    expect(indicator, 'chỉ tiêu hồ sơ DVCTT ở trang Tổng hợp').toBeDefined();
    expect(indicator!.slice(3, 6).map(num)).toEqual([37, 50, 74]); // the share reached in per cent, no "%"
  });

  it('extends the indicator catalogue with a column of its own', async () => {
    await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => dialog.getByText('Tên chỉ tiêu không được để trống.').count()).toBe(1);
    await dialog.getByLabel('Tên chỉ tiêu').fill('Lượt người được hỗ trợ cài ứng dụng y tế');
    await dialog.getByLabel('Đơn vị tính').fill('lượt người');
    await dialog.getByLabel('Đơn vị tính').press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => cell('Lượt người được hỗ trợ cài ứng dụng y tế').count()).toBe(1);
    expect(db().prepare("SELECT unit, builtin FROM activity_indicator WHERE name = 'Lượt người được hỗ trợ cài ứng dụng y tế'").get())
      .toEqual({ unit: 'lượt người', builtin: 0 });
  });

  it('lists the built report in the register, and ran without console errors', async () => {
    await page.getByRole('tab', { name: /Báo cáo đã lập/u }).click();
    const row = page.getByTestId('register-row').first();
    await expect.poll(() => row.textContent()).toContain('15/BC-UBND');
    expect(await row.textContent()).toContain(period.label);
    await screenshot(page, 'reports-08-register');
    expect(errors).toEqual([]);
  });
});
