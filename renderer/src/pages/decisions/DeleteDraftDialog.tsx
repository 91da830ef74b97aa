import { Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { DecisionDetail } from '../../../../shared/api';
import { useApiMutation } from '../../api/queries';
import { CANCEL_FIRST, FormDialog } from '../../components/form/FormDialog';

/** Deleting a draft changes nothing else: its teams and members stay as they are. */
export function DeleteDraftDialog({ decision, onClose, onDeleted }: { decision: DecisionDetail; onClose: () => void; onDeleted: () => void }) {
  const { t } = useTranslation();
  const remove = useApiMutation('decisions.deleteDraft');
  return (
    <FormDialog open title={t('decisions.deleteTitle')} busy={remove.isPending} error={remove.error?.message}
      submitLabel={t('decisions.deleteConfirm')} initialFocus={CANCEL_FIRST} onClose={onClose}
      onSubmit={() => remove.mutate({ id: decision.id, version: decision.version }, { onSuccess: onDeleted })}>
      <Text>{t('decisions.deleteBody', { title: decision.title })}</Text>
    </FormDialog>
  );
}
