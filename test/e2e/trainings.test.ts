import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/cli/seed/demo';
import { call } from '../../electron/core/dispatch';
import type { OperationInput, OperationName, OperationResult } from '../../shared/api';
import type { TrainingSessionDetail } from '../../shared/api/trainings';
import { assertRendererBuilt, launchChromium, openPage, screenshot, serveTempDb } from './harness';

/**
 * Issue 4, acceptance 1: in Chromium, on the demo commune, a session is created, two teams and
 * a walk-in are added, attendance is taken with the keyboard only, and the rate shown is the
 * database's.
 */
const TITLE = 'Hướng dẫn cài đặt và sử dụng ứng dụng VNeID cho Tổ công nghệ số thôn Đông, thôn Tây';
const PERCENT = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });

let browser: Browser;
let served: Awaited<ReturnType<typeof serveTempDb>>;
let page: Page;
let errors: string[];
let sessionId = '';

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

const heading = () => page.getByRole('heading', { level: 1 }).textContent();
const dialog = () => page.getByRole('dialog');

/** The test's own core on the same database file: what the back end has, whatever the screen says. */
const op = <K extends OperationName>(name: K, input: OperationInput<K>): Promise<OperationResult<K>> =>
  call(served.core.handlers, served.core.ctx, name, input);
const stored = (): Promise<TrainingSessionDetail> => op('trainings.get', { id: sessionId });
const markOf = (s: TrainingSessionDetail, name: string) => {
  const found = s.invitees.find((i) => i.fullName === name);
  if (!found) throw new Error(`${name} không có trong danh sách mời`);
  return found.mark?.status ?? null;
};

describe('training sessions and attendance (issue 4, acceptance 1)', () => {
  it('lists the demo sessions with their turnout and rate', async () => {
    await page.getByRole('navigation').getByText('Tập huấn', { exact: true }).click();
    await expect.poll(heading).toBe('Tập huấn');
    await page.getByRole('gridcell', { name: /Bình dân học vụ số: an toàn thông tin/u }).waitFor();
    expect(await page.locator('.ag-center-cols-container [role=row]').count()).toBe(3);
    // Newest first: the upcoming session (10/12/2026) on top, planned, with no rate yet.
    const first = page.locator('.ag-center-cols-container [role=row][row-index="0"]');
    expect(await first.textContent()).toContain('10/12/2026');
    expect(await first.textContent()).toContain('Dự kiến');
    for (const s of await op('trainings.list', { status: 'held' })) {
      const row = page.locator('.ag-center-cols-container [role=row]').filter({ hasText: s.title.slice(0, 40) });
      expect(await row.locator('[col-id=rate]').textContent()).toBe(PERCENT.format(s.summary.rate!));
    }
    await screenshot(page, 'trainings-01-sessions-list');
  });

  it('creates a session with topics, times and trainers', async () => {
    await page.getByRole('button', { name: 'Tạo buổi tập huấn' }).click();
    await dialog().getByLabel('Tên buổi tập huấn').fill(TITLE);
    await dialog().getByRole('combobox', { name: 'Chủ đề' }).click();
    await page.getByRole('menuitemcheckbox', { name: /VNeID/u }).click(); // a multiselect's options
    await page.getByRole('menuitemcheckbox', { name: /dịch vụ công trực tuyến/iu }).first().click();
    await dialog().getByText('Buổi tập huấn mới').click(); // close the list
    await dialog().getByLabel('Ngày').fill('23/11/2026');
    await dialog().getByLabel('Giờ bắt đầu').fill('8h');
    await dialog().getByLabel('Giờ kết thúc').fill('11:00');
    await dialog().getByLabel('Địa điểm').fill('Nhà văn hóa thôn Đông');
    await dialog().getByLabel('Tên đơn vị tổ chức').fill('UBND xã Hòa Bình');
    await dialog().getByRole('combobox', { name: 'Tìm thành viên hoặc gõ tên người ngoài' }).fill('dang minh khoa');
    await page.getByRole('option', { name: /Đặng Minh Khoa/u }).click();
    await dialog().getByRole('combobox', { name: 'Tìm thành viên hoặc gõ tên người ngoài' }).fill('Trần Văn Mạnh');
    await dialog().getByRole('button', { name: 'Thêm người ngoài' }).click();
    await dialog().getByLabel('Đơn vị công tác').fill('VNPT Quảng Trị');
    expect(await dialog().getByTestId('trainer-row').count()).toBe(2);
    await screenshot(page, 'trainings-02-create-dialog');
    await dialog().getByRole('button', { name: 'Lưu' }).click();

    await expect.poll(heading).toBe(TITLE);
    const row = served.core.ctx.db.prepare('SELECT id, date, start_time AS startTime, end_time AS endTime, status FROM training_session WHERE title = ?').get(TITLE) as
      { id: string; date: string; startTime: string; endTime: string; status: string };
    expect(row).toMatchObject({ date: '2026-11-23', startTime: '08:00', endTime: '11:00', status: 'planned' });
    sessionId = row.id;
    const s = await stored();
    expect(s.topics.map((t) => t.name).join('; ')).toMatch(/VNeID/u);
    expect(s.trainers).toEqual([
      expect.objectContaining({ name: 'Đặng Minh Khoa', personId: expect.any(String) }),
      { personId: null, name: 'Trần Văn Mạnh', organisation: 'VNPT Quảng Trị' },
    ]);
  });

  it('invites two whole teams and adds a walk-in', async () => {
    await page.getByRole('button', { name: 'Mời', exact: true }).click();
    await dialog().getByRole('checkbox', { name: /thôn Đông \(/u }).check();
    await dialog().getByRole('checkbox', { name: /thôn Tây \(/u }).check();
    await screenshot(page, 'trainings-03a-invite-dialog');
    await dialog().getByRole('button', { name: 'Mời', exact: true }).click();
    await expect.poll(() => page.getByTestId('session-notice').textContent()).toContain('Đã mời thêm 10 người');
    await expect.poll(() => page.getByTestId('invitee-row').count()).toBe(10);

    await page.getByRole('button', { name: 'Thêm người đến tự do' }).click();
    await dialog().getByLabel('Họ và tên').fill('Bùi Văn Tám');
    await dialog().getByLabel('Thôn/Tổ dân phố').selectOption({ label: 'Thôn Nam' });
    await screenshot(page, 'trainings-03-walk-in');
    await dialog().getByLabel('Họ và tên').press('Enter');
    await expect.poll(() => page.getByTestId('invitee-row').count()).toBe(11);
    const s = await stored();
    expect(s.summary).toMatchObject({ invited: 10, walkIns: 1, present: 0, unmarked: 10, attended: 1 });
    // The walk-in is recorded with a village, without creating a person in the register.
    expect(s.invitees.find((i) => i.fullName === 'Bùi Văn Tám')).toMatchObject({ personId: null, villageName: 'Thôn Nam', source: 'walk_in' });
    expect(served.core.ctx.db.prepare("SELECT count(*) AS n FROM person WHERE full_name = 'Bùi Văn Tám'").get()).toEqual({ n: 0 });
    await screenshot(page, 'trainings-04-session-page');
  });

  it('takes attendance with the keyboard only and shows the database rate', async () => {
    await page.getByRole('button', { name: 'Điểm danh', exact: true }).click();
    await expect.poll(heading).toBe('Điểm danh');
    const search = page.getByRole('combobox', { name: 'Tìm người để điểm danh' });
    // From here on no pointer: every event is counted and must stay at zero.
    await page.evaluate(() => {
      const w = window as unknown as { pointerEvents: number };
      w.pointerEvents = 0;
      for (const type of ['pointerdown', 'mousedown', 'click']) {
        window.addEventListener(type, (e) => { if ((e as MouseEvent).detail > 0 || type !== 'click') w.pointerEvents++; }, true);
      }
    });
    // The search box has the focus on open: the trainer types at once.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Tìm người để điểm danh');

    const status = page.getByTestId('attendance-status');
    const rate = page.getByTestId('attendance-rate');
    const highlighted = () => page.locator('[role=option][aria-selected=true]').locator('span').nth(1).textContent();

    await page.keyboard.type('nguyen thi lan');
    await expect.poll(() => page.getByTestId('attendance-row').count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => status.textContent()).toBe('Đã ghi: Nguyễn Thị Lan — Có mặt.');
    expect(await search.inputValue()).toBe(''); // cleared for the next name

    await page.keyboard.type('hong');
    await expect.poll(highlighted).toBe('Nguyễn Thị Hồng');
    await page.keyboard.press('Control+m');
    await expect.poll(() => status.textContent()).toBe('Đã ghi: Nguyễn Thị Hồng — Đến muộn.');

    // A slip, taken back with one key.
    await page.keyboard.type('le van hung');
    await page.keyboard.press('Enter');
    await expect.poll(() => status.textContent()).toBe('Đã ghi: Lê Văn Hùng — Có mặt.');
    await page.keyboard.press('Control+z');
    await expect.poll(() => status.textContent()).toBe('Đã hoàn tác: Lê Văn Hùng — trở lại "Chưa điểm danh".');
    await expect.poll(async () => markOf(await stored(), 'Lê Văn Hùng')).toBeNull();

    // "thi" matches four women; the top match skips the two already marked.
    await page.keyboard.type('thi');
    await expect.poll(() => page.getByTestId('attendance-row').count()).toBe(4);
    await expect.poll(highlighted).toBe('Vũ Thị Oanh');
    await page.keyboard.press('ArrowDown');
    await expect.poll(highlighted).toBe('Đỗ Thị Yến');
    await screenshot(page, 'trainings-05-attendance-filtered');
    await page.keyboard.press('Control+p');
    await expect.poll(() => status.textContent()).toBe('Đã ghi: Đỗ Thị Yến — Vắng có phép.');

    // A reason for the absence: Ctrl+G opens the note on the highlighted person, Enter saves.
    await page.keyboard.type('yen');
    await expect.poll(highlighted).toBe('Đỗ Thị Yến');
    await page.keyboard.press('Control+g');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('note');
    await page.keyboard.type('Ốm, có giấy xin phép');
    await screenshot(page, 'trainings-05a-note-dialog');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog().count()).toBe(0);
    await expect.poll(async () => (await stored()).invitees.find((i) => i.fullName === 'Đỗ Thị Yến')?.mark)
      .toMatchObject({ status: 'excused', note: 'Ốm, có giấy xin phép' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Tìm người để điểm danh');

    await page.keyboard.type('quang');
    await page.keyboard.press('Control+k');
    await expect.poll(() => status.textContent()).toBe('Đã ghi: Phạm Xuân Quang — Vắng.');

    await page.keyboard.type('nguyen');
    await expect.poll(highlighted).toBe('Nguyễn Văn Hiếu'); // Lan and Hồng are marked already
    await page.keyboard.press('Enter');
    await expect.poll(() => status.textContent()).toBe('Đã ghi: Nguyễn Văn Hiếu — Có mặt.');

    // Present 2 + late 1 over invited 10 − excused 1; the walk-in is not counted in the rate.
    let s = await stored();
    await expect.poll(async () => (s = await stored()).summary.unmarked).toBe(5);
    expect(s.summary).toMatchObject({ invited: 10, present: 2, late: 1, excused: 1, absent: 1, unmarked: 5, walkIns: 1 });
    expect(s.summary.rate).toBeCloseTo(3 / 9, 10);
    await expect.poll(() => rate.textContent()).toBe(PERCENT.format(s.summary.rate!));
    expect(await rate.textContent()).toBe('33,3%');
    expect({
      lan: markOf(s, 'Nguyễn Thị Lan'), hong: markOf(s, 'Nguyễn Thị Hồng'), hung: markOf(s, 'Lê Văn Hùng'),
      yen: markOf(s, 'Đỗ Thị Yến'), quang: markOf(s, 'Phạm Xuân Quang'), hieu: markOf(s, 'Nguyễn Văn Hiếu'),
    }).toEqual({ lan: 'present', hong: 'late', hung: null, yen: 'excused', quang: 'absent', hieu: 'present' });
    // The first mark turned the planned session into a held one; the undo is in the audit log.
    expect(s.status).toBe('held');
    expect(served.core.ctx.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'trainings.unmark'").get()).toEqual({ n: 1 });
    await screenshot(page, 'trainings-06-attendance-mid-session');

    // Everyone else present: Shift+Tab reaches the button, Enter opens the question, Enter confirms.
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Đánh dấu tất cả có mặt');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog().textContent()).toContain('5 người chưa điểm danh');
    await screenshot(page, 'trainings-06a-mark-all-confirm');
    await page.keyboard.press('Enter');
    await expect.poll(() => status.textContent()).toBe('Đã ghi "Có mặt" cho 5 người chưa điểm danh.');
    expect(await page.getByTestId('count-unmarked').textContent()).toBe('Chưa điểm danh0');
    s = await stored();
    expect(s.summary).toMatchObject({ present: 7, late: 1, excused: 1, absent: 1, unmarked: 0 });
    await expect.poll(() => rate.textContent()).toBe(PERCENT.format(8 / 9));
    expect(PERCENT.format(s.summary.rate!)).toBe('88,9%');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Tìm người để điểm danh');
    expect(await page.evaluate(() => (window as unknown as { pointerEvents: number }).pointerEvents)).toBe(0);
    await screenshot(page, 'trainings-07-attendance-all-marked');
  });

  it('prints the sheets, refuses to delete a session with attendance, and lists the new rate', async () => {
    await page.getByRole('link', { name: '← Trở lại buổi tập huấn' }).click();
    await expect.poll(heading).toBe(TITLE);
    const dir = resolve('test-output/trainings-e2e');
    mkdirSync(dir, { recursive: true });
    const pdfText = async (button: string, png: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
      const pdf = join(dir, download.suggestedFilename());
      await download.saveAs(pdf);
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(dir, png)]);
      return execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    };
    // The sign-in sheet lists those invited (walk-ins sign on its blank rows); the summary, everyone with the marks.
    const signIn = await pdfText('Phiếu ký tên (PDF)', 'sign-in');
    expect(signIn).toContain('DANH SÁCH KÝ TÊN');
    for (const name of ['Nguyễn Thị Lan', 'Đỗ Thị Yến', 'Lê Văn Hùng']) expect(signIn).toContain(name);
    const summary = await pdfText('Tổng hợp điểm danh (PDF)', 'attendance');
    for (const text of ['Bùi Văn Tám', 'Đến muộn', 'Vắng có phép']) expect(summary).toContain(text);

    await page.getByRole('button', { name: 'Xóa', exact: true }).click();
    await dialog().getByRole('button', { name: 'Xóa', exact: true }).click();
    await expect.poll(() => dialog().getByRole('alert').textContent()).toContain('đã có điểm danh nên không thể xóa');
    await screenshot(page, 'trainings-08-delete-refused');
    await dialog().getByRole('button', { name: 'Đóng' }).click();
    expect((await stored()).id).toBe(sessionId);

    await page.getByRole('link', { name: '← Danh sách tập huấn' }).click();
    // The allowance evidence for the year: the preview matches the back end, the file is a workbook.
    await page.getByRole('button', { name: 'Xuất bảng ngày tham dự' }).click();
    await dialog().getByLabel('Từ ngày').fill('01/01/2026');
    await dialog().getByLabel('Đến ngày').fill('31/12/2026');
    const days = await op('trainings.attendanceDays', { from: '2026-01-01', to: '2026-12-31' });
    await expect.poll(() => dialog().getByTestId('allowance-preview').textContent())
      .toBe(`${days.rows.length} người, ${days.totalSessions} lượt tham dự, tổng cộng ${days.totalDays} ngày.`);
    // Lan came to this session: it counts among her days.
    expect(days.rows.find((r) => r.fullName === 'Nguyễn Thị Lan')?.dates).toContain('2026-11-23');
    await screenshot(page, 'trainings-10-allowance-dialog');
    const [workbook] = await Promise.all([page.waitForEvent('download'), dialog().getByRole('button', { name: 'Tải tệp Excel' }).click()]);
    expect(workbook.suggestedFilename()).toMatch(/\.xlsx$/u);
    const xlsx = join(dir, workbook.suggestedFilename());
    await workbook.saveAs(xlsx);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    await expect.poll(() => dialog().count()).toBe(0);

    const row = page.locator('.ag-center-cols-container [role=row]').filter({ hasText: TITLE.slice(0, 40) });
    await expect.poll(() => row.locator('[col-id=rate]').textContent()).toBe('88,9%');
    expect(await row.locator('[col-id=turnout]').textContent()).toBe('10 / 8 +1 tự do');
    await screenshot(page, 'trainings-09-sessions-list-after');
    expect(errors).toEqual([]);
  });
});
