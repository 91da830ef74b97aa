import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Builds the real bundles with scripts/build-electron.mjs into a throw-away app folder, then
 * runs main.cjs under Node with a minimal stand-in for 'electron' (the binary is not available
 * here): the bundle must find its migrations, open the database, serve app:// and answer IPC.
 */
let appRoot: string;
let outdir: string;

beforeAll(() => {
  appRoot = mkdtempSync(resolve('test-output/electron-bundle-'));
  outdir = join(appRoot, 'dist', 'electron');
  execFileSync(process.execPath, ['scripts/build-electron.mjs', '--outdir', outdir], { stdio: 'pipe' });
  mkdirSync(join(appRoot, 'dist', 'renderer'), { recursive: true });
  writeFileSync(join(appRoot, 'dist', 'renderer', 'index.html'), '<!doctype html><title>TCNS bundle</title>');
});

// Loaded with --require before main.cjs: answers require('electron') and drives one start-up.
const ELECTRON_STUB = String.raw`
const Module = require('node:module');
const { EventEmitter } = require('node:events');
const path = require('node:path');
const appRoot = process.env.TCNS_TEST_APP_ROOT;
const app = new EventEmitter();
const paths = { appData: path.join(appRoot, 'appData') };
Object.assign(app, {
  getVersion: () => '0.1.0',
  isPackaged: false,
  getAppPath: () => appRoot,
  getPath: (name) => paths[name],
  setPath: (name, value) => { paths[name] = value; },
  requestSingleInstanceLock: () => true,
  quit: () => {},
  whenReady: () => Promise.resolve(),
});
let protocolHandler = null;
const ipc = new Map();
class BrowserWindow extends EventEmitter {
  constructor(options) { super(); this.options = options; this.webContents = new EventEmitter(); this.webContents.setWindowOpenHandler = () => {}; }
  loadURL(url) { this.url = url; setImmediate(() => report(this)); return Promise.resolve(); }
  static fromWebContents() { return null; }
}
// utilityProcess.fork: a Node child process with structured-clone messages, like Electron's.
const { fork } = require('node:child_process');
const utilityProcess = {
  fork(modulePath, args, options) {
    const child = fork(modulePath, args, { serialization: 'advanced', stdio: 'inherit', execArgv: [] });
    const proc = new EventEmitter();
    child.on('message', (m) => proc.emit('message', m));
    child.on('exit', (code) => proc.emit('exit', code));
    proc.postMessage = (m) => child.send(m);
    proc.kill = () => child.kill();
    forked.push({ modulePath, options, pid: child.pid });
    children.push(child);
    return proc;
  },
};
const forked = [];
const children = [];
const electron = {
  app, BrowserWindow, utilityProcess,
  protocol: { registerSchemesAsPrivileged: () => {}, handle: (_s, h) => { protocolHandler = h; } },
  session: { defaultSession: { setPermissionRequestHandler: () => {}, setPermissionCheckHandler: () => {} } },
  ipcMain: { handle: (channel, h) => ipc.set(channel, h) },
  shell: { openExternal: async () => {} }, dialog: { showErrorBox: (t, m) => console.error(t, m) }, Menu: { setApplicationMenu: () => {} },
};
const load = Module._load;
Module._load = function (request, ...rest) { return request === 'electron' ? electron : load.call(this, request, ...rest); };
async function report(window) {
  const page = await protocolHandler(new Request(window.url));
  const frame = { senderFrame: { url: 'app://tcns/index.html' }, sender: window.webContents };
  const list = await ipc.get('tcns:invoke')(frame, 'villages.list', {});
  const refused = await ipc.get('tcns:invoke')({ senderFrame: { url: 'https://x.example/' } }, 'villages.list', {});
  console.log(JSON.stringify({
    url: window.url, prefs: window.options.webPreferences, status: page.status,
    csp: page.headers.get('content-security-policy'), html: await page.text(), list, refused, forked, mainPid: process.pid,
  }));
  for (const child of children) child.kill();
  process.exit(0);
}
`;

describe('scripts/build-electron.mjs', () => {
  it('writes main.cjs, core-host.cjs, preload.cjs and the migrations', () => {
    expect(existsSync(join(outdir, 'main.cjs'))).toBe(true);
    expect(existsSync(join(outdir, 'core-host.cjs'))).toBe(true);
    expect(existsSync(join(outdir, 'preload.cjs'))).toBe(true);
    const sql = readdirSync(join(outdir, 'migrations'));
    expect(sql).toEqual(readdirSync('electron/core/db/migrations').filter((f) => f.endsWith('.sql')));
    expect(readFileSync(join(outdir, 'main.cjs'), 'utf8')).not.toMatch(/import\.meta/u);
  });

  it('keeps the core out of the main process: main.cjs bundles only the host client from electron/core', () => {
    // esbuild marks each bundled source file with a "// path" comment.
    const sources = new Set(readFileSync(join(outdir, 'main.cjs'), 'utf8').match(/^\/\/ electron\/\S+\.ts$/gmu) ?? []);
    expect([...sources].filter((f) => f.startsWith('// electron/core/'))).toEqual(['// electron/core/host/client.ts']);
    const host = readFileSync(join(outdir, 'core-host.cjs'), 'utf8');
    for (const file of ['electron/core/handlers.ts', 'electron/core/db/open.ts', 'electron/core/dispatch.ts']) expect(host).toContain(`// ${file}`);
    expect(host).not.toMatch(/require\("electron"\)/u);
  });

  it('bundles a preload that needs nothing but electron and exposes only window.tcns', () => {
    const code = readFileSync(join(outdir, 'preload.cjs'), 'utf8');
    const required: string[] = [];
    const exposed: Record<string, Record<string, unknown>> = {};
    const fakeElectron = {
      contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => (exposed[key] = api) },
      ipcRenderer: { invoke: async () => null, on: () => undefined },
    };
    const module = { exports: {} };
    runInNewContext(code, {
      module,
      exports: module.exports,
      require: (name: string) => {
        required.push(name);
        if (name !== 'electron') throw new Error(`sandboxed preload cannot require ${name}`);
        return fakeElectron;
      },
    });
    expect(required).toEqual(['electron']);
    expect(Object.keys(exposed)).toEqual(['tcns']);
    expect(Object.keys(exposed.tcns).sort()).toEqual(['cancel', 'invoke', 'platform', 'printDecision', 'saveFile']);
  });

  it('runs: opens the database from the copied migrations, serves app:// and answers IPC', () => {
    const stub = join(appRoot, 'electron-stub.cjs');
    writeFileSync(stub, ELECTRON_STUB);
    const out = execFileSync(process.execPath, ['--require', stub, join(outdir, 'main.cjs')], {
      env: { ...process.env, TCNS_TEST_APP_ROOT: appRoot },
      encoding: 'utf8',
      timeout: 20_000,
    });
    const result = JSON.parse(out.trim().split('\n').pop()!);
    expect(result.url).toBe('app://tcns/index.html');
    expect(result.prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, preload: join(outdir, 'preload.cjs') });
    expect(result.status).toBe(200);
    expect(result.csp).toContain("default-src 'self'");
    expect(result.html).toContain('TCNS bundle');
    expect(result.list).toEqual({ ok: true, result: [] });
    // The answer came from core-host.cjs in processes of its own, not from the main process.
    expect(result.forked.map((f: { modulePath: string }) => f.modulePath)).toEqual([join(outdir, 'core-host.cjs'), join(outdir, 'core-host.cjs')]);
    expect(result.forked.every((f: { pid: number }) => f.pid !== result.mainPid)).toBe(true);
    expect(result.refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(existsSync(join(appRoot, 'appData', 'TCNS', 'tcns.db'))).toBe(true);
  });
});
