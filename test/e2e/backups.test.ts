import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/cli/seed/demo';
import { seedProvince } from '../../electron/cli/seed/province';
import { assertRendererBuilt, launchChromium, openPage, screenshot, serveTempDb } from './harness';

let browser: Browser;
beforeAll(async () => {
  assertRendererBuilt();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('Sao lưu screen (issue 9)', () => {
  it('backs up now, lists the checked backup with its counts, and restores it after a confirmation showing the changes', async () => {
    const served = await serveTempDb((core) => seedDemo(core));
    try {
      const { page, errors } = await openPage(browser, served.server.url);
      await page.getByRole('link', { name: 'Sao lưu' }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Sao lưu và khôi phục');
      await expect.poll(() => page.getByText('Chưa có bản sao lưu nào.').count()).toBe(1);

      await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
      await expect.poll(() => page.getByText(/Đã sao lưu và kiểm tra: /u).count()).toBe(1);
      const rows = page.getByRole('row');
      await expect.poll(() => rows.count()).toBe(2);
      const row = rows.nth(1);
      expect(await row.textContent()).toMatch(/Thủ công.*8 thôn · \d+ tổ · \d+ người · \d+ quyết định.*Tốt/u);
      await screenshot(page, 'backups-01-list');

      // A village added after the backup: the restore must take it away again.
      const created = await served.core.call('villages.create', { name: 'Thôn Sau Sao Lưu', kind: 'thon' });
      expect(created.ok).toBe(true);
      await page.reload();
      await rows.nth(1).getByRole('button', { name: 'Khôi phục…' }).click();
      const dialog = page.getByRole('dialog');
      await expect.poll(() => dialog.getByRole('row', { name: /Thôn, tổ dân phố/u }).textContent()).toMatch(/Thôn, tổ dân phố98-1/u);
      await screenshot(page, 'backups-02-confirm');
      // Restoring replaces the data: the dialog opens on "Hủy", so Enter does not confirm it.
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Hủy');
      await dialog.getByRole('button', { name: 'Khôi phục' }).click();
      await expect.poll(() => page.getByText(/Đã khôi phục từ .*Dữ liệu trước khi khôi phục được giữ ở/u).count()).toBe(1);
      await expect.poll(() => page.getByText(/Dữ liệu hiện tại:.*8 thôn/u).count()).toBe(1);
      await expect.poll(() => rows.count()).toBe(3); // the manual backup and the safety backup "Trước khi khôi phục"
      expect(await page.getByRole('table').textContent()).toContain('Trước khi khôi phục');
      await screenshot(page, 'backups-03-restored');

      const villages = await served.core.call('villages.list', {});
      expect(villages.ok && (villages.result as { name: string }[]).map((v) => v.name)).not.toContain('Thôn Sau Sao Lưu');
      expect(errors).toEqual([]);
    } finally {
      await served.dispose();
    }
  });

  it('"Mở dữ liệu từ bản sao lưu" offers the backups beside the database instead of a typed path (issue 10)', async () => {
    const served = await serveTempDb((core) => seedDemo(core));
    try {
      const backup = await served.core.call('backups.create', {});
      expect(backup.ok).toBe(true);
      const file = (backup as { ok: true; result: { file: string } }).result.file;
      const { page, errors } = await openPage(browser, served.server.url);
      await page.getByRole('link', { name: 'Sao lưu' }).click();
      await page.getByRole('button', { name: 'Mở dữ liệu từ bản sao lưu…' }).click();
      const dialog = page.getByRole('dialog');
      const pick = dialog.getByRole('combobox', { name: /Chọn một bản sao lưu/u });
      await pick.waitFor();
      // Nothing picked nor typed: the refusal names what is missing (a backup file, not a folder).
      await dialog.getByRole('button', { name: 'Kiểm tra tệp' }).click();
      await expect.poll(() => dialog.getByRole('alert').textContent()).toBe('Chọn bản sao lưu (tệp .db) cần mở.');
      const options = await pick.locator('option').allTextContents();
      expect(options).toHaveLength(2);
      expect(options[1]).toMatch(/Thủ công · [\d,.]+ MB$/u);
      await pick.selectOption({ index: 1 });
      expect(await dialog.getByLabel('Tệp sao lưu (.db)').inputValue()).toBe(file);
      await screenshot(page, 'backups-04-pick-backup');
      await dialog.getByRole('button', { name: 'Kiểm tra' }).click();
      // The same confirmation as from the list, with the counts.
      await expect.poll(() => page.getByRole('dialog').getByRole('row', { name: /Thôn, tổ dân phố/u }).textContent()).toMatch(/Thôn, tổ dân phố880/u);
      expect(errors).toEqual([]);
    } finally {
      await served.dispose();
    }
  });

  it('groups the counts the Vietnamese way ("1.534 người", not "1534 người"), current data and each backup', async () => {
    const served = await serveTempDb(async (core) => {
      await seedDemo(core);
      seedProvince(core.ctx, 1500);
    });
    try {
      const people = (served.core.ctx.db.prepare('SELECT count(*) AS n FROM person').get() as { n: number }).n;
      expect(people).toBeGreaterThanOrEqual(1000);
      const grouped = people.toLocaleString('vi-VN');
      expect(grouped).toMatch(/^\d\.\d{3}$/u);
      const { page, errors } = await openPage(browser, served.server.url);
      await page.getByRole('link', { name: 'Sao lưu' }).click();
      await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
      await expect.poll(() => page.getByText(/Đã sao lưu và kiểm tra: /u).count()).toBe(1);
      await expect.poll(() => page.locator('p', { hasText: 'Dữ liệu hiện tại:' }).textContent()).toContain(`${grouped} người`);
      await expect.poll(() => page.getByRole('row').nth(1).textContent()).toContain(`${grouped} người`);
      await screenshot(page, 'backups-06-grouped-counts');
      expect(errors).toEqual([]);
    } finally {
      await served.dispose();
    }
  });

  it('the restore dialog\'s button says what it is waiting for: checking the backup, then restoring (not "Đang lưu…"); the focus follows', async () => {
    const served = await serveTempDb((core) => seedDemo(core));
    try {
      const made = await served.core.call('backups.create', {});
      expect(made.ok).toBe(true);
      const { page, errors } = await openPage(browser, served.server.url);
      // A large register's backup takes a while to check and to restore: hold each answer a
      // moment (the server still does the real work) so the waiting state can be read.
      const hold = (op: string) => page.route(`**/api/${op}`, async (route) => {
        await new Promise((r) => setTimeout(r, 1500));
        await route.continue();
      });
      await hold('backups.inspect');
      await hold('backups.restore');
      await page.getByRole('link', { name: 'Sao lưu' }).click();
      await page.getByRole('row').nth(1).getByRole('button', { name: 'Khôi phục…' }).click();
      const dialog = page.getByRole('dialog');
      const submit = dialog.locator('button[type="submit"]');
      await expect.poll(() => submit.textContent()).toBe('Đang kiểm tra bản sao lưu…');
      await expect.poll(() => submit.textContent(), { timeout: 15_000 }).toBe('Khôi phục');
      await submit.click();
      await expect.poll(() => submit.textContent()).toBe('Đang khôi phục…');
      await screenshot(page, 'backups-07-restoring');
      await expect.poll(() => page.getByText(/Đã khôi phục từ /u).count(), { timeout: 15_000 }).toBe(1);
      // The focus goes to the answer, not back to the top of the window.
      const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
      await expect.poll(focused).toMatch(/^Đã khôi phục từ /u);
      // A dialog closed with Esc gives the focus back to the button that opened it.
      await page.getByRole('button', { name: 'Mở dữ liệu từ bản sao lưu…' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('dialog').waitFor();
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await expect.poll(focused).toBe('Mở dữ liệu từ bản sao lưu…');
      expect(errors).toEqual([]);
    } finally {
      await served.dispose();
    }
  });

  it('"Sao lưu vào thư mục khác…": a refused folder keeps its dialog open with the reason; a good one closes it', async () => {
    const served = await serveTempDb((core) => seedDemo(core));
    const outside = mkdtempSync(join(tmpdir(), 'tcns-usb-'));
    try {
      const notFolder = join(outside, 'ghi-chu.txt');
      writeFileSync(notFolder, 'không phải thư mục');
      const { page, errors } = await openPage(browser, served.server.url);
      await page.getByRole('link', { name: 'Sao lưu' }).click();
      await page.getByRole('button', { name: 'Sao lưu vào thư mục khác…' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('textbox').fill(notFolder);
      await dialog.getByRole('button', { name: 'Sao lưu ngay' }).click();
      await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('là một tệp, không phải thư mục');
      await screenshot(page, 'backups-08-folder-refused');
      // The officer corrects the path in the same dialog.
      await dialog.getByRole('textbox').fill(join(outside, 'usb'));
      await dialog.getByRole('button', { name: 'Sao lưu ngay' }).click();
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/^Đã sao lưu và kiểm tra: /u);
      expect(readdirSync(join(outside, 'usb')).filter((n) => n.endsWith('.db'))).toHaveLength(1);
      expect(errors).toEqual([]);
    } finally {
      await served.dispose();
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
