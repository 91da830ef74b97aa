import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/cli/seed/demo';
import { assertRendererBuilt, launchChromium, openPage, screenshot, serveTempDb } from './harness';

/**
 * Issue 8 §5: a session run by another unit together with the commune is marked so in the
 * session dialog (the choice appears only for another unit), and the flag is what the back end
 * stores; the sign-in sheet then names both issuing bodies (test/integration/trainings/sheet-organiser.test.ts).
 */
const TITLE = 'Hướng dẫn mở tài khoản thanh toán không dùng tiền mặt';

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

describe('training organised with another unit', () => {
  it('asks whether the unit organises with the commune, and stores the answer', async () => {
    await page.getByRole('navigation').getByText('Tập huấn', { exact: true }).click();
    await page.getByRole('button', { name: 'Tạo buổi tập huấn' }).click();
    await dialog().getByLabel('Tên buổi tập huấn').fill(TITLE);
    await dialog().getByLabel('Ngày').fill('20/12/2026');
    expect(await dialog().getByLabel('Phối hợp tổ chức').count()).toBe(0); // the commune's own session
    await dialog().getByRole('combobox', { name: 'Đơn vị tổ chức' }).selectOption('telecom');
    await dialog().getByLabel('Tên đơn vị tổ chức').fill('Viettel Quảng Trị');
    await dialog().getByRole('combobox', { name: 'Phối hợp tổ chức' }).selectOption('yes');
    await screenshot(page, 'trainings-organiser-dialog');
    await dialog().getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE);
    const row = served.core.ctx.db.prepare('SELECT organiser_kind AS kind, organiser_name AS name, co_organised AS co FROM training_session WHERE title = ?').get(TITLE);
    expect(row).toEqual({ kind: 'telecom', name: 'Viettel Quảng Trị', co: 1 });
    expect(errors).toEqual([]);
  });
});
