import { Button, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { TrainingSessionDetail } from '../../../../../shared/api/trainings';
import { useApiMutation } from '../../../api/queries';
import { ConfirmDialog } from '../ConfirmDialog';

/**
 * Cancel (or restore) and delete. Attendance is allowance evidence, so the back end refuses to
 * delete a session once anyone is marked; its message says to cancel instead, and is shown here.
 */
export function SessionStatusActions({ session }: { session: TrainingSessionDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [asking, setAsking] = useState<'cancel' | 'restore' | 'delete' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const setStatus = useApiMutation('trainings.setStatus');
  const remove = useApiMutation('trainings.delete');
  const close = () => {
    setAsking(null);
    setError(null);
  };
  const fail = (e: Error) => setError(e.message);
  const cancelled = session.status === 'cancelled';

  const confirm = () => {
    if (asking === 'delete') {
      remove.mutate({ id: session.id, version: session.version }, { onSuccess: () => navigate('/trainings'), onError: fail });
    } else {
      // A restored session is held again if people were marked, otherwise still planned.
      const status = asking === 'cancel' ? 'cancelled' : session.hasAttendance ? 'held' : 'planned';
      setStatus.mutate({ id: session.id, version: session.version, status }, { onSuccess: close, onError: fail });
    }
  };

  return (
    <>
      {cancelled
        ? <Button onClick={() => setAsking('restore')}>{t('trainings.restore')}</Button>
        : <Button onClick={() => setAsking('cancel')}>{t('trainings.cancelSession')}</Button>}
      <Button appearance="subtle" onClick={() => setAsking('delete')}>{t('trainings.delete')}</Button>
      {asking && (
        <ConfirmDialog
          title={t(asking === 'delete' ? 'trainings.deleteTitle' : asking === 'cancel' ? 'trainings.cancelTitle' : 'trainings.restoreTitle')}
          confirmLabel={t(asking === 'delete' ? 'trainings.delete' : asking === 'cancel' ? 'trainings.cancelSession' : 'trainings.restore')}
          busy={setStatus.isPending || remove.isPending}
          error={error}
          onConfirm={confirm}
          onClose={close}
        >
          <Text>{t(asking === 'delete' ? 'trainings.deleteBody' : asking === 'cancel' ? 'trainings.cancelBody' : 'trainings.restoreBody', { title: session.title })}</Text>
        </ConfirmDialog>
      )}
    </>
  );
}
