import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupCountsView } from '../../../../shared/api';
import { useApi } from '../../api/context';
import { useApiQuery } from '../../api/queries';
import { CANCEL_FIRST, FormDialog } from '../../components/form/FormDialog';
import { QueryState } from '../../components/QueryState';

const KEYS = ['villages', 'teams', 'people', 'decisions', 'trainings'] as const;

/**
 * Confirmation before a restore: the backup is opened read-only and checked (backups.inspect),
 * and the officer sees how each count would change before anything is replaced.
 */
export function RestoreDialog(props: { file: string; current: BackupCountsView; onClose: () => void; onRestored: (text: string) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const inspected = useApiQuery('backups.inspect', { file: props.file }, { staleTime: 0, gcTime: 0 });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const restore = () => {
    setBusy(true);
    api.call('backups.restore', { file: props.file }).then(
      (r) => {
        void queryClient.invalidateQueries();
        props.onRestored(t('backups.restored', { source: r.source, safety: r.safetyBackup }));
      },
      (e: Error) => {
        setError(e.message);
        setBusy(false);
      },
    );
  };
  return (
    <FormDialog open wide title={t('backups.confirmTitle')} submitLabel={t('backups.confirm')} busyLabel={busy ? t('backups.restoring') : t('backups.inspecting')} busy={busy || !inspected.data} error={error} initialFocus={CANCEL_FIRST} onClose={props.onClose} onSubmit={restore}>
      <QueryState query={inspected}>
        {(b) => (
          <>
            <Text as="p" block>{t('backups.confirmBody', { name: b.name })}</Text>
            <Table size="small" aria-label={t('backups.confirmTitle')}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('backups.compareWhat')}</TableHeaderCell>
                  <TableHeaderCell>{t('backups.compareNow')}</TableHeaderCell>
                  <TableHeaderCell>{t('backups.compareAfter')}</TableHeaderCell>
                  <TableHeaderCell>{t('backups.compareChange')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {KEYS.map((k) => {
                  const after = b.counts?.[k] ?? 0;
                  const change = after - props.current[k];
                  return (
                    <TableRow key={k}>
                      <TableCell>{t(`backups.counts.${k}`)}</TableCell>
                      <TableCell>{props.current[k].toLocaleString('vi-VN')}</TableCell>
                      <TableCell>{after.toLocaleString('vi-VN')}</TableCell>
                      <TableCell>{change === 0 ? '0' : change > 0 ? `+${change.toLocaleString('vi-VN')}` : change.toLocaleString('vi-VN')}</TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </>
        )}
      </QueryState>
    </FormDialog>
  );
}
