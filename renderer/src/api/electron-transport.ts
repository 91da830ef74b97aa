import type { Envelope } from '../../../shared/errors';
import type { Progress } from '../../../shared/progress';
import type { Transport } from './transport';

/**
 * What the Electron preload exposes (contextBridge): invoke-only, never ipcRenderer itself.
 * Mirrors electron/preload/bridge.ts, which the renderer may not import (process boundary).
 */
export interface TcnsBridge {
  platform: 'electron';
  invoke(name: string, input?: unknown, callId?: string, onProgress?: (progress: Progress) => void): Promise<Envelope<unknown>>;
  cancel(callId: string): Promise<unknown>;
  saveFile(file: { fileName: string; bytes: Uint8Array }): Promise<Envelope<{ saved: boolean; filePath?: string }>>;
  printDecision(id: string): Promise<Envelope<{ printed: boolean; reason?: string }>>;
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
    invoke: (name, input, options) => {
      const signal = options?.signal;
      if (!signal && !options?.onProgress) return bridge.invoke(name, input);
      const callId = crypto.randomUUID();
      signal?.addEventListener('abort', () => void bridge.cancel(callId), { once: true });
      return bridge.invoke(name, input, callId, options?.onProgress);
    },
    saveFile: ({ fileName, bytes }) => bridge.saveFile({ fileName, bytes }),
    printDecision: (id) => bridge.printDecision(id),
  };
}
