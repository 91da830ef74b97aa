import type { Envelope } from '../../../shared/errors';
import type { Transport } from './transport';

/** What the Electron preload exposes (contextBridge): invoke-only, never ipcRenderer itself. */
export interface TcnsBridge {
  platform: 'electron';
  invoke(name: string, input: unknown): Promise<Envelope<unknown>>;
  saveFile(file: { fileName: string; bytes: Uint8Array }): Promise<unknown>;
}

declare global {
  interface Window {
    tcns?: TcnsBridge;
  }
}

export function electronBridge(win: Window): TcnsBridge | null {
  return win.tcns?.platform === 'electron' ? win.tcns : null;
}

export function createElectronTransport(bridge: TcnsBridge): Transport {
  return {
    kind: 'electron',
    invoke: (name, input) => bridge.invoke(name, input),
    saveFile: async ({ fileName, bytes }) => {
      await bridge.saveFile({ fileName, bytes });
    },
  };
}
