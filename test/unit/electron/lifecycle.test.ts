import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { electron, FakeBrowserWindow, FakeUtilityProcess, resetFakeElectron, type fakeState } from './fake-electron';
import { makeAppFixture } from './app-fixture';
import { startMainProcess, type MainProcess } from '../../../electron/main/lifecycle';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

let state: ReturnType<typeof fakeState>;
let running: MainProcess | null = null;

beforeEach(() => {
  state = resetFakeElectron();
});
afterEach(async () => {
  await running?.core.close();
  running = null;
});

describe('main process start-up', () => {
  it('quits at once when another instance holds the lock, creating nothing', async () => {
    makeAppFixture(state);
    state.app.gotLock = false;
    expect(await startMainProcess()).toBeNull();
    expect(state.app.requestSingleInstanceLock).toHaveBeenCalledOnce();
    expect(state.app.quit).toHaveBeenCalled();
    expect(state.app.whenReady).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('registers app:// as privileged before ready and opens the database in userData/TCNS', async () => {
    const { root } = makeAppFixture(state);
    running = await startMainProcess();
    expect(running).not.toBeNull();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    expect(electron.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(
      state.app.whenReady.mock.invocationCallOrder[0],
    );
    expect(state.app.getPath('userData')).toBe(join(root, 'appData', 'TCNS'));
    expect(existsSync(join(root, 'appData', 'TCNS', 'tcns.db'))).toBe(true);
    // The real core answers through the real database, migrated from the copied SQL files.
    expect(await running!.core.call('villages.list', {})).toEqual({ ok: true, result: [] });
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.Menu.setApplicationMenu).not.toHaveBeenCalled(); // development keeps the menu
  });

  it('creates one window with every hardening option and loads the UI from app://', async () => {
    const { appRoot } = makeAppFixture(state);
    running = await startMainProcess();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const window = FakeBrowserWindow.instances[0];
    const prefs = window.options.webPreferences!;
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.plugins).toBe(true); // the built-in PDF viewer for decision previews
    expect(prefs.preload).toBe(join(appRoot, 'dist', 'electron', 'preload.cjs'));
    expect(window.loadURL).toHaveBeenCalledWith('app://tcns/index.html');
    expect(window.options.show).toBe(false);
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalled();
  });

  it('denies every permission request and check', async () => {
    makeAppFixture(state);
    running = await startMainProcess();
    const { setPermissionRequestHandler, setPermissionCheckHandler } = electron.session.defaultSession;
    expect(setPermissionRequestHandler).toHaveBeenCalledOnce();
    const requestHandler = setPermissionRequestHandler.mock.calls[0][0] as (
      wc: unknown, permission: string, callback: (granted: boolean) => void) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      requestHandler({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    }
    const checkHandler = setPermissionCheckHandler.mock.calls[0][0] as (...args: unknown[]) => boolean;
    expect(checkHandler({}, 'media', 'app://tcns', {})).toBe(false);
  });

  it('brings the existing window to the front when a second instance starts', async () => {
    makeAppFixture(state);
    running = await startMainProcess();
    const window = FakeBrowserWindow.instances[0];
    window.minimized = true;
    state.app.emit('second-instance', {}, ['tcns.exe'], '/');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
  });

  it('uses the packaged resources folder for migrations and drops the menu when packaged', async () => {
    const { appRoot } = makeAppFixture(state);
    state.app.isPackaged = true;
    const resourcesPath = join(appRoot, 'dist', 'electron'); // holds migrations/ like resources/ does
    const previous = process.resourcesPath;
    Object.defineProperty(process, 'resourcesPath', { value: resourcesPath, configurable: true });
    try {
      running = await startMainProcess();
      expect(await running!.core.call('commune.get', {})).toEqual({ ok: true, result: null });
      expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(null);
    } finally {
      Object.defineProperty(process, 'resourcesPath', { value: previous, configurable: true });
    }
  });

  it('explains in Vietnamese and quits when the database cannot be opened', async () => {
    const { appRoot } = makeAppFixture(state);
    state.app.appPath = join(appRoot, 'missing'); // no migrations there
    expect(await startMainProcess()).toBeNull();
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('Không mở được cơ sở dữ liệu', expect.any(String));
    expect(state.app.quit).toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('runs the core in two utility processes (quick and long operations) and stops them when the app quits', async () => {
    const { appRoot } = makeAppFixture(state);
    running = await startMainProcess();
    expect(FakeUtilityProcess.instances.map((p) => p.modulePath)).toEqual([
      join(appRoot, 'dist', 'electron', 'core-host.cjs'), join(appRoot, 'dist', 'electron', 'core-host.cjs'),
    ]);
    const info = await running!.core.call('support.info', {});
    expect(info).toMatchObject({ ok: true, result: { appVersion: '0.1.0', logFile: join(state.app.getPath('userData'), 'logs', 'tcns.log') } });
    state.app.emit('will-quit');
    expect(FakeUtilityProcess.instances.every((p) => p.kill.mock.calls.length === 1)).toBe(true);
    expect(await running!.core.call('villages.list', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    running = null;
  });
});
