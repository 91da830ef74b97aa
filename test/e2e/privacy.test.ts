import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/cli/seed/demo';
import { assertRendererBuilt, launchChromium, openPage, screenshot, serveTempDb } from './harness';

/** A person's rights on the people page: a copy of their data, then deletion with its explanation. */
let browser: Browser;
let served: Awaited<ReturnType<typeof serveTempDb>>;
let page: Page;
let errors: string[];

beforeAll(async () => {
  assertRendererBuilt();
  browser = await launchChromium();
  served = await serveTempDb(seedDemo);
  ({ page, errors } = await openPage(browser, served.server.url));
});
afterAll(async () => {
  await page?.context().close();
  await served?.dispose();
  await browser?.close();
});

const dialog = () => page.getByRole('dialog');

describe('personal data on the people page', () => {
  it('exports what is held about a person, explains deletion, and deletes on confirmation', async () => {
    await page.getByRole('navigation').getByText('Thành viên', { exact: true }).click();
    await page.getByRole('searchbox').fill('nguyen thi lan');
    await page.getByRole('gridcell', { name: 'Nguyễn Thị Lan' }).getByRole('button', { name: 'Nguyễn Thị Lan' }).click();
    await expect.poll(() => dialog().getByLabel('Họ và tên').inputValue()).toBe('Nguyễn Thị Lan');
    await screenshot(page, 'privacy-01-person-dialog');

    const [download] = await Promise.all([page.waitForEvent('download'), dialog().getByRole('button', { name: 'Xuất dữ liệu cá nhân (PDF)' }).click()]);
    expect(download.suggestedFilename()).toBe('du-lieu-ca-nhan-nguyen-thi-lan.pdf');
    expect(readFileSync((await download.path())!).subarray(0, 5).toString()).toBe('%PDF-');

    await dialog().getByRole('button', { name: 'Xóa thông tin cá nhân…' }).click();
    const explanation = page.getByTestId('deletion-explanation');
    await expect.poll(() => explanation.textContent()).toContain('văn bản hành chính nên được giữ nguyên');
    expect(await explanation.textContent()).toContain('Người đã xóa thông tin');
    await screenshot(page, 'privacy-02-delete-explained');
    // Erasing cannot be undone: the dialog opens on "Hủy", so Enter does not confirm it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Hủy');
    const id = (served.core.ctx.db.prepare("SELECT id FROM person WHERE full_name = 'Nguyễn Thị Lan'").get() as { id: string }).id;

    await dialog().getByRole('button', { name: 'Xóa vĩnh viễn' }).click();
    await expect.poll(() => dialog().count()).toBe(0);
    await expect.poll(() => page.getByRole('gridcell', { name: 'Nguyễn Thị Lan' }).count()).toBe(0);
    expect(served.core.ctx.db.prepare('SELECT full_name, phone FROM person WHERE id = ?').get(id)).toEqual({ full_name: 'Người đã xóa thông tin', phone: null });
    await screenshot(page, 'privacy-03-after-delete');
    expect(errors).toEqual([]);
  });
});
