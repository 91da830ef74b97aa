import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/cli/seed/demo';
import { call } from '../../electron/core/dispatch';
import { MEMBERS, notAWorkbookZip, tcvn3Workbook } from '../helpers/workbooks';
import { assertRendererBuilt, launchChromium, openPage, screenshot, serveTempDb } from './harness';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A Unicode list whose second person has an unreadable birth year and a 4-digit phone. */
async function listWithInvalidRow(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(['STT', 'Họ và tên', 'Năm sinh', 'Số điện thoại', 'Thôn']);
  sheet.addRow([1, 'Lê Văn Tám', 1980, '0905123456', 'Thôn Nam']);
  sheet.addRow([2, 'Phạm Thị Lỗi', 'năm ngoái', '0123', 'Thôn Nam']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

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

const count = (sql: string, ...params: unknown[]) => (served.core.ctx.db.prepare(sql).get(...params) as { n: number }).n;
const register = () => ({
  people: count('SELECT count(*) AS n FROM person'),
  memberships: count('SELECT count(*) AS n FROM membership'),
});
const upload = (name: string, buffer: Buffer, mimeType = XLSX) =>
  page.getByLabel('Tệp danh sách (.xlsx, .csv)').setInputFiles({ name, mimeType, buffer });
const currentStep = () => page.locator('[aria-current=step]').textContent();
const cellTexts = (colId: string) => page.locator(`.ag-center-cols-container [col-id=${colId}]`).allTextContents();

describe('importing a member list from Excel', () => {
  it('opens the wizard from the navigation and refuses a file that is not a workbook', async () => {
    await page.getByRole('navigation').getByText('Nhập từ Excel', { exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Nhập danh sách từ Excel');
    expect(await currentStep()).toContain('Chọn tệp');
    await screenshot(page, 'import-01-choose-file');

    const before = register();
    await upload('danh-sach.xlsx', Buffer.from(notAWorkbookZip()));
    await expect.poll(() => page.getByTestId('import-error').textContent()).toContain('không phải bảng tính Excel');
    expect(await currentStep()).toContain('Chọn tệp');
    await screenshot(page, 'import-02-wrong-file');
    expect(register()).toEqual(before);
  });

  it('refuses, all or nothing, a list whose invalid row the officer chose to create', async () => {
    const before = register();
    await upload('danh-sach-loi.xlsx', await listWithInvalidRow());
    await expect.poll(currentStep).toContain('Ghép cột');
    await expect.poll(() => page.getByTestId('import-error').count()).toBe(0); // the earlier refusal is gone
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await expect.poll(currentStep).toContain('Xem trước');
    await expect.poll(() => cellTexts('fullName')).toEqual(['Lê Văn Tám', 'Phạm Thị Lỗi']);
    const problems = await cellTexts('problems');
    expect(problems[1]).toContain('Số điện thoại phải có 10 chữ số (đang có 4).');
    // The server suggests skipping the invalid row; the officer insists on creating it.
    const rowAction = page.getByLabel('Xử lý dòng 3');
    expect(await rowAction.inputValue()).toBe('skip');
    await rowAction.selectOption('create');
    await expect.poll(() => page.getByText('1 dòng có lỗi nhưng không được chọn "Bỏ qua"', { exact: false }).count()).toBe(1);
    await page.getByRole('button', { name: 'Nhập 2 người' }).click();

    const refusal = page.getByTestId('import-refusal');
    await expect.poll(() => refusal.textContent()).toContain('Chưa nhập: không có gì được ghi vào dữ liệu.');
    expect(await refusal.textContent()).toContain('Còn 1 dòng có lỗi (dòng 3)');
    expect(await refusal.textContent()).toContain('Dòng 3: Năm/ngày sinh "năm ngoái" không hiểu được');
    await screenshot(page, 'import-03-refused');
    expect(register()).toEqual(before);
    expect(count("SELECT count(*) AS n FROM person WHERE full_name = 'Lê Văn Tám'")).toBe(0);

    await page.getByRole('button', { name: 'Hủy nhập' }).click();
    await expect.poll(currentStep).toContain('Chọn tệp');
    expect(register()).toEqual(before);
  });

  it('shows a TCVN3 list converted to Unicode, marked TCVN3, and imports it into a team', async () => {
    const team = served.core.ctx.db.prepare("SELECT id, name FROM team WHERE name = 'Tổ công nghệ số cộng đồng thôn Trung'").get() as { id: string; name: string };
    const before = register();
    await upload('danh-sach-tcvn3.xlsx', Buffer.from(await tcvn3Workbook()));
    await expect.poll(currentStep).toContain('Ghép cột');
    // The header itself was typed in .VnTimeH; the proposal maps it, with a converted example.
    const nameColumn = page.getByRole('combobox', { name: 'Họ và tên' });
    await expect.poll(() => nameColumn.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text)).toBe('Cột B: HỌ VÀ TÊN');
    expect(await page.getByText('Ví dụ: Nguyễn Văn Hùng').count()).toBe(1);
    expect(await page.getByRole('combobox', { name: 'Trang tính' }).inputValue()).toBe('Danh sách');
    await screenshot(page, 'import-04-mapping-tcvn3');

    await page.getByRole('button', { name: 'Xem trước' }).click();
    await expect.poll(() => cellTexts('fullName')).toEqual(MEMBERS.map((m) => `${m.name}TCVN3`));
    expect(await cellTexts('village')).toEqual(['Thôn ĐôngTCVN3', 'Thôn ĐôngTCVN3', 'Thôn TrungTCVN3']);
    expect(await cellTexts('birth')).toEqual(['12/03/1985', '02/11/1990', '30/07/1978']);
    expect(await page.getByTestId('encoding-badge').first().getAttribute('title')).toBe('Đã chuyển từ mã TCVN3 sang Unicode');
    expect(await page.getByTestId('import-summary').textContent()).toContain('3 dòng chuyển từ phông cũ');
    expect(await page.getByLabel('Xử lý dòng 8').inputValue()).toBe('create');
    await screenshot(page, 'import-05-preview-tcvn3');

    await page.getByRole('checkbox', { name: 'Thêm những người được nhập vào một tổ' }).check();
    await page.getByRole('combobox', { name: 'Tổ', exact: true }).selectOption({ label: team.name });
    await page.getByLabel('Vào tổ từ ngày').fill('01/02/2026');
    await screenshot(page, 'import-06-preview-team');
    await page.getByRole('button', { name: 'Nhập 3 người' }).click();

    const result = page.getByTestId('import-result');
    await expect.poll(() => result.textContent()).toContain('Tạo mới: 3 người');
    expect(await result.textContent()).toContain(`Thêm vào ${team.name}: 3 người`);
    expect(await currentStep()).toContain('Kết quả');
    await screenshot(page, 'import-07-done');

    expect(register()).toEqual({ people: before.people + 3, memberships: before.memberships + 3 });
    const imported = served.core.ctx.db
      .prepare(
        `SELECT p.full_name AS name, p.phone, p.birth_year AS year, v.name AS village, m.position, m.start_date AS startDate
           FROM membership m JOIN person p ON p.id = m.person_id LEFT JOIN village v ON v.id = p.village_id
          WHERE m.team_id = ? AND m.start_date = '2026-02-01' ORDER BY p.phone`,
      )
      .all(team.id);
    expect(imported).toEqual(
      MEMBERS.map((m) => ({ name: m.name, phone: m.phone, year: Number(m.birth.slice(0, 4)), village: m.village, position: 'thanh_vien', startDate: '2026-02-01' }))
        .sort((a, b) => a.phone.localeCompare(b.phone)),
    );
    // Stored as NFC, so a search typed without diacritics finds the converted names.
    for (const m of MEMBERS) expect(count('SELECT count(*) AS n FROM person WHERE full_name = ?', m.name.normalize('NFC'))).toBe(1);
  });

  it('offers to link the same list to the people just imported, and cancelling writes nothing', async () => {
    await page.getByRole('button', { name: 'Nhập tệp khác' }).click();
    const before = register();
    await upload('danh-sach-tcvn3.xlsx', Buffer.from(await tcvn3Workbook()));
    await page.getByRole('button', { name: 'Xem trước' }).click();
    const rowAction = page.getByLabel('Xử lý dòng 8');
    await expect.poll(() => rowAction.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text)).toBe('Liên kết với Nguyễn Văn Hùng (1985)');
    expect(await page.getByTestId('import-summary').textContent()).toContain('3 liên kết');
    await screenshot(page, 'import-08-preview-link');
    await page.getByRole('button', { name: 'Hủy nhập' }).click();
    await expect.poll(currentStep).toContain('Chọn tệp');
    expect(register()).toEqual(before);
  });

  it('shows a CCCD registered under another name side by side, and commits only when that row is skipped', async () => {
    await call(served.core.handlers, served.core.ctx, 'people.create', { person: { fullName: 'Võ Văn Sáu', birthYear: 1975, cccd: '046075000123', phone: '0912000111' } });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Danh sách');
    sheet.addRow(['STT', 'Họ và tên', 'Năm sinh', 'Số CCCD', 'Số điện thoại']);
    sheet.addRow([1, 'Võ Thị Bảy', 1975, '046075000123', '0905777888']);
    sheet.addRow([2, 'Lê Văn Chín', 1988, '', '0905999000']);
    const before = register();
    await upload('cccd-trung.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    await page.getByRole('button', { name: 'Xem trước' }).click();
    const conflicts = page.getByTestId('cccd-conflicts');
    await expect.poll(() => conflicts.textContent()).toContain('Số CCCD trùng với người khác tên trong danh sách');
    const cells = await conflicts.locator('tbody td').allTextContents();
    expect(cells).toEqual(['2', '046075000123', 'Võ Thị Bảy · 1975 · 0905777888', 'Võ Văn Sáu · 1975 · 0912000111']);
    await screenshot(page, 'import-09-cccd-conflict');
    expect(await page.getByLabel('Xử lý dòng 2').inputValue()).toBe('skip');
    await page.getByRole('button', { name: 'Nhập 1 người' }).click();
    await expect.poll(() => page.getByTestId('import-result').textContent()).toContain('Bỏ qua: 1 dòng');
    expect(register()).toEqual({ ...before, people: before.people + 1 });
    expect(count("SELECT count(*) AS n FROM person WHERE full_name = 'Võ Thị Bảy'")).toBe(0);
    expect(errors).toEqual([]);
  });
});
