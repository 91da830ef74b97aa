import { beforeAll, describe, expect, it, vi } from 'vitest';
import { electron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

let exposed: unknown[][];
beforeAll(async () => {
  // '.cjs' names the source index.cts (TypeScript's and Vite's mapping for CommonJS TS files).
  await import('../../../electron/preload/index.cjs');
  exposed = electron.contextBridge.exposeInMainWorld.mock.calls;
});

describe('preload', () => {
  it('exposes only invoke, cancel, saveFile, printDecision and platform as window.tcns, never ipcRenderer', () => {
    expect(exposed).toHaveLength(1);
    const [key, api] = exposed[0] as [string, Record<string, unknown>];
    expect(key).toBe('tcns');
    expect(Object.keys(api).sort()).toEqual(['cancel', 'invoke', 'platform', 'printDecision', 'saveFile']);
    expect(api.platform).toBe('electron');
    expect(Object.values(api)).not.toContain(electron.ipcRenderer);
    expect(Object.values(api)).not.toContain(electron.ipcRenderer.invoke);
  });

  it('sends invoke, cancel, saveFile and printDecision on their fixed channels only', async () => {
    const api = exposed[0][1] as {
      invoke(name: string, input: unknown, callId?: string): Promise<unknown>;
      cancel(callId: string): Promise<unknown>;
      saveFile(file: unknown): Promise<unknown>;
      printDecision(id: string): Promise<unknown>;
    };
    await api.invoke('villages.list', { includeInactive: false });
    await api.invoke('reports.build', { period: '2026-Q3' }, 'c1');
    await api.cancel('c1');
    const file = { fileName: 'a.pdf', bytes: new Uint8Array([1]) };
    await api.saveFile(file);
    await api.printDecision('d1');
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      ['tcns:invoke', 'villages.list', { includeInactive: false }, undefined],
      ['tcns:invoke', 'reports.build', { period: '2026-Q3' }, 'c1'],
      ['tcns:cancel', 'c1'],
      ['tcns:saveFile', file],
      ['tcns:printDecision', { id: 'd1' }],
    ]);
  });

  it('hands a call its own progress from the one progress channel, nothing of Electron', async () => {
    const api = exposed[0][1] as {
      invoke(name: string, input: unknown, callId?: string, onProgress?: (p: unknown) => void): Promise<unknown>;
    };
    const fire = electron.ipcRenderer.listeners.get('tcns:progress')!;
    expect(fire).toBeDefined();
    let answer: () => void = () => {};
    electron.ipcRenderer.invoke.mockImplementationOnce(() => new Promise((resolve) => (answer = () => resolve({ ok: true, result: null }))));
    const seen: unknown[][] = [];
    const pending = api.invoke('reports.build', { period: '2026-Q3' }, 'c2', (...args) => seen.push(args));
    fire({ sender: 'electron-internal' }, 'c2', { phase: 'writing', done: 10, total: 100 });
    fire({ sender: 'electron-internal' }, 'other-call', { phase: 'writing', done: 99, total: 100 });
    fire({}, 42, { phase: 'writing', done: 1, total: 100 });
    answer();
    await pending;
    // After the answer the call's listener is gone.
    fire({}, 'c2', { phase: 'writing', done: 100, total: 100 });
    expect(seen).toEqual([[{ phase: 'writing', done: 10, total: 100 }]]);
  });
});
