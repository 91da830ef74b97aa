import { useState } from 'react';
import { useApi } from '../../../api/context';
import { isApiError } from '../../../api/errors';

/**
 * Downloads one of the session's PDFs (the sign-in sheet before, the attendance summary
 * after): bytes from the back end, saved by the platform (a save dialog or a download).
 */
export function useSessionFile(sessionId: string) {
  const api = useApi();
  const [busy, setBusy] = useState<'sign_in' | 'attendance' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const download = async (kind: 'sign_in' | 'attendance') => {
    setBusy(kind);
    setError(null);
    try {
      await api.saveFile(await api.call('trainings.sheet', { id: sessionId, kind }));
    } catch (e) {
      setError(isApiError(e) ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };
  return { download, busy, error };
}
