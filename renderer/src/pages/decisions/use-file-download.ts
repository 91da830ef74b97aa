import { useState } from 'react';
import type { FileResult } from '../../../../shared/api';
import { useApi } from '../../api/context';
import { isApiError } from '../../api/errors';

/**
 * Produces a file through the contract and hands it to the platform (Electron: save dialog;
 * browser: download). `busy` names the action in progress so only its button waits.
 */
export function useFileDownload() {
  const api = useApi();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const download = async (action: string, produce: () => Promise<FileResult>): Promise<boolean> => {
    setBusy(action);
    setError(null);
    try {
      const file = await produce();
      return await api.saveFile({ fileName: file.fileName, mimeType: file.mimeType, bytes: file.bytes });
    } catch (e) {
      setError(isApiError(e) ? e.message : String(e));
      return false;
    } finally {
      setBusy(null);
    }
  };
  /** Any other action on the file (printing), with the same busy and error handling. */
  const run = async <T,>(action: string, act: () => Promise<T>): Promise<T | null> => {
    setBusy(action);
    setError(null);
    try {
      return await act();
    } catch (e) {
      setError(isApiError(e) ? e.message : String(e));
      return null;
    } finally {
      setBusy(null);
    }
  };
  return { busy, error, download, run, clearError: () => setError(null) };
}
