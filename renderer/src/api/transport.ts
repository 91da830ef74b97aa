import type { Envelope } from '../../../shared/errors';
import type { Progress } from '../../../shared/progress';

export interface InvokeOptions {
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
}

/** How an operation reaches the back end: Electron IPC or serve-mode HTTP. */
export interface Transport {
  readonly kind: 'electron' | 'http';
  /**
   * An aborted signal cancels a long operation (the back end answers CANCELLED, nothing changed);
   * `onProgress` receives the operation's progress while it runs (issue 10), on both transports.
   */
  invoke(name: string, input: unknown, options?: InvokeOptions): Promise<Envelope<unknown>>;
  /**
   * Hands a produced file to the user: a save dialog in Electron (the user may cancel:
   * `saved: false`), a download in a browser.
   */
  saveFile(file: { fileName: string; bytes: Uint8Array; mimeType?: string }): Promise<Envelope<{ saved: boolean }>>;
  /** The system print dialog on an issued decision's PDF: the desktop app only (issue 10). */
  printDecision?(id: string): Promise<Envelope<{ printed: boolean; reason?: string }>>;
}
