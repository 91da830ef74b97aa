/**
 * Issue 13 acceptance 3: in Chromium through serve mode, the province's officer lists the
 * communes, drops a folder's report files onto the "Tổng hợp" page (a real drop event carrying
 * the files), reads a verdict per file and who has not submitted, and downloads the provincial
 * workbook, which is then read back.
 */
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/cli/seed/demo';
import { communeReports, communeTitle } from '../helpers/commune-reports';
import { assertRendererBuilt, launchChromium, openPage, screenshot, serveTempDb } from './harness';

let browser: Browser;
let served: Awaited<ReturnType<typeof serveTempDb>>;
let page: Page;
let errors: string[];
const files: { name: string; base64: string }[] = [];

beforeAll(async () => {
  assertRendererBuilt();
  const gen = await communeReports();
  try {
    for (let i = 1; i <= 4; i++) files.push({ name: `bao-cao-${i}.xlsx`, base64: Buffer.from(await gen.build(i, '2026-Q3')).toString('base64') });
    files.push({ name: 'bao-cao-5-quy-2.xlsx', base64: Buffer.from(await gen.build(5, '2026-Q2')).toString('base64') });
  } finally {
    gen.dispose();
  }
  browser = await launchChromium();
  served = await serveTempDb(seedDemo);
  ({ page, errors } = await openPage(browser, served.server.url));
}, 120_000);
afterAll(async () => {
  await page?.context().close();
  await served?.dispose();
  await browser?.close();
});

describe('Tổng hợp page', () => {
  it('takes a dropped folder of reports, shows verdicts and status, downloads the provincial workbook', async () => {
    await page.getByRole('navigation').getByText('Tổng hợp', { exact: true }).click();
    await page.getByLabel('Kỳ báo cáo (ví dụ 2026-Q3)').fill('2026-Q3');
    await page.getByLabel(/Thêm xã, phường vào danh sách/u).fill([1, 2, 3, 4, 5, 6].map((i) => communeTitle(i).replace(/^xã/u, 'Xã')).join('\n'));
    await page.getByRole('button', { name: 'Thêm vào danh sách' }).click();
    await expect.poll(() => page.getByTestId('consolidation-status').textContent()).toContain('đã nộp 0/6');

    // A real drop: a DataTransfer holding the files, dispatched on the drop zone.
    const transfer = await page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) {
        const raw = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
        dt.items.add(new File([raw], f.name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
      }
      return dt;
    }, files);
    await page.getByTestId('report-drop').dispatchEvent('drop', { dataTransfer: transfer });
    await expect.poll(() => page.getByTestId('verdicts').locator('tbody tr').count(), { timeout: 30_000 }).toBe(5);
    expect(await page.locator('tr[data-verdict="accepted"]').count()).toBe(4);
    expect(await page.locator('tr[data-verdict="period"]').textContent()).toContain('Quý II/2026');
    await expect.poll(() => page.getByTestId('consolidation-status').textContent()).toContain('đã nộp 4/6');
    expect(await page.getByTestId('consolidation-status').textContent()).toContain(`Chưa nộp: ${communeTitle(5)}, ${communeTitle(6)}`);
    await screenshot(page, 'consolidation-verdicts');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải báo cáo tổng hợp' }).click()]);
    expect(download.suggestedFilename()).toBe('bao-cao-tong-hop-tinh-2026-Q3.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await download.path())!);
    const sheet = wb.getWorksheet('Tổng hợp toàn tỉnh')!;
    const rows: unknown[][] = [];
    sheet.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows.filter((r) => r[0] === 'Toàn tỉnh').length).toBeGreaterThanOrEqual(10);
    expect(rows.filter((r) => r[1] === 'Xã Thử 003').length).toBeGreaterThanOrEqual(10);
    expect(errors).toEqual([]);
  });
});
