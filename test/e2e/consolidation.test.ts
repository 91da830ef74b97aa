/**
 * Issue 13 acceptance 3: in Chromium through serve mode, the province's officer lists the
 * communes, drops a *folder* of report workbooks made by the app onto the "Tổng hợp" page,
 * reads a verdict per file, who has not submitted and the overview at province level, opens
 * the per-commune list behind a chart, adds a second folder through "Chọn thư mục", and
 * downloads the provincial workbook, read back with LibreOffice (CSV) and checked against
 * the communes' own workbooks.
 *
 * The drop is the browser's own: Chromium's DevTools drag (Input.dispatchDragEvent) with the
 * folder's path, as the OS hands over a folder dragged from Explorer, so the page gets a real
 * FileSystemDirectoryEntry and reads it with readEntries. The picker gets the folder through
 * Playwright's directory upload onto the <input webkitdirectory>.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/cli/seed/demo';
import { communeReports, communeTitle } from '../helpers/commune-reports';
import { cap, expectProvincialTotals, figuresFromWorkbooks } from '../helpers/provincial-check';
import { pdfText, sheetsAsCsv, toPng } from '../integration/reports/tools';
import { assertRendererBuilt, launchChromium, openPage, screenshot, serveTempDb } from './harness';

const OUT = resolve('test-output/e2e-consolidation');
let dir: string;
let browser: Browser;
let served: Awaited<ReturnType<typeof serveTempDb>>;
let page: Page;
let errors: string[];
/** Where each commune's report used for the third quarter lies on disk. */
const used = new Map<number, string>();

beforeAll(async () => {
  assertRendererBuilt();
  dir = mkdtempSync(join(tmpdir(), 'tcns-e2e-folder-'));
  // The first folder, as a commune office's mail attachments end up: reports in a subfolder
  // too, a note, and Excel's lock file of a workbook left open.
  mkdirSync(join(dir, 'bao-cao-quy-3', 'huyen-cu'), { recursive: true });
  mkdirSync(join(dir, 'gui-bo-sung'), { recursive: true });
  mkdirSync(join(dir, 'qua-nhieu'), { recursive: true });
  mkdirSync(join(dir, 'qua-lon'), { recursive: true });
  const gen = await communeReports();
  try {
    for (const i of [1, 2, 3]) {
      const file = join(dir, 'bao-cao-quy-3', `bao-cao-${i}.xlsx`);
      writeFileSync(file, await gen.build(i, '2026-Q3'));
      used.set(i, file);
    }
    const four = join(dir, 'bao-cao-quy-3', 'huyen-cu', 'bao-cao-4.xlsx');
    writeFileSync(four, await gen.build(4, '2026-Q3'));
    used.set(4, four);
    writeFileSync(join(dir, 'bao-cao-quy-3', 'bao-cao-5-quy-2.xlsx'), await gen.build(5, '2026-Q2'));
    // The second folder: commune 6's report, and commune 1's again (the same bytes).
    const six = join(dir, 'gui-bo-sung', 'bao-cao-6.xlsx');
    writeFileSync(six, await gen.build(6, '2026-Q3'));
    used.set(6, six);
  } finally {
    gen.dispose();
  }
  writeFileSync(join(dir, 'bao-cao-quy-3', 'ghi-chu.txt'), 'Báo cáo quý III các xã gửi qua thư điện tử.');
  writeFileSync(join(dir, 'bao-cao-quy-3', '~$bao-cao-1.xlsx'), 'lock');
  writeFileSync(join(dir, 'gui-bo-sung', 'bao-cao-1-gui-lai.xlsx'), readFileSync(used.get(1)!));
  // More reports than one addition takes (501: readEntries must be called past Chromium's
  // first batch of 100 to see them), and a 31 MB file (sparse: its size is all that is read):
  // each refused before anything is read or sent.
  for (let i = 0; i <= 500; i++) writeFileSync(join(dir, 'qua-nhieu', `tep-${i}.xlsx`), 'x');
  writeFileSync(join(dir, 'qua-lon', 'lon.xlsx'), '');
  truncateSync(join(dir, 'qua-lon', 'lon.xlsx'), 31 * 1024 * 1024);

  browser = await launchChromium();
  served = await serveTempDb(seedDemo);
  ({ page, errors } = await openPage(browser, served.server.url));
}, 180_000);
afterAll(async () => {
  await page?.context().close();
  await served?.dispose();
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Drags a folder from the OS onto the drop zone, through Chromium's own drag and drop. */
async function dropFolder(folder: string): Promise<void> {
  const zone = page.getByTestId('report-drop');
  await zone.scrollIntoViewIfNeeded();
  const box = (await zone.boundingBox())!;
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const cdp = await page.context().newCDPSession(page);
  const data = { items: [], files: [folder], dragOperationsMask: 1 };
  for (const type of ['dragEnter', 'dragOver', 'drop'] as const) await cdp.send('Input.dispatchDragEvent', { type, ...at, data });
  await cdp.detach();
}

const statusText = () => page.getByTestId('consolidation-status').textContent();

describe('Tổng hợp page', () => {
  it('takes a dropped folder of reports (read recursively, .xlsx only), shows verdicts, status and the province overview', async () => {
    await page.getByRole('navigation').getByText('Tổng hợp', { exact: true }).click();
    // A period typed wrong is said once, under the field, with the forms it takes.
    await page.getByLabel('Kỳ báo cáo (ví dụ 2026-Q3)').fill('quy 3');
    await expect.poll(() => page.getByText(/Kỳ báo cáo "QUY 3" không hợp lệ\. Dùng dạng 2026-07 \(tháng\), 2026-Q3 \(quý\)/u).count()).toBe(1);
    expect(await page.getByText('Không tải được dữ liệu').count()).toBe(0);
    await screenshot(page, 'consolidation-bad-period');
    await page.getByLabel('Kỳ báo cáo (ví dụ 2026-Q3)').fill('2026-Q3');
    await page.getByLabel(/Thêm xã, phường vào danh sách/u).fill([1, 2, 3, 4, 5, 6, 7].map((i) => cap(communeTitle(i))).join('\n'));
    await page.getByRole('button', { name: 'Thêm vào danh sách' }).click();
    await expect.poll(statusText).toContain('đã nộp 0/7');
    expect(await page.getByText('Chưa có báo cáo nào của Quý III/2026 trong sổ tổng hợp.').count()).toBe(1);

    // Too many reports in a folder: a Vietnamese message, nothing added.
    await dropFolder(join(dir, 'qua-nhieu'));
    await expect.poll(() => page.getByText(/mỗi lần thêm tối đa 500 tệp/u).count()).toBe(1);
    await dropFolder(join(dir, 'qua-lon'));
    await expect.poll(() => page.getByText(/mỗi lần thêm tối đa 30 MB/u).count()).toBe(1);
    expect(await statusText()).toContain('đã nộp 0/7');
    expect(await page.getByTestId('verdicts').count()).toBe(0);

    await dropFolder(join(dir, 'bao-cao-quy-3'));
    await expect.poll(() => page.getByTestId('verdicts').locator('tbody tr').count(), { timeout: 30_000 }).toBe(5);
    const files = await page.getByTestId('verdicts').locator('tbody tr td:first-child').allTextContents();
    // The subfolder's report is found; the note and Excel's lock file are not sent. The refused
    // file is listed first, the others by path (not in the disk's order).
    expect(files).toEqual([
      'bao-cao-quy-3/bao-cao-5-quy-2.xlsx',
      'bao-cao-quy-3/bao-cao-1.xlsx', 'bao-cao-quy-3/bao-cao-2.xlsx', 'bao-cao-quy-3/bao-cao-3.xlsx', 'bao-cao-quy-3/huyen-cu/bao-cao-4.xlsx',
    ]);
    expect(await page.locator('tr[data-verdict="accepted"]').count()).toBe(4);
    expect(await page.locator('tr[data-verdict="period"]').textContent()).toContain('Quý II/2026');
    await expect.poll(statusText).toContain('đã nộp 4/7');
    expect(await statusText()).toContain(`Chưa nộp: ${communeTitle(5)}, ${communeTitle(6)}, ${communeTitle(7)}`);
    await screenshot(page, 'consolidation-verdicts');
  });

  it('draws the overview at province level, each chart opening the per-commune list behind it', async () => {
    const overview = page.getByTestId('province-overview');
    await overview.waitFor();
    expect(await page.getByTestId('province-chart-submission').textContent()).toContain('Đã nộp báo cáo: 4/7 xã, phường');
    expect(await page.getByTestId('province-missing').locator('li').allTextContents()).toEqual([5, 6, 7].map((i) => cap(communeTitle(i))));
    await page.getByTestId('province-chart-coverage').scrollIntoViewIfNeeded();
    await screenshot(page, 'consolidation-province-charts');

    // The first indicator's meter: the province's sum and, behind it, each commune's result
    // as printed in its own workbook.
    const communes = [1, 2, 3, 4].map((i) => ({ title: communeTitle(i), file: used.get(i)! }));
    const expected = await figuresFromWorkbooks(communes);
    const [section, columns] = [...expected].find(([s]) => s.startsWith('V. KẾT QUẢ'))!;
    const indicator = section.slice(section.indexOf(': ') + 2);
    const results = columns.get('Trong kỳ báo cáo — Kết quả')!;
    const sum = [...results.values()].reduce((a, b) => a + b, 0);
    const meter = page.getByTestId('province-chart-activity').locator(`button[data-meter="${indicator}"]`);
    expect(await meter.textContent()).toContain(new Intl.NumberFormat('vi-VN').format(sum));
    await meter.click();
    const detail = page.getByTestId('province-detail');
    await detail.waitFor();
    expect(await detail.getAttribute('aria-label')).toBe(`${indicator} — theo xã, phường`);
    const rows = await detail.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent ?? '')));
    const num = (s: string) => Number(s.replace(/\./gu, ''));
    expect(rows).toHaveLength(5);
    for (const r of rows.slice(0, 4)) expect(num(r[2]), r[1]).toBe(results.get(r[1]));
    expect(rows[4][0]).toBe('Toàn tỉnh');
    expect(num(rows[4][1])).toBe(sum);
    await screenshot(page, 'consolidation-province-detail');

    // A bar: villages without a team, by commune (the test communes differ by i % 4).
    const bar = page.getByTestId('province-chart-coverage').locator('.recharts-bar-rectangle path').last();
    await bar.click();
    await expect.poll(() => detail.getAttribute('aria-label')).toMatch(/chưa có tổ — theo xã, phường$/u);
    const uncovered = await detail.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent ?? '')));
    expect(num(uncovered.at(-1)![1])).toBe(uncovered.slice(0, -1).reduce((s, r) => s + num(r[2]), 0));
    expect(uncovered).toHaveLength(5);

    // Every other chart opens its list too: a role's bar, a training bar.
    await page.getByTestId('province-chart-roles').locator('.recharts-bar-rectangle path').first().click();
    await expect.poll(() => detail.getAttribute('aria-label')).toBe('Thành viên là Người dân — theo xã, phường'); // the largest, drawn first
    expect(await detail.locator('tbody tr').count()).toBe(5);
    await page.getByTestId('province-chart-trainings').locator('.recharts-bar-rectangle path').first().click();
    await expect.poll(() => detail.getAttribute('aria-label')).toBe('Tập huấn trực tiếp — theo xã, phường');
    const trained = await detail.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent ?? '')));
    expect(num(trained.at(-1)![1])).toBe(trained.slice(0, -1).reduce((s, r) => s + num(r[2]), 0));

    // Print: the charts and the open list on A4 landscape, without the inputs.
    mkdirSync(OUT, { recursive: true });
    await page.mouse.move(0, 0);
    await page.emulateMedia({ media: 'print' });
    const pdf = join(OUT, 'tong-quan-tinh.pdf');
    writeFileSync(pdf, await page.pdf({ landscape: true, format: 'A4', printBackground: true }));
    await page.emulateMedia({ media: 'screen' });
    const text = pdfText(pdf, 1, 2);
    expect(text).toContain('Tổng quan toàn tỉnh — Quý III/2026');
    expect(text).toContain('Thành viên theo thành phần');
    expect(text).not.toContain('Kéo thả các tệp báo cáo');
    toPng(pdf, '../e2e-consolidation/tong-quan-tinh', 1, 1, 80);
  });

  it('takes a second folder through "Chọn thư mục" and downloads the provincial workbook, totals equal to the communes\' sum', async () => {
    await page.getByTestId('folder-input').setInputFiles(join(dir, 'gui-bo-sung'));
    await expect.poll(() => page.locator('tr[data-verdict]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-verdict')).sort()))
      .toEqual(['accepted', 'duplicate']);
    expect(await page.locator('tr[data-verdict="accepted"] td').first().textContent()).toBe('gui-bo-sung/bao-cao-6.xlsx');
    await expect.poll(statusText).toContain('đã nộp 5/7');
    await expect.poll(() => page.getByTestId('province-chart-submission').textContent()).toContain('5/7');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải báo cáo tổng hợp' }).click()]);
    expect(download.suggestedFilename()).toBe('bao-cao-tong-hop-tinh-2026-Q3.xlsx');
    mkdirSync(OUT, { recursive: true });
    const xlsx = join(OUT, 'bao-cao-tong-hop-tinh-2026-Q3.xlsx');
    await download.saveAs(xlsx);
    const sheets = sheetsAsCsv(xlsx, join(OUT, 'csv'));
    const communes = [...used].map(([i, file]) => ({ title: communeTitle(i), file }));
    const expected = await figuresFromWorkbooks(communes);
    expect(expected.size).toBeGreaterThanOrEqual(10);
    expect(expectProvincialTotals(sheets['Tổng hợp toàn tỉnh'], expected, communes.map((c) => c.title))).toBeGreaterThanOrEqual(30);
    const status = sheets['Tình hình nộp báo cáo'].filter((r) => /^\d+$/u.test(r[0]) && r[2] === 'Chưa nộp').map((r) => r[1]);
    expect(status.sort()).toEqual([5, 7].map((i) => cap(communeTitle(i))).sort());
    expect(errors).toEqual([]);
  });
});
