import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/cli/seed/demo';
import { assertRendererBuilt, launchChromium, openPage, screenshot, serveTempDb } from './harness';

/**
 * Issue 11: "multi-select lists open upward over the fields"; acceptance: "dropdowns open
 * downward where there is room". Checked on the team dialog's village picker (TeamDialog.tsx,
 * positioning OPEN_DOWNWARD from components/form/positioning.ts) at 1366×768 on the demo commune.
 */
let browser: Browser;
let served: Awaited<ReturnType<typeof serveTempDb>>;
let page: Page;
let errors: string[];

beforeAll(async () => {
  assertRendererBuilt();
  browser = await launchChromium();
  served = await serveTempDb(seedDemo);
  ({ page, errors } = await openPage(browser, served.server.url));
  await page.getByRole('heading', { level: 1, name: 'Tổng quan' }).waitFor();
});
afterAll(async () => {
  await page?.context().close();
  await served?.dispose();
  await browser?.close();
});

const dialog = () => page.getByRole('dialog');

describe('multi-select list in a dialog (issue 11)', () => {
  it('opens below its field, not up over the fields above, when the window has room below', async () => {
    await page.getByRole('navigation').getByText('Tổ công nghệ số', { exact: true }).click();
    await page.getByRole('button', { name: 'Thành lập tổ mới' }).click();
    await dialog().waitFor();
    const trigger = dialog().getByRole('combobox', { name: 'Địa bàn phụ trách' });
    await trigger.click();
    // The open list is found through the field's aria-controls, not by role: Fluent UI v9 gives
    // an inline multi-select popup role="menu" with "menuitemcheckbox" options, not "listbox".
    await expect.poll(() => trigger.getAttribute('aria-expanded')).toBe('true');
    const listId = await trigger.getAttribute('aria-controls');
    expect(listId).toBeTruthy();
    const list = page.locator(`[id="${listId}"]`);
    await list.waitFor({ state: 'visible' });
    // The demo commune has many villages, so the list is taller than a few rows.
    expect(await list.getByRole('menuitemcheckbox').count()).toBeGreaterThan(5);
    // Fluent positions the popup after it is shown; wait until its box stops moving.
    let popup = await list.boundingBox();
    await expect.poll(async () => {
      const before = popup;
      popup = await list.boundingBox();
      return JSON.stringify(before) === JSON.stringify(popup);
    }).toBe(true);
    const field = (await trigger.boundingBox())!;
    const viewport = page.viewportSize()!;
    const fieldBottom = field.y + field.height;
    // Precondition of the rule: there is room below (at least a few rows' worth).
    expect(viewport.height - fieldBottom).toBeGreaterThan(150);
    await screenshot(page, 'dropdown-opens-below');
    expect(popup).not.toBeNull();
    // The list starts at or below the field's bottom edge (2 px for borders/rounding)…
    expect(popup!.y).toBeGreaterThanOrEqual(fieldBottom - 2);
    // …and fits in the window (it shrinks and scrolls rather than running off screen).
    expect(popup!.y + popup!.height).toBeLessThanOrEqual(viewport.height + 1);
    expect(popup!.height).toBeGreaterThan(40);
    // With room for the whole list, every village is really on screen: the point at the centre
    // of the last option hits that option, so nothing (e.g. the dialog's scrolling body, which
    // clipped an earlier "pinned" fix) cuts the list off.
    const last = list.getByRole('menuitemcheckbox').last();
    const lastBox = (await last.boundingBox())!;
    expect(lastBox.y + lastBox.height).toBeLessThanOrEqual(viewport.height);
    const hit = await last.evaluate((el, [x, y]) => el.contains(document.elementFromPoint(x, y)), [lastBox.x + lastBox.width / 2, lastBox.y + lastBox.height / 2]);
    expect(hit).toBe(true);
    await page.keyboard.press('Escape'); // closes the list
    await list.waitFor({ state: 'hidden' });
    await page.keyboard.press('Escape'); // closes the dialog (nothing typed)
    await dialog().waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });
});
