/**
 * Issue 15 in Chromium against serve mode: the signing dialog's "USB token" tab lists the tokens
 * of the server's PC (SoftHSM2 here) through the contract, shows the certificate about to be used,
 * refuses a wrong PIN in Vietnamese, and signs; pdfsig accepts the saved file.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/cli/seed/demo';
import { call } from '../../electron/core/dispatch';
import { makeTestCertificates, type TestCertificates } from '../helpers/certificates';
import { makeSigningToken, SOFTHSM_MODULE, softhsmAvailable, TOKEN_PIN, type SoftHsm } from '../helpers/softhsm';
import { assertRendererBuilt, launchChromium, openPage, screenshot, serveTempDb } from './harness';

const OUT = resolve('test-output/e2e-token');
const LABEL = 'Token Chủ tịch';

let browser: Browser;
let served: Awaited<ReturnType<typeof serveTempDb>>;
let page: Page;
let errors: string[];
let certs: TestCertificates;
let hsm: SoftHsm;
let settingsDir: string;
let issuedId: string;

const dialog = () => page.getByRole('dialog');

describe.skipIf(!softhsmAvailable)('signing with a USB token in the browser', () => {
  beforeAll(async () => {
    assertRendererBuilt();
    mkdirSync(OUT, { recursive: true });
    // This PC's settings in a temp folder, not the developer's own.
    settingsDir = mkdtempSync(join(tmpdir(), 'tcns-machine-'));
    process.env.TCNS_MACHINE_SETTINGS = join(settingsDir, 'may-tinh-nay.json');
    certs = makeTestCertificates();
    hsm = makeSigningToken(certs, LABEL);
    browser = await launchChromium();
    served = await serveTempDb(async (core) => {
      await seedDemo(core);
      await call(core.handlers, core.ctx, 'trust.add', { file: certs.caCertDer });
      issuedId = (await call(core.handlers, core.ctx, 'decisions.list', {})).find((d) => d.status === 'issued')!.id;
    });
    ({ page, errors } = await openPage(browser, served.server.url));
  }, 120_000);

  afterAll(async () => {
    await page?.context().close();
    await browser?.close();
    await served?.dispose();
    certs?.remove();
    hsm?.remove();
    delete process.env.TCNS_MACHINE_SETTINGS;
    if (settingsDir) rmSync(settingsDir, { recursive: true, force: true });
  });

  it('reads the token, shows the certificate, refuses a wrong PIN, then signs', async () => {
    await page.evaluate((id) => { location.hash = `#/decisions/${id}`; }, issuedId);
    await page.getByRole('button', { name: 'Ký số (tệp .p12 hoặc USB token)' }).click();
    await dialog().getByRole('tab', { name: 'USB token' }).click();
    await dialog().getByLabel('Thư viện PKCS#11 của token (tệp .dll do nhà cung cấp cài)').fill(SOFTHSM_MODULE);
    await dialog().getByRole('button', { name: 'Nhớ cho máy này' }).click();
    await dialog().getByRole('button', { name: 'Đọc token' }).click();
    await expect.poll(() => dialog().getByText('Nguyễn Văn Ánh — UBND xã Hòa Bình').count()).toBe(1);
    expect(await dialog().textContent()).toContain('Cơ quan chứng thực số thử nghiệm Việt Nam');
    // Remembered for this PC, outside the commune's database.
    expect((await call(served.core.handlers, served.core.ctx, 'token.getModule', {})).modulePath).toBe(SOFTHSM_MODULE);

    await dialog().getByLabel('Mã PIN của USB token').fill('000000');
    await dialog().getByRole('button', { name: 'Ký số' }).click();
    await expect.poll(() => dialog().getByRole('alert').textContent()).toContain('Mã PIN của thiết bị ký số (USB token) không đúng');
    expect(served.core.ctx.db.prepare('SELECT COUNT(*) AS n FROM decision_file').get()).toEqual({ n: 0 });

    await dialog().getByLabel('Mã PIN của USB token').fill(TOKEN_PIN);
    await screenshot(page, '80-sign-dialog-token');
    const [download] = await Promise.all([page.waitForEvent('download') as Promise<Download>, dialog().getByRole('button', { name: 'Ký số' }).click()]);
    const path = join(OUT, download.suggestedFilename());
    await download.saveAs(path);
    const pdfsig = execFileSync('pdfsig', [path], { encoding: 'utf8' });
    expect(pdfsig).toContain('Signature is Valid');
    expect(pdfsig).toContain('Nguyễn Văn Ánh');
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Đã ký số và lưu bản đã ký');
    expect((served.core.ctx.db.prepare('SELECT status FROM decision WHERE id = ?').get(issuedId) as { status: string }).status).toBe('signed');
    expect(errors).toEqual([]);
  });
});
