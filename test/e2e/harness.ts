import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createCore, type Core } from '../../electron/core/app';
import { startServer, type RunningServer } from '../../electron/serve/server';

export const RENDERER_DIR = resolve('dist/renderer');
export const SCREENSHOT_DIR = resolve('test-output/screenshots');

/** The e2e tests drive the built renderer; say how to build it instead of failing obscurely. */
export function assertRendererBuilt(): void {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(
      'dist/renderer/index.html không có: hãy build giao diện trước (`npm run build:renderer`; `npm test` tự làm việc này).',
    );
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A real core on a temp SQLite file, served over HTTP like `npm run serve`. */
export async function serveTempDb(seed?: (core: Core) => Promise<void>) {
  const dir = mkdtempSync(join(tmpdir(), 'tcns-e2e-'));
  const core = createCore({ create: true, dbFile: join(dir, 'tcns.db'), actor: 'e2e' });
  if (seed) await seed(core);
  const server: RunningServer = await startServer({ core, port: 0, staticDir: RENDERER_DIR });
  return {
    core,
    server,
    dispose: async () => {
      await server.close();
      core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A page that records every console error and uncaught exception, so a test can assert the
 * UI ran clean (a missing ag-grid module, a React key warning promoted to error…).
 */
export async function openPage(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('console', (m) => {
    // Chromium logs every non-2xx response; a refusal the UI handles (409 duplicate, 400
    // validation) is expected traffic, not an error of the page.
    if (m.type() === 'error' && !/^Failed to load resource: .* status of (400|409) /u.test(m.text())) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  return { page, errors };
}

/** Screens are saved for people to look at (Vietnamese letters, layout, truncation). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // Let fonts and the grids settle so the picture shows what a user sees.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(150);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: false });
}
