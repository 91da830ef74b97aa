import { Button, Tooltip } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationInput } from '../../../shared/api';
import { useApi } from '../api/context';
import { isApiError } from '../api/errors';

/**
 * "Xuất Excel" of a list an office prints: the back end writes the XLSX with the ND30 header,
 * A4 print setup and the table header on every page (lists.exportXlsx); the file is saved.
 */
export function ExportListButton({ input }: { input: OperationInput<'lists.exportXlsx'> }) {
  const { t } = useTranslation();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const file = await api.call('lists.exportXlsx', input);
      await api.saveFile(file);
    } catch (e) {
      setError(isApiError(e) ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const button = (
    <Button onClick={() => void run()} disabledFocusable={busy}>{busy ? t('listExport.busy') : t('listExport.button')}</Button>
  );
  return error ? <Tooltip content={error} relationship="description" visible>{button}</Tooltip> : button;
}
