import { MessageBar, MessageBarBody, Spinner, Text, makeStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { deletionExplanation } from '../../../../shared/privacy/deletion';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { CANCEL_FIRST, FormDialog } from '../../components/form/FormDialog';

const useStyles = makeStyles({ lines: { display: 'flex', flexDirection: 'column', gap: '6px' } });

/**
 * Deleting a person's data on request: what goes, what stays and why (the same explanation as
 * `people delete` on the command line), read before the officer confirms.
 */
export function DeletePersonDialog({ personId, onClose, onDeleted }: { personId: string; onClose: () => void; onDeleted: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const impact = useApiQuery('people.deletionImpact', { id: personId }, { staleTime: 0 });
  const remove = useApiMutation('people.delete');
  const data = impact.data;
  const lines = data ? deletionExplanation(data) : [];
  return (
    <FormDialog
      open
      title={t('people.deleteTitle')}
      busy={remove.isPending || !data || data.erased}
      error={remove.error?.message ?? impact.error?.message}
      submitLabel={t('people.deleteConfirm')}
      initialFocus={CANCEL_FIRST}
      onClose={onClose}
      onSubmit={() => data && remove.mutate({ id: data.id, version: data.version }, { onSuccess: onDeleted })}
    >
      {!data && !impact.error && <Spinner />}
      {data?.erased && (
        <MessageBar intent="info"><MessageBarBody>{t('people.alreadyErased')}</MessageBarBody></MessageBar>
      )}
      {data && !data.erased && (
        <div className={styles.lines} data-testid="deletion-explanation">
          {lines.map((line) => <Text key={line}>{line}</Text>)}
        </div>
      )}
    </FormDialog>
  );
}
