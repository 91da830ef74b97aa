import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { electron, FakeBrowserWindow, FakeWebContents, resetFakeElectron, type fakeState } from './fake-electron';
import { makeAppFixture } from './app-fixture';
import { startMainProcess, type MainProcess } from '../../../electron/main/lifecycle';
import { safeFileName } from '../../../electron/main/save-file';
import { bindIpc } from '../../../electron/main/ipc';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

let state: ReturnType<typeof fakeState>;
let root: string;
let running: MainProcess | null;

beforeEach(async () => {
  state = resetFakeElectron();
  root = makeAppFixture(state).root;
  running = await startMainProcess();
});
afterEach(() => running?.core.close());

const fromFrame = (url: string | null, sender: unknown = new FakeWebContents()) => ({
  senderFrame: url === null ? null : { url },
  sender,
});
const invoke = (event: unknown, ...args: unknown[]) => state.ipcHandlers.get('tcns:invoke')!(event, ...args);
const saveFile = (event: unknown, file: unknown) => state.ipcHandlers.get('tcns:saveFile')!(event, file);

const commune = {
  province: 'Quảng Trị', name: 'Hòa Bình', kind: 'xa', placeName: 'Hòa Bình',
  chairName: 'Nguyễn Văn Ánh', ruleProfileId: 'national-793',
};

describe('tcns:invoke', () => {
  it('registers exactly four channels', () => {
    expect([...state.ipcHandlers.keys()].sort()).toEqual(['tcns:cancel', 'tcns:invoke', 'tcns:printDecision', 'tcns:saveFile']);
  });

  it('cancels a call by its id, only for the window that started it', async () => {
    // A back end whose every call waits for its cancel: the routing is what is tested here
    // (the real core's cancellation: test/integration/serve/core-threads.test.ts).
    const signals: AbortSignal[] = [];
    bindIpc({
      call: (_name, _input, options) => new Promise((resolve) => {
        signals.push(options!.signal!);
        options!.signal!.addEventListener('abort', () => resolve({ ok: false, error: { code: 'CANCELLED', message: 'Đã hủy' } }));
      }),
    });
    const cancel = (event: unknown, id: unknown) => state.ipcHandlers.get('tcns:cancel')!(event, id);
    const app = fromFrame('app://tcns/index.html', new FakeWebContents());
    const other = fromFrame('app://tcns/index.html', new FakeWebContents());
    const pending = invoke(app, 'reports.build', {}, 'call-1');
    expect(await cancel(fromFrame('https://evil.example/'), 'call-1')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await cancel(other, 'call-1'); // another window's ids are not this one's
    expect(signals.map((s) => s.aborted)).toEqual([false]);
    await cancel(app, 'call-1');
    expect(await pending).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(signals[0].aborted).toBe(true);
  });

  it('sends a call\'s progress to the window that made it, under its call id', async () => {
    bindIpc({
      call: async (_name, _input, options) => {
        options!.onProgress!({ phase: 'writing', done: 5, total: 10 });
        return { ok: true, result: null };
      },
    });
    const window = new FakeWebContents();
    expect(await invoke(fromFrame('app://tcns/index.html', window), 'reports.build', {}, 'call-7')).toEqual({ ok: true, result: null });
    expect(window.sent).toEqual([['tcns:progress', 'call-7', { phase: 'writing', done: 5, total: 10 }]]);
    // A closed window gets nothing (and nothing throws).
    const closed = new FakeWebContents();
    closed.isDestroyed.mockReturnValue(true);
    expect(await invoke(fromFrame('app://tcns/index.html', closed), 'reports.build', {}, 'call-8')).toEqual({ ok: true, result: null });
    expect(closed.sent).toEqual([]);
  });

  it('refuses a sender frame that is not app://tcns and changes nothing', async () => {
    for (const url of ['https://evil.example/', 'file:///C:/x.html', 'blob:app://tcns/1', 'app://evil/', null]) {
      expect(await invoke(fromFrame(url), 'commune.save', commune), String(url)).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN', message: expect.stringMatching(/giao diện/u) },
      });
    }
    expect(await invoke(fromFrame('app://tcns/index.html'), 'commune.get', {})).toEqual({ ok: true, result: null });
  });

  it('passes a valid call from the app through to the core', async () => {
    const app = fromFrame('app://tcns/index.html');
    const saved = await invoke(app, 'commune.save', commune);
    expect(saved).toMatchObject({ ok: true, result: { name: 'Hòa Bình', chairName: 'Nguyễn Văn Ánh' } });
    const village = await invoke(app, 'villages.create', { name: 'Thôn Đông', kind: 'thon' });
    expect(village).toMatchObject({ ok: true, result: { name: 'Thôn Đông' } });
  });

  it('returns the core\'s typed errors, never a stack', async () => {
    const app = fromFrame('app://tcns/doi');
    const invalid = (await invoke(app, 'villages.create', { name: '', kind: 'thon' })) as { ok: false; error: { code: string; message: string } };
    expect(invalid.error.code).toBe('VALIDATION');
    expect(invalid.error.message).toContain('không được để trống');
    expect(await invoke(app, 'no.such.operation', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await invoke(app, 42, {})).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await invoke(app, 'villages.list', {})).toEqual({ ok: true, result: [] });
  });
});

describe('tcns:saveFile', () => {
  it('refuses an untrusted sender before showing any dialog', async () => {
    expect(await saveFile(fromFrame('https://evil.example/'), { fileName: 'a.pdf', bytes: new Uint8Array([1]) })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('shows the save dialog on the app window and writes the bytes where the user chose', async () => {
    const window = FakeBrowserWindow.instances[0];
    const target = join(root, 'documents', 'chosen.pdf');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]);
    const result = await saveFile(fromFrame('app://tcns/index.html', window.webContents), {
      fileName: 'Quyết định thành lập.pdf',
      bytes,
    });
    expect(result).toEqual({ ok: true, result: { saved: true, filePath: target } });
    expect(readFileSync(target)).toEqual(Buffer.from(bytes));
    const [owner, options] = electron.dialog.showSaveDialog.mock.calls[0] as [unknown, { defaultPath: string; filters: { extensions: string[] }[] }];
    expect(owner).toBe(window);
    expect(options.defaultPath).toBe(join(root, 'documents', 'Quyết định thành lập.pdf'));
    expect(options.filters[0].extensions).toEqual(['pdf']);
  });

  it('writes nothing when the user cancels, and refuses a malformed request', async () => {
    const target = join(root, 'documents', 'x.docx');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: target });
    expect(await saveFile(fromFrame('app://tcns/'), { fileName: 'x.docx', bytes: new Uint8Array([1]) })).toEqual({
      ok: true,
      result: { saved: false },
    });
    expect(existsSync(target)).toBe(false);
    expect(await saveFile(fromFrame('app://tcns/'), { fileName: 'x.docx', bytes: 'not bytes' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('keeps only a plain Windows-safe file name from the suggestion', () => {
    expect(safeFileName('..\\..\\Windows\\evil.exe')).toBe('evil.exe');
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('Báo cáo: quý 1?.xlsx')).toBe('Báo cáo_ quý 1_.xlsx');
    expect(safeFileName('CON.docx')).toBe('_CON.docx');
    expect(safeFileName('tệp. ')).toBe('tệp');
    expect(safeFileName('..')).toBe('tep-tcns');
  });
});
