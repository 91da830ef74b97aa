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
  it('exposes only invoke, saveFile and platform as window.tcns, never ipcRenderer', () => {
    expect(exposed).toHaveLength(1);
    const [key, api] = exposed[0] as [string, Record<string, unknown>];
    expect(key).toBe('tcns');
    expect(Object.keys(api).sort()).toEqual(['invoke', 'platform', 'saveFile']);
    expect(api.platform).toBe('electron');
    expect(Object.values(api)).not.toContain(electron.ipcRenderer);
    expect(Object.values(api)).not.toContain(electron.ipcRenderer.invoke);
  });

  it('sends invoke and saveFile on their fixed channels only', async () => {
    const api = exposed[0][1] as {
      invoke(name: string, input: unknown): Promise<unknown>;
      saveFile(file: unknown): Promise<unknown>;
    };
    await api.invoke('villages.list', { includeInactive: false });
    const file = { fileName: 'a.pdf', bytes: new Uint8Array([1]) };
    await api.saveFile(file);
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      ['tcns:invoke', 'villages.list', { includeInactive: false }],
      ['tcns:saveFile', file],
    ]);
  });
});
