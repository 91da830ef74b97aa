import type { Envelope } from '../../shared/errors';
import type { Progress } from '../../shared/progress';

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
  /**
   * `callId` (any short string) makes the call cancellable with cancel(callId); `onProgress`
   * then receives the operation's progress while it runs (issue 10).
   */
  invoke(name: string, input?: unknown, callId?: string, onProgress?: (progress: Progress) => void): Promise<Envelope<unknown>>;
  cancel(callId: string): Promise<unknown>;
  saveFile(file: SaveFileRequest): Promise<Envelope<SaveFileResult>>;
  /** The system print dialog on an issued decision's PDF (A4, no scaling). */
  printDecision(id: string): Promise<Envelope<{ printed: boolean; reason?: string }>>;
  platform: 'electron';
}

/** The one channel-invoking capability the preload needs; never ipcRenderer itself. */
export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;
/** Listens on one channel, handing over the message's arguments without Electron's event object. */
export type Listen = (channel: string, listener: (...args: unknown[]) => void) => void;

/** Progress of a call the window started with a call id: main → window (electron/main/ipc.ts). */
export const PROGRESS_CHANNEL = 'tcns:progress';

/**
 * Builds the bridge from a bound `invoke` and `listen`. Only fixed channels are reachable, and
 * nothing of Electron (no event objects, no ipcRenderer) leaks to the page.
 */
export function createBridge(invoke: Invoke, listen: Listen): TcnsBridge {
  const listeners = new Map<string, (progress: Progress) => void>();
  listen(PROGRESS_CHANNEL, (callId, progress) => {
    if (typeof callId === 'string') listeners.get(callId)?.(progress as Progress);
  });
  return {
    invoke: (name, input, callId, onProgress) => {
      if (!callId || !onProgress) return invoke('tcns:invoke', name, input, callId) as Promise<Envelope<unknown>>;
      listeners.set(callId, onProgress);
      return (invoke('tcns:invoke', name, input, callId) as Promise<Envelope<unknown>>).finally(() => listeners.delete(callId));
    },
    cancel: (callId) => invoke('tcns:cancel', callId),
    saveFile: (file) => invoke('tcns:saveFile', file) as Promise<Envelope<SaveFileResult>>,
    printDecision: (id) => invoke('tcns:printDecision', { id }) as Promise<Envelope<{ printed: boolean; reason?: string }>>,
    platform: 'electron',
  };
}
