import type { Envelope } from '../../../shared/errors';

/** How an operation reaches the back end: Electron IPC or serve-mode HTTP. */
export interface Transport {
  readonly kind: 'electron' | 'http';
  invoke(name: string, input: unknown): Promise<Envelope<unknown>>;
  /**
   * Hands a produced file to the user: a save dialog in Electron (the user may cancel:
   * `saved: false`), a download in a browser.
   */
  saveFile(file: { fileName: string; bytes: Uint8Array; mimeType?: string }): Promise<Envelope<{ saved: boolean }>>;
}
