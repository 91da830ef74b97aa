/**
 * Issue 3, acceptance 4: in Chromium against serve mode on the demo database, draft a decision
 * for two teams, issue it (a taken number is refused first), download the PDF and the DOCX and
 * read them back with independent tools, import a PDF signed elsewhere and see it verified, and
 * sign in-app with a .p12.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/cli/seed/demo';
import { call } from '../../electron/core/dispatch';
import { openP12Signer, signPdf } from '../../electron/core/signing';
import type { OperationInput, OperationName, OperationResult } from '../../shared/api';
import { makeTestCertificates, type TestCertificates } from '../helpers/certificates';
import { assertRendererBuilt, launchChromium, openPage, screenshot, serveTempDb } from './harness';

const OUT = resolve('test-output/e2e-decisions');
const TDP1 = 'Tổ công nghệ số cộng đồng tổ dân phố 1';
const TDP2 = 'Tổ công nghệ số cộng đồng tổ dân phố 2';
const EDITED_CAN_CU =
  'Căn cứ Nghị quyết số 1656/NQ-UBTVQH15 ngày 16 tháng 6 năm 2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Quảng Trị năm 2025';
const ADDED_CAN_CU = 'Căn cứ Kế hoạch số 115/KH-UBND ngày 20 tháng 5 năm 2024 của Ủy ban nhân dân tỉnh Quảng Trị';

let browser: Browser;
let served: Awaited<ReturnType<typeof serveTempDb>>;
let page: Page;
let errors: string[];
let certs: TestCertificates;

const op = <K extends OperationName>(name: K, input: OperationInput<K>): Promise<OperationResult<K>> =>
  call(served.core.handlers, served.core.ctx, name, input);
const row = <T,>(sql: string, ...params: unknown[]) => served.core.ctx.db.prepare(sql).get(...params) as T;
const heading = () => page.getByRole('heading', { level: 1 }).textContent();
const dialog = () => page.getByRole('dialog');
/** The one decision this test drafts: the newest one naming the tổ dân phố 2 team. */
const ours = () =>
  row<{ id: string; status: string; number: number | null; date: string | null; can_cu: string; version: number }>(
    `SELECT d.* FROM decision d JOIN decision_team dt ON dt.decision_id = d.id JOIN team t ON t.id = dt.team_id
     WHERE t.name = ? ORDER BY d.created_at DESC LIMIT 1`,
    TDP2,
  );

/** Clicks and returns the browser download it starts, saved under test-output. */
async function download(click: () => Promise<void>): Promise<{ path: string; name: string }> {
  const [file] = await Promise.all([page.waitForEvent('download') as Promise<Download>, click()]);
  const path = join(OUT, file.suggestedFilename());
  await file.saveAs(path);
  return { path, name: file.suggestedFilename() };
}

const oneLine = (text: string) => text.replace(/\s+/gu, ' ');

/** Picks a file as the officer does: the field's "Chọn tệp…" button opens the system file chooser. */
async function chooseFile(field: string, path: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog().getByRole('button', { name: `${field}: Chọn tệp…` }).click()]);
  await chooser.setFiles(path);
  await expect.poll(() => dialog().getByText(basename(path), { exact: true }).count()).toBe(1);
}

beforeAll(async () => {
  assertRendererBuilt();
  mkdirSync(OUT, { recursive: true });
  certs = makeTestCertificates();
  browser = await launchChromium();
  served = await serveTempDb(async (core) => {
    await seedDemo(core);
    // A second team waiting for its decision, made through the same operations as the UI.
    const o = <K extends OperationName>(name: K, input: OperationInput<K>) => call(core.handlers, core.ctx, name, input);
    const village = (await o('villages.list', {})).find((v) => v.name === 'Tổ dân phố 2')!;
    let team = await o('teams.create', { name: TDP2, level: 'village', villageIds: [village.id] });
    const people = [
      { fullName: 'Phan Văn Thành', backgroundRole: 'truong_thon', position: 'to_truong', phone: '0912000111' },
      { fullName: 'Đinh Thị Ngọc Ánh', backgroundRole: 'doan_thanh_nien', position: 'to_pho', phone: '0987000222' },
      { fullName: 'Võ Minh Quân', backgroundRole: 'vien_thong', position: 'thanh_vien', phone: '0335000333' },
    ] as const;
    for (const p of people) {
      team = await o('teams.addMember', {
        teamId: team.id, teamVersion: team.version, position: p.position, startDate: '2026-07-01',
        newPerson: { fullName: p.fullName, backgroundRole: p.backgroundRole, phone: p.phone, villageId: village.id },
      });
    }
  });
  ({ page, errors } = await openPage(browser, served.server.url));
});

afterAll(async () => {
  await page?.context().close();
  await browser?.close();
  await served?.dispose();
  certs?.remove();
});

describe('establishment decisions in the browser', () => {
  it('shows the register with the demo decision and the team that needs kiện toàn', async () => {
    await expect.poll(heading).toBe('Tổng quan'); // the first screen (issue 11)
    await page.getByRole('navigation').getByText('Quyết định', { exact: true }).click();
    await expect.poll(heading).toBe('Quyết định');
    await page.getByRole('gridcell', { name: '05/QĐ-UBND' }).waitFor();
    expect(await page.getByRole('row').filter({ hasText: '05/QĐ-UBND' }).textContent()).toContain('05/01/2026');
    const need = page.getByTestId('consolidation-need');
    await expect.poll(() => need.count()).toBe(1);
    const text = await need.textContent();
    expect(text).toContain('Tổ công nghệ số cộng đồng thôn Đông');
    expect(text).toContain('Quyết định gần nhất: 05/QĐ-UBND ngày 05/01/2026');
    expect(text).toMatch(/Thôi: [^()]+ \(Thành viên\)/u);
    await screenshot(page, '60-decisions-register');
  });

  it('drafts a thành lập decision for the two teams waiting for one', async () => {
    await page.getByRole('button', { name: 'Soạn quyết định mới' }).click();
    // Thành lập suggests every draft team with members.
    const tdp1 = dialog().getByRole('checkbox', { name: new RegExp(`^${TDP1} \\(`, 'u') });
    const tdp2 = dialog().getByRole('checkbox', { name: new RegExp(`^${TDP2} \\(3 thành viên\\)`, 'u') });
    await expect.poll(() => tdp1.isChecked()).toBe(true);
    expect(await tdp2.isChecked()).toBe(true);
    expect(await dialog().getByRole('checkbox').count()).toBe(2); // established teams are not offered
    await screenshot(page, '61-new-decision-dialog');
    await dialog().getByRole('button', { name: 'Tạo dự thảo' }).click();

    await expect.poll(heading).toBe('Dự thảo quyết định thành lập');
    const draft = ours();
    expect(draft.status).toBe('draft');
    const teams = served.core.ctx.db
      .prepare('SELECT t.name FROM decision_team dt JOIN team t ON t.id = dt.team_id WHERE dt.decision_id = ? ORDER BY dt.ordinal')
      .all(draft.id) as { name: string }[];
    expect(teams.map((t) => t.name)).toEqual([TDP1, TDP2]);
    await page.getByTestId('pdf-preview').waitFor();
  });

  it('edits the căn cứ, shows a conflict clearly, reloads and saves', async () => {
    const canCu = page.getByRole('group', { name: 'Căn cứ' });
    await canCu.getByLabel('Căn cứ 2', { exact: true }).fill(EDITED_CAN_CU);
    await canCu.getByRole('button', { name: 'Thêm căn cứ' }).click();
    const lines = await canCu.getByRole('textbox').count();
    // The new line has the cursor: the officer just types.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Căn cứ ${lines}`);
    await page.keyboard.type(ADDED_CAN_CU);
    await canCu.getByRole('button', { name: `Chuyển lên: Căn cứ ${lines}` }).click();
    expect(await canCu.getByLabel(`Căn cứ ${lines - 1}`, { exact: true }).inputValue()).toBe(ADDED_CAN_CU);
    await expect.poll(() => page.getByTestId('draft-state').textContent()).toBe('Có thay đổi chưa lưu.');

    // Someone else saves the same draft first: our save names a stale version.
    const before = await op('decisions.get', { id: ours().id });
    await op('decisions.updateDraft', { ...before, deNghi: 'Theo đề nghị của Công chức Văn hóa - Xã hội' });
    await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
    const conflict = page.getByTestId('draft-conflict');
    await expect.poll(() => conflict.textContent()).toContain('Dự thảo vừa được người khác sửa. Hãy tải lại.');
    await screenshot(page, '62-draft-conflict');
    expect(JSON.parse(ours().can_cu)).not.toContain(EDITED_CAN_CU);

    await conflict.getByRole('button', { name: 'Tải lại dữ liệu' }).click();
    await expect.poll(() => page.getByLabel('Dòng "Theo đề nghị của …"').inputValue()).toBe('Theo đề nghị của Công chức Văn hóa - Xã hội');
    await canCu.getByLabel('Căn cứ 2', { exact: true }).fill(EDITED_CAN_CU);
    await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await expect.poll(() => page.getByTestId('draft-state').textContent()).toBe('Đã lưu dự thảo.');
    const saved = JSON.parse(ours().can_cu) as string[];
    expect(saved[1]).toBe(EDITED_CAN_CU);
    await page.waitForTimeout(1500); // the preview shows the saved version
    await screenshot(page, '63-draft-editor');
  });

  it('issues it: the taken number 05 is refused in Vietnamese, the proposed 06 is accepted', async () => {
    await page.getByRole('button', { name: 'Ban hành…' }).click();
    await dialog().getByLabel('Ngày ký').fill('15/07/2026');
    await expect.poll(() => dialog().getByText('Số tiếp theo còn trống của năm 2026: 06').count()).toBe(1);
    expect(await dialog().getByLabel('Số quyết định').inputValue()).toBe('06');
    await dialog().getByLabel('Số quyết định').fill('05');
    await dialog().getByRole('button', { name: 'Ban hành' }).click();
    const refusal = dialog().getByRole('alert');
    await expect.poll(() => refusal.textContent()).toContain('Số 05/QĐ-UBND năm 2026 đã được dùng');
    expect(await refusal.textContent()).toContain('Số tiếp theo còn trống: 6');
    await screenshot(page, '64-issue-dialog-duplicate');
    expect(ours().status).toBe('draft');

    await dialog().getByLabel('Số quyết định').fill('06');
    await dialog().getByRole('button', { name: 'Ban hành' }).click();
    await expect.poll(heading).toBe('Quyết định số 06/QĐ-UBND ngày 15/07/2026');
    expect(ours()).toMatchObject({ status: 'issued', number: 6, date: '2026-07-15' });
    // Issuing a thành lập decision establishes its teams.
    const statuses = served.core.ctx.db.prepare('SELECT name, status, established_on AS on_ FROM team WHERE name IN (?, ?) ORDER BY name').all(TDP1, TDP2);
    expect(statuses).toEqual([
      { name: TDP1, status: 'established', on_: '2026-07-15' },
      { name: TDP2, status: 'established', on_: '2026-07-15' },
    ]);
  });

  it('previews the issued decision in the page (blob: PDF under the CSP) and prints without an error', async () => {
    const frame = page.getByTestId('pdf-preview');
    await frame.waitFor();
    expect(await frame.getAttribute('src')).toMatch(/^blob:/u);
    expect(await page.evaluate(() => navigator.pdfViewerEnabled)).toBe(true);
    await page.waitForTimeout(1500); // the PDF viewer draws the first page
    await screenshot(page, '65-decision-preview');
    // "In" prints the preview frame itself. Headless Chromium has no print backend and its
    // renderer crashes when a PDF frame prints, so the frame's print() only records the call here.
    await page.evaluate(() => {
      const win = document.querySelector<HTMLIFrameElement>('[data-testid="pdf-preview"]')!.contentWindow as Window & { printed?: number };
      win.print = () => { win.printed = (win.printed ?? 0) + 1; };
    });
    await page.getByRole('button', { name: 'In', exact: true }).click();
    const printed = () => page.evaluate(() => (document.querySelector<HTMLIFrameElement>('[data-testid="pdf-preview"]')!.contentWindow as Window & { printed?: number }).printed);
    await expect.poll(printed).toBe(1);
    expect(await page.getByText('Không mở được hộp thoại in').count()).toBe(0);
    expect(errors.filter((e) => /Content Security Policy/u.test(e))).toEqual([]);
  });

  it('downloads the PDF and the DOCX, which carry the number and both teams', async () => {
    const pdf = await download(() => page.getByRole('button', { name: 'Tải PDF' }).click());
    expect(pdf.name).toBe('Quyet-dinh-06-QD-UBND-2026.pdf');
    const text = oneLine(execFileSync('pdftotext', ['-layout', pdf.path, '-'], { encoding: 'utf8' }));
    expect(text).toContain('Số: 06/QĐ-UBND');
    expect(text).toContain('ngày 15 tháng 7 năm 2026');
    expect(text).toContain(TDP1);
    expect(text).toContain(TDP2);
    expect(text).toContain('Phan Văn Thành'); // the annex lists the members

    const docx = await download(() => page.getByRole('button', { name: 'Tải Word (DOCX)' }).click());
    expect(docx.name).toBe('Quyet-dinh-06-QD-UBND-2026.docx');
    const xml = execFileSync('unzip', ['-p', docx.path, 'word/document.xml'], { encoding: 'utf8' });
    const words = oneLine(xml.replace(/<w:tab\/>/gu, ' ').replace(/<[^>]+>/gu, ''));
    expect(words).toContain('06/QĐ-UBND');
    expect(words).toContain(TDP1);
    expect(words).toContain(TDP2);
    expect(words).toContain(EDITED_CAN_CU);
  });

  it('refuses a tampered signed PDF, then imports one signed by a CA tool and shows it verified', async () => {
    const { id } = ours();
    const exported = await op('decisions.exportPdf', { id });
    const signer = await openP12Signer(certs.p12, certs.password);
    const signed = await signPdf(exported.bytes, signer, { signingTime: new Date(), reason: 'Ký ban hành', location: 'Hòa Bình' });
    const good = join(OUT, 'quyet-dinh-06-ky-bang-cong-cu-CA.pdf');
    writeFileSync(good, signed);
    const tampered = Uint8Array.from(signed);
    const at = Math.floor(exported.bytes.length / 3);
    tampered[at] = tampered[at] ^ 0xff;
    const bad = join(OUT, 'quyet-dinh-06-bi-sua.pdf');
    writeFileSync(bad, tampered);

    await page.getByRole('button', { name: 'Nhập bản đã ký' }).click();
    await chooseFile('Tệp PDF đã ký', bad);
    await dialog().getByRole('button', { name: 'Kiểm tra và lưu' }).click();
    const verification = page.getByTestId('verification');
    await expect.poll(() => verification.textContent()).toContain('Không hợp lệ');
    expect(await verification.textContent()).toContain('Chữ ký số không hợp lệ hoặc tệp đã bị sửa sau khi ký.');
    await screenshot(page, '66-import-tampered');
    expect(row<{ n: number }>('SELECT count(*) AS n FROM decision_file WHERE decision_id = ?', id).n).toBe(0);
    await dialog().getByRole('button', { name: 'Đóng' }).click();

    // The test CA is not in the trust store yet: the intact file is kept, but the decision does
    // not become "Đã ký số" and the verdict says why (issue 8 §4).
    await page.getByRole('button', { name: 'Nhập bản đã ký' }).click();
    await chooseFile('Tệp PDF đã ký', good);
    await dialog().getByRole('button', { name: 'Kiểm tra và lưu' }).click();
    await expect.poll(() => verification.textContent()).toContain('Toàn vẹn, chưa tin cậy');
    const result = await verification.textContent();
    expect(result).not.toContain('Không hợp lệ');
    expect(result).toContain('chưa chuyển sang "Đã ký số"');
    expect(result).toContain('Chữ ký toàn vẹn nhưng chứng thư số không do tổ chức tin cậy cấp');
    expect(result).toContain('Chưa kiểm tra thu hồi');
    expect(result).toContain('Nguyễn Văn Ánh');
    expect(result).toContain('UBND xã Hòa Bình');
    expect(result).toContain('Cơ quan chứng thực số thử nghiệm Việt Nam');
    await screenshot(page, '67-import-verified-untrusted');
    await dialog().getByRole('button', { name: 'Đóng' }).click();

    expect(ours().status).toBe('issued');
    const archived = row<{ source: string; sha256: string }>('SELECT source, sha256 FROM decision_file WHERE decision_id = ?', id);
    expect(archived).toEqual({ source: 'imported', sha256: createHash('sha256').update(signed).digest('hex') });
    await expect.poll(() => page.getByTestId('signed-file').count()).toBe(1);
  });

  it('adds the CA to the trust store, then "Kiểm tra chữ ký" calls the file valid and a tampered one invalid', async () => {
    const { id } = ours();
    await page.getByRole('navigation').getByText('Quyết định', { exact: true }).click();
    await expect.poll(heading).toBe('Quyết định');
    await page.getByRole('button', { name: 'Tổ chức cấp chứng thư tin cậy' }).click();
    await expect.poll(() => dialog().textContent()).toContain('Chưa có tổ chức nào');
    await chooseFile('Tệp chứng thư của tổ chức cấp', certs.signerCertPath);
    await dialog().getByRole('button', { name: 'Thêm vào danh sách' }).click();
    await expect.poll(() => dialog().getByRole('alert').first().textContent()).toContain('không phải của tổ chức cấp chứng thư số (CA)');
    await chooseFile('Tệp chứng thư của tổ chức cấp', certs.caCertPath);
    await dialog().getByRole('button', { name: 'Thêm vào danh sách' }).click();
    await expect.poll(() => page.getByTestId('trusted-ca').count()).toBe(1);
    expect(await page.getByTestId('trusted-ca').textContent()).toContain('Cơ quan chứng thực số thử nghiệm Việt Nam');
    await screenshot(page, '70-trust-store');
    await dialog().getByRole('button', { name: 'Đóng' }).click();
    expect(row<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE action = 'trust.add' AND entity = 'trusted_ca'").n).toBe(1);
    // The file imported earlier is judged again: its CA is trusted now, so the decision is signed.
    expect(ours().status).toBe('signed');

    await page.getByRole('button', { name: 'Kiểm tra chữ ký' }).click();
    await chooseFile('Tệp PDF đã ký', join(OUT, 'quyet-dinh-06-ky-bang-cong-cu-CA.pdf'));
    await dialog().getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    const verification = page.getByTestId('verification');
    await expect.poll(() => page.getByTestId('signature-result').getAttribute('data-verdict')).toBe('valid');
    const text = await verification.textContent();
    expect(text).toContain('Chữ ký hợp lệ: tệp toàn vẹn và chứng thư số do tổ chức tin cậy cấp.');
    expect(text).toContain('Nguyễn Văn Ánh → Cơ quan chứng thực số thử nghiệm Việt Nam');
    expect(text).toContain('Chưa kiểm tra thu hồi');
    await screenshot(page, '71-verify-trusted');
    await dialog().getByRole('button', { name: 'Kiểm tra tệp khác' }).click();
    await chooseFile('Tệp PDF đã ký', join(OUT, 'quyet-dinh-06-bi-sua.pdf'));
    await dialog().getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await expect.poll(() => page.getByTestId('signature-result').getAttribute('data-verdict')).toBe('broken');
    expect(await verification.textContent()).toContain('Tệp đã bị thay đổi sau khi ký');
    await screenshot(page, '72-verify-tampered');
    await dialog().getByRole('button', { name: 'Đóng' }).click();
    await page.evaluate((decisionId) => { location.hash = `#/decisions/${decisionId}`; }, id);
    await page.getByRole('button', { name: 'Ký số (tệp .p12 hoặc USB token)' }).waitFor();
  });

  it('signs in-app through the .p12 dialog: a wrong password is refused, then the signed PDF is saved and archived', async () => {
    const { id } = ours();
    // A blue signature on a transparent background, as DOMAIN.md §3 describes it.
    const art = await page.context().newPage();
    await art.setContent('<span id="s" style="font: italic 40px serif; color: #1a3fb0; padding: 6px">Ánh</span>');
    const signaturePng = join(OUT, 'chu-ky.png');
    writeFileSync(signaturePng, await art.locator('#s').screenshot({ omitBackground: true }));
    await art.close();

    await page.getByRole('button', { name: 'Ký số (tệp .p12 hoặc USB token)' }).click();
    await chooseFile('Tệp chứng thư số (.p12/.pfx)', certs.p12Path);
    await dialog().getByLabel('Mật khẩu').fill('sai mật khẩu');
    await chooseFile('Ảnh chữ ký (PNG, không bắt buộc)', signaturePng);
    await dialog().getByRole('button', { name: 'Ký số' }).click();
    await expect.poll(() => dialog().getByRole('alert').textContent()).toContain('Mật khẩu của tệp chứng thư số không đúng');
    await dialog().getByLabel('Mật khẩu').fill(certs.password);
    await screenshot(page, '68-sign-dialog');
    const signed = await download(() => dialog().getByRole('button', { name: 'Ký số' }).click());
    expect(signed.name).toBe('Quyet-dinh-06-QD-UBND-2026-da-ky.pdf');
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Đã ký số và lưu bản đã ký');

    // poppler's verifier accepts the signature (the test CA is not trusted, so only the signature is checked).
    const pdfsig = execFileSync('pdfsig', [signed.path], { encoding: 'utf8' });
    expect(pdfsig).toContain('Signature is Valid');
    expect(pdfsig).toContain('Nguyễn Văn Ánh');
    await expect.poll(() => page.getByTestId('signed-file').count()).toBe(2);
    const files = served.core.ctx.db.prepare('SELECT source, sha256 FROM decision_file WHERE decision_id = ? ORDER BY created_at').all(id) as { source: string; sha256: string }[];
    expect(files.map((f) => f.source)).toEqual(['imported', 'signed_in_app']);
    expect(ours().status).toBe('signed');
    expect(files[1].sha256).toBe(createHash('sha256').update(readFileSync(signed.path)).digest('hex'));
    await page.getByTestId('signed-files').scrollIntoViewIfNeeded();
    await screenshot(page, '69-signed-files');

    // An archived file downloads byte for byte.
    const again = await download(() => page.getByRole('button', { name: `Tải về: ${signed.name}` }).click());
    expect(createHash('sha256').update(readFileSync(again.path)).digest('hex')).toBe(files[1].sha256);
  });

  it('drafts the kiện toàn for thôn Đông in one step from the register, then deletes that draft', async () => {
    await page.getByRole('link', { name: '← Sổ quyết định' }).click();
    await expect.poll(heading).toBe('Quyết định');
    await expect.poll(() => page.getByRole('row').filter({ hasText: '06/QĐ-UBND' }).textContent()).toContain('Đã ký số');
    await page.getByTestId('consolidation-need').getByRole('button', { name: 'Soạn quyết định kiện toàn' }).click();
    await expect.poll(heading).toBe('Dự thảo quyết định kiện toàn');
    expect(await page.getByLabel('Trích yếu').inputValue()).toContain('thôn Đông');
    const drafts = () => row<{ n: number }>("SELECT count(*) AS n FROM decision WHERE kind = 'kien_toan' AND status = 'draft'").n;
    expect(drafts()).toBe(1);

    await page.getByRole('button', { name: 'Xóa dự thảo' }).click();
    // Deleting is for good: the dialog opens on "Hủy", so Enter does not confirm it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Hủy');
    await dialog().getByRole('button', { name: 'Xóa' }).click();
    await expect.poll(heading).toBe('Quyết định');
    expect(drafts()).toBe(0);
    expect(errors).toEqual([]);
  });
});
