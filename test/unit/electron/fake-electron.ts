import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { vi } from 'vitest';
import { hostCore } from '../../../electron/core/host/host';
import type { FromHost, ToHost } from '../../../electron/core/host/protocol';

/**
 * A stand-in for the 'electron' module (the binary cannot be downloaded on these machines).
 * It records what the main process asks of Electron so tests can check the hardening;
 * everything else (the core, SQLite, the file system) is real.
 * Usage: vi.mock('electron', async () => (await import('./fake-electron')).electron);
 */

export class FakeWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  /** What main sent to this window (progress of its calls). */
  sent: unknown[][] = [];
  send = vi.fn((...args: unknown[]) => {
    this.sent.push(args);
  });
  isDestroyed = vi.fn(() => false);
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  /** webContents.print: answers as a user who printed; a test may set the next windows' answer. */
  static printAnswer: [boolean, string] = [true, ''];
  printAnswer: [boolean, string] = FakeWebContents.printAnswer;
  print = vi.fn((_options: unknown, callback: (success: boolean, reason: string) => void) => {
    setImmediate(() => callback(...this.printAnswer));
  });
  printToPDF = vi.fn(async (_options: unknown) => Buffer.from('%PDF-1.7 printed'));
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
  /** What loadFile read, at the time it loaded (the caller may remove the file afterwards). */
  loaded: { file: string; bytes: Buffer } | null = null;
  loadFile = vi.fn(async (file: string) => {
    this.loaded = { file, bytes: readFileSync(file) };
  });
  destroyed = false;
  destroy = vi.fn(() => {
    this.destroyed = true;
  });
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  minimized = false;
  isMinimized = vi.fn(() => this.minimized);
  isDestroyed = vi.fn(() => this.destroyed);
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
  getVersion = vi.fn(() => '0.1.0');
}

/**
 * utilityProcess.fork stand-in: the real host (electron/core/host/host.ts) in this process,
 * with messages structured-cloned and delivered asynchronously as between real processes.
 * The bundled core-host.cjs in a real child process is tested in build-electron.test.ts.
 */
export class FakeUtilityProcess extends EventEmitter {
  static instances: FakeUtilityProcess[] = [];
  killed = false;
  private readonly toChild = new EventEmitter();
  private readonly host = hostCore({
    post: (message: FromHost) => setImmediate(() => !this.killed && this.emit('message', structuredClone(message))),
    onMessage: (listener: (message: ToHost) => void) => this.toChild.on('message', listener),
  });
  constructor(readonly modulePath: string, readonly options: Record<string, unknown>) {
    super();
    FakeUtilityProcess.instances.push(this);
  }
  postMessage(message: ToHost): void {
    setImmediate(() => this.toChild.emit('message', structuredClone(message)));
  }
  kill = vi.fn(() => {
    this.killed = true;
    this.host.close();
    setImmediate(() => this.emit('exit', 0));
    return true;
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
  utilityProcess: {
    fork: vi.fn((modulePath: string, _args: string[], options: Record<string, unknown>) => new FakeUtilityProcess(modulePath, options)),
  },
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, result: null })),
    /** Listeners the preload registered, by channel, to fire main → window messages in tests. */
    listeners: new Map<string, (event: unknown, ...args: unknown[]) => void>(),
    on: vi.fn(function (channel: string, listener: (event: unknown, ...args: unknown[]) => void) {
      electron.ipcRenderer.listeners.set(channel, listener);
    }),
  },
};

/** Forget everything recorded; call in beforeEach. */
export function resetFakeElectron(): typeof state {
  state = freshState();
  FakeBrowserWindow.instances = [];
  FakeWebContents.printAnswer = [true, ''];
  for (const child of FakeUtilityProcess.instances) if (!child.killed) child.kill();
  FakeUtilityProcess.instances = [];
  vi.clearAllMocks();
  return state;
}

export function fakeState() {
  return state;
}
