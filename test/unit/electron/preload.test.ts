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
  it('exposes only invoke, cancel, saveFile and platform as window.tcns, never ipcRenderer', () => {
    expect(exposed).toHaveLength(1);
    const [key, api] = exposed[0] as [string, Record<string, unknown>];
    expect(key).toBe('tcns');
    expect(Object.keys(api).sort()).toEqual(['cancel', 'invoke', 'platform', 'saveFile']);
    expect(api.platform).toBe('electron');
    expect(Object.values(api)).not.toContain(electron.ipcRenderer);
    expect(Object.values(api)).not.toContain(electron.ipcRenderer.invoke);
  });

  it('sends invoke, cancel and saveFile on their fixed channels only', async () => {
    const api = exposed[0][1] as {
      invoke(name: string, input: unknown, callId?: string): Promise<unknown>;
      cancel(callId: string): Promise<unknown>;
      saveFile(file: unknown): Promise<unknown>;
    };
    await api.invoke('villages.list', { includeInactive: false });
    await api.invoke('reports.build', { period: '2026-Q3' }, 'c1');
    await api.cancel('c1');
    const file = { fileName: 'a.pdf', bytes: new Uint8Array([1]) };
    await api.saveFile(file);
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      ['tcns:invoke', 'villages.list', { includeInactive: false }, undefined],
      ['tcns:invoke', 'reports.build', { period: '2026-Q3' }, 'c1'],
      ['tcns:cancel', 'c1'],
      ['tcns:saveFile', file],
    ]);
  });
});
