import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * A stand-in for the 'electron' module (the binary cannot be downloaded on these machines).
 * It records what the main process asks of Electron so tests can check the hardening;
 * everything else (the core, SQLite, the file system) is real.
 * Usage: vi.mock('electron', async () => (await import('./fake-electron')).electron);
 */

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => { action: string }) => {
    this.windowOpenHandler = handler;
  });
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static fromWebContents = vi.fn((contents: FakeWebContents) =>
    FakeBrowserWindow.instances.find((w) => w.webContents === contents) ?? null,
  );
  webContents = new FakeWebContents();
  loadURL = vi.fn(async (_url: string) => undefined);
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  minimized = false;
  isMinimized = vi.fn(() => this.minimized);
  isDestroyed = vi.fn(() => false);
  constructor(readonly options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
    // Electron announces every new web contents on the app object.
    state.app.emit('web-contents-created', {}, this.webContents);
  }
}

class FakeApp extends EventEmitter {
  gotLock = true;
  isPackaged = false;
  appPath = '/nonexistent';
  paths: Record<string, string> = {};
  requestSingleInstanceLock = vi.fn(() => this.gotLock);
  quit = vi.fn();
  whenReady = vi.fn(() => Promise.resolve());
  getAppPath = vi.fn(() => this.appPath);
  getPath = vi.fn((name: string) => {
    const path = this.paths[name];
    if (!path) throw new Error(`fake app: no path for ${name}`);
    return path;
  });
  setPath = vi.fn((name: string, path: string) => {
    this.paths[name] = path;
  });
}

type ProtocolHandler = (request: Request) => Promise<Response>;
type IpcHandler = (event: unknown, ...args: unknown[]) => unknown;

function freshState() {
  return {
    app: new FakeApp(),
    protocolHandlers: new Map<string, ProtocolHandler>(),
    ipcHandlers: new Map<string, IpcHandler>(),
  };
}
let state = freshState();

export const electron = {
  get app() {
    return state.app;
  },
  BrowserWindow: FakeBrowserWindow,
  protocol: {
    registerSchemesAsPrivileged: vi.fn(),
    handle: vi.fn((scheme: string, handler: ProtocolHandler) => {
      state.protocolHandlers.set(scheme, handler);
    }),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
    },
  },
  ipcMain: {
    handle: vi.fn((channel: string, handler: IpcHandler) => {
      state.ipcHandlers.set(channel, handler);
    }),
  },
  shell: { openExternal: vi.fn(async (_url: string) => undefined) },
  dialog: {
    showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
    showErrorBox: vi.fn(),
  },
  Menu: { setApplicationMenu: vi.fn() },
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, result: null })) },
};

/** Forget everything recorded; call in beforeEach. */
export function resetFakeElectron(): typeof state {
  state = freshState();
  FakeBrowserWindow.instances = [];
  vi.clearAllMocks();
  return state;
}

export function fakeState() {
  return state;
}
