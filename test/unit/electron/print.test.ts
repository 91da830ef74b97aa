import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { seedDemo } from '../../../electron/cli/seed/demo';
import { bindIpc } from '../../../electron/main/ipc';
import { DECISION_PRINT_OPTIONS, issuedPdfToPrint } from '../../../electron/main/print';
import { HARDENED_WEB_PREFERENCES } from '../../../electron/main/window';
import { tempCore } from '../../helpers/core';
import { electron, FakeBrowserWindow, FakeWebContents, resetFakeElectron, type fakeState } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

/**
 * Issue 10: printing a decision from the desktop app. The Electron binary cannot run here, so
 * what is checked is everything around the dialog: the page settings, which file is printed
 * (the issued PDF recorded in decision_issued_pdf, byte for byte), the refusals, the hidden
 * window's hardening and the cleanup. The dialog itself: test/electron/smoke.spec.ts on Windows.
 */
let db: ReturnType<typeof tempCore>;
let issuedId: string;
let draftId: string;
let state: ReturnType<typeof fakeState>;

beforeAll(async () => {
  db = tempCore();
  await seedDemo(db.core);
  issuedId = (db.core.ctx.db.prepare("SELECT id FROM decision WHERE status = 'issued' LIMIT 1").get() as { id: string }).id;
  draftId = (db.core.ctx.db.prepare("SELECT id FROM decision WHERE status = 'draft' LIMIT 1").get() as { id: string }).id;
});
afterAll(() => db.dispose());
beforeEach(() => {
  state = resetFakeElectron();
  bindIpc(db.core, { tempRoot: db.dir });
});

const issuedBytes = (id: string) =>
  (db.core.ctx.db.prepare('SELECT bytes FROM decision_issued_pdf WHERE decision_id = ?').get(id) as { bytes: Buffer }).bytes;
const fromApp = () => ({ senderFrame: { url: 'app://tcns/index.html' }, sender: new FakeWebContents() });
const printIpc = (event: unknown, input: unknown) => state.ipcHandlers.get('tcns:printDecision')!(event, input);

describe('print settings', () => {
  it('are A4, no scaling, no extra margins, through the system dialog', () => {
    expect(DECISION_PRINT_OPTIONS).toMatchObject({ silent: false, pageSize: 'A4', scaleFactor: 100, landscape: false, margins: { marginType: 'none' } });
  });
});

describe('which file is printed', () => {
  it('is the PDF recorded when the decision was issued, byte for byte', async () => {
    const pdf = await issuedPdfToPrint(db.core, { id: issuedId });
    expect(pdf.ok).toBe(true);
    if (!pdf.ok) return;
    expect(Buffer.from(pdf.result.bytes).equals(issuedBytes(issuedId))).toBe(true);
    expect(pdf.result.fileName).toMatch(/^Quyet-dinh-.*\.pdf$/u);
  });

  it('refuses a draft, a missing decision and a malformed request, in Vietnamese', async () => {
    expect(await issuedPdfToPrint(db.core, { id: draftId })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('Chỉ in được quyết định đã ban hành') },
    });
    expect(await issuedPdfToPrint(db.core, { id: 'khong-co' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Không tìm thấy quyết định cần in.' },
    });
    for (const input of [null, {}, { id: 42 }, { id: '' }, { id: 'x'.repeat(65) }]) {
      expect(await issuedPdfToPrint(db.core, input), JSON.stringify(input)).toEqual({ ok: false, error: { code: 'VALIDATION', message: 'Thiếu quyết định cần in.' } });
    }
  });

  it('refuses bytes that are not a PDF (a damaged record) before any window opens', async () => {
    const core = { call: async (name: string) => (name === 'decisions.get' ? { ok: true as const, result: { status: 'issued' } } : { ok: true as const, result: { fileName: 'x.pdf', bytes: new Uint8Array([1, 2, 3, 4, 5, 6]) } }) };
    const refused = await issuedPdfToPrint(core, { id: issuedId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('Không đọc được tệp PDF đã ban hành') } });
  });
});

describe('tcns:printDecision', () => {
  it('loads the issued PDF in a hidden hardened window, opens the print dialog, then removes the file', async () => {
    expect(await printIpc(fromApp(), { id: issuedId })).toEqual({ ok: true, result: { printed: true } });
    const window = FakeBrowserWindow.instances.at(-1)!;
    expect(window.options).toMatchObject({ show: false, webPreferences: HARDENED_WEB_PREFERENCES });
    expect(window.options.webPreferences).not.toHaveProperty('preload');
    const loaded = window.loaded!;
    expect(loaded.bytes.equals(issuedBytes(issuedId))).toBe(true);
    expect(dirname(loaded.file).startsWith(join(db.dir, 'tcns-in-'))).toBe(true);
    expect(window.webContents.print).toHaveBeenCalledWith(DECISION_PRINT_OPTIONS, expect.any(Function));
    // Nothing of the decision stays in the temporary folder, and the hidden window is gone.
    expect(existsSync(dirname(loaded.file))).toBe(false);
    expect(window.destroy).toHaveBeenCalled();
  });

  it('says when the user cancelled the dialog', async () => {
    FakeWebContents.printAnswer = [false, 'Print job canceled'];
    expect(await printIpc(fromApp(), { id: issuedId })).toEqual({ ok: true, result: { printed: false, reason: 'Print job canceled' } });
  });

  it('refuses a draft and an untrusted sender without opening any window', async () => {
    expect(await printIpc(fromApp(), { id: draftId })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await printIpc({ senderFrame: { url: 'https://evil.example/' }, sender: new FakeWebContents() }, { id: issuedId })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});
