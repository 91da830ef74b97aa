import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/app';
import { startServer, type RunningServer } from '../../../electron/serve/server';

/**
 * The real renderer build, served by serve mode with its strict CSP, in Debian's Chromium:
 * Fluent UI (Griffel), ag-grid and React must work without any CSP violation. The same
 * headers are sent by the Electron app:// protocol, so this covers the desktop app too.
 */
const CHROMIUM = '/usr/bin/chromium';
let dir: string;
let core: Core;
let server: RunningServer;
let browser: Browser;

describe.skipIf(!existsSync(CHROMIUM))('renderer under the CSP', () => {
  beforeAll(async () => {
    dir = mkdtempSync(resolve('test-output/renderer-csp-'));
    const outDir = join(dir, 'renderer');
    // vite's root is renderer/, so outDir is given relative to it.
    execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', relative('renderer', outDir), '--logLevel', 'error'], {
      stdio: 'pipe',
    });
    core = createCore({ create: true, dbFile: join(dir, 'tcns.db') });
    await core.call('commune.save', {
      province: 'Quảng Trị', name: 'Hòa Bình', kind: 'xa', placeName: 'Hòa Bình',
      chairName: 'Nguyễn Văn Ánh', ruleProfileId: 'national-793',
    });
    await core.call('villages.create', { name: 'Thôn Đông', kind: 'thon', households: 320 });
    server = await startServer({ core, port: 0, staticDir: outDir });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    core?.close();
  });

  it('renders pages with Fluent UI and ag-grid and no CSP violation', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP-VIOLATION ${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const violations: string[] = [];
    const pageErrors: string[] = [];
    page.on('console', (m) => m.text().startsWith('CSP-VIOLATION') && violations.push(m.text()));
    page.on('pageerror', (e) => pageErrors.push(e.message));

    await page.goto(server.url); // takes the token from the fragment, as a user would
    await page.getByText('Hòa Bình').first().waitFor({ timeout: 15_000 });
    await page.goto(`${server.url.replace(/#.*$/u, '')}#/villages`);
    await page.getByText('Thôn Đông').first().waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(dir, 'villages.png') });

    // Griffel's injected styles applied: the body font is not the browser default serif.
    const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(font).not.toMatch(/^(serif|Times)/iu);
    expect(await page.locator('.ag-root-wrapper').count()).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
    // No report at all: the renderer sets z.config({ jitless: true }), so zod never tries eval.
    expect(violations).toEqual([]);
    await page.close();
  });
});
