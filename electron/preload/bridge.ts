import type { Envelope } from '../../shared/errors';

export interface SaveFileRequest {
  fileName: string;
  bytes: Uint8Array;
}
export interface SaveFileResult {
  saved: boolean;
  filePath?: string;
}

/** What the renderer sees as `window.tcns` in the desktop app. */
export interface TcnsBridge {
  /** `callId` (any short string) makes the call cancellable with cancel(callId). */
  invoke(name: string, input?: unknown, callId?: string): Promise<Envelope<unknown>>;
  cancel(callId: string): Promise<unknown>;
  saveFile(file: SaveFileRequest): Promise<Envelope<SaveFileResult>>;
  platform: 'electron';
}

/** The one channel-invoking capability the preload needs; never ipcRenderer itself. */
export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;

/**
 * Builds the bridge from a bound `invoke`. Only three fixed channels are reachable, and
 * nothing of Electron (no event objects, no ipcRenderer) leaks to the page.
 */
export function createBridge(invoke: Invoke): TcnsBridge {
  return {
    invoke: (name, input, callId) => invoke('tcns:invoke', name, input, callId) as Promise<Envelope<unknown>>,
    cancel: (callId) => invoke('tcns:cancel', callId),
    saveFile: (file) => invoke('tcns:saveFile', file) as Promise<Envelope<SaveFileResult>>,
    platform: 'electron',
  };
}
