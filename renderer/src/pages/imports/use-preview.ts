import { useCallback, useRef, useState } from 'react';
import type { ColumnMapping, ImportPreview } from '../../../../shared/api/imports';
import { useApi } from '../../api/context';
import { ApiError } from '../../api/errors';
import type { ChosenFile } from './chosen-file';

export interface PreviewRequest {
  file: ChosenFile;
  sheetName?: string;
  mapping?: ColumnMapping;
}

/** The answer to the latest request; null when a newer request or a cancel overtook it. */
export type PreviewOutcome = { preview: ImportPreview } | { error: ApiError } | null;

/**
 * Asks the back end to read the list (a big one takes a few seconds). Only the latest request
 * counts: a new mapping chosen while the previous preview is still running, or "Hủy", makes
 * the older answer arrive into nothing.
 */
export function usePreview() {
  const api = useApi();
  const latest = useRef(0);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const run = useCallback(
    async (request: PreviewRequest): Promise<PreviewOutcome> => {
      const ticket = ++latest.current;
      setPending(true);
      setError(null);
      try {
        const preview = await api.call('imports.previewMembers', {
          fileName: request.file.fileName,
          bytes: request.file.bytes,
          sheetName: request.sheetName,
          mapping: request.mapping,
        });
        return ticket === latest.current ? { preview } : null;
      } catch (e) {
        if (ticket !== latest.current) return null;
        const error = e instanceof ApiError ? e : new ApiError('INTERNAL', String(e));
        setError(error);
        return { error };
      } finally {
        if (ticket === latest.current) setPending(false);
      }
    },
    [api],
  );

  const cancel = useCallback(() => {
    latest.current++;
    setPending(false);
    setError(null);
  }, []);

  return { run, cancel, pending, error };
}

/** A refusal that still carries the file's header: no "Họ và tên" column could be guessed. */
export function headerOfRefusal(error: ApiError | null): { header: string[]; mapping: ColumnMapping } | null {
  const d = error?.details as { header?: unknown; mapping?: unknown } | undefined;
  if (error?.code !== 'VALIDATION' || !Array.isArray(d?.header)) return null;
  return { header: d.header.map(String), mapping: (d.mapping ?? {}) as ColumnMapping };
}
