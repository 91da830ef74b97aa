import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { tmpdir } from 'node:os';
import type { Envelope } from '../../shared/errors';
import type { CoreCaller } from '../core/app';
import { isAppUrl } from './app-protocol';
import { printDecision, type PrintDeps } from './print';
import { saveFileWithDialog } from './save-file';

export const INVOKE_CHANNEL = 'tcns:invoke';
export const SAVE_FILE_CHANNEL = 'tcns:saveFile';
/** Cancels a long call the renderer started with a call id (issue 10: report building, imports). */
export const CANCEL_CHANNEL = 'tcns:cancel';
/** The system print dialog on an issued decision's PDF (print.ts). */
export const PRINT_DECISION_CHANNEL = 'tcns:printDecision';
/** Progress of a call with a call id, sent to the window that made it (same name as preload/bridge.ts). */
export const PROGRESS_CHANNEL = 'tcns:progress';
const MAX_CALL_ID = 64;

const FORBIDDEN: Envelope<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Yêu cầu không đến từ giao diện của ứng dụng.' },
};

/** Only our own UI (a frame on app://tcns) may call the back end; never a foreign page or frame. */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  return isAppUrl(event.senderFrame?.url);
}

/**
 * One generic binding for the whole contract: the core checks the operation name, parses the
 * input with its zod schema and returns an envelope (never throws, never a stack trace).
 * Bytes in results travel as Uint8Array by structured clone.
 */
export function bindIpc(core: Pick<CoreCaller, 'call'>, print: Omit<PrintDeps, 'core'> = { tempRoot: tmpdir() }): void {
  // Calls that can be cancelled, by window and the renderer's call id.
  const running = new Map<string, AbortController>();
  const key = (event: IpcMainInvokeEvent, callId: string) => `${event.sender.id}:${callId}`;
  ipcMain.handle(INVOKE_CHANNEL, async (event, name: unknown, input: unknown, callId?: unknown): Promise<Envelope<unknown>> => {
    if (!isTrustedSender(event)) return FORBIDDEN;
    if (typeof name !== 'string') {
      return { ok: false, error: { code: 'VALIDATION', message: 'Thiếu tên thao tác.' } };
    }
    if (typeof callId !== 'string' || callId.length === 0 || callId.length > MAX_CALL_ID) return core.call(name, input);
    const controller = new AbortController();
    running.set(key(event, callId), controller);
    try {
      return await core.call(name, input, {
        signal: controller.signal,
        // The window that asked sees how far its operation is (preload/bridge.ts).
        onProgress: (progress) => {
          if (!event.sender.isDestroyed()) event.sender.send(PROGRESS_CHANNEL, callId, progress);
        },
      });
    } finally {
      running.delete(key(event, callId));
    }
  });
  ipcMain.handle(CANCEL_CHANNEL, (event, callId: unknown) => {
    if (!isTrustedSender(event)) return FORBIDDEN;
    if (typeof callId === 'string') running.get(key(event, callId))?.abort();
    return { ok: true, result: null };
  });
  ipcMain.handle(PRINT_DECISION_CHANNEL, async (event, input: unknown) => {
    if (!isTrustedSender(event)) return FORBIDDEN;
    return printDecision({ ...print, core }, input);
  });
  ipcMain.handle(SAVE_FILE_CHANNEL, async (event, file: unknown) => {
    if (!isTrustedSender(event)) return FORBIDDEN;
    return saveFileWithDialog(BrowserWindow.fromWebContents(event.sender), file);
  });
}
