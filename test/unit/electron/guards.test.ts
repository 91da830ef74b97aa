import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electron, FakeWebContents, resetFakeElectron } from './fake-electron';
import { isAllowedExternalUrl, safeOpenExternal } from '../../../electron/main/external';
import { guardWebContents } from '../../../electron/main/guards';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

beforeEach(() => {
  resetFakeElectron();
});

function navigate(contents: FakeWebContents, url: string): { preventDefault: ReturnType<typeof vi.fn> } {
  const event = { preventDefault: vi.fn() };
  contents.emit('will-navigate', event, url);
  return event;
}

describe('navigation and new windows', () => {
  it('prevents navigation away from app://tcns', () => {
    const contents = new FakeWebContents();
    guardWebContents(contents as never);
    for (const url of ['https://evil.example/', 'file:///C:/Windows/win.ini', 'http://127.0.0.1:5174/', 'app://other/index.html']) {
      expect(navigate(contents, url).preventDefault, url).toHaveBeenCalled();
    }
    expect(navigate(contents, 'app://tcns/index.html').preventDefault).not.toHaveBeenCalled();
  });

  it('hands an allowed link to the browser through the wrapper, never into the window', async () => {
    const contents = new FakeWebContents();
    guardWebContents(contents as never);
    expect(navigate(contents, 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html').preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(electron.shell.openExternal).toHaveBeenCalledWith('https://dichvucong.gov.vn/p/home/dvc-trang-chu.html'));
  });

  it('denies window.open for every URL; only allowed sites go to the browser', async () => {
    const contents = new FakeWebContents();
    guardWebContents(contents as never);
    const open = contents.windowOpenHandler!;
    expect(open({ url: 'https://zalo.me/g/abc' })).toEqual({ action: 'deny' });
    expect(open({ url: 'app://tcns/index.html' })).toEqual({ action: 'deny' });
    expect(open({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(electron.shell.openExternal).toHaveBeenCalledTimes(1));
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://zalo.me/g/abc');
  });

  it('refuses <webview> attachment', () => {
    const contents = new FakeWebContents();
    guardWebContents(contents as never);
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('safeOpenExternal', () => {
  it.each([
    'http://zalo.me/',
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'https://evil.example/',
    'https://zalo.me.evil.example/',
    'https://evilzalo.me/',
    'https://user:pass@zalo.me/',
    'https://zalo.me:8443/',
    'not a url',
    '',
  ])('refuses %s', async (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
    expect(await safeOpenExternal(url)).toBe(false);
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it.each(['https://zalo.me/g/abcdef', 'https://id.zalo.me/', 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html', 'https://DichVuCong.gov.vn/'])(
    'opens %s',
    async (url) => {
      expect(await safeOpenExternal(url)).toBe(true);
      expect(electron.shell.openExternal).toHaveBeenCalledExactlyOnceWith(url);
    },
  );
});
