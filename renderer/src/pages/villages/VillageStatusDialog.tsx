import { useTranslation } from 'react-i18next';
import { operations, type Village } from '../../../../shared/api';
import { useApiMutation } from '../../api/queries';
import { ChoiceField } from '../../components/form/fields';
import { FormDialog } from '../../components/form/FormDialog';
import { useForm } from '../../components/form/use-form';

type Action = 'merged' | 'retired' | 'active';

/**
 * Since 2025 many villages were merged: merge one into another, retire it, or bring it back.
 * Its history (teams, members) stays; it just leaves the active list.
 */
export function VillageStatusDialog({ village, villages, onClose }: { village: Village; villages: Village[]; onClose: () => void }) {
  const { t } = useTranslation();
  const actions: { value: Action; label: string }[] =
    village.status === 'active'
      ? [{ value: 'merged', label: t('villages.merge') }, { value: 'retired', label: t('villages.retire') }]
      : [{ value: 'active', label: t('villages.reactivate') }];
  const form = useForm({ status: actions[0].value as string, mergedIntoId: '' });
  const setStatus = useApiMutation('villages.setStatus');
  const targets = villages
    .filter((v) => v.status === 'active' && v.id !== village.id)
    .map((v) => ({ value: v.id, label: v.name }));

  const submit = () => {
    const input = {
      id: village.id,
      version: village.version,
      status: form.values.status as Action,
      mergedIntoId: form.values.status === 'merged' ? form.values.mergedIntoId || null : null,
    };
    if (!form.check(operations['villages.setStatus'].input, input)) return;
    setStatus.mutate(input, { onSuccess: onClose, onError: form.refused });
  };

  return (
    <FormDialog
      open
      title={t('villages.statusTitle', { name: village.name })}
      busy={setStatus.isPending}
      error={form.formError}
      onSubmit={submit}
      onClose={onClose}
    >
      <ChoiceField label={t('villages.statusAction')} choices={actions} {...form.field('status')} />
      {form.values.status === 'merged' && (
        <ChoiceField
          label={t('villages.mergeInto')}
          required
          choices={targets}
          emptyLabel={t('common.notChosen')}
          {...form.field('mergedIntoId')}
        />
      )}
    </FormDialog>
  );
}
