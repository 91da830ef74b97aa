import { dirname } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/cli/seed/demo';
import { assertRendererBuilt, launchChromium, openPage, screenshot, serveTempDb } from './harness';

/** Issue 10: the "Thông tin hỗ trợ" screen, reachable from the navigation. */
let browser: Browser;

beforeAll(async () => {
  assertRendererBuilt();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('Thông tin hỗ trợ', () => {
  it('shows the app version, the data folder, the schema version and where the log is', async () => {
    const served = await serveTempDb(seedDemo);
    try {
      const { page, errors } = await openPage(browser, served.server.url);
      await page.getByRole('link', { name: 'Thông tin hỗ trợ' }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Thông tin hỗ trợ');
      const table = page.getByRole('table', { name: 'Thông tin hỗ trợ' });
      await expect.poll(() => table.getByRole('row').count()).toBe(6);
      const text = (await table.textContent()) ?? '';
      expect(text).toContain('Phiên bản cơ sở dữ liệu');
      expect(text).toContain(dirname(served.core.ctx.db.name));
      expect(text).toMatch(/Phiên bản cơ sở dữ liệu(\d+) \(mới nhất: \1\)/u);
      expect(text).toContain('Tệp nhật ký');
      await screenshot(page, 'support-info');
      expect(errors).toEqual([]);
    } finally {
      await served.dispose();
    }
  });
});
