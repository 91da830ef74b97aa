import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/cli/seed/demo';
import type { Core } from '../../electron/core/app';
import { call } from '../../electron/core/dispatch';
import { assertRendererBuilt, launchChromium, openPage, screenshot, serveTempDb } from './harness';

/** Problems listed in issue 11, each checked in Chromium on the demo commune. */
let browser: Browser;
let served: Awaited<ReturnType<typeof serveTempDb>>;
let page: Page;
let errors: string[];
const sessions = { today: '', tomorrow: '' };

async function sessionOn(core: Core, date: string, title: string): Promise<string> {
  const teams = await call(core.handlers, core.ctx, 'teams.list', {});
  const created = await call(core.handlers, core.ctx, 'trainings.create', {
    title, date, startTime: '08:00', endTime: '11:00', place: 'Hội trường UBND xã', format: 'in_person', organiserKind: 'commune',
    topicIds: ['vneid'], trainers: [{ name: 'Nguyễn Thanh Tùng' }],
  });
  await call(core.handlers, core.ctx, 'trainings.invite', { sessionId: created.id, teamIds: [teams.find((t) => t.name.endsWith('thôn Đông'))!.id] });
  return created.id;
}

beforeAll(async () => {
  assertRendererBuilt();
  browser = await launchChromium();
  served = await serveTempDb(async (core) => {
    await seedDemo(core);
    const today = core.ctx.today();
    const next = new Date(`${today}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    sessions.today = await sessionOn(core, today, 'Hướng dẫn cài đặt VNeID (hôm nay)');
    sessions.tomorrow = await sessionOn(core, next.toISOString().slice(0, 10), 'Hướng dẫn cài đặt VNeID (ngày mai)');
  });
  ({ page, errors } = await openPage(browser, served.server.url));
  await page.getByRole('heading', { level: 1, name: 'Tổng quan' }).waitFor();
});
afterAll(async () => {
  await page?.context().close();
  await served?.dispose();
  await browser?.close();
});

const heading = () => page.getByRole('heading', { level: 1 }).textContent();
const dialog = () => page.getByRole('dialog');
const go = (hash: string) => page.evaluate((h) => { location.hash = h; }, hash);
const marks = (sessionId: string) =>
  (served.core.ctx.db.prepare('SELECT count(*) AS n FROM training_invitee WHERE session_id = ? AND attendance IS NOT NULL').get(sessionId) as { n: number }).n;
const focused = () => page.evaluate(() => document.activeElement?.getAttribute('name') ?? document.activeElement?.tagName);

describe('issue 11 problems, fixed', () => {
  it('a note (Ctrl+G) on an unmarked person does not mark them', async () => {
    await go(`#/trainings/${sessions.today}/attendance`);
    await expect.poll(heading).toBe('Điểm danh');
    const search = page.getByRole('combobox', { name: 'Tìm người để điểm danh' });
    await search.fill('nguyen');
    await search.press('Control+g');
    await dialog().waitFor();
    await page.keyboard.type('Đến muộn vì mưa');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog().getByText('Chọn điểm danh cho người này', { exact: false }).count()).toBe(1);
    await screenshot(page, 'daily-note-needs-a-mark');
    expect(marks(sessions.today)).toBe(0);
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
    expect(marks(sessions.today)).toBe(0);
  });

  it('a session dated tomorrow cannot be marked: the screen says so and the back end refuses', async () => {
    await go(`#/trainings/${sessions.tomorrow}/attendance`);
    await expect.poll(() => page.getByText('chưa diễn ra: chưa thể điểm danh', { exact: false }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Đánh dấu tất cả có mặt' }).isDisabled()).toBe(true);
    const search = page.getByRole('combobox', { name: 'Tìm người để điểm danh' });
    await search.fill('nguyen');
    await search.press('Enter');
    await screenshot(page, 'daily-future-session');
    const refused = await served.core.call('trainings.markAllPresent', { sessionId: sessions.tomorrow });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(marks(sessions.tomorrow)).toBe(0);
  });

  it('after a refusal from the back end (duplicate village name) the focus is on the named field and Esc closes', async () => {
    await page.getByRole('navigation').getByText('Thôn – Tổ dân phố', { exact: true }).click();
    await page.getByRole('button', { name: 'Thêm thôn/tổ dân phố' }).click();
    await dialog().getByLabel('Tên').fill('Thôn Đông');
    await dialog().getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => dialog().getByText('Đã có thôn "Thôn Đông" trong danh sách.').count()).toBeGreaterThan(0);
    await expect.poll(focused).toBe('name');
    await screenshot(page, 'daily-village-duplicate-focus');
    // Typed but not saved: the first Esc asks, the second closes.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().getByTestId('unsaved-question').count()).toBe(1);
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
  });

  it('leaving the decision editor with unsaved edits asks first; staying keeps them, leaving drops them', async () => {
    const drafts = (served.core.ctx.db.prepare("SELECT id, title FROM decision WHERE status = 'draft'").all() as { id: string; title: string }[]);
    await go(`#/decisions/${drafts[0].id}`);
    const title = page.getByLabel('Trích yếu');
    await title.waitFor();
    await title.fill('Về việc thành lập Tổ công nghệ số cộng đồng tổ dân phố 1 (sửa dở)');
    await page.getByRole('navigation').getByText('Tổng quan', { exact: true }).click();
    await expect.poll(() => page.getByRole('dialog').getByText('Có thay đổi chưa lưu').count()).toBe(1);
    await screenshot(page, 'daily-unsaved-decision');
    await page.getByRole('button', { name: 'Ở lại để lưu' }).click();
    expect(page.url()).toContain(`#/decisions/${drafts[0].id}`);
    expect(await title.inputValue()).toContain('(sửa dở)');
    await page.getByRole('navigation').getByText('Tổng quan', { exact: true }).click();
    await page.getByRole('button', { name: 'Rời trang, bỏ thay đổi' }).click();
    await expect.poll(heading).toBe('Tổng quan');
    const stored = served.core.ctx.db.prepare('SELECT title FROM decision WHERE id = ?').get(drafts[0].id) as { title: string };
    expect(stored.title).toBe(drafts[0].title);
  });

  it('F1 opens the Hướng dẫn of the screen in view', async () => {
    await page.getByRole('navigation').getByText('Thành viên', { exact: true }).click();
    await expect.poll(heading).toBe('Thành viên');
    // The list as shown exports to XLSX with the ND30 header (read back in test/integration/daily/list-exports.test.ts).
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất Excel (in)' }).click()]);
    expect(file.suggestedFilename()).toMatch(/^danh-sach-nguoi-\d{4}-\d{2}-\d{2}\.xlsx$/u);
    await page.locator('main h1').click(); // the focus back on the page, not on the button
    await page.keyboard.press('F1');
    await expect.poll(heading).toBe('Hướng dẫn: Thành viên');
    await expect.poll(() => page.getByText('Ctrl+Home / Ctrl+End').count()).toBe(1);
    await screenshot(page, 'daily-help-people');
    expect(errors).toEqual([]);
  });
});
