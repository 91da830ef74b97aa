/**
 * Issue 8 §1–2 in Chromium against serve mode on the demo database: the commune's legal bases,
 * rule warnings per team in the new-decision and issue dialogs, a draft with "…" refused when
 * issued, the register showing which part of decision 05 a kiện toàn replaced, and an đính chính
 * started from an issued decision. Screenshots go to test-output/screenshots (7x-legal-*).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seedDemo } from '../../electron/cli/seed/demo';
import { assertRendererBuilt, launchChromium, openPage, screenshot, serveTempDb } from './harness';

const NAM = 'Tổ công nghệ số cộng đồng thôn Nam';
const BLANK_CAN_CU = 'Căn cứ Nghị quyết số …/NQ-HĐND ngày … tháng … năm 2025 của Hội đồng nhân dân xã Hòa Bình';

let browser: Browser;
let served: Awaited<ReturnType<typeof serveTempDb>>;
let page: Page;
let errors: string[];

const heading = () => page.getByRole('heading', { level: 1 }).textContent();
const dialog = () => page.getByRole('dialog');
const row = <T,>(sql: string, ...params: unknown[]) => served.core.ctx.db.prepare(sql).get(...params) as T;
const latestDraft = () => row<{ id: string; status: string; kind: string; can_cu: string }>("SELECT * FROM decision ORDER BY created_at DESC LIMIT 1");

beforeAll(async () => {
  assertRendererBuilt();
  browser = await launchChromium();
  served = await serveTempDb(seedDemo);
  ({ page, errors } = await openPage(browser, served.server.url));
});

afterAll(async () => {
  await page?.context().close();
  await browser?.close();
  await served?.dispose();
});

describe('legal acts in the browser', () => {
  it('keeps the commune\'s legal bases once, on the commune page, and edits one', async () => {
    await expect.poll(heading).toBe('Tổng quan'); // the first screen (issue 11)
    await page.getByRole('navigation').getByText('Xã/phường', { exact: true }).click();
    const section = page.getByRole('region', { name: 'Căn cứ pháp lý dùng chung' });
    await section.waitFor();
    await expect.poll(() => section.textContent()).toContain('Căn cứ Nghị quyết số 1680/NQ-UBTVQH15 ngày 16 tháng 6 năm 2025 của Ủy ban Thường vụ Quốc hội');
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, '70-legal-bases');

    await section.getByRole('group', { name: 'Kế hoạch của tỉnh về Tổ công nghệ số cộng đồng' }).getByRole('button', { name: 'Sửa' }).click();
    await dialog().getByLabel('Số, ký hiệu').fill('230/KH-UBND');
    await dialog().getByLabel('Ngày ban hành').fill('31/02/2025');
    await dialog().getByRole('button', { name: 'Lưu căn cứ' }).click();
    await expect.poll(() => dialog().textContent()).toContain('Ngày không tồn tại');
    await dialog().getByLabel('Ngày ban hành').fill('25/08/2025');
    await dialog().getByRole('button', { name: 'Lưu căn cứ' }).click();
    await expect.poll(() => dialog().count()).toBe(0);
    await expect.poll(() => section.textContent()).toContain('Căn cứ Kế hoạch số 230/KH-UBND ngày 25 tháng 8 năm 2025');
    expect(row<{ number: string; date: string }>("SELECT number, date FROM legal_basis WHERE key = 'ke_hoach_tinh'")).toEqual({ number: '230/KH-UBND', date: '2025-08-25' });
  });

  it('shows the province-rule warnings of each ticked team in the new-decision dialog', async () => {
    await page.getByRole('navigation').getByText('Quyết định', { exact: true }).click();
    await expect.poll(heading).toBe('Quyết định');
    await page.getByRole('button', { name: 'Soạn quyết định mới' }).click();
    await dialog().getByLabel('Loại').selectOption({ label: 'Kiện toàn' });
    await dialog().getByRole('checkbox', { name: new RegExp(`^${NAM} \\(`, 'u') }).check();
    const warnings = dialog().getByRole('region', { name: 'Cảnh báo theo quy định của tỉnh' });
    await expect.poll(() => warnings.textContent()).toContain(`${NAM} – `);
    expect(await warnings.textContent()).toMatch(/Tổ có 4 thành viên, ít hơn mức tối thiểu/u);
    await screenshot(page, '71-legal-new-decision-warnings');
    await dialog().getByRole('button', { name: 'Tạo dự thảo' }).click();
    await expect.poll(heading).toBe('Dự thảo quyết định kiện toàn');
    expect(latestDraft()).toMatchObject({ kind: 'kien_toan', status: 'draft' });
    // The new draft cites the basis just edited, and every căn cứ is complete.
    expect(JSON.parse(latestDraft().can_cu).join('\n')).toContain('Kế hoạch số 230/KH-UBND ngày 25 tháng 8 năm 2025');
  });

  it('refuses to issue a draft that still has "…", listing the line, and issues it once filled', async () => {
    const canCu = page.getByRole('group', { name: 'Căn cứ' });
    await canCu.getByLabel('Căn cứ 2', { exact: true }).fill(BLANK_CAN_CU);
    await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await expect.poll(() => page.getByTestId('draft-state').textContent()).toBe('Đã lưu dự thảo.');
    // The draft page says so while the officer writes, before the issue dialog.
    await expect.poll(() => page.getByText('Còn 1 chỗ chưa điền – chưa thể ban hành').count()).toBe(1);
    await screenshot(page, '72a-legal-draft-blank');

    await page.getByRole('button', { name: 'Ban hành…' }).click();
    await dialog().getByLabel('Ngày ký').fill('20/11/2026');
    await expect.poll(() => dialog().getByLabel('Số quyết định').inputValue()).toBe('06');
    await expect.poll(() => dialog().textContent()).toContain('Còn 1 chỗ chưa điền – chưa thể ban hành');
    expect(await dialog().textContent()).toContain(`${NAM} – `); // the team's rule warnings, before signing
    await dialog().getByRole('button', { name: 'Ban hành' }).click();
    const refusal = dialog().getByRole('alert');
    await expect.poll(() => refusal.textContent()).toContain('chưa điền nên chưa thể ban hành');
    expect(await refusal.textContent()).toContain('- Căn cứ, dòng 2');
    await screenshot(page, '72-legal-issue-refused');
    expect(latestDraft().status).toBe('draft');
    expect(row<{ n: number }>("SELECT count(*) AS n FROM decision WHERE number = 6").n).toBe(0);
    await dialog().getByRole('button', { name: 'Hủy' }).click();

    await canCu.getByLabel('Căn cứ 2', { exact: true }).fill('Căn cứ Nghị quyết số 12/NQ-HĐND ngày 10 tháng 7 năm 2025 của Hội đồng nhân dân xã Hòa Bình');
    await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await expect.poll(() => page.getByTestId('draft-state').textContent()).toBe('Đã lưu dự thảo.');
    await page.getByRole('button', { name: 'Ban hành…' }).click();
    await dialog().getByLabel('Ngày ký').fill('20/11/2026');
    await expect.poll(() => dialog().getByLabel('Số quyết định').inputValue()).toBe('06');
    await expect.poll(() => dialog().textContent()).toContain('Không còn chỗ trống');
    await screenshot(page, '73-legal-issue-dialog');
    await dialog().getByRole('button', { name: 'Ban hành' }).click();
    await expect.poll(heading).toBe('Quyết định số 06/QĐ-UBND ngày 20/11/2026');
  });

  it('shows in the register that 06 replaced only thôn Nam\'s part of decision 05', async () => {
    await page.getByRole('link', { name: '← Sổ quyết định' }).click();
    await expect.poll(heading).toBe('Quyết định');
    const five = page.getByRole('row').filter({ hasText: '05/QĐ-UBND' }).first();
    await expect.poll(() => five.textContent()).toContain('Còn hiệu lực một phần');
    expect(await five.textContent()).toContain('Thôn Nam → 06/QĐ-UBND');
    expect(await five.textContent()).not.toContain('Thôn Đông →');
    await screenshot(page, '74-legal-register');

    await page.getByRole('gridcell', { name: '05/QĐ-UBND' }).getByRole('link').click();
    await expect.poll(heading).toBe('Quyết định số 05/QĐ-UBND ngày 05/01/2026');
    const nam = page.getByRole('listitem').filter({ hasText: NAM });
    await expect.poll(() => nam.textContent()).toContain('thay thế bởi QĐ 06/QĐ-UBND ngày 20/11/2026');
    expect(await page.getByRole('listitem').filter({ hasText: 'thôn Tây' }).textContent()).toContain('còn hiệu lực');
    await screenshot(page, '75-legal-decision-parts');
  });

  it('changes an issued decision only by a new one: đính chính starts a draft that refers to 05', async () => {
    await page.getByRole('button', { name: 'Đính chính / thu hồi / bãi bỏ…' }).click();
    await page.getByRole('menuitem', { name: 'Đính chính quyết định này' }).click();
    await expect.poll(heading).toBe('Dự thảo quyết định đính chính');
    const draft = latestDraft();
    expect(draft).toMatchObject({ kind: 'dinh_chinh', status: 'draft' });
    expect(row<{ amends: string }>('SELECT n.number AS amends FROM decision d JOIN decision n ON n.id = d.amends_id WHERE d.id = ?', draft.id).amends).toBe(5);
    await page.getByRole('button', { name: 'Ban hành…' }).click();
    await expect.poll(() => dialog().textContent()).toMatch(/Còn \d+ chỗ chưa điền/u);
    await screenshot(page, '76-legal-dinh-chinh-draft');
    await dialog().getByRole('button', { name: 'Hủy' }).click();
    expect(errors).toEqual([]);
  });
});
