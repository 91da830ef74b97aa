import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/cli/seed/demo';
import { assertRendererBuilt, launchChromium, openPage, screenshot, serveTempDb } from './harness';

const OUT = resolve('test-output/overview');
let browser: Browser;
let served: Awaited<ReturnType<typeof serveTempDb>>;
let page: Page;
let errors: string[];

beforeAll(async () => {
  assertRendererBuilt();
  browser = await launchChromium();
  served = await serveTempDb(seedDemo);
  ({ page, errors } = await openPage(browser, served.server.url));
  mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  await page?.context().close();
  await served?.dispose();
  await browser?.close();
});

const heading = () => page.getByRole('heading', { level: 1 }).textContent();

describe('Tổng quan (issue 11, acceptance 1)', () => {
  it('is the first screen, with charts drawn from the demo data', async () => {
    await expect.poll(heading).toBe('Tổng quan');
    expect(page.url()).toContain('#/overview');
    for (const chart of ['chart-coverage', 'chart-roles', 'chart-ages', 'chart-trainings']) {
      await expect.poll(() => page.getByTestId(chart).locator('.recharts-bar-rectangle').count(), { message: chart }).toBeGreaterThan(0);
    }
    const overview = await served.core.call('overview.get', {});
    if (!overview.ok) throw new Error('overview.get failed');
    const o = overview.result as { totals: { members: number }; membersByRole: { count: number }[] };
    // The numbers on the bars are the back end's numbers.
    const roleLabels = await page.getByTestId('chart-roles').locator('.recharts-label-list text').allTextContents();
    expect(roleLabels.map(Number)).toEqual(o.membersByRole.map((r) => r.count));
    await expect.poll(() => page.getByRole('button', { name: new RegExp(`^${o.totals.members}\\s*Thành viên$`, 'u') }).count()).toBe(1);
    await expect.poll(() => page.getByTestId('attention').getByRole('link', { name: 'Tổ công nghệ số cộng đồng thôn Nam' }).count()).toBeGreaterThan(0);
    await screenshot(page, 'overview-01-first-screen');
    // The page fits the 1366×768 window without scrolling.
    const main = await page.locator('main').evaluate((m) => ({ scroll: m.scrollHeight, client: m.clientHeight }));
    expect(main.scroll).toBeLessThanOrEqual(main.client);
    expect(errors).toEqual([]);
  });

  it('prints on one A4 landscape page (print CSS, read back with pdfinfo, rendered with pdftoppm)', async () => {
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const path = join(OUT, 'tong-quan-in.pdf');
    writeFileSync(path, pdf);
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1\b/u);
    expect(info).toMatch(/Page size:\s+841\.9\d* x 59[45]\.\d+ pts \(A4\)/u);
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text).toContain('Tổng quan');
    expect(text).toContain('Phủ tổ theo loại thôn, tổ dân phố');
    expect(text).not.toContain('Xuất ảnh PNG'); // buttons and navigation stay off paper
    expect(text).not.toContain('Nhập từ Excel');
    execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', path, join(OUT, 'tong-quan-in')]);
  });

  it('exports the overview as PNG and as an A4 landscape PDF', async () => {
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất ảnh PNG' }).click()]);
    expect(png.suggestedFilename()).toMatch(/^tong-quan-\d{4}-\d{2}-\d{2}\.png$/u);
    const pngPath = join(OUT, png.suggestedFilename());
    await png.saveAs(pngPath);
    // A real PNG twice the page's size (pixelRatio 2): file(1) reads its header.
    const kind = execFileSync('file', [pngPath], { encoding: 'utf8' });
    expect(kind).toMatch(/PNG image data, (\d+) x (\d+)/u);
    const [, w] = /PNG image data, (\d+) x (\d+)/u.exec(kind)!;
    expect(Number(w)).toBeGreaterThanOrEqual(2000);

    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất PDF' }).click()]);
    const pdfPath = join(OUT, pdf.suggestedFilename());
    await pdf.saveAs(pdfPath);
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1\b/u);
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/u);
    execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', pdfPath, join(OUT, 'tong-quan-xuat')]);
    expect(errors).toEqual([]);
  });

  it('opens the list behind a chart: a role bar leads to those members, with the same count', async () => {
    const youth = await served.core.call('people.list', { filter: { membersOnly: true, role: 'doan_thanh_nien' }, limit: 1 });
    if (!youth.ok) throw new Error('people.list failed');
    const expected = (youth.result as { total: number }).total;
    // The bars are drawn in the order of the back end's list; "Đoàn thanh niên" is the second.
    const roles = (await served.core.call('overview.get', {})) as { ok: true; result: { membersByRole: { role: string }[] } };
    const index = roles.result.membersByRole.findIndex((r) => r.role === 'doan_thanh_nien');
    await page.getByTestId('chart-roles').locator('.recharts-bar-rectangle').nth(index).click();
    await expect.poll(heading).toBe('Thành viên');
    expect(page.url()).toContain('role=doan_thanh_nien');
    expect(page.url()).toContain('membersOnly=1');
    await expect.poll(() => page.getByTestId('people-total').textContent()).toBe(`${expected} người khớp bộ lọc`);
    await expect.poll(() => page.getByRole('row').count()).toBe(expected + 1); // + header row
    await expect.poll(() => page.getByRole('group', { name: 'Lọc danh sách' }).getByRole('combobox', { name: 'Thành phần' }).inputValue()).toBe('doan_thanh_nien');
    await screenshot(page, 'overview-02-role-into-people');

    await page.goBack();
    await expect.poll(heading).toBe('Tổng quan');
    await page.getByTestId('attention').getByRole('link', { name: 'Tổ công nghệ số cộng đồng thôn Nam' }).first().click();
    await expect.poll(heading).toContain('thôn Nam');
    expect(errors).toEqual([]);
  });
});
